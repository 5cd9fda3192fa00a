import { fromMatch } from "../_candidate.js";
import { readCalendarNumber } from "../_numerals.js";
import { DAY } from "../_patterns.js";
import { addMonths, dayInterval, monthPart } from "../resolve.js";
import type { Matcher } from "../_types.js";

/**
 * Months relative to the reference day: "本月", "这个月", "当月", "上个月", "下月", "上上个月", "本月十日",
 * "下月九号", "本月底". Null without a reference. Not "每月" (no prefix matches) nor "三个月" (a duration).
 */
const PATTERN = new RegExp(
  `(?<rel>上上个|下下个|上一个|下一个|上个|下个|这个|本|当|上|下)月(?:份)?(?:(?<day>${DAY})[日号]|(?<part>上旬|中旬|下旬|底|末|初(?![中一二三级])))?`,
  "gu",
);

function shift(rel: string): number {
  if (rel.startsWith("上上")) return -2;
  if (rel.startsWith("下下")) return 2;
  if (rel.startsWith("上")) return -1;
  if (rel.startsWith("下")) return 1;
  return 0;
}

export const relativeMonth: Matcher = {
  name: "relative-month",
  pattern: PATTERN,
  trigger: { lead: "上下这本当", key: "月", before: "上下一个这本当" },
  extract: (match, context) => {
    const g = match.groups ?? {};
    const ref = context.reference;
    // 上月/下月 right after a number is a month range or a count ("9月上月"), not a relative month
    if (/[0-9一二两三四五六七八九十个每]$/u.test(context.text.slice(Math.max(0, match.index - 1), match.index))) return null;
    const target = ref ? addMonths(ref.year, ref.month, shift(g.rel ?? "")) : null;
    if (g.day !== undefined) {
      const interval = target ? dayInterval(target.year, target.month, readCalendarNumber(g.day)) : null;
      return fromMatch(match, "relative-month", { interval, grain: "day" });
    }
    const interval = target ? monthPart(target.year, target.month, g.part) : null;
    return fromMatch(match, "relative-month", { interval, grain: "month" });
  },
};
