import { fromMatch } from "../_candidate.js";
import { RELATIVE_YEAR, YEAR, YEAR_LEAD, RELATIVE_YEAR_LEAD, YEAR_CHARS, RELATIVE_YEAR_CHARS } from "../_patterns.js";
import { readWrittenYear } from "../_year-group.js";
import { addMonths, currentYear } from "../resolve.js";
import { isoDate, lastDayOfMonth, monthInterval } from "../school-calendar.js";
import type { Matcher } from "../_types.js";

/**
 * Quarters: "第三季度", "2013年一季度末", "去年四季度初", "本季度", "上个季度". 季度末/初 = the quarter's
 * last/first month. Relative quarters need the reference day; numbered ones the anchor's or reference's year.
 */
const PATTERN = new RegExp(
  `(?:(?:(?<![0-9.])(?<year>${YEAR})\\s*年\\s*|(?<relYear>${RELATIVE_YEAR}))?第?(?<q>[一二三四1-4])季度|(?<rel>上上个|下下个|上个|下个|这个|本|上|下)季度)(?<edge>末|初)?`,
  "gu",
);

const Q: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

export const quarter: Matcher = {
  name: "quarter",
  pattern: PATTERN,
  trigger: {
    lead: `${YEAR_LEAD}${RELATIVE_YEAR_LEAD}第一二三四1234上下这本`,
    key: "季",
    before: `${YEAR_CHARS}${RELATIVE_YEAR_CHARS}年\\s第一二三四1-4上下个这本`,
  },
  extract: (match, context) => {
    const g = match.groups ?? {};
    let year: number | null;
    let q: number;
    if (g.rel !== undefined) {
      const ref = context.reference;
      const shift = g.rel.startsWith("上上") ? -2 : g.rel.startsWith("下下") ? 2 : g.rel.startsWith("上") ? -1 : g.rel.startsWith("下") ? 1 : 0;
      if (ref === null) return fromMatch(match, "quarter", { interval: null, grain: "period" });
      const start = addMonths(ref.year, Math.floor((ref.month - 1) / 3) * 3 + 1, shift * 3);
      year = start.year;
      q = (start.month - 1) / 3 + 1;
    } else {
      const written = readWrittenYear(g, context);
      year = written ? written.year : currentYear(context);
      q = Q[g.q ?? ""] ?? 1;
    }
    if (year === null) return fromMatch(match, "quarter", { interval: null, grain: "period" });
    const firstMonth = (q - 1) * 3 + 1;
    const interval = g.edge === "初" ? monthInterval(year, firstMonth)
      : g.edge === "末" ? monthInterval(year, firstMonth + 2)
      : { from: isoDate(year, firstMonth, 1), to: isoDate(year, firstMonth + 2, lastDayOfMonth(year, firstMonth + 2)) };
    return fromMatch(match, "quarter", { interval, grain: g.edge ? "month" : "period" });
  },
};
