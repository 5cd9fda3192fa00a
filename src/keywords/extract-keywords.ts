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
 * The keywords of ONE plan: score = tf × idf, tf = how often the term occurs among the plan's
 * filtered tokens, idf = the term's IDF in jieba's table, or the table's median for a term it does
 * not hold (as jieba does for unknown words). Linear in the tokens.
 * Stop words, single characters, numbers, punctuation and placeholders are dropped.
 * Deterministic: score descending, ties broken by term (code-unit order); scores rounded to 4 decimals.
 */
export function extractKeywords(tokens: readonly Token[], options: KeywordOptions = {}): Keyword[] {
  const top = options.top ?? 10;
  const counts = countKeywordTerms(tokens);
  if (counts.size === 0 || top <= 0) return [];
  const idf = options.idf ?? jiebaIdfTable();
  const scored: Keyword[] = [];
  for (const [term, count] of counts) scored.push({ term, score: Math.round(count * (idf.get(term) ?? idf.median) * 1e4) / 1e4 });
  return sortKeywords(scored).slice(0, top);
}

export function sortKeywords(keywords: readonly Keyword[]): Keyword[] {
  return [...keywords].sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}
