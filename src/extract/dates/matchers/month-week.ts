import { fromMatch } from "../_candidate.js";
import { readCalendarNumber } from "../_numerals.js";
import { COUNT, MONTH, RELATIVE_YEAR, YEAR, YEAR_LEAD, RELATIVE_YEAR_LEAD, MONTH_LEAD, YEAR_CHARS, MONTH_CHARS, RELATIVE_YEAR_CHARS, NOT_AFTER_NUMBER } from "../_patterns.js";
import { readWrittenYear } from "../_year-group.js";
import { addDays, addMonths, weekday, yearForMonth } from "../resolve.js";
import { isoDate } from "../school-calendar.js";
import type { Matcher } from "../_types.js";

/**
 * A week of a month: "9月第二周", "3月第三周", "2023年三月的第二周", "本月第2周" (needs the reference day). Weeks run Monday–Sunday; week 1 starts
 * on the month's first Monday (JioNLP's convention).
 */
const PATTERN = new RegExp(
  `(?:${NOT_AFTER_NUMBER}(?:(?<year>${YEAR})\\s*年\\s*|(?<relYear>${RELATIVE_YEAR}))?(?<month>${MONTH})|(?<relMonth>上个|下个|这个|本|当|上|下))\\s*月(?:份)?的?第(?<n>${COUNT})(?:个)?(?:周|星期)(?!年)`,
  "gu",
);

export const monthWeek: Matcher = {
  name: "month-week",
  pattern: PATTERN,
  trigger: {
    lead: `${YEAR_LEAD}${RELATIVE_YEAR_LEAD}${MONTH_LEAD}上下这本当`,
    key: "月",
    before: `${YEAR_CHARS}${MONTH_CHARS}${RELATIVE_YEAR_CHARS}年\\s上下个这当`,
  },
  extract: (match, context) => {
    const g = match.groups ?? {};
    const n = readCalendarNumber(g.n ?? "");
    if (!(n >= 1 && n <= 6)) return null;
    const written = readWrittenYear(g, context);
    let month = readCalendarNumber(g.month ?? "");
    let year = written ? written.year : yearForMonth(month, context);
    if (g.relMonth !== undefined) {
      const ref = context.reference;
      const shift = g.relMonth.startsWith("上") ? -1 : g.relMonth.startsWith("下") ? 1 : 0;
      const target = ref ? addMonths(ref.year, ref.month, shift) : null;
      month = target?.month ?? 1;
      year = target?.year ?? null;
    }
    let interval = null;
    if (year !== null) {
      const first = isoDate(year, month, 1);
      const firstMonday = addDays(first, (8 - weekday(first)) % 7);
      const from = addDays(firstMonday, (n - 1) * 7);
      interval = { from, to: addDays(from, 6) };
    }
    return fromMatch(match, "month-week", { interval, grain: "week", placeholder: written?.placeholder ?? false });
  },
};
