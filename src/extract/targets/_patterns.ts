import { NUMERAL_CLASS, numeralPattern, parseChineseNumber } from "../numerals/index.js";
import { PERIODS, UNITS } from "./units.js";
import { charSet } from "../../char-table.js";

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");

/** An alternation, longest first, so 人次 wins over 人. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
}

export const UNIT = `(?<unit>${alternation(UNITS)})`;
export const PERIOD_ALTERNATION = alternation(PERIODS);
export const NUM = numeralPattern;
/** Every character a NUM can start with (a Matcher `lead`). */
export const NUM_LEAD = NUMERAL_CLASS;
export const RANGE_SEPARATORS: readonly string[] = ["到", "至", "~", "～", "-", "—", "－", "–"];
export const RANGE_SEPARATOR = `(?:${RANGE_SEPARATORS.join("|")})`;

/**
 * The value of a numeral written as a count. Rejects digit strings such as 一二 (grades), 二〇二〇 (years)
 * and 三四 (use the range matcher), which parseChineseNumber would read as 12, 2020, 34.
 */
export function countValue(s: string | undefined): number | null {
  if (s === undefined) return null;
  if (s.length >= 2 && isDigitString(s)) return null;
  return parseChineseNumber(s);
}

const CHINESE_DIGIT = charSet("一二两三四五六七八九〇零");

function isDigitString(s: string): boolean {
  for (let i = 0; i < s.length; i += 1) if (!CHINESE_DIGIT(s.charCodeAt(i))) return false;
  return true;
}

/**
 * A candidate with the defaults every matcher shares. `matcher` is written out ("targets/range"): a literal is one
 * shared string, which the refiners compare and look up at no cost, where a string built per candidate is hashed
 * and compared character by character. Every candidate has the same keys in the same order (comparatorFixed too),
 * so the refiners' reads stay monomorphic.
 */
export function baseCandidate(start: number, end: number, value: number, unit: string, matcher: `targets/${string}`) {
  return {
    start, end, coreStart: start, coreEnd: end, value, max: null, unit, comparator: "=" as const,
    per: null, perCount: null, approximate: false, matcher, comparatorFixed: false,
  };
}
