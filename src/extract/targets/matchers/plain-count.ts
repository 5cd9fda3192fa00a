import type { Candidate, Matcher } from "../_types.js";
import { baseCandidate, countValue, NUM, UNIT, NUM_LEAD } from "../_patterns.js";
import { UNIT_NAMES, UNITS } from "../units.js";
import { firstChars, Follow, runStartsFollowedBy } from "../_starts.js";

/** "两套试卷", "15周", "5000字", "一次", "二十余人": a number and a measure word. */
const PATTERN = new RegExp(`${NUM("value")}(?<more>余|多)?${UNIT}`, "gu");
const FOLLOW = new Follow({ chars: ["余", "多", ...firstChars(UNITS)] });

export const plainCount: Matcher = {
  name: "plain-count",
  pattern: PATTERN,
  lead: NUM_LEAD,
  starts: (_text, index) => runStartsFollowedBy(index, FOLLOW),
  extract(match): readonly Candidate[] {
    const g = match.groups ?? {};
    const value = countValue(g.value);
    if (value === null || g.unit === undefined) return [];
    const start = match.index;
    const candidate = baseCandidate(start, start + match[0].length, value, UNIT_NAMES[g.unit] ?? g.unit, "targets/plain-count");
    // 二十余人 / 十多次: more than the number, and only roughly
    return [g.more === undefined ? candidate : { ...candidate, comparator: ">", approximate: true }];
  },
};
