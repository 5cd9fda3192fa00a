/**
 * Lexicon of numeral characters (data). One table drives both the parser and the regex fragments,
 * so simplified, traditional and 大写 forms never need separate code paths.
 */

/** Digit characters → value. */
export const DIGITS: Readonly<Record<string, number>> = {
  "0": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
  零: 0, "〇": 0, "○": 0,
  一: 1, 壹: 1, 幺: 1,
  二: 2, 贰: 2, 貳: 2, 两: 2, 兩: 2, 俩: 2, 倆: 2,
  三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

/** Units below 万 → multiplier. */
export const SMALL_UNITS: Readonly<Record<string, number>> = {
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000,
};

/** Section units → multiplier. */
export const BIG_UNITS: Readonly<Record<string, number>> = {
  万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8,
};

/** Characters that stand for a tens value on their own: 廿三 = 23. */
export const TENS_SHORTHAND: Readonly<Record<string, number>> = { 廿: 20, 卅: 30, 卌: 40 };

/** Decimal points. */
export const DECIMAL_POINTS: readonly string[] = ["点", "點", ".", "．"];

/** Full-width digits (raw, uncleaned text): read as their ASCII twins, one UTF-16 unit each. */
export const FULL_WIDTH_DIGITS = "０-９";

/** Minus signs. */
export const MINUS_SIGNS: readonly string[] = ["负", "負", "-", "−"];

/** Chinese digits only (no Arabic), for the decimal part after 点. */
const CHINESE_DIGIT_CHARS = Object.keys(DIGITS).filter((c) => !/[0-9]/.test(c)).join("");

/** Every character that can be part of a numeral run (regex character-class body, no brackets). */
export const NUMERAL_CLASS = `0-9${FULL_WIDTH_DIGITS}${CHINESE_DIGIT_CHARS}${Object.keys(SMALL_UNITS).join("")}${Object.keys(BIG_UNITS).join("")}${Object.keys(TENS_SHORTHAND).join("")}`;

/** Characters allowed after a decimal point (两 is never a decimal digit: 两百点两 is 两百 and 两). */
export const DECIMAL_DIGIT_CLASS = `0-9${FULL_WIDTH_DIGITS}${CHINESE_DIGIT_CHARS.replace(/[两兩俩倆]/gu, "")}`;

/**
 * A regex fragment for one numeral: a maximal run of numeral characters (never starting inside a run),
 * an optional decimal part ("三点五", "3.5") and an optional trailing 万/亿 ("3.5万").
 * `name` becomes a named group around the whole numeral.
 */
export function numeralPattern(name: string): string {
  // Same language as `(?<![N.])[N]+`, but it starts with a plain character class, so the regex engine can skip
  // quickly to the next numeral character instead of testing the lookbehind at every position (2× faster scans).
  return `(?<${name}>[${NUMERAL_CLASS}](?<![${NUMERAL_CLASS}.][${NUMERAL_CLASS}])[${NUMERAL_CLASS}]*(?:[.．点點][${DECIMAL_DIGIT_CLASS}]+[万亿萬億]*)?)`;
}
