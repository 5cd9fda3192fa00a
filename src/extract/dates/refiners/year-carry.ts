import { isoDate, lastDayOfMonth } from "../school-calendar.js";
import { addDays, toDay } from "../resolve.js";
import { festivalDay } from "../matchers/festival.js";
import type { Candidate, Refiner } from "../_types.js";

/**
 * A month or day written without a year, close after another dated expression on the same line, takes its year
 * from that one:
 * - after a month or day whose year was written or carried, the year that one ended in (the next year when its
 *   month comes earlier):
 *   "2021年1月29日学生离校,2月1日教师离校;2月26日教师返校,2月28日学生报到注册,3月1日正式上课" puts 3月1日 in 2021,
 *   not in the anchor's 2020;
 * - after a year or term with a written year, the year that puts the month inside it: "2021年秋季学期,9月1日开学"
 *   and "2021年的9月" are in 2021 whatever the plan's own period; "2021年秋季学期,1月" is January 2022. Not across a
 *   sentence end or the end of a 《》 title ("《2019年…办法》要求,9月…" keeps the plan's 9月), and not when no year
 *   puts the month inside ("2021年上半年,9月");
 * - a bare day listed after a day takes that day's month and year ("11月12日、13日", "11月12、13日": 2020-11-13).
 */
const MAX_GAP = 20;
const CARRIES = new Set(["dates/absolute-date", "dates/month"]);
/** what a year carried from a year or term may not cross */
const PERIOD_BARRIER = /[。！？!?；;》]/u;

function shiftYear(iso: string, delta: number): string {
  const year = Number(iso.slice(0, 4)) + delta;
  const month = Number(iso.slice(5, 7));
  const day = Math.min(Number(iso.slice(8, 10)), lastDayOfMonth(year, month));
  return isoDate(year, month, day);
}

/** The year a month (`month`) written after `previous` takes from it, or null when previous gives none. */
function carriedYear(previous: Candidate, previousTo: string, month: number, between: string, previousHasYear: boolean): number | null {
  const previousMonth = previous.parts?.month;
  // a month whose year only the anchor gave carries nothing: "12月底前完成,在11月中旬举行" keeps the term's November
  if (previousMonth !== undefined) return previousHasYear ? Number(previousTo.slice(0, 4)) + (month < previousMonth ? 1 : 0) : null;
  if (previous.parts?.year === undefined || previous.from === null || PERIOD_BARRIER.test(between)) return null;
  const from = previous.from.slice(0, 7);
  const to = previousTo.slice(0, 7);
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    if (key >= from && key <= to) return year;
  }
  return null;
}

/** What separates listed days: "11月12日、13日", "11月12、13日", "8日和15日". */
const DAY_LIST = /^[日号]?\s*[、，,和及与]\s*$/u;

/**
 * A bare day ("13日") listed right after a day with its month ("11月12日、13日") is in that month: it needs no reference
 * day. null when the candidate is not such a day or the month lacks it.
 */
function listedDay(previous: Candidate | undefined, candidate: Candidate, text: string): Candidate | null {
  const day = candidate.parts?.day;
  const month = previous?.parts?.month;
  if (
    previous === undefined || candidate.matcher !== "dates/day-of-month" || day === undefined || month === undefined ||
    previous.grain !== "day" || previous.to === null || !DAY_LIST.test(text.slice(previous.end, candidate.start))
  ) {
    return null;
  }
  const year = Number(previous.to.slice(0, 4));
  if (day > lastDayOfMonth(year, month)) return null;
  const iso = isoDate(year, month, day);
  // the month joins its parts so that a third day of the list ("12日、13日、14日") finds it too
  return Object.assign({}, candidate, { from: iso, to: iso, parts: { month, day } });
}

/**
 * A festival with no year, right after a dated range on the same line that holds its day, is that day: a 行事历 row
 * "第18周 12.26-1.1 元旦放假" in a 2022 plan has 元旦 2023-01-01, inside its week, not the plan year's 2022-01-01.
 * Only a range of at most two months (a day, a week, a 行事历 row): after a year or a term ("2020年，元旦") the
 * festival keeps the plan's reading. null when the candidate is no such festival, or the range does not hold its day.
 */
const MAX_RANGE_DAYS = 62;

function festivalInside(previous: Candidate, candidate: Candidate, text: string): Candidate | null {
  if (
    candidate.matcher !== "dates/festival" || candidate.parts === undefined || candidate.parts.year !== undefined ||
    previous.from === null || previous.to === null || candidate.from === null || candidate.start - previous.end > MAX_GAP ||
    addDays(previous.from, MAX_RANGE_DAYS) < previous.to
  ) {
    return null;
  }
  const between = text.slice(previous.end, candidate.start);
  if (between.includes("\n") || PERIOD_BARRIER.test(between)) return null;
  const name = text.slice(candidate.start, candidate.end);
  let day: string | null = null;
  for (let year = Number(previous.from.slice(0, 4)); year <= Number(previous.to.slice(0, 4)); year += 1) {
    const inYear = festivalDay(name, year);
    if (inYear === null || inYear < previous.from || inYear > previous.to) continue;
    if (day !== null) return null;
    day = inYear;
  }
  if (day === null || day === candidate.from) return null;
  const { month, day: dayOfMonth } = toDay(day);
  return Object.assign({}, candidate, { from: day, to: day, parts: { month, day: dayOfMonth } });
}

export const yearCarry: Refiner = (candidates, context) => {
  const out: Candidate[] = [];
  // per kept candidate: whether its year was written or carried from a written one (not the anchor's)
  const hasYear: boolean[] = [];
  for (const candidate of candidates) {
    const previous = out[out.length - 1];
    const previousHasYear = hasYear[hasYear.length - 1] ?? false;
    const listed = listedDay(previous, candidate, context.text);
    if (listed !== null) {
      out.push(listed);
      hasYear.push(previousHasYear);
      continue;
    }
    const inside = previous === undefined ? null : festivalInside(previous, candidate, context.text);
    if (inside !== null) {
      out.push(inside);
      hasYear.push(previousHasYear);
      continue;
    }
    const month = candidate.parts?.month;
    const { from, to } = candidate;
    const written = candidate.parts?.year !== undefined;
    if (
      previous === undefined || month === undefined || written || from === null ||
      to === null || previous.to === null || !CARRIES.has(candidate.matcher) || candidate.start - previous.end > MAX_GAP
    ) {
      out.push(candidate);
      hasYear.push(written);
      continue;
    }
    const between = context.text.slice(previous.end, candidate.start);
    const expected = between.includes("\n") ? null : carriedYear(previous, previous.to, month, between, previousHasYear);
    const delta = expected === null ? 0 : expected - Number(from.slice(0, 4));
    out.push(delta === 0 ? candidate : { ...candidate, from: shiftYear(from, delta), to: shiftYear(to, delta) });
    hasYear.push(expected !== null);
  }
  return out;
};
