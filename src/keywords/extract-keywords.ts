import type { Keyword, Token } from "../types.js";
import { jiebaIdfTable, type IdfTable } from "./idf-table.js";
import { isKeywordTerm } from "./keyword-terms.js";
import { STOP_TAGS } from "./stop-words.js";

export interface KeywordOptions {
  /** how many keywords; default 10 */
  readonly top?: number;
  /** IDF by term; default jieba's table */
  readonly idf?: IdfTable;
}

/** What a term is worth under one IDF table, and its count in the plan being scored. */
interface TermEntry {
  /** its IDF (or the table's median), or NOT_A_KEYWORD */
  readonly weight: number;
  /** the plan `count` belongs to (a count left from an earlier plan is stale) */
  plan: number;
  count: number;
}

const NOT_A_KEYWORD = -1;

/**
 * Per IDF table, each term met so far: a plan repeats most of the vocabulary of the plans before it, so a
 * token costs one Map lookup (its verdict, weight and count together). Bounded: cleared at MAX_REMEMBERED terms.
 */
const remembered = new WeakMap<IdfTable, Map<string, TermEntry>>();
const MAX_REMEMBERED = 200_000;
/** Numbers the calls, so that counts from one plan are never read as another's. */
let plans = 0;

/**
 * The keywords of ONE plan: score = tf × idf, tf = how often the term occurs among the plan's
 * filtered tokens, idf = the term's IDF in jieba's table, or the table's median for a term it does
 * not hold (as jieba does for unknown words). Linear in the tokens.
 * Stop words, single characters, numbers, punctuation and placeholders are dropped.
 * Deterministic: score descending, ties broken by term (code-unit order); scores rounded to 4 decimals.
 */
export function extractKeywords(tokens: readonly Token[], options: KeywordOptions = {}): Keyword[] {
  const top = options.top ?? 10;
  if (top <= 0 || tokens.length === 0) return [];
  const idf = options.idf ?? jiebaIdfTable();
  const known = rememberedTerms(idf);
  const plan = (plans = (plans + 1) | 0);
  const terms: string[] = [];
  const entries: TermEntry[] = [];
  for (const token of tokens) {
    const term = token.text;
    // ~40% of jieba's tokens are one code unit, never a keyword (isKeywordTerm): skip them before hashing
    if (term.length < 2 || (token.tag !== undefined && STOP_TAGS.has(token.tag))) continue;
    let entry = known.get(term);
    if (entry === undefined) {
      entry = { weight: isKeywordTerm(term) ? (idf.get(term) ?? idf.median) : NOT_A_KEYWORD, plan: 0, count: 0 };
      known.set(term, entry);
    }
    if (entry.weight === NOT_A_KEYWORD) continue;
    if (entry.plan !== plan) {
      entry.plan = plan;
      entry.count = 0;
      terms.push(term);
      entries.push(entry);
    }
    entry.count += 1;
  }
  const best: Keyword[] = [];
  for (let index = 0; index < terms.length; index += 1) {
    const entry = entries[index]!;
    keepBest(best, terms[index]!, Math.round(entry.count * entry.weight * 1e4) / 1e4, top);
  }
  return best;
}

function rememberedTerms(idf: IdfTable): Map<string, TermEntry> {
  let known = remembered.get(idf);
  if (known === undefined) remembered.set(idf, (known = new Map()));
  if (known.size >= MAX_REMEMBERED) known.clear();
  return known;
}

/** Inserts the keyword into `best` (sorted, at most `top` long) when it ranks among the top. */
function keepBest(best: Keyword[], term: string, score: number, top: number): void {
  if (best.length === top && !ranksBefore(term, score, best[top - 1]!)) return;
  let at = best.length;
  while (at > 0 && ranksBefore(term, score, best[at - 1]!)) at -= 1;
  best.splice(at, 0, { term, score });
  if (best.length > top) best.pop();
}

/** Score descending, then term in code-unit order. */
const compareKeywords = (a: Keyword, b: Keyword): number => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
const ranksBefore = (term: string, score: number, other: Keyword): boolean =>
  score > other.score || (score === other.score && term < other.term);

export function sortKeywords(keywords: readonly Keyword[]): Keyword[] {
  return [...keywords].sort(compareKeywords);
}
