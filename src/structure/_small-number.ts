/** Small numbers as written in heading markers and month names: "3", "３", "十二", "二十一" → 1–99. */

const CN_DIGIT_VALUES: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  // the formal (大写) numerals some plans number their parts with: "壹、指导思想", "拾贰、"
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const CN_DIGITS = new Map(Object.entries(CN_DIGIT_VALUES).map(([char, value]) => [char.charCodeAt(0), value]));
const TEN = "十".charCodeAt(0);
const FORMAL_TEN = "拾".charCodeAt(0);
const isTen = (code: number): boolean => code === TEN || code === FORMAL_TEN;

export const CN_NUMERAL_CHARS = "一二三四五六七八九十";
/** The formal (大写) numerals 壹 … 拾, in the order of CN_NUMERAL_CHARS. */
export const FORMAL_NUMERAL_CHARS = "壹贰叁肆伍陆柒捌玖拾";

/** 0–9 for a half- or full-width digit, -1 otherwise. */
function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0xff10 && code <= 0xff19) return code - 0xff10;
  return -1;
}

/** D?十D? with one-character parts ("十二", "二十", "二十一"); null for anything else. */
function chineseValue(text: string, from: number, to: number): number | null {
  let ten = -1;
  for (let i = from; i < to; i += 1) {
    if (!isTen(text.charCodeAt(i))) continue;
    if (ten !== -1) return null;
    ten = i;
  }
  if (ten === -1 || ten - from > 1 || to - ten - 1 > 1) return null;
  const tens = ten === from ? 1 : CN_DIGITS.get(text.charCodeAt(from));
  const units = ten === to - 1 ? 0 : CN_DIGITS.get(text.charCodeAt(to - 1));
  if (tens === undefined || units === undefined) return null;
  return tens * 10 + units;
}

/**
 * parseSmallNumber of text.slice(from, to), read in place: the marker scan asks this for every marker, and a
 * slice per marker plus the regexes of the general case were a visible part of it.
 */
export function smallNumberAt(text: string, from: number, to: number): number | null {
  const length = to - from;
  if (length <= 0) return null;
  if (length === 1) {
    const code = text.charCodeAt(from);
    const digit = digitValue(code);
    if (digit !== -1) return digit >= 1 ? digit : null;
    const cn = CN_DIGITS.get(code);
    if (cn !== undefined) return cn >= 1 ? cn : null;
    return isTen(code) ? 10 : null;
  }
  if (length === 2) {
    const tens = digitValue(text.charCodeAt(from));
    const units = digitValue(text.charCodeAt(from + 1));
    if (tens !== -1 && units !== -1) return tens * 10 + units >= 1 ? tens * 10 + units : null;
  }
  const n = chineseValue(text, from, to);
  return n !== null && n >= 1 && n <= 99 ? n : null;
}

/** Arabic (half- or full-width) or Chinese numeral 1–99; null for anything else. */
export function parseSmallNumber(s: string): number | null {
  return smallNumberAt(s, 0, s.length);
}

const CN_UNITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1–99 → "一" … "九十九" */
export function toChineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return CN_UNITS[units] ?? "";
  return `${tens === 1 ? "" : (CN_UNITS[tens] ?? "")}十${CN_UNITS[units] ?? ""}`;
}
