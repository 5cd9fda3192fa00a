import { defaultSegmenterInstance, type Segmenter } from "../segment/index.js";
import type { Keyword, Token } from "../types.js";
import { isKeywordTerm, keywordTerms } from "./keyword-terms.js";

export interface KeywordOptions {
  /** how many keywords; default 10 */
  readonly top?: number;
  /** whose IDF table to use; default the module-level segmenter (jieba with the domain dictionary) */
  readonly segmenter?: Segmenter;
}

/**
 * The keywords of ONE plan: score = tf × idf, tf = how often the term occurs among the plan's
 * filtered tokens, idf = jieba's IDF. The IDF is read with ONE nodejieba.extract call over the
 * distinct terms, each once, one per line (jieba's weight is count × idf, so with count 1 it is the
 * idf); a term jieba does not return as itself (it re-cut it) gets the mean IDF of the others, as
 * jieba does for unknown words. Linear in the tokens; jieba only sees the distinct terms.
 * Stop words, single characters, numbers, punctuation and placeholders are dropped.
 * Deterministic: score descending, ties broken by term (code-unit order); scores rounded to 4 decimals.
 */
export function extractKeywords(tokens: readonly Token[], options: KeywordOptions = {}): Keyword[] {
  const top = options.top ?? 10;
  const counts = new Map<string, number>();
  for (const term of keywordTerms(tokens)) counts.set(term, (counts.get(term) ?? 0) + 1);
  if (counts.size === 0 || top <= 0) return [];
  const segmenter = options.segmenter ?? defaultSegmenterInstance();
  const distinct = [...counts.keys()].sort();
  const idf = new Map(segmenter.extract(distinct.join("\n"), distinct.length).map(({ word, weight }) => [word, weight]));
  const known = distinct.filter((term) => idf.has(term));
  const meanIdf = known.length > 0 ? known.reduce((sum, term) => sum + (idf.get(term) as number), 0) / known.length : 1;
  const scored = distinct
    .filter(isKeywordTerm)
    .map((term): Keyword => ({
      term,
      score: Math.round((counts.get(term) as number) * (idf.get(term) ?? meanIdf) * 1e4) / 1e4,
    }));
  return sortKeywords(scored).slice(0, top);
}

export function sortKeywords(keywords: readonly Keyword[]): Keyword[] {
  return [...keywords].sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}
