import { createRequire } from "node:module";
import type { Keyword, Token } from "../types.js";
import { extractKeywords, sortKeywords } from "./extract-keywords.js";
import { keywordTerms } from "./keyword-terms.js";

/** The part of natural's TfIdf used here (natural ships no types for the deep path). */
interface TfIdfInstance {
  addDocument(document: readonly string[]): void;
  listTerms(index: number): { term: string; tf: number; idf: number }[];
}
type TfIdfConstructor = new () => TfIdfInstance;

let TfIdf: TfIdfConstructor | null = null;

/** natural by path, never its root (the root loads database drivers and prints dotenv lines to stdout). */
function loadTfIdf(): TfIdfConstructor {
  TfIdf ??= createRequire(import.meta.url)("natural/lib/natural/tfidf/tfidf.js") as TfIdfConstructor;
  return TfIdf;
}

export interface BatchKeywordOptions {
  /** keywords per document; default 10 */
  readonly top?: number;
}

/**
 * Keywords of each plan in a batch, so a plan's keywords are the terms that distinguish it from the
 * others: natural's TF-IDF over the batch (tf = count in the plan, idf = 1 + ln(N / (1 + df)), df =
 * plans holding the term), minus the idf of a term every plan holds (1 + ln(N / (1 + N))):
 * score = tf × (idf − idf_all). A term in every plan scores 0 and is dropped. A batch of one plan has
 * nothing to compare with: its keywords are extractKeywords' (jieba's IDF).
 * Same filtering as extractKeywords. One list per input, in order; score descending, ties by term;
 * scores rounded to 4 decimals.
 */
export function extractBatchKeywords(docs: readonly (readonly Token[])[], options: BatchKeywordOptions = {}): Keyword[][] {
  const top = options.top ?? 10;
  if (docs.length === 0) return [];
  if (docs.length === 1) return [extractKeywords(docs[0] as readonly Token[], { top })];
  const idfAll = 1 + Math.log(docs.length / (1 + docs.length));
  const tfidf = new (loadTfIdf())();
  const termLists = docs.map((tokens) => keywordTerms(tokens));
  for (const terms of termLists) tfidf.addDocument(terms);
  return termLists.map((terms, index) => {
    if (terms.length === 0 || top <= 0) return [];
    const scored = tfidf
      .listTerms(index)
      .map(({ term, tf, idf }) => ({ term, score: Math.round(tf * (idf - idfAll) * 1e4) / 1e4 }))
      .filter(({ score }) => score > 0);
    return sortKeywords(scored).slice(0, top);
  });
}
