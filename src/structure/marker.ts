import { smallNumberAt, toChineseNumeral } from "./_small-number.js";
import { charSet } from "./_chars.js";

/**
 * Heading markers: the numbering in front of a heading. A style groups the spellings one level uses
 * (一、 一. 一． are one style; 1、 1. 1． 1。 are one style, since real plans mix them at one level).
 */
export type MarkerStyle =
  | "di-part" | "di-chapter" | "di-section" | "di-article" | "di-dun"
  | "cn" | "cn-paren" | "arabic" | "arabic-paren" | "circled" | "paren-char" | "dot-char";

export interface ParsedMarker {
  readonly style: MarkerStyle;
  readonly number: number;
  /** where the numeral sits inside the marker text */
  readonly numeralStart: number;
  readonly numeralEnd: number;
}

/** A marker read at one offset: its length, and its style and number (null when the numeral is invalid, "十十、"). */
export interface MarkerMatch {
  readonly index: number;
  readonly length: number;
  readonly marker: ParsedMarker | null;
}

/*
 * The marker grammar, one alternative per family, tried in this order at one offset (CN = 一…十, DIGIT = 0-9 ０-９):
 *   第 CN{1,3} (部分|章|节|条|、)    "第一部分", "第三章", "第四、"
 *   CN{1,3} [、.．]                  "一、", "十二."
 *   [(（] CN{1,3} [)）]              "(一)", "（十二）"
 *   DIGIT{1,2} [、.．。] not DIGIT   "1、", "１２.", not "1.5"
 *   [(（] DIGIT{1,2} [)）]           "(1)", "（10）"
 *   ① … ⑳ | ⑴ … ⒇ | ⒈ … ⒛
 * Read with char codes rather than a regex: the scan looks at every character of the plan, and one table
 * lookup rules out almost all of them. What may precede a marker is checked by the caller (`precededByNumeral`).
 */
/** What a character is to the grammar; the kinds from CnNumeral to NumberedChar can start a marker. */
const enum Char { Other, CnNumeral, Digit, Di, OpenParen, NumberedChar, CloseParen, CnPunct, Dun, FullStop, DiSuffix }
const CHAR = new Uint8Array(0x10000);
let grammarChars = "";
const mark = (chars: string, kind: Char): void => {
  for (const char of chars) CHAR[char.charCodeAt(0)] = kind;
  grammarChars += chars;
};
mark("一二三四五六七八九十", Char.CnNumeral);
mark("0123456789０１２３４５６７８９", Char.Digit);
mark("第", Char.Di);
mark("(（", Char.OpenParen);
mark(")）", Char.CloseParen);
mark(".．", Char.CnPunct);
mark("、", Char.Dun);
mark("。", Char.FullStop);
mark("章节条", Char.DiSuffix);
mark(String.fromCharCode(...Array.from({ length: 0x249c - 0x2460 }, (_, i) => 0x2460 + i)), Char.NumberedChar);
// bitsets checked before the kind table: most characters are Other, and the bitsets stay in cache (see charSet)
const isGrammarChar = charSet(grammarChars);
const isCnNumeralOrDi = charSet("一二三四五六七八九十第");
const isDigitOrDot = charSet("0123456789０１２３４５６７８９.．");

const kindAt = (text: string, offset: number): Char => {
  const code = text.charCodeAt(offset);
  return isGrammarChar(code) ? (CHAR[code] as Char) : Char.Other;
};

/** End of a run of 1–`max` characters of `kind` starting at `from`; `from` when there is none. */
function runEnd(text: string, from: number, max: number, kind: Char): number {
  let end = from;
  while (end - from < max && kindAt(text, end) === kind) end += 1;
  return end;
}

const DI_SUFFIX_STYLES: Readonly<Record<string, MarkerStyle>> = { 章: "di-chapter", 节: "di-section", 条: "di-article", "、": "di-dun" };

const CHAR_STYLES: readonly { readonly style: MarkerStyle; readonly base: number }[] = [
  { style: "circled", base: 0x2460 },
  { style: "paren-char", base: 0x2474 },
  { style: "dot-char", base: 0x2488 },
];

function numbered(text: string, offset: number, style: MarkerStyle, numeralStart: number, numeralEnd: number, length: number): MarkerMatch {
  const number = smallNumberAt(text, offset + numeralStart, offset + numeralEnd);
  const marker = number === null ? null : { style, number, numeralStart, numeralEnd };
  return { index: offset, length, marker };
}

/** 第 CN{1,3} (部分|章|节|条|、) */
function readDi(text: string, offset: number): MarkerMatch | null {
  const end = runEnd(text, offset + 1, 3, Char.CnNumeral);
  if (end === offset + 1) return null;
  const suffix = kindAt(text, end);
  if (suffix === Char.DiSuffix || suffix === Char.Dun) {
    return numbered(text, offset, DI_SUFFIX_STYLES[text.charAt(end)] ?? "di-dun", 1, end - offset, end + 1 - offset);
  }
  if (text.startsWith("部分", end)) return numbered(text, offset, "di-part", 1, end - offset, end + 2 - offset);
  return null;
}

/** CN{1,3} [、.．] or DIGIT{1,2} [、.．。] (not followed by a digit) */
function readNumeralThenPunct(text: string, offset: number, kind: Char.CnNumeral | Char.Digit): MarkerMatch | null {
  const end = runEnd(text, offset, kind === Char.CnNumeral ? 3 : 2, kind);
  const punct = kindAt(text, end);
  if (kind === Char.CnNumeral) {
    return punct === Char.Dun || punct === Char.CnPunct ? numbered(text, offset, "cn", 0, end - offset, end + 1 - offset) : null;
  }
  if (punct !== Char.Dun && punct !== Char.CnPunct && punct !== Char.FullStop) return null;
  if (kindAt(text, end + 1) === Char.Digit) return null;
  return numbered(text, offset, "arabic", 0, end - offset, end + 1 - offset);
}

/** [(（] CN{1,3} [)）] or [(（] DIGIT{1,2} [)）] */
function readParenthesised(text: string, offset: number): MarkerMatch | null {
  const first = kindAt(text, offset + 1);
  if (first !== Char.CnNumeral && first !== Char.Digit) return null;
  const end = runEnd(text, offset + 1, first === Char.CnNumeral ? 3 : 2, first);
  if (kindAt(text, end) !== Char.CloseParen) return null;
  return numbered(text, offset, first === Char.CnNumeral ? "cn-paren" : "arabic-paren", 1, end - offset, end + 1 - offset);
}

/** ① … ⑳, ⑴ … ⒇, ⒈ … ⒛ */
function readNumberedChar(text: string, offset: number): MarkerMatch {
  const code = text.charCodeAt(offset);
  for (let i = CHAR_STYLES.length - 1; i >= 0; i -= 1) {
    const entry = CHAR_STYLES[i];
    if (entry !== undefined && entry.base <= code) {
      return { index: offset, length: 1, marker: { style: entry.style, number: code - entry.base + 1, numeralStart: 0, numeralEnd: 1 } };
    }
  }
  return { index: offset, length: 1, marker: null };
}

function readAt(text: string, offset: number, kind: Char): MarkerMatch | null {
  switch (kind) {
    case Char.Di:
      return readDi(text, offset);
    case Char.CnNumeral:
    case Char.Digit:
      return readNumeralThenPunct(text, offset, kind);
    case Char.OpenParen:
      return readParenthesised(text, offset);
    case Char.NumberedChar:
      return readNumberedChar(text, offset);
    default:
      return null;
  }
}

/** The marker starting exactly at `offset`, or null. */
export function markerAt(text: string, offset: number): MarkerMatch | null {
  return readAt(text, offset, kindAt(text, offset));
}

/** The first marker starting at or after `from`, or null. */
export function findNextMarker(text: string, from: number): MarkerMatch | null {
  const length = text.length;
  for (let offset = from; offset < length; offset += 1) {
    const kind = CHAR[text.charCodeAt(offset)] as Char;
    if (kind === Char.Other || kind > Char.NumberedChar) continue;
    const match = readAt(text, offset, kind);
    if (match !== null) return match;
  }
  return null;
}

/**
 * A marker glued to a numeral before it is the tail of a number, not a marker: "十一、" read from "一、",
 * "2020、" read as "20、", "第三、" read as "三、", "1.5." read as "5.". `previous` is the char code before the marker.
 */
export function precededByNumeral(style: MarkerStyle, previous: number): boolean {
  if (style === "cn") return isCnNumeralOrDi(previous);
  if (style === "arabic") return isDigitOrDot(previous);
  return false;
}

/** "(三)" → {style: "cn-paren", number: 3}; null when the whole string is not one marker ("" for a label heading). */
export function parseMarker(marker: string): ParsedMarker | null {
  const trimmed = marker.trim();
  const match = markerAt(trimmed, 0);
  return match === null || match.length !== trimmed.length ? null : match.marker;
}

/** The same marker with another number: formatMarker("一、", 2) → "二、", formatMarker("(1)", 3) → "(3)". */
export function formatMarker(marker: string, number: number): string {
  const trimmed = marker.trim();
  const parsed = parseMarker(trimmed);
  if (parsed === null) return trimmed;
  const charStyle = CHAR_STYLES.find((entry) => entry.style === parsed.style);
  let numeral: string;
  if (charStyle !== undefined) numeral = number >= 1 && number <= 20 ? String.fromCharCode(charStyle.base + number - 1) : String(number);
  else if (parsed.style === "arabic" || parsed.style === "arabic-paren") numeral = String(number);
  else numeral = toChineseNumeral(number);
  return trimmed.slice(0, parsed.numeralStart) + numeral + trimmed.slice(parsed.numeralEnd);
}
