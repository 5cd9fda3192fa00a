import type { Candidate, Matcher } from "../_types.js";
import { baseCandidate, countValue, NUM, RANGE_SEPARATOR, RANGE_SEPARATORS, UNIT, NUM_LEAD } from "../_patterns.js";
import type { TextIndex } from "../_text-index.js";
import { charSet } from "../../../char-table.js";
import { firstChars, Follow, runFollowedBy } from "../_starts.js";

const PAIRS: Readonly<Record<string, readonly [number, number]>> = {
  一两: [1, 2], 两三: [2, 3], 二三: [2, 3], 三四: [3, 4], 三五: [3, 5], 四五: [4, 5], 五六: [5, 6], 六七: [6, 7], 七八: [7, 8], 八九: [8, 9],
};

const LIST_DIGITS = "一二两三四五六七八九";

/**
 * "一到两次", "1-2篇", "三至五节", "用三到四周", "两三个", and "一、二本" (a 、 between two single Chinese digits).
 * "5-6篇以上": the explicit bounds win; 以上 is read as emphasis, so the target stays a range 5..6
 * (refiners/attach-comparator.ts does not override a range).
 */
const PATTERN = new RegExp(
  [
    `${NUM("value")}${RANGE_SEPARATOR}${NUM("max")}${UNIT}`,
    `(?<![一二两三四五六七八九十])(?<pair>${Object.keys(PAIRS).join("|")})(?<pairUnit>${UNIT.slice("(?<unit>".length)}`,
    `(?<![一二两三四五六七八九十、])(?<listLo>[${LIST_DIGITS}])、(?<listHi>[${LIST_DIGITS}])(?<listUnit>${UNIT.slice("(?<unit>".length)}`,
  ].join("|"),
  "gu",
);
const FOLLOW = new Follow({ wordsBeforeNumeral: RANGE_SEPARATORS });
const LIST_MARK = "、".charCodeAt(0);
const LIST_DIGIT = charSet(LIST_DIGITS);
const PAIR_FIRST = charSet(firstChars(Object.keys(PAIRS)));
const PAIR_CODES = Object.keys(PAIRS).map((pair) => [pair.charCodeAt(0), pair.charCodeAt(1)] as const);

/** Whether one of PAIRS (一两, 两三 …) stands at `at` (its first character is tested before). */
function isPairAt(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  for (const [a, b] of PAIR_CODES) if (a === first && b === second) return true;
  return false;
}

/** Run starts followed by a separator, every pair inside a run (两三个), and a run's last digit before 、. */
function rangeStarts(text: string, index: TextIndex): number[] {
  const runs = index.numeralRuns;
  const out: number[] = [];
  let last = -1; // out's last offset: runs ascend, and within a run the tests below ascend
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] as number;
    const end = runs[r + 1] as number;
    if (runFollowedBy(index, r, FOLLOW)) out.push((last = start));
    for (let at = start; at < end - 1; at += 1) {
      if (PAIR_FIRST(text.charCodeAt(at)) && at > last && isPairAt(text, at)) out.push((last = at));
    }
    const listed = text.charCodeAt(end) === LIST_MARK && LIST_DIGIT(text.charCodeAt(end - 1)) && LIST_DIGIT(text.charCodeAt(end + 1));
    if (listed && end - 1 > last) out.push((last = end - 1));
  }
  return out;
}

export const range: Matcher = {
  name: "range",
  pattern: PATTERN,
  lead: NUM_LEAD,
  starts: rangeStarts,
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
    return [{ ...baseCandidate(start, end, lo, unit, "targets/range"), max: hi, comparator: "range" }];
  },
};
