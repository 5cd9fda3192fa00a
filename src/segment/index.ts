import type { Token } from "../types.js";
import { createSegmenter } from "./create-segmenter.js";
import type { Segmenter } from "./segmenter.js";

export { createSegmenter, DEFAULT_USER_DICT } from "./create-segmenter.js";
export { chunkText } from "./chunk-text.js";
export { createJiebaRsBackend } from "./jieba-rs-backend.js";
export type { CreateBackend, JiebaBackend, Segmenter, SegmenterOptions } from "./segmenter.js";

let defaultSegmenter: Segmenter | null = null;

/** The module-level segmenter with the domain dictionary (created, not loaded, on first use). */
export function defaultSegmenterInstance(): Segmenter {
  defaultSegmenter ??= createSegmenter();
  return defaultSegmenter;
}

/**
 * Words of `text` with spans, from the module-level segmenter with the domain dictionary
 * (jieba is loaded on the first call, ≈0.2 s). Never read numbers from the tokens.
 */
export function segment(text: string): Token[] {
  return defaultSegmenterInstance().cut(text);
}
