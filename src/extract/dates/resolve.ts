/**
 * Resolution: relative and partial expressions → ISO intervals, using the plan's anchor (school period)
 * or the reference day. Nothing here reads the clock; without anchor/reference the answer is null.
 *
 * School-calendar policy (documented choices, see fixtures/dates/README.md):
 * - autumn term Y = Y-09-01..Y+1-01-31, spring term Y = Y-02-01..Y-07-31 (termInterval);
 * - school year Y = Y-09-01..Y+1-08-31;
 * - 学期初/开学初 = the term's first month, 期中 = its third month, 期末/学期末 = its last month;
 * - week N of a term is the Monday–Sunday week, week 1 being the week that holds the term's first day;
 * - 寒假 = Jan 20 – end of Feb, 暑假 = Jul 10 – Aug 31 (of the calendar year the break falls in).
 */
import type { Anchor } from "../../types.js";
import { isoDate, lastDayOfMonth, monthInterval, termInterval, yearOfMonth, type IsoInterval } from "./school-calendar.js";
import type { DateContext, Day } from "./_types.js";

export type { IsoInterval } from "./school-calendar.js";

/** "2020-09-01" or "2020-09-01T10:00:00" → Day; null when absent or malformed. */
export function parseReference(reference: string | undefined): Day | null {
  if (reference === undefined) return null;
  const match = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/.exec(reference);
  if (!match?.groups) return null;
  const day = { year: Number(match.groups.y), month: Number(match.groups.m), day: Number(match.groups.d) };
  return isValidDay(day.year, day.month, day.day) ? day : null;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month)
  );
}

export function toDay(iso: string): Day {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

export function dayIso(day: Day): string {
  return isoDate(day.year, day.month, day.day);
}

/** Adds n days (n may be negative) to an ISO date. */
export function addDays(iso: string, n: number): string {
  const d = toDay(iso);
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Adds n months to a (year, month) pair. */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekday(iso: string): number {
  const d = toDay(iso);
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The Monday of the week holding iso. */
export function mondayOf(iso: string): string {
  return addDays(iso, 1 - weekday(iso));
}

export function single(iso: string): IsoInterval {
  return { from: iso, to: iso };
}

export function dayInterval(year: number, month: number, day: number): IsoInterval | null {
  return isValidDay(year, month, day) ? single(isoDate(year, month, day)) : null;
}

/** The year a month written without a year falls in: anchor first (autumn Jan/Feb → next year), then reference. */
export function yearForMonth(month: number, context: DateContext): number | null {
  if (context.anchor && context.anchor.year !== null) return yearOfMonth(month, context.anchor);
  return context.reference ? context.reference.year : null;
}

/** The calendar year the plan is about: the anchor's year, else the reference's. */
export function currentYear(context: DateContext): number | null {
  if (context.anchor && context.anchor.year !== null) return context.anchor.year;
  return context.reference ? context.reference.year : null;
}

/** The term a reference day lies in: Sep–Jan autumn, Feb–Jul spring, August → the coming autumn. */
export function termOfDay(day: Day): Anchor {
  if (day.month >= 8) return { year: day.year, term: "autumn" };
  if (day.month === 1) return { year: day.year - 1, term: "autumn" };
  return { year: day.year, term: "spring" };
}

/** The school term the plan is written for (autumn/spring with a year), else null. */
export function currentTerm(context: DateContext): Anchor | null {
  const anchor = context.anchor;
  if (anchor && anchor.year !== null) {
    return anchor.term === "autumn" || anchor.term === "spring" ? anchor : null;
  }
  return context.reference ? termOfDay(context.reference) : null;
}

/** The term n terms after (n < 0: before) the given one. */
export function shiftTerm(term: Anchor, n: number): Anchor {
  if (term.year === null) return term;
  // index: autumn Y = 2Y+1, spring Y = 2Y
  const index = term.year * 2 + (term.term === "autumn" ? 1 : 0) + n;
  return { year: Math.floor(index / 2), term: index % 2 === 1 ? "autumn" : "spring" };
}

export function termRange(term: Anchor | null): IsoInterval | null {
  return term ? termInterval(term) : null;
}

/** First year of the school year the plan belongs to (autumn Y → Y, spring Y → Y-1). */
export function currentSchoolYear(context: DateContext): number | null {
  const term = currentTerm(context);
  if (term === null || term.year === null) return null;
  return term.term === "autumn" ? term.year : term.year - 1;
}

export function schoolYearInterval(startYear: number): IsoInterval {
  return { from: isoDate(startYear, 9, 1), to: isoDate(startYear + 1, 8, 31) };
}

/** Term `which` (1 = autumn, 2 = spring) of the school year starting in startYear. */
export function termOfSchoolYear(startYear: number, which: 1 | 2): Anchor {
  return which === 1 ? { year: startYear, term: "autumn" } : { year: startYear + 1, term: "spring" };
}

/** The k-th month of a term (0-based; negative counts from the end). */
export function termMonth(term: Anchor | null, k: number): IsoInterval | null {
  const range = termRange(term);
  if (range === null) return null;
  const start = toDay(range.from);
  const end = toDay(range.to);
  const months = (end.year - start.year) * 12 + (end.month - start.month) + 1;
  const offset = k >= 0 ? k : months + k;
  const m = addMonths(start.year, start.month, offset);
  return monthInterval(m.year, m.month);
}

/**
 * The month of a term a point word names: 初, 期初, 伊始 its first; 中, 期中, 中期, 中段 its third (as 期中); 末, 期末 its
 * last (termMonth's k).
 */
export function termEdgeMonth(edge: string): number {
  return edge.endsWith("初") || edge === "伊始" ? 0 : edge.includes("中") ? 2 : -1;
}

/** Week n (1-based) of a term: Monday–Sunday, week 1 holds the term's first day. */
export function termWeek(term: Anchor | null, n: number, last = n): IsoInterval | null {
  const range = termRange(term);
  if (range === null || n < 1 || last < n) return null;
  const monday = mondayOf(range.from);
  return { from: addDays(monday, (n - 1) * 7), to: addDays(monday, last * 7 - 1) };
}

const TEN_DAY_FIRST: Readonly<Record<string, number>> = { 上: 1, 中: 11, 下: 21 };

/**
 * A part of a month: 上旬 1–10, 中旬 11–20, 下旬 21–end, two neighbours together from the first's start to the
 * second's end (中下旬 11–end, 上、中旬 1–20); anything else the whole month.
 */
export function monthPart(year: number, month: number, part: string | undefined): IsoInterval {
  const whole = monthInterval(year, month);
  if (part === undefined || !part.endsWith("旬")) return whole;
  const first = TEN_DAY_FIRST[part.charAt(0)];
  const last = TEN_DAY_FIRST[part.charAt(part.length - 2)];
  if (first === undefined || last === undefined) return whole;
  return { from: isoDate(year, month, first), to: last === 21 ? whole.to : isoDate(year, month, last + 9) };
}

/** Winter break after the autumn term of year Y: Y+1-01-20..Y+1-02-end. */
export function winterBreak(calendarYear: number): IsoInterval {
  return { from: isoDate(calendarYear, 1, 20), to: isoDate(calendarYear, 2, lastDayOfMonth(calendarYear, 2)) };
}

export function summerBreak(calendarYear: number): IsoInterval {
  return { from: isoDate(calendarYear, 7, 10), to: isoDate(calendarYear, 8, 31) };
}

/** Union of two intervals (from of the first, to of the second), or null if either is null or reversed. */
export function span(a: IsoInterval | null, b: IsoInterval | null): IsoInterval | null {
  if (a === null || b === null || b.to < a.from) return null;
  return { from: a.from, to: b.to };
}
