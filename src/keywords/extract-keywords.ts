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

/**
 * What is known of a term once seen: whether it may be a keyword, and per IDF table its weight (its IDF,
 * or the table's median). A plan repeats most of the vocabulary of the plans before it, and testing and
 * looking up a term costs several times this lookup. Bounded: cleared at MAX_REMEMBERED terms.
 */
const eligible = new Map<string, boolean>();
const weights = new WeakMap<IdfTable, Map<string, number>>();
const MAX_REMEMBERED = 200_000;

/**
 * The keywords of ONE plan: score = tf × idf, tf = how often the term occurs among the plan's
 * filtered tokens, idf = the term's IDF in jieba's table, or the table's median for a term it does
 * not hold (as jieba does for unknown words). Linear in the tokens.
 * Stop words, single characters, numbers, punctuation and placeholders are dropped.
 * Deterministic: score descending, ties broken by term (code-unit order); scores rounded to 4 decimals.
 */
export function extractKeywords(tokens: readonly Token[], options: KeywordOptions = {}): Keyword[] {
  const top = options.top ?? 10;
  if (top <= 0) return [];
  const counts = new Map<string, number>();
  for (const token of tokens) {
    if (token.tag !== undefined && STOP_TAGS.has(token.tag)) continue;
    counts.set(token.text, (counts.get(token.text) ?? 0) + 1);
  }
  let known: Map<string, number> | null = null;
  let idf: IdfTable | null = null;
  const best: Keyword[] = [];
  for (const [term, count] of counts) {
    if (!mayBeKeyword(term)) continue;
    idf ??= options.idf ?? jiebaIdfTable();
    known ??= rememberedWeights(idf);
    let weight = known.get(term);
    if (weight === undefined) {
      weight = idf.get(term) ?? idf.median;
      known.set(term, weight);
    }
    keepBest(best, { term, score: Math.round(count * weight * 1e4) / 1e4 }, top);
  }
  return best;
}

function mayBeKeyword(term: string): boolean {
  let verdict = eligible.get(term);
  if (verdict === undefined) {
    if (eligible.size >= MAX_REMEMBERED) eligible.clear();
    eligible.set(term, (verdict = isKeywordTerm(term)));
  }
  return verdict;
}

function rememberedWeights(idf: IdfTable): Map<string, number> {
  let known = weights.get(idf);
  if (known === undefined) weights.set(idf, (known = new Map()));
  if (known.size >= MAX_REMEMBERED) known.clear();
  return known;
}

/** Inserts `keyword` into `best` (sorted, at most `top` long) when it ranks among the top. */
function keepBest(best: Keyword[], keyword: Keyword, top: number): void {
  if (best.length === top && !ranksBefore(keyword, best[top - 1]!)) return;
  let at = best.length;
  while (at > 0 && ranksBefore(keyword, best[at - 1]!)) at -= 1;
  best.splice(at, 0, keyword);
  if (best.length > top) best.pop();
}

const ranksBefore = (a: Keyword, b: Keyword): boolean => a.score > b.score || (a.score === b.score && a.term < b.term);

export function sortKeywords(keywords: readonly Keyword[]): Keyword[] {
  return [...keywords].sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}
