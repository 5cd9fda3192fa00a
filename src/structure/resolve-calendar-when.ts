import { isoDate, lastDayOfMonth, resolveMonth, termInterval, yearOfMonth } from "../extract/dates/school-calendar.js";
import type { Anchor } from "../types.js";
import type { CalendarWhen } from "./calendar-when.js";

export interface ResolvedWhen {
  readonly from: string | null;
  readonly to: string | null;
}

const UNRESOLVED: ResolvedWhen = { from: null, to: null };
const DAY_MS = 86_400_000;

function parseIso(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number);
  return Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1);
}

function toIso(ms: number): string {
  const date = new Date(ms);
  return isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Week N of the term, Monday-aligned: week 1 is the Monday–Sunday week that holds the first day of the
 * term (termInterval: Sep 1 for autumn, Feb 1 for spring, Jan 1 for a year plan); week N starts 7(N-1)
 * days after that Monday. So in autumn 2020 (Sep 1 is a Tuesday) 第7周 is 2020-10-12..2020-10-18.
 */
function resolveWeeks(week: number, weekTo: number, anchor: Anchor): ResolvedWhen {
  const term = termInterval(anchor);
  if (term === null) return UNRESOLVED;
  const start = parseIso(term.from);
  const weekday = (new Date(start).getUTCDay() + 6) % 7;
  const monday = start - weekday * DAY_MS;
  return { from: toIso(monday + (week - 1) * 7 * DAY_MS), to: toIso(monday + (weekTo * 7 - 1) * DAY_MS) };
}

/** ISO from/to of a 行事历 time label in a plan with this anchor; months of an autumn plan roll into the next year. */
export function resolveCalendarWhen(when: CalendarWhen, anchor: Anchor): ResolvedWhen {
  switch (when.grain) {
    case "month": {
      const first = resolveMonth(when.month, anchor);
      const last = resolveMonth(when.monthTo, anchor);
      return first === null || last === null ? UNRESOLVED : { from: first.from, to: last.to };
    }
    case "week":
      return resolveWeeks(when.week, when.weekTo, anchor);
    case "day": {
      const year = yearOfMonth(when.month, anchor);
      if (year === null || when.day > lastDayOfMonth(year, when.month)) return UNRESOLVED;
      const iso = isoDate(year, when.month, when.day);
      return { from: iso, to: iso };
    }
  }
}
