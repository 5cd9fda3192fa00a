import type { Token } from "../types.js";
import { createSegmenter } from "./create-segmenter.js";
import type { Segmenter } from "./segmenter.js";

export { createSegmenter, DEFAULT_USER_DICT } from "./create-segmenter.js";
export type { JiebaBackend, Segmenter, SegmenterOptions } from "./segmenter.js";

let defaultSegmenter: Segmenter | null = null;

/**
 * Words of `text` with spans, from a module-level segmenter with the domain dictionary
 * (nodejieba is loaded on the first call, ≈2 s). Never read numbers from the tokens.
 */
export function segment(text: string): Token[] {
  defaultSegmenter ??= createSegmenter();
  return defaultSegmenter.cut(text);
}
