import { unifyLineBreaks } from "./01-unify-line-breaks.js";
import { unifyWhiteSpace } from "./02-unify-white-space.js";
import { fullWidthToHalfWidth } from "./03-full-width-to-half-width.js";
import { removePinyin } from "./04-remove-pinyin.js";
import { traditionalToSimplified } from "./05-traditional-to-simplified.js";
import { collapseBlankLines } from "./06-collapse-blank-lines.js";
import { composeMaps, identityMap, type OffsetMap } from "./offset-map.js";
import type { Step } from "./_step.js";

export interface NormaliseOptions {
  /** convert Traditional characters to Simplified (OpenCC t → cn); default false */
  readonly traditionalToSimplified?: boolean;
}

/** Raw text → canonical text, with one map from the result back to `raw`. */
export function normaliseText(raw: string, options: NormaliseOptions = {}): { text: string; map: OffsetMap } {
  const steps: Step[] = [
    unifyLineBreaks, //         \r\n, \r → \n
    unifyWhiteSpace, //         NBSP, U+3000, tabs, zero-width, control chars
    fullWidthToHalfWidth, //    １５％ → 15%, （一） → (一)
    removePinyin, //            現(xiàn)在 → 現在
    ...(options.traditionalToSimplified === true ? [traditionalToSimplified] : []),
    collapseBlankLines, //      at most one blank line
  ];
  let text = typeof raw === "string" ? raw : "";
  let map = identityMap(text.length);
  for (const step of steps) {
    const result = step(text);
    map = composeMaps(map, result.map);
    text = result.text;
  }
  return { text, map };
}
