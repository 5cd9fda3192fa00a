import type { Token } from "../types.js";

/**
 * A word segmenter: text → tokens with spans into that text.
 *
 * Tokens are for words (keywords, term statistics). NEVER read numbers from tokens: jieba's numeric
 * tags are unreliable and a token boundary can fall inside a number written with mixed forms.
 * Numbers come from `extract/numerals` over the text itself.
 */
export interface Segmenter {
  /** Tokens in text order, whitespace dropped; `text.slice(token.start, token.end) === token.text`. */
  readonly cut: (text: string) => Token[];
}

/** The part of a jieba engine a segmenter needs (a fake can stand in for it in tests). */
export interface JiebaBackend {
  /** jieba's words of `sentence`, in order (dictionary + DAG, no HMM for unknown words) */
  readonly cut: (sentence: string) => readonly string[];
  readonly tag: (sentence: string) => readonly { readonly word: string; readonly tag: string }[];
}

/** Builds an engine with jieba's dictionary plus the given "word freq tag" user dictionary. */
export type CreateBackend = (userDict: Uint8Array) => JiebaBackend;

export interface SegmenterOptions {
  /** a "word freq tag" user dictionary file (path or file: URL); default: the bundled domain dictionary */
  readonly userDict?: string | URL;
  /** default: @node-rs/jieba (jieba-rs), built on the first cut */
  readonly createBackend?: CreateBackend;
  /**
   * tokens carry jieba's part-of-speech tag (default false: tagging costs about twice as much as
   * cutting, for a field nothing in planlens needs)
   */
  readonly tags?: boolean;
}
