import { CN_NUMERAL_CHARS, FORMAL_NUMERAL_CHARS, smallNumberAt, toChineseNumeral } from "./_small-number.js";
import { charSet } from "./_chars.js";

/**
 * Heading markers: the numbering in front of a heading. A style groups the spellings one level uses
 * (一、 一. 一． are one style; 1、 1. 1． 1。 are one style, since real plans mix them at one level).
 */
export type MarkerStyle =
  | "di-part" | "di-chapter" | "di-section" | "di-article" | "di-dun"
  | "cn" | "cn-paren" | "cn-half-paren" | "arabic" | "arabic-paren" | "arabic-half-paren" | "circled" | "paren-char" | "dot-char" | "roman";

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
 * The marker grammar, one alternative per family, tried in this order at one offset (CN = 一…十 and 壹…拾, DIGIT = 0-9 ０-９):
 *   第 CN{1,3} (部分|章|节|条|、)    "第一部分", "第三章", "第四、"
 *   第 DIGIT{1,2} (部分|章|节|条)    "第1部分", "第2章": the same styles as their Chinese spelling
 *   CN{1,3} [、.．]                  "一、", "十二.", also "一 、" "一 ." (a space before the 、 or period)
 *   CN{1,3} [)）]                    "一）", "二)": a closing parenthesis only (a style of its own)
 *   [(（] CN{1,3} [)）]              "(一)", "（十二）", also "（ 一 ）" (one space inside each parenthesis)
 *   DIGIT{1,2} [、.．。] not DIGIT   "1、", "１２.", not "1.5"; also "1 、" "1 ." (not "1 .5")
 *   [(（] DIGIT{1,2} [)）]           "(1)", "（10）", also "( 1 )"
 *   DIGIT{1,2} [)）]                 "1)", "2）": a closing parenthesis only (a style of its own)
 *   ① … ⑳ | ⑴ … ⒇ | ⒈ … ⒛
 *   ROMAN [、.．]                    "Ⅰ、", "Ⅱ." (Ⅰ … Ⅻ, one character each, as Word's Roman list numbering types them)
 * Read with char codes rather than a regex: the scan looks at every character of the plan, and one table
 * lookup rules out almost all of them. What may precede a marker is checked by the caller (`precededByNumeral`).
 */
/** What a character is to the grammar; the kinds up to NumberedChar can start a marker. */
const enum Char { Other, CnNumeral, Digit, Di, OpenParen, Roman, NumberedChar, CloseParen, CnPunct, Dun, FullStop, DiSuffix }
/** The Chinese numerals of a marker: the formal ones (壹 … 拾) number parts like 一 … 十 ("壹、指导思想"). */
export const MARKER_NUMERALS = CN_NUMERAL_CHARS + FORMAL_NUMERAL_CHARS;
const CHAR = new Uint8Array(0x10000);
let grammarChars = "";
let startChars = "";
const mark = (chars: string, kind: Char): void => {
  for (const char of chars) CHAR[char.charCodeAt(0)] = kind;
  grammarChars += chars;
  if (kind <= Char.NumberedChar) startChars += chars;
};
mark(MARKER_NUMERALS, Char.CnNumeral);
mark("0123456789０１２３４５６７８９", Char.Digit);
mark("第", Char.Di);
mark("(（", Char.OpenParen);
mark(")）", Char.CloseParen);
mark(".．", Char.CnPunct);
mark("、", Char.Dun);
mark("。", Char.FullStop);
mark("章节条", Char.DiSuffix);
const ROMAN_BASE = 0x2160; // Ⅰ; Ⅻ is ROMAN_BASE + 11
mark(String.fromCharCode(...Array.from({ length: 12 }, (_, i) => ROMAN_BASE + i)), Char.Roman);
mark(String.fromCharCode(...Array.from({ length: 0x249c - 0x2460 }, (_, i) => 0x2460 + i)), Char.NumberedChar);
// bitsets checked before the kind table: most characters are Other, and the bitsets stay in cache (see charSet)
const isGrammarChar = charSet(grammarChars);
const canStartMarker = charSet(startChars);
const isCnNumeralOrDi = charSet(`${MARKER_NUMERALS}第`);
const isDigitOrDot = charSet("0123456789０１２３４５６７８９.．");
const isDigitOrOpenParen = charSet("0123456789０１２３４５６７８９(（");
const isCnNumeralDiOrOpenParen = charSet(`${MARKER_NUMERALS}第(（`);

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

/**
 * One marker read in place. The scans reuse one record for every read instead of two objects per marker
 * (a plan has hundreds of markers and thousands of characters that start one).
 */
export class MarkerRead {
  index = 0;
  length = 0;
  /** null when the numeral is invalid ("十十、") */
  style: MarkerStyle | null = null;
  number = 0;
  numeralStart = 0;
  numeralEnd = 0;

  toMatch(): MarkerMatch {
    const { style, number, numeralStart, numeralEnd } = this;
    return { index: this.index, length: this.length, marker: style === null ? null : { style, number, numeralStart, numeralEnd } };
  }
}

function numbered(read: MarkerRead, text: string, offset: number, style: MarkerStyle, numeralStart: number, numeralEnd: number, length: number): true {
  const number = smallNumberAt(text, offset + numeralStart, offset + numeralEnd);
  read.index = offset;
  read.length = length;
  read.style = number === null ? null : style;
  read.number = number ?? 0;
  read.numeralStart = numeralStart;
  read.numeralEnd = numeralEnd;
  return true;
}

/** 第 CN{1,3} (部分|章|节|条|、) or 第 DIGIT{1,2} (部分|章|节|条) */
function readDi(read: MarkerRead, text: string, offset: number): boolean {
  let end = runEnd(text, offset + 1, 3, Char.CnNumeral);
  // "第1部分": digits name the part as well; not before 、 ("第1、2周" lists weeks)
  const digits = end === offset + 1;
  if (digits) end = runEnd(text, offset + 1, 2, Char.Digit);
  if (end === offset + 1) return false;
  const suffix = kindAt(text, end);
  if (suffix === Char.DiSuffix || (suffix === Char.Dun && !digits)) {
    return numbered(read, text, offset, DI_SUFFIX_STYLES[text.charAt(end)] ?? "di-dun", 1, end - offset, end + 1 - offset);
  }
  if (text.startsWith("部分", end)) return numbered(read, text, offset, "di-part", 1, end - offset, end + 2 - offset);
  return false;
}

/** CN{1,3} [、.．] or DIGIT{1,2} [、.．。] (not followed by a digit) */
function readNumeralThenPunct(read: MarkerRead, text: string, offset: number, kind: Char.CnNumeral | Char.Digit): boolean {
  const end = runEnd(text, offset, kind === Char.CnNumeral ? 3 : 2, kind);
  // "一 、指导思想", "1 .加强备课": a space typed before the 、 or the period (Word documents) is part of the marker
  // (the spaced period, like the plain one after digits, not before a digit: "1 .5")
  if (spacedPunctAt(text, end) && !(kind === Char.Digit && kindAt(text, end + 1) === Char.CnPunct && kindAt(text, end + 2) === Char.Digit)) {
    return numbered(read, text, offset, kind === Char.CnNumeral ? "cn" : "arabic", 0, end - offset, end + 2 - offset);
  }
  const punct = kindAt(text, end);
  if (kind === Char.CnNumeral) {
    if (punct === Char.CloseParen) return numbered(read, text, offset, "cn-half-paren", 0, end - offset, end + 1 - offset);
    return (punct === Char.Dun || punct === Char.CnPunct) && numbered(read, text, offset, "cn", 0, end - offset, end + 1 - offset);
  }
  if (punct === Char.CloseParen) return numbered(read, text, offset, "arabic-half-paren", 0, end - offset, end + 1 - offset);
  if (punct !== Char.Dun && punct !== Char.CnPunct && punct !== Char.FullStop) return false;
  if (kindAt(text, end + 1) === Char.Digit) return false;
  return numbered(read, text, offset, "arabic", 0, end - offset, end + 1 - offset);
}

const isMarkerSpace = (code: number): boolean => code === 0x20 || code === 0x3000;
const isDunOrPeriod = charSet("、.．");

/** A space and then 、 . or ． at `offset`: the spaced form of a 、 or period marker. */
function spacedPunctAt(text: string, offset: number): boolean {
  return isMarkerSpace(text.charCodeAt(offset)) && isDunOrPeriod(text.charCodeAt(offset + 1));
}

/**
 * [(（] CN{1,3} [)）] or [(（] DIGIT{1,2} [)）], each parenthesis may have one space inside:
 * "（ 一 ）", "( 1 )" (Word documents space the numbering out like the spaced 、)
 */
function readParenthesised(read: MarkerRead, text: string, offset: number): boolean {
  const start = isMarkerSpace(text.charCodeAt(offset + 1)) ? offset + 2 : offset + 1;
  const first = kindAt(text, start);
  if (first !== Char.CnNumeral && first !== Char.Digit) return false;
  const end = runEnd(text, start, first === Char.CnNumeral ? 3 : 2, first);
  const close = isMarkerSpace(text.charCodeAt(end)) ? end + 1 : end;
  if (kindAt(text, close) !== Char.CloseParen) return false;
  return numbered(read, text, offset, first === Char.CnNumeral ? "cn-paren" : "arabic-paren", start - offset, end - offset, close + 1 - offset);
}

/** ROMAN [、.．]: "Ⅰ、", "Ⅱ．" */
function readRoman(read: MarkerRead, text: string, offset: number): boolean {
  const punct = kindAt(text, offset + 1);
  if (punct !== Char.Dun && punct !== Char.CnPunct) return false;
  read.index = offset;
  read.length = 2;
  read.style = "roman";
  read.number = text.charCodeAt(offset) - ROMAN_BASE + 1;
  read.numeralStart = 0;
  read.numeralEnd = 1;
  return true;
}

/** ① … ⑳, ⑴ … ⒇, ⒈ … ⒛ */
function readNumberedChar(read: MarkerRead, text: string, offset: number): true {
  const code = text.charCodeAt(offset);
  let entry = CHAR_STYLES[0] as (typeof CHAR_STYLES)[number];
  for (const style of CHAR_STYLES) if (style.base <= code) entry = style;
  read.index = offset;
  read.length = 1;
  read.style = entry.style;
  read.number = code - entry.base + 1;
  read.numeralStart = 0;
  read.numeralEnd = 1;
  return true;
}

function readAt(read: MarkerRead, text: string, offset: number, kind: Char): boolean {
  switch (kind) {
    case Char.Di:
      return readDi(read, text, offset);
    case Char.CnNumeral:
    case Char.Digit:
      return readNumeralThenPunct(read, text, offset, kind);
    case Char.OpenParen:
      return readParenthesised(read, text, offset);
    case Char.NumberedChar:
      return readNumberedChar(read, text, offset);
    case Char.Roman:
      return readRoman(read, text, offset);
    default:
      return false;
  }
}

/** The record markerAt and markerLengthAt read into (reads are synchronous: one record is enough). */
const scratch = new MarkerRead();

/** The marker starting exactly at `offset`, or null. */
export function markerAt(text: string, offset: number): MarkerMatch | null {
  return readAt(scratch, text, offset, kindAt(text, offset)) ? scratch.toMatch() : null;
}

/** The length of the marker starting exactly at `offset` (valid numeral or not); 0 when there is none. */
export function markerLengthAt(text: string, offset: number): number {
  return readAt(scratch, text, offset, kindAt(text, offset)) ? scratch.length : 0;
}

/** Reads the first marker starting at or after `from` into `read`; false when there is none. `units` is the code units of `text`. */
export function readNextMarker(read: MarkerRead, text: string, units: Uint16Array, from: number): boolean {
  const length = units.length;
  for (let offset = from; offset < length; offset += 1) {
    const code = units[offset] as number;
    if (!canStartMarker(code)) continue;
    const kind = CHAR[code] as Char;
    // a numeral goes on with a numeral or punctuation of the grammar: "一个", "3月" are ruled out here, cheaply
    if ((kind === Char.CnNumeral || kind === Char.Digit) && !isGrammarChar(offset + 1 < length ? (units[offset + 1] as number) : 0)) {
      // "一 、", "1 .": the only markers whose numeral is followed by something outside the grammar
      if (!isMarkerSpace(units[offset + 1] as number) || !isDunOrPeriod(offset + 2 < length ? (units[offset + 2] as number) : 0)) continue;
    }
    if (readAt(read, text, offset, kind)) return true;
  }
  return false;
}

/**
 * A marker glued to a numeral before it is the tail of a number, not a marker: "十一、" read from "一、",
 * "2020、" read as "20、", "第三、" read as "三、", "1.5." read as "5.". `previous` is the char code before the marker.
 */
export function precededByNumeral(style: MarkerStyle, previous: number): boolean {
  if (style === "cn") return isCnNumeralOrDi(previous);
  if (style === "arabic") return isDigitOrDot(previous);
  // "(1)" read from its "1)", "12)" read as "2)"
  if (style === "arabic-half-paren") return isDigitOrOpenParen(previous);
  if (style === "cn-half-paren") return isCnNumeralDiOrOpenParen(previous);
  return false;
}

const isFormalNumeral = charSet(FORMAL_NUMERAL_CHARS);

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
  else if (parsed.style === "roman") numeral = number >= 1 && number <= 12 ? String.fromCharCode(ROMAN_BASE + number - 1) : String(number);
  // arabic styles, and "第1部分" (a 第 marker spelt with digits)
  else if (parsed.style === "arabic" || parsed.style === "arabic-paren" || parsed.style === "arabic-half-paren" || kindAt(trimmed, parsed.numeralStart) === Char.Digit) numeral = String(number);
  else numeral = toChineseNumeral(number);
  // "壹、" numbers on in the formal numerals: "贰、", not "二、"
  if (isFormalNumeral(trimmed.charCodeAt(parsed.numeralStart))) numeral = numeral.replace(/[一二三四五六七八九十]/gu, (c) => FORMAL_NUMERAL_CHARS.charAt(CN_NUMERAL_CHARS.indexOf(c)));
  return trimmed.slice(0, parsed.numeralStart) + numeral + trimmed.slice(parsed.numeralEnd);
}
