import type { Candidate, Matcher } from "../_types.js";
import { baseCandidate, countValue, NUM, RANGE_SEPARATOR, UNIT, NUM_LEAD } from "../_patterns.js";

const PAIRS: Readonly<Record<string, readonly [number, number]>> = {
  一两: [1, 2], 两三: [2, 3], 二三: [2, 3], 三四: [3, 4], 三五: [3, 5], 四五: [4, 5], 五六: [5, 6], 六七: [6, 7], 七八: [7, 8], 八九: [8, 9],
};

/**
 * "一到两次", "1-2篇", "三至五节", "用三到四周", "两三个", and "一、二本" (a 、 between two single Chinese digits).
 * "5-6篇以上": the explicit bounds win; 以上 is read as emphasis, so the target stays a range 5..6
 * (refiners/attach-comparator.ts does not override a range).
 */
const PATTERN = new RegExp(
  [
    `${NUM("value")}${RANGE_SEPARATOR}${NUM("max")}${UNIT}`,
    `(?<![一二两三四五六七八九十])(?<pair>${Object.keys(PAIRS).join("|")})(?<pairUnit>${UNIT.slice("(?<unit>".length)}`,
    `(?<![一二两三四五六七八九十、])(?<listLo>[一二两三四五六七八九])、(?<listHi>[一二两三四五六七八九])(?<listUnit>${UNIT.slice("(?<unit>".length)}`,
  ].join("|"),
  "gu",
);

export const range: Matcher = {
  name: "range",
  pattern: PATTERN,
  lead: NUM_LEAD,
  extract(match): readonly Candidate[] {
    const g = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].length;
    let lo: number | null;
    let hi: number | null;
    let unit: string | undefined;
    if (g.pair !== undefined) {
      [lo, hi] = PAIRS[g.pair] ?? [null, null];
      unit = g.pairUnit;
    } else if (g.listLo !== undefined) {
      lo = countValue(g.listLo);
      hi = countValue(g.listHi);
      unit = g.listUnit;
      if (lo === null || hi === null || hi !== lo + 1) return [];
    } else {
      lo = countValue(g.value);
      hi = countValue(g.max);
      unit = g.unit;
    }
    if (lo === null || hi === null || unit === undefined || hi <= lo) return [];
    return [{ ...baseCandidate(start, end, lo, unit, "range"), max: hi, comparator: "range" }];
  },
};
