/** Small Chinese-numeral reader for calendar numbers (years, months, days, week counts). */

const DIGITS: Readonly<Record<string, number>> = {
  "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "0": 0,
  "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
  "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
};

/** Character class source for Chinese calendar numbers (use inside a RegExp). */
export const CN_NUM = "[0-9〇零○一二两三四五六七八九十廿卅]";

/**
 * "12" → 12, "十一" → 11, "二十九" → 29, "廿二" → 22, "二〇二〇" → 2020 (digit by digit), "两" → 2, "元" (of 元月) → 1.
 * NaN when the string is not a calendar number.
 */
export function readCalendarNumber(raw: string): number {
  if (raw.length === 0) return Number.NaN;
  if (raw === "元") return 1; // 元月: January
  if (isAsciiDigits(raw)) return Number(raw);
  const s = raw.startsWith("廿") ? `二十${raw.slice(1)}` : raw.startsWith("卅") ? `三十${raw.slice(1)}` : raw;
  const tenAt = s.indexOf("十");
  if (tenAt === -1) {
    // digit by digit: 二〇二〇, 九
    let value = 0;
    for (const ch of s) {
      const d = DIGITS[ch];
      if (d === undefined) return Number.NaN;
      value = value * 10 + d;
    }
    return value;
  }
  if (s.indexOf("十", tenAt + 1) !== -1 || s.length > 3) return Number.NaN;
  const head = s.slice(0, tenAt);
  const tail = s.slice(tenAt + 1);
  const tens = head === "" ? 1 : DIGITS[head];
  const ones = tail === "" ? 0 : DIGITS[tail];
  if (tens === undefined || ones === undefined) return Number.NaN;
  return tens * 10 + ones;
}

function isAsciiDigits(raw: string): boolean {
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** A four-digit year written with digits or Chinese digits; NaN otherwise. */
export function readYear(raw: string): number {
  const value = readCalendarNumber(raw);
  return raw.length === 4 && value >= 1000 && value <= 2999 ? value : Number.NaN;
}
