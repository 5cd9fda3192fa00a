import type { Token } from "../types.js";

/**
 * A word segmenter: text → tokens with spans into that text.
 *
 * Tokens are for words (keywords, term statistics). NEVER read numbers from tokens: jieba splits
 * digit runs ("15" → "1", "5"), drops or merges characters, and its numeric tags are unreliable.
 * Numbers come from `extract/numerals` over the text itself.
 */
export interface Segmenter {
  /** Tokens in text order, whitespace dropped; `text.slice(token.start, token.end) === token.text`. */
  readonly cut: (text: string) => Token[];
  /** jieba's TF-IDF keywords of `text` (its IDF table, the same user dictionary), best first */
  readonly extract: (text: string, top: number) => { readonly word: string; readonly weight: number }[];
}

/** The part of nodejieba a segmenter needs (a fake can stand in for it in tests). */
export interface JiebaBackend {
  readonly load: (options: { readonly userDict?: string }) => void;
  readonly cut: (sentence: string) => readonly string[];
  readonly tag: (sentence: string) => readonly { readonly word: string; readonly tag: string }[];
  /** TF × jieba's IDF over jieba's own cut of `sentence`, best first */
  readonly extract: (sentence: string, top: number) => readonly { readonly word: string; readonly weight: number }[];
}

export interface SegmenterOptions {
  /** a "word freq tag" user dictionary file (path or file: URL); default: the bundled domain dictionary */
  readonly userDict?: string | URL;
  /** default: nodejieba, required on first cut */
  readonly backend?: JiebaBackend;
  /**
   * tokens carry jieba's part-of-speech tag (default false: jieba's tagging costs about twice its
   * cutting — 0.63 s vs 0.25 s for 373k characters measured on the 2-core box — for a field nothing in
   * planlens needs)
   */
  readonly tags?: boolean;
}
