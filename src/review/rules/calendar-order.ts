import { charSet } from "../../char-table.js";
import type { PlanResult, TimeExpression } from "../../types.js";
import type { Rule, RuleFinding } from "../rule.js";

/**
 * calendar-order: in a month-by-month 行事历 ("9月份:", "10月份:" … at the start of lines), a month that
 * comes before the one above it — usually a pasted or renumbered calendar. Calendars wrap: 十二月 → 一月
 * runs into the next year (an autumn term, or a year plan that ends in January), so a month counts as
 * out of order when it lies less than half a year BEFORE the one above it (11月 → 10月), and as the next
 * year's when it lies ahead (12月 → 1月, 9月 → 12月). The rule needs no anchor. A 行事历 by day
 * ("9月1日：开学典礼") is checked the same way, by month; a day counts only before a colon, so the signature
 * date under the plan ("2023年8月28日" on its own line) is no calendar line.
 */
const MONTH_IN_TEXT = /(?<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月/u;
const CN_MONTH: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12,
};
/** Only list markers or spaces before the month on its line: "9月份:", "(1)十月:", "3. 11月" */
const LINE_START = /(?:^|\n)[ \t　]*(?:[(（]?[0-9一二三四五六七八九十]{1,3}[)）、.．]\s*)?$/u;
const SPACE_OR_TAB = charSet(" \t　");
const COLON_OR_NEWLINE = charSet(":：\n");
const COLON = charSet(":：");

function monthNumber(date: TimeExpression): number | null {
  const raw = MONTH_IN_TEXT.exec(date.text)?.groups?.month;
  if (raw === undefined) return null;
  return /^\d+$/.test(raw) ? Number(raw) : (CN_MONTH[raw] ?? null);
}

function isCalendarHeading(date: TimeExpression, text: string): boolean {
  if (date.grain === "month") return endsHeading(text, date.end) && opensLine(date, text);
  if (date.grain === "day") return beforeColon(text, date.end) && opensLine(date, text);
  return false;
}

function opensLine(date: TimeExpression, text: string): boolean {
  return LINE_START.test(text.slice(Math.max(0, date.start - 12), date.start));
}

/** Whether only spaces (at most 4 characters) lie between `from` and a colon. */
function beforeColon(text: string, from: number): boolean {
  const end = Math.min(text.length, from + 4);
  let at = from;
  while (at < end && SPACE_OR_TAB(text.charCodeAt(at))) at += 1;
  return at < end && COLON(text.charCodeAt(at));
}

/**
 * Whether the 4 characters from `from` are spaces up to a colon, a line break or their end (the text's end, or
 * four spaces: the rule looks no further).
 */
function endsHeading(text: string, from: number): boolean {
  const end = Math.min(text.length, from + 4);
  let at = from;
  while (at < end && SPACE_OR_TAB(text.charCodeAt(at))) at += 1;
  return at === end || COLON_OR_NEWLINE(text.charCodeAt(at));
}

/** Months from a to b going forward in time (0–11). */
const forward = (a: number, b: number): number => (b - a + 12) % 12;

export function findCalendarDisorder(plan: PlanResult): RuleFinding[] {
  const found: RuleFinding[] = [];
  let previous: TimeExpression | null = null;
  let previousMonth = 0;
  for (const date of plan.dates) {
    if (!isCalendarHeading(date, plan.text)) continue;
    const month = monthNumber(date);
    if (month === null) continue;
    // forward 7–11 months = going back 1–5 months: out of order; exactly six is left alone (ambiguous)
    if (previous !== null && forward(previousMonth, month) > 6) {
      found.push({
        start: date.start,
        end: date.end,
        message: `Found ${date.text} after ${previous.text} in the calendar, expected months in chronological order`,
        related: [{ start: previous.start, end: previous.end, message: "the month above it" }],
      });
    }
    previous = date;
    previousMonth = month;
  }
  return found;
}

export const rule: Rule = {
  id: "calendar-order",
  severity: "warning",
  description: "A month of the 行事历 that comes before the month above it",
  check: ({ plan }) => findCalendarDisorder(plan),
  examples: {
    ok: [
      "2020年秋季学期工作计划\n四、行事历\n9月份:制定计划。\n10月份:教研活动。\n12月份:期末复习。\n1月份:期末考试。",
    ],
    notOk: [
      {
        name: "a month pasted out of order",
        input: "2020年秋季学期工作计划\n四、行事历\n9月份:制定计划。\n11月份:期中检测。\n10月份:教研活动。",
        expected: ["Found 10月份 after 11月份 in the calendar, expected months in chronological order"],
      },
    ],
  },
};
