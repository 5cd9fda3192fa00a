/** Small numbers as written in heading markers and month names: "3", "３", "十二", "二十一" → 1–99. */

const CN_DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export const CN_NUMERAL_CHARS = "一二三四五六七八九十";

function parseChinese(s: string): number | null {
  if (s === "十") return 10;
  const ten = s.indexOf("十");
  if (ten === -1) return s.length === 1 ? (CN_DIGITS[s] ?? null) : null;
  if (s.indexOf("十", ten + 1) !== -1) return null;
  const tensPart = s.slice(0, ten);
  const unitsPart = s.slice(ten + 1);
  const tens = tensPart === "" ? 1 : (CN_DIGITS[tensPart] ?? null);
  const units = unitsPart === "" ? 0 : (CN_DIGITS[unitsPart] ?? null);
  if (tens === null || units === null || tensPart.length > 1 || unitsPart.length > 1) return null;
  return tens * 10 + units;
}

/** Arabic (half- or full-width) or Chinese numeral 1–99; null for anything else. */
export function parseSmallNumber(s: string): number | null {
  if (s === "") return null;
  if (s.length === 1) {
    const code = s.charCodeAt(0);
    if (code >= 0x31 && code <= 0x39) return code - 0x30;
    if (code >= 0xff11 && code <= 0xff19) return code - 0xff10;
    const digit = CN_DIGITS[s];
    if (digit !== undefined) return digit >= 1 ? digit : null;
    return s === "十" ? 10 : null;
  }
  const ascii = s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^\d{1,2}$/.test(ascii)) {
    const n = Number(ascii);
    return n >= 1 ? n : null;
  }
  const n = parseChinese(s);
  return n !== null && n >= 1 && n <= 99 ? n : null;
}

const CN_UNITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"] as const;

/** 1–99 → "一" … "九十九" */
export function toChineseNumeral(n: number): string {
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return CN_UNITS[units] ?? "";
  return `${tens === 1 ? "" : (CN_UNITS[tens] ?? "")}十${CN_UNITS[units] ?? ""}`;
}
