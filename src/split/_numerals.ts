const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "3" → 3, "十五" → 15, "二十一" → 21, "九十九" → 99; null for anything else. Enough for plan numbers. */
export function smallNumber(text: string): number | null {
  if (/^\d{1,3}$/u.test(text)) return Number(text);
  const m = /^(?<tens>[一二两三四五六七八九]?十)?(?<units>[一二两三四五六七八九])?$/u.exec(text);
  if (!m?.groups || text.length === 0) return null;
  const tens = m.groups["tens"];
  const units = m.groups["units"];
  const t = tens === undefined ? 0 : tens.length === 1 ? 1 : (DIGITS[tens[0] ?? ""] ?? 0);
  return t * 10 + (units === undefined ? 0 : (DIGITS[units] ?? 0));
}
