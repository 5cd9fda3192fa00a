import { fromMatch } from "../_candidate.js";
import { CONNECTOR } from "../_patterns.js";
import { addDays, dayInterval, isValidDay, span, yearForMonth } from "../resolve.js";
import { isoDate } from "../school-calendar.js";
import type { Matcher } from "../_types.js";

/**
 * A yearless run of two month.day dates, the week column of a 行事历 table: "第1周 9.1-9.5", "12.28—1.1", "9.7至9.11".
 * Only next to a week or date label (LABEL_BEFORE, LABEL_AFTER below). One "9.1" alone is not read (a decimal as often as a date), and neither is a run that reads as numbers: one inside
 * a longer number, after a letter or a numbering word ("2.1.3-2.1.5", "V1.2-1.5", "版本1.1-1.3", "图2.1-2.3"), one followed by a unit or a digit ("1.5-2.5万元",
 * "3.1-3.5分", "1.1-1.3节"), a backward run, or one longer than two months ("1.5-9.8"): a week or a month of the
 * calendar runs forward and is short.
 */
const PATTERN = new RegExp(
  `(?<![0-9.A-Za-z]|版本?|第|图|表)(?<month>1[0-2]|0?[1-9])\\.(?<day>3[01]|[12]\\d|0?[1-9])\\s*${CONNECTOR}\\s*(?<month2>1[0-2]|0?[1-9])\\.(?<day2>3[01]|[12]\\d|0?[1-9])(?![0-9.%％‰A-Za-z万亿千百元角分倍个岁米克斤吨时秒节章条款项题页级名人次])`,
  "gu",
);

/**
 * A week label or a date label must stand next to the run: "第1周 9.1-9.5", "第一周（9.1—9.6）", "9.1—9.4（第1周）",
 * "周次3 9.14-9.18", "时间：9.1-9.5". Bare, "1.2-1.5" is a decimal range as often as a date ("平均分提高1.2-1.5",
 * "控制在1.2-1.5之间", "合格率由3.5-4.2提高").
 */
const LABEL_BEFORE = /(?:第\s*[0-9一二三四五六七八九十]{1,3}\s*(?:周|星期)|周次\s*[0-9一二三四五六七八九十]{0,3}|时间|日期)\s*[:：（(【\[]?\s*$/u;
const LABEL_AFTER = /^\s*[（(【\[]\s*第\s*[0-9一二三四五六七八九十]{1,3}\s*(?:周|星期)/u;

/** At most this many days from the first date to the second (a month of the calendar; no decimal range gets in). */
const MAX_DAYS = 62;

export const dottedMonthDay: Matcher = {
  name: "dotted-month-day",
  pattern: PATTERN,
  trigger: { lead: "0-9", key: ".", before: "0-9" },
  extract: (match, context) => {
    const end = match.index + match[0].length;
    const text = context.text;
    if (!LABEL_BEFORE.test(text.slice(Math.max(0, match.index - 12), match.index)) && !LABEL_AFTER.test(text.slice(end, end + 10))) {
      return null;
    }
    const g = match.groups ?? {};
    const month = Number(g.month);
    const day = Number(g.day);
    const month2 = Number(g.month2);
    const day2 = Number(g.day2);
    // a run into an earlier month crosses New Year (12.28—1.1); measured in a leap year so that 2.29 is a day
    const wraps = month2 < month;
    if (!isValidDay(2000, month, day) || !isValidDay(2000, month2, day2)) return null;
    const first = isoDate(2000, month, day);
    const last = isoDate(wraps ? 2001 : 2000, month2, day2);
    if (last < first || addDays(first, MAX_DAYS) < last) return null;
    const year = yearForMonth(month, context);
    const interval = year === null ? null : span(dayInterval(year, month, day), dayInterval(wraps ? year + 1 : year, month2, day2));
    return fromMatch(match, "dotted-month-day", { interval, grain: "day" });
  },
};
