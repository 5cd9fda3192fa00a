import { unifyLineBreaks } from "./01-unify-line-breaks.js";
import { isWhiteSpaceOrControl, unifyWhiteSpace } from "./02-unify-white-space.js";
import { fullWidthToHalfWidth } from "./03-full-width-to-half-width.js";
import { removePinyin, TONE_MARKED } from "./04-remove-pinyin.js";
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
  let text = typeof raw === "string" ? raw : "";
  const needs = neededSteps(text);
  const steps: Step[] = [
    ...((needs & LINE_BREAKS) !== 0 ? [unifyLineBreaks] : []), // \r\n, \r → \n
    // NBSP, U+3000, tabs, zero-width, control chars
    ...((needs & (WHITE_SPACE | LINE_BREAKS)) !== 0 ? [unifyWhiteSpace] : []),
    ...((needs & FULL_WIDTH) !== 0 ? [fullWidthToHalfWidth] : []), // １５％ → 15%, （一） → (一)
    ...((needs & TONE_MARKS) !== 0 ? [removePinyin] : []), // 現(xiàn)在 → 現在
    ...(options.traditionalToSimplified === true ? [traditionalToSimplified] : []),
    collapseBlankLines, // at most one blank line
  ];
  let map = identityMap(text.length);
  for (const step of steps) {
    const result = step(text);
    map = composeMaps(map, result.map);
    text = result.text;
  }
  return { text, map };
}

// What one pass over the raw text finds; a step whose chars are absent would change nothing and is skipped.
// Line breaks make new neighbours for white space: a text holding any has its white space unified too.
const LINE_BREAKS = 1;
/** a char unifyWhiteSpace changes, or an ASCII space that may be (not alone between two other chars) */
const WHITE_SPACE = 2;
const FULL_WIDTH = 4;
/** a vowel with a tone mark: no pinyin annotation without one */
const TONE_MARKS = 8;
const ASCII_SPACE = 16;
const CHAR_NEEDS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (isWhiteSpaceOrControl(c)) CHAR_NEEDS[c] = c === 0x20 ? ASCII_SPACE : WHITE_SPACE;
}
for (const c of "\r\u0085\u2028\u2029") CHAR_NEEDS[c.charCodeAt(0)]! |= LINE_BREAKS;
for (let c = 0xff01; c <= 0xff5e; c++) CHAR_NEEDS[c] = FULL_WIDTH;
for (const c of TONE_MARKED) CHAR_NEEDS[c.charCodeAt(0)] = TONE_MARKS;

function neededSteps(text: string): number {
  let needs = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const need = CHAR_NEEDS[text.charCodeAt(i)]!;
    if (need === 0) continue;
    if (need === ASCII_SPACE) {
      // a lone space between two chars of a line stays as it is
      if (i > 0 && i + 1 < n && staysBeside(text.charCodeAt(i - 1)) && staysBeside(text.charCodeAt(i + 1))) continue;
      needs |= WHITE_SPACE;
    } else {
      needs |= need;
    }
  }
  return needs;
}

/** A neighbour that keeps a space: neither a line end nor white space itself. */
function staysBeside(c: number): boolean {
  return c !== 0x0a && !isWhiteSpaceOrControl(c);
}
