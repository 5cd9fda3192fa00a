import type { Candidate, Matcher } from "../_types.js";
import { baseCandidate, countValue, NUM, PERIOD_ALTERNATION, UNIT, NUM_LEAD } from "../_patterns.js";
import { normalisePeriod } from "../periods.js";
import { PERIODS } from "../units.js";
import { Follow, isNumeralAt, runStartsFollowedBy, union } from "../_starts.js";

/** "二周一次" → 1 次 per 周 ×2, "每两周一次", "一周两节": a count per stated number of periods. */
const PATTERN = new RegExp(`(?<every>每隔|每)?${NUM("perCount")}(?<period>个月|${PERIOD_ALTERNATION})${NUM("value")}${UNIT}`, "gu");
const FOLLOW = new Follow({ wordsBeforeNumeral: ["个月", ...PERIODS] });

const GE = "隔".charCodeAt(0);

/** The 每 (TextIndex.every) right before a numeral, or before 隔 and a numeral. */
function everyStarts(text: string, every: Int32Array): number[] {
  const out: number[] = [];
  for (const at of every) {
    if (isNumeralAt(text, at + 1) || (text.charCodeAt(at + 1) === GE && isNumeralAt(text, at + 2))) out.push(at);
  }
  return out;
}

export const intervalFrequency: Matcher = {
  name: "interval-frequency",
  pattern: PATTERN,
  lead: `每${NUM_LEAD}`,
  starts: (text, index) => union(runStartsFollowedBy(index, FOLLOW), everyStarts(text, index.every)),
  extract(match): readonly Candidate[] {
    const g = match.groups ?? {};
    const perCount = countValue(g.perCount);
    const value = countValue(g.value);
    if (perCount === null || value === null || g.unit === undefined || g.period === undefined) return [];
    const start = match.index;
    const base = baseCandidate(start, start + match[0].length, value, g.unit, "targets/interval-frequency");
    return [{ ...base, per: normalisePeriod(g.period), perCount }];
  },
};
