import { CodeUnitBuffer } from "../code-units.js";
import { decodeEntities } from "./00-html-entities.js";
import { stripTags } from "./00-html-tags.js";
import { unifyLineBreaks } from "./01-unify-line-breaks.js";
import { isWhiteSpaceOrControl, mayBeLetterSpacing, mayDropSpaceBetween, unifyWhiteSpace } from "./02-unify-white-space.js";
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
  let map = identityMap(text.length);
  let needs = neededSteps(text);
  if ((needs & ENTITIES) !== 0) {
    // &nbsp; &lt; &#12288; — what they decode to (white space, full-width forms, line breaks) asks for the other steps
    const decoded = decodeEntities(text);
    if (decoded.text !== text) {
      map = decoded.map;
      text = decoded.text;
      needs = neededSteps(text) | WHITE_SPACE;
    }
  }
  if ((needs & TAGS) !== 0) {
    // <br> <p> </p> <span …>: the line breaks they make and the spaces left around them ask for the other steps
    const stripped = stripTags(text);
    if (stripped.text !== text) {
      map = composeMaps(map, stripped.map);
      text = stripped.text;
      needs = neededSteps(text) | WHITE_SPACE | BLANK_LINES;
    }
  }
  const steps: Step[] = [];
  if ((needs & LINE_BREAKS) !== 0) steps.push(unifyLineBreaks); // \r\n, \r → \n
  // NBSP, U+3000, tabs, zero-width, control chars
  if ((needs & (WHITE_SPACE | LINE_BREAKS)) !== 0) steps.push(unifyWhiteSpace);
  if ((needs & FULL_WIDTH) !== 0) steps.push(fullWidthToHalfWidth); // １５％ → 15%, （一） → (一)
  if ((needs & TONE_MARKS) !== 0) steps.push(removePinyin); // 現(xiàn)在 → 現在
  if (options.traditionalToSimplified === true) steps.push(traditionalToSimplified);
  // at most one blank line (a step removing chars may bring blank lines together)
  if ((needs & BLANK_LINES) !== 0 || steps.length > 0) steps.push(collapseBlankLines);
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
/** a line break at the start or the end of the text, or three in a row */
const BLANK_LINES = 16;
const ASCII_SPACE = 32;
const LINE_FEED = 64;
/** "&": an HTML entity may follow */
const ENTITIES = 128;
/** "<": an HTML tag may follow */
const TAGS = 256;
const CHAR_NEEDS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  if (isWhiteSpaceOrControl(c)) CHAR_NEEDS[c] = c === 0x20 ? ASCII_SPACE : WHITE_SPACE;
}
for (const c of "\r\u0085\u2028\u2029") CHAR_NEEDS[c.charCodeAt(0)]! |= LINE_BREAKS;
for (let c = 0xff01; c <= 0xff5e; c++) CHAR_NEEDS[c] = FULL_WIDTH;
for (const c of TONE_MARKED) CHAR_NEEDS[c.charCodeAt(0)] = TONE_MARKS;
CHAR_NEEDS[0x0a] = LINE_FEED;

const codeUnits = new CodeUnitBuffer();

function neededSteps(text: string): number {
  let needs = 0;
  const n = text.length;
  const codes = codeUnits.of(text);
  // two chars read at once (the view starts at offset 0 of its buffer, so it is 4-byte aligned): most pairs are two Han chars and need nothing (the test is the same for either order)
  const pairs = new Uint32Array(codes.buffer, codes.byteOffset, n >> 1);
  for (let p = 0; p < pairs.length; p++) {
    const pair = pairs[p]!;
    if (isHan(pair & 0xffff) && isHan(pair >>> 16)) continue;
    needs |= needsOf(codes, 2 * p) | needsOf(codes, 2 * p + 1);
  }
  if (n % 2 === 1) needs |= needsOf(codes, n - 1);
  return needs;
}

/** Within the ideographs and the CJK punctuation around them (the pair test, without the table). */
const isHan = (c: number): boolean => c - 0x3001 >>> 0 < 0xfeff - 0x3001;

/** What the char at `i` asks of the steps. */
function needsOf(codes: Uint16Array, i: number): number {
  const c = codes[i]!;
  // most chars are Han or ASCII and need nothing: tested without touching the (cache-evicting) table
  if (c > 0x3000 && c < 0xfeff) return 0;
  if (c > 0x20 && c < 0x7f) return c === 0x26 ? ENTITIES : c === 0x3c ? TAGS : 0;
  const need = CHAR_NEEDS[c]!;
  if (need === LINE_FEED) {
    const n = codes.length;
    return i === 0 || i === n - 1 || (codes[i + 1] === 0x0a && codes[i + 2] === 0x0a) ? BLANK_LINES : 0;
  }
  if (need === ASCII_SPACE) {
    // a lone space between two chars of a line stays as it is, unless it may be typed around a number or letter spacing
    if (i === 0 || i + 1 >= codes.length) return WHITE_SPACE;
    const before = codes[i - 1]!;
    const after = codes[i + 1]!;
    return staysBeside(before) && staysBeside(after) && !mayDropSpaceBetween(before, after) && !mayBeLetterSpacing(codes, i) ? 0 : WHITE_SPACE;
  }
  return need;
}

/** A neighbour that keeps a space: neither a line end nor white space itself. */
function staysBeside(c: number): boolean {
  return c !== 0x0a && !isWhiteSpaceOrControl(c);
}
