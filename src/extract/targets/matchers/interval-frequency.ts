import type { Candidate, Matcher } from "../_types.js";
import { alternation, baseCandidate, countValue, NUM, PERIOD_ALTERNATION, UNIT, NUM_LEAD } from "../_patterns.js";
import { normalisePeriod } from "../periods.js";
import { EVENT_VERBS, PERIODS } from "../units.js";
import { firstChars, Follow, isNumeralAt, runStartsFollowedBy, union } from "../_starts.js";

/**
 * "二周一次" → 1 次 per 周 ×2, "每两周一次", "一周两节": a count per stated number of periods; also with an event
 * verb between ("两周开展一次" is once every two weeks), and with 半 (半月一次: ×0.5) or 隔/双 ("隔周一次", "双周一次":
 * every other week, ×2) for the number. 上半月/下半月 are parts of a month, not intervals; with a verb, 9月开展一次 is a
 * date (DATE_PERIODS) and 第三周召开一次 an ordinal week, so neither is an interval.
 */
const PATTERN = new RegExp(
  `(?:(?<every>每隔|每)?(?:${NUM("perCount")}|(?<![上下前后大多])(?<half>半)个?)(?<period>个月|${PERIOD_ALTERNATION})` +
    `|(?<![每])(?<other>隔|双)(?<otherPeriod>周|月|天|日))` +
    `(?<verb>${alternation(EVENT_VERBS)})?${NUM("value")}${UNIT}`,
  "gu",
);
/** After a leading numeral: a period, then (after an optional verb) the count, which starts() leaves to the regex. */
const FOLLOW = new Follow({ chars: firstChars(["个月", ...PERIODS]) });

const GE = "隔".charCodeAt(0);
const ORDINAL = "第".charCodeAt(0);
/**
 * Periods that, written after a bare number, name a date rather than a count of periods: 9月开展一次 is in
 * September, 15日召开一次 on the 15th, 2023年组织2次 in 2023 (三个月 / 半月 / 一学期 are counts).
 */
const DATE_PERIODS: ReadonlySet<string> = new Set(["月", "日", "年", "年度"]);
const HALF = "半".charCodeAt(0);

const isCountAt = (text: string, at: number): boolean => isNumeralAt(text, at) || text.charCodeAt(at) === HALF;

/** The 每 (TextIndex.every) right before a numeral or 半, or before 隔 and a numeral or 半 (每隔半月一次). */
function everyStarts(text: string, every: Int32Array): number[] {
  const out: number[] = [];
  for (const at of every) {
    const next = text.charCodeAt(at + 1);
    if (isCountAt(text, at + 1) || (next === GE && isCountAt(text, at + 2))) out.push(at);
  }
  return out;
}

export const intervalFrequency: Matcher = {
  name: "interval-frequency",
  pattern: PATTERN,
  lead: `每半隔双${NUM_LEAD}`,
  starts: (text, index) => union(union(runStartsFollowedBy(index, FOLLOW), everyStarts(text, index.every)), [...index.intervalMarks]),
  extract(match, text): readonly Candidate[] {
    const g = match.groups ?? {};
    // with a verb between, the number before the period must count periods: not a date (9月开展一次), not an ordinal (第三周召开一次)
    const dated = g.perCount !== undefined && (DATE_PERIODS.has(g.period ?? "") || text.charCodeAt(match.index - 1) === ORDINAL);
    if (g.verb !== undefined && dated) return [];
    const perCount = g.other !== undefined ? 2 : g.half !== undefined ? 0.5 : countValue(g.perCount);
    const value = countValue(g.value);
    const period = g.period ?? g.otherPeriod;
    if (perCount === null || value === null || g.unit === undefined || period === undefined) return [];
    const start = match.index;
    const base = baseCandidate(start, start + match[0].length, value, g.unit, "targets/interval-frequency");
    return [{ ...base, per: normalisePeriod(period), perCount }];
  },
};
