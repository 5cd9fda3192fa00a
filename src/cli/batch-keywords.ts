import { extractKeywords } from "../keywords/index.js";
import { sortKeywords } from "../keywords/extract-keywords.js";
import { countKeywordTerms } from "../keywords/keyword-terms.js";
import type { Keyword, Token } from "../types.js";

/**
 * --batch-keywords without holding the batch: extractBatchKeywords' TF-IDF (natural's idf = 1 + ln(N / (1 + df)),
 * score = tf × (idf − idf_all)) needs only N and each term's document frequency, which a first pass over the files
 * collects (a map of terms, bounded by the vocabulary, not by the number of files). The second pass scores each plan
 * against it. Same results as extractBatchKeywords over the whole batch (a test checks it).
 */
export interface BatchTermStats {
  /** plans in the batch */
  readonly plans: number;
  /** per term: how many plans hold it */
  readonly df: ReadonlyMap<string, number>;
}

/** How often each keyword-eligible term occurs in a plan: natural's tf, with the keywords module's own filtering. */
export function termCounts(tokens: readonly Token[]): Map<string, number> {
  return countKeywordTerms(tokens);
}

/** A plan's keywords against the batch's statistics (a batch of one plan: jieba's IDF, as extractBatchKeywords). */
export function scoreBatchKeywords(tokens: readonly Token[], stats: BatchTermStats, top = 10): Keyword[] {
  if (stats.plans <= 1) return extractKeywords(tokens, { top });
  const idfAll = 1 + Math.log(stats.plans / (1 + stats.plans));
  const scored: Keyword[] = [];
  for (const [term, tf] of termCounts(tokens)) {
    const idf = 1 + Math.log(stats.plans / (1 + (stats.df.get(term) ?? 1)));
    const score = Math.round(tf * (idf - idfAll) * 1e4) / 1e4;
    if (score > 0) scored.push({ term, score });
  }
  return sortKeywords(scored).slice(0, top);
}

/** Adds one file's plans (their distinct terms) to the running statistics. */
export function addPlanTerms(df: Map<string, number>, plans: readonly (readonly string[])[]): void {
  for (const terms of plans) for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
}
