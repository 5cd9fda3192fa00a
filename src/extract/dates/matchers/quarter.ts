import { fromMatch, fromSpan } from "../_candidate.js";
import { RELATIVE_YEAR, YEAR, YEAR_LEAD, RELATIVE_YEAR_LEAD, YEAR_CHARS, RELATIVE_YEAR_CHARS, NOT_AFTER_NUMBER } from "../_patterns.js";
import { readWrittenYear } from "../_year-group.js";
import { addMonths, currentYear } from "../resolve.js";
import { isoDate, lastDayOfMonth, monthInterval, type IsoInterval } from "../school-calendar.js";
import type { Matcher } from "../_types.js";

/**
 * Quarters: "第三季度", "2013年一季度末", "去年四季度初", "本季度", "上个季度", "三、四季度" (a run). 季度末/初 = the quarter's
 * last/first month. Relative quarters need the reference day; numbered ones the anchor's or reference's year.
 */
const PATTERN = new RegExp(
  `(?:(?:${NOT_AFTER_NUMBER}(?<year>${YEAR})\\s*年\\s*|(?<relYear>${RELATIVE_YEAR}))?第?(?<q>[一二三四1-4])(?:(?<sep>[、至到—–-])第?(?<q2>[一二三四1-4]))?季度|(?<rel>上上个|下下个|上个|下个|这个|本|上|下)季度)(?<edge>末|初)?`,
  "gu",
);

const Q: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

export const quarter: Matcher = {
  name: "quarter",
  pattern: PATTERN,
  trigger: {
    lead: `${YEAR_LEAD}${RELATIVE_YEAR_LEAD}第一二三四1234上下这本`,
    key: "季",
    before: `${YEAR_CHARS}${RELATIVE_YEAR_CHARS}年\\s第一二三四1-4上下个这本、至到—–\\-`,
  },
  extract: (match, context) => {
    const g = match.groups ?? {};
    let year: number | null;
    let q: number;
    let q2: number;
    let start = match.index;
    let text = match[0];
    if (g.rel !== undefined) {
      const ref = context.reference;
      const shift = g.rel.startsWith("上上") ? -2 : g.rel.startsWith("下下") ? 2 : g.rel.startsWith("上") ? -1 : g.rel.startsWith("下") ? 1 : 0;
      if (ref === null) return fromMatch(match, "quarter", { interval: null, grain: "period" });
      const first = addMonths(ref.year, Math.floor((ref.month - 1) / 3) * 3 + 1, shift * 3);
      year = first.year;
      q = (first.month - 1) / 3 + 1;
      q2 = q;
    } else {
      const written = readWrittenYear(g, context);
      year = written ? written.year : currentYear(context);
      q = Q[g.q ?? ""] ?? 1;
      q2 = g.q2 === undefined ? q : (Q[g.q2] ?? 0);
      // "三、四季度", "第一至三季度": a run. Listed with 、 they must follow each other ("一、三季度" is two quarters, not
      // Q1–Q3): otherwise only the last is read, as before runs were
      if (q2 < q || (g.sep === "、" && q2 !== q + 1)) {
        const cut = text.lastIndexOf(g.sep ?? "") + 1;
        start += cut;
        text = text.slice(cut);
        q = q2;
      }
    }
    const fields = (interval: IsoInterval | null) => ({ interval, grain: g.edge ? ("month" as const) : ("period" as const) });
    if (year === null) return fromSpan(start, text, "quarter", fields(null));
    const firstMonth = (q - 1) * 3 + 1;
    const lastMonth = (q2 - 1) * 3 + 3;
    const interval = g.edge === "初" ? monthInterval(year, firstMonth)
      : g.edge === "末" ? monthInterval(year, lastMonth)
      : { from: isoDate(year, firstMonth, 1), to: isoDate(year, lastMonth, lastDayOfMonth(year, lastMonth)) };
    return fromSpan(start, text, "quarter", fields(interval));
  },
};
