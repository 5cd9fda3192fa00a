import { parseSmallNumber, toChineseNumeral } from "./_small-number.js";
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

const CN = "[一二三四五六七八九十]";
const DIGIT = "[0-9０-９]";

/**
 * One alternative per marker family; scanned with the g flag, every alternative is bounded (linear time).
 * Every alternative starts with a plain character class (no lookbehind), so the scan skips ordinary text
 * fast; what may precede a marker is checked by the caller (see `precededByNumeral`).
 */
const MARKER_SOURCE = [
  `第(?<diNum>${CN}{1,3})(?<diSuffix>部分|章|节|条|、)`,
  `(?<cnNum>${CN}{1,3})(?<cnPunct>[、.．])`,
  `[(（](?<cnParenNum>${CN}{1,3})[)）]`,
  `(?<arNum>${DIGIT}{1,2})(?<arPunct>[、.．。])(?!${DIGIT})`,
  `[(（](?<arParenNum>${DIGIT}{1,2})[)）]`,
  "(?<circled>[①-⑳])",
  "(?<parenChar>[⑴-⒇])",
  "(?<dotChar>[⒈-⒛])",
].join("|");

/**
 * A fresh scanner (a RegExp keeps state in lastIndex, so never share one across calls).
 * `sticky` matches only at lastIndex: use it to test one offset without scanning ahead.
 */
export function createMarkerScanner(sticky = false): RegExp {
  return new RegExp(MARKER_SOURCE, sticky ? "y" : "g");
}

/** What a character can start, by char code: most characters start no marker and are skipped by one lookup. */
const enum Start { None, CnNumeral, ArabicDigit, Di, OpenParen, NumberedChar }
const START = new Uint8Array(0x10000);
for (const char of "一二三四五六七八九十") START[char.charCodeAt(0)] = Start.CnNumeral;
for (const char of "0123456789０１２３４５６７８９") START[char.charCodeAt(0)] = Start.ArabicDigit;
START["第".charCodeAt(0)] = Start.Di;
START["(".charCodeAt(0)] = Start.OpenParen;
START["（".charCodeAt(0)] = Start.OpenParen;
for (let code = "①".charCodeAt(0); code <= "⒛".charCodeAt(0); code += 1) START[code] = Start.NumberedChar;

const isCnPunct = charSet("、.．");
const isArabicPunct = charSet("、.．。");

/** Whether a run of 1–`max` characters of `kind` starting at `offset` is followed by an `isPunct` character. */
function numeralRunThen(text: string, offset: number, max: number, kind: Start, isPunct: (code: number) => boolean): boolean {
  let end = offset + 1;
  while (end - offset < max && START[text.charCodeAt(end)] === kind) end += 1;
  return isPunct(text.charCodeAt(end));
}

/**
 * Whether a marker may start at `offset`, from its first characters alone: true wherever MARKER_SOURCE
 * matches (and at a few places where it does not), so the regex need only run where this says yes.
 */
function mayStartMarker(text: string, offset: number, start: Start): boolean {
  switch (start) {
    case Start.CnNumeral:
      return numeralRunThen(text, offset, 3, Start.CnNumeral, isCnPunct);
    case Start.ArabicDigit:
      return numeralRunThen(text, offset, 2, Start.ArabicDigit, isArabicPunct);
    case Start.Di:
      return START[text.charCodeAt(offset + 1)] === Start.CnNumeral;
    case Start.OpenParen: {
      const next = START[text.charCodeAt(offset + 1)];
      return next === Start.CnNumeral || next === Start.ArabicDigit;
    }
    default:
      return start === Start.NumberedChar;
  }
}

/** The marker starting exactly at `offset`, or null; `sticky` is a sticky scanner (createMarkerScanner(true)). */
export function markerAt(text: string, offset: number, sticky: RegExp): RegExpExecArray | null {
  const start = START[text.charCodeAt(offset)];
  if (start === undefined || start === Start.None || !mayStartMarker(text, offset, start)) return null;
  sticky.lastIndex = offset;
  return sticky.exec(text);
}

/**
 * The first marker starting at or after `from`, as the global scanner would find it; `sticky` is a sticky
 * scanner (createMarkerScanner(true)). Most characters are ruled out by a table lookup without running the regex.
 */
export function findNextMarker(text: string, from: number, sticky: RegExp): RegExpExecArray | null {
  for (let offset = from; offset < text.length; offset += 1) {
    const start = START[text.charCodeAt(offset)] as Start;
    if (start === Start.None || !mayStartMarker(text, offset, start)) continue;
    sticky.lastIndex = offset;
    const match = sticky.exec(text);
    if (match !== null) return match;
  }
  return null;
}

/**
 * A marker glued to a numeral before it is the tail of a number, not a marker: "十一、" read from "一、",
 * "2020、" read as "20、", "第三、" read as "三、", "1.5." read as "5.".
 */
export function precededByNumeral(style: MarkerStyle, previous: string): boolean {
  if (style === "cn") return /[一二三四五六七八九十第]/.test(previous);
  if (style === "arabic") return /[0-9０-９.．]/.test(previous);
  return false;
}

const DI_STYLES: Readonly<Record<string, MarkerStyle>> = {
  部分: "di-part", 章: "di-chapter", 节: "di-section", 条: "di-article", "、": "di-dun",
};

const CHAR_STYLES: readonly { readonly group: string; readonly style: MarkerStyle; readonly base: number }[] = [
  { group: "circled", style: "circled", base: 0x2460 },
  { group: "parenChar", style: "paren-char", base: 0x2474 },
  { group: "dotChar", style: "dot-char", base: 0x2488 },
];

function numbered(style: MarkerStyle, numeral: string | undefined, offset: number): ParsedMarker | null {
  if (numeral === undefined) return null;
  const number = parseSmallNumber(numeral);
  return number === null ? null : { style, number, numeralStart: offset, numeralEnd: offset + numeral.length };
}

/** The style and number of one marker match (from createMarkerScanner or parseMarker); null when the numeral is invalid. */
export function markerFromMatch(match: RegExpExecArray): ParsedMarker | null {
  const groups = match.groups ?? {};
  if (groups.diNum !== undefined) {
    const style = DI_STYLES[groups.diSuffix ?? ""];
    return style === undefined ? null : numbered(style, groups.diNum, 1);
  }
  if (groups.cnNum !== undefined) return numbered("cn", groups.cnNum, 0);
  if (groups.cnParenNum !== undefined) return numbered("cn-paren", groups.cnParenNum, 1);
  if (groups.arNum !== undefined) return numbered("arabic", groups.arNum, 0);
  if (groups.arParenNum !== undefined) return numbered("arabic-paren", groups.arParenNum, 1);
  for (const { group, style, base } of CHAR_STYLES) {
    const char = groups[group];
    if (char !== undefined) return { style, number: char.charCodeAt(0) - base + 1, numeralStart: 0, numeralEnd: 1 };
  }
  return null;
}

/** "(三)" → {style: "cn-paren", number: 3}; null when the whole string is not one marker ("" for a label heading). */
export function parseMarker(marker: string): ParsedMarker | null {
  const scanner = createMarkerScanner(true);
  const match = scanner.exec(marker.trim());
  if (match === null || match[0].length !== marker.trim().length) return null;
  return markerFromMatch(match);
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
