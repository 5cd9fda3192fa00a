import { parseSmallNumber } from "./_small-number.js";
import { charSet } from "./_chars.js";

/** A month, month range, week, week range or day written at the start of a 行事历 line. */
export type CalendarWhen =
  | { readonly grain: "month"; readonly length: number; readonly month: number; readonly monthTo: number }
  | { readonly grain: "week"; readonly length: number; readonly week: number; readonly weekTo: number }
  | { readonly grain: "day"; readonly length: number; readonly month: number; readonly day: number };

const N = "(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})";
const TO = "\\s*[-—–~～至到]\\s*";

/** Sticky patterns, tried at one offset each: constant work per line. */
const DAY_PATTERN = new RegExp(`(?<month>${N})月(?<day>${N})[日号]`, "y");
const MONTH_PATTERN = new RegExp(
  `(?<month>${N})(?:月份?(?:${TO}(?<monthTo>${N})月份?)?|${TO}(?<monthTo2>${N})月份?)(?![0-9０-９一二三四五六七八九十日号])`,
  "y",
);
const WEEK_PATTERN = new RegExp(`第(?<week>${N})(?:${TO}第?(?<weekTo>${N}))?周(?:次)?`, "y");

function at(pattern: RegExp, text: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset;
  return pattern.exec(text);
}

/** Every label starts with a numeral or 第: other offsets are ruled out without running the patterns. */
const isLabelStart = charSet("0123456789０１２３４５６７８９一二三四五六七八九十第");

/**
 * Reads a calendar time label at `offset`: "九月份", "9-10月", "第3周", "第1—2周", "10月13日".
 * The day form is tried first so "10月13日" is a day, not the month "10月".
 */
export function readCalendarWhen(text: string, offset: number): CalendarWhen | null {
  if (!isLabelStart(text.charCodeAt(offset))) return null;
  const day = at(DAY_PATTERN, text, offset);
  if (day?.groups) {
    const month = parseSmallNumber(day.groups.month ?? "");
    const date = parseSmallNumber(day.groups.day ?? "");
    if (month !== null && month <= 12 && date !== null && date <= 31) return { grain: "day", length: day[0].length, month, day: date };
  }
  const month = at(MONTH_PATTERN, text, offset);
  if (month?.groups) {
    const from = parseSmallNumber(month.groups.month ?? "");
    const toText = month.groups.monthTo ?? month.groups.monthTo2;
    const to = toText === undefined ? from : parseSmallNumber(toText);
    if (from !== null && to !== null && from <= 12 && to <= 12) return { grain: "month", length: month[0].length, month: from, monthTo: to };
  }
  const week = at(WEEK_PATTERN, text, offset);
  if (week?.groups) {
    const from = parseSmallNumber(week.groups.week ?? "");
    const to = week.groups.weekTo === undefined ? from : parseSmallNumber(week.groups.weekTo);
    if (from !== null && to !== null && to >= from) return { grain: "week", length: week[0].length, week: from, weekTo: to };
  }
  return null;
}

/** True when the whole string is a month or week label ("九月份", "第3周"): such a heading belongs to a calendar. */
export function isCalendarLabel(title: string): boolean {
  const when = readCalendarWhen(title, 0);
  return when !== null && when.grain !== "day" && when.length === title.length;
}

/** isCalendarLabel of text.slice(start, end), sliced only when it can start a label. */
export function isCalendarLabelIn(text: string, start: number, end: number): boolean {
  return start < end && isLabelStart(text.charCodeAt(start)) && isCalendarLabel(text.slice(start, end));
}
