import { defaultSegmenterInstance, type Segmenter } from "../segment/index.js";
import type { Keyword, Token } from "../types.js";
import { isKeywordTerm, keywordTerms } from "./keyword-terms.js";

export interface KeywordOptions {
  /** how many keywords; default 10 */
  readonly top?: number;
  /** whose IDF table to use; default the module-level segmenter (jieba with the domain dictionary) */
  readonly segmenter?: Segmenter;
}

/** jieba returns its candidates best first; ask for more than `top` to survive our filtering. */
const OVERFETCH = 4;

/**
 * The keywords of ONE plan: TF × jieba's IDF (nodejieba.extract) over the plan's filtered tokens.
 * The tokens are joined with line breaks so jieba keeps them as they are (user-dictionary terms whole);
 * stop words, single characters, numbers and punctuation are dropped before and after.
 * Deterministic: score descending, ties broken by term (code-unit order); scores rounded to 4 decimals.
 */
export function extractKeywords(tokens: readonly Token[], options: KeywordOptions = {}): Keyword[] {
  const top = options.top ?? 10;
  const terms = keywordTerms(tokens);
  if (terms.length === 0 || top <= 0) return [];
  const segmenter = options.segmenter ?? defaultSegmenterInstance();
  const scored = segmenter
    .extract(terms.join("\n"), top * OVERFETCH)
    .filter(({ word }) => isKeywordTerm(word))
    .map(({ word, weight }): Keyword => ({ term: word, score: Math.round(weight * 1e4) / 1e4 }));
  return sortKeywords(scored).slice(0, top);
}

export function sortKeywords(keywords: readonly Keyword[]): Keyword[] {
  return [...keywords].sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
}
