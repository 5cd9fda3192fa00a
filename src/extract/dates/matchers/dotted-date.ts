import { fromMatch } from "../_candidate.js";
import { dayInterval, span } from "../resolve.js";
import { monthInterval } from "../school-calendar.js";
import type { Matcher } from "../_types.js";

/**
 * Numeric dates: "2021.1.29", "2021-01-29", "2021/1/29" (day) and "2021.09" (month, two-digit month only,
 * so that decimals such as 2020.5 are left alone); a run of two such months, "2020.9—2021.1", "2020.09-2021.07" (a plan's
 * period in its heading: one digit is enough when a second year.month follows).
 */
const PATTERN =
  /(?<![0-9.\-/])(?<year>(?:19|20)\d{2})(?<sep>[./-])(?<month>1[0-2]|0?[1-9])(?:\k<sep>(?<day>3[01]|[12]\d|0?[1-9])(?![0-9])日?|\s*(?:[—–~～]{1,2}|-|至|到)\s*(?<year2>(?:19|20)\d{2})\k<sep>(?<month2>1[0-2]|0?[1-9])(?![0-9.\-/])|(?<=[./-](?:0[1-9]|1[0-2]))(?![0-9.\-/]))/gu;

export const dottedDate: Matcher = {
  name: "dotted-date",
  pattern: PATTERN,
  trigger: { lead: "12", key: "./-", before: "0-9" },
  extract: (match) => {
    const g = match.groups ?? {};
    const year = Number(g.year);
    const month = Number(g.month);
    if (g.month2 !== undefined) {
      const interval = span(monthInterval(year, month), monthInterval(Number(g.year2), Number(g.month2)));
      if (interval === null) return null;
      return fromMatch(match, "dotted-date", { interval, grain: "month", parts: { year: Number(g.year2), month: Number(g.month2) } });
    }
    if (g.day === undefined) {
      return fromMatch(match, "dotted-date", { interval: monthInterval(year, month), grain: "month", parts: { year, month } });
    }
    const day = Number(g.day);
    const interval = dayInterval(year, month, day);
    if (interval === null) return null;
    return fromMatch(match, "dotted-date", { interval, grain: "day", parts: { year, month, day } });
  },
};
