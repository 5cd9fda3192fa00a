import type { Keyword, Token } from "../types.js";
import { jiebaIdfTable, type IdfTable } from "./idf-table.js";
import { countKeywordTerms } from "./keyword-terms.js";

export interface KeywordOptions {
  /** how many keywords; default 10 */
  readonly top?: number;
  /** IDF by term; default jieba's table */
  readonly idf?: IdfTable;
}

/**
 * Per IDF table, each term's weight once looked up (its IDF, or the table's median): a plan repeats most of
 * the vocabulary of the plans before it. Bounded: cleared at MAX_REMEMBERED terms.
 */
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
  const counts = countKeywordTerms(tokens);
  if (counts.size === 0) return [];
  const idf = options.idf ?? jiebaIdfTable();
  const known = rememberedWeights(idf);
  const best: Keyword[] = [];
  for (const [term, count] of counts) {
    let weight = known.get(term);
    if (weight === undefined) {
      weight = idf.get(term) ?? idf.median;
      known.set(term, weight);
    }
    keepBest(best, { term, score: Math.round(count * weight * 1e4) / 1e4 }, top);
  }
  return best;
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

/** Score descending, then term in code-unit order. */
const compareKeywords = (a: Keyword, b: Keyword): number => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
const ranksBefore = (a: Keyword, b: Keyword): boolean => compareKeywords(a, b) < 0;

export function sortKeywords(keywords: readonly Keyword[]): Keyword[] {
  return [...keywords].sort(compareKeywords);
}
