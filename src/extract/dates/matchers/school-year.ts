import { fromMatch } from "../_candidate.js";
import { readCalendarNumber, readYear } from "../_numerals.js";
import { CONNECTOR, YEAR, isPlaceholderYear, YEAR_LEAD, YEAR_CHARS, CONNECTOR_CHARS, NOT_AFTER_NUMBER } from "../_patterns.js";
import { currentSchoolYear, schoolYearInterval, termMonth, termOfSchoolYear, termRange } from "../resolve.js";
import type { Matcher } from "../_types.js";

/**
 * School years, optionally narrowed to a term: "2020—2021学年度" (2020-09-01..2021-08-31), "2024学年",
 * "2020—2021年度第一学期" (two consecutive years with a term: the school year's, though 学 is left out),
 * "2024学年第2学期" (spring 2025), "2020—2021学年度秋季", "本学年", "新学年", "上学年", "学年初", "学年末".
 * Policy: 学年初 = September, 学年末 = July of the school year's second calendar year.
 */
const PATTERN = new RegExp(
  `(?:${NOT_AFTER_NUMBER}(?<y1>${YEAR})\\s*(?:年\\s*)?(?:${CONNECTOR}\\s*(?<y2>${YEAR})\\s*(?:年\\s*)?)?|(?<rel>本|新|这|今|上|下|该|这个|上个|下个|上一|下一)|(?<bare>(?<![0-9〇零一二两三四五六七八九十个每全整一本新这今上下该个]))(?=学年[初末]))` +
    `(?:学年|(?<noXue>年)(?=度?\\s*(?:第[一二12]|[上下])学期))(?:度)?(?<edge>初(?![中一二三级])|末(?!考))?(?:\\s*(?:第(?<nth>[一二12])学期|(?<half>[上下])学期|(?<season>[秋春])季(?:学期)?))?`,
  "gu",
);

export const schoolYear: Matcher = {
  name: "school-year",
  pattern: PATTERN,
  trigger: { lead: `${YEAR_LEAD}本新这今上下该学`, key: "年", before: `${YEAR_CHARS}${CONNECTOR_CHARS}\\s本新这今上下该个一学` },
  extract: (match, context) => {
    const g = match.groups ?? {};
    if (isPlaceholderYear(g.y1) || isPlaceholderYear(g.y2)) {
      return fromMatch(match, "school-year", { interval: null, grain: "schoolYear", placeholder: true });
    }
    // "2020—2021年度第一学期": two consecutive years and a term make a school year even without 学
    if (g.noXue !== undefined && (g.y1 === undefined || g.y2 === undefined)) return null;
    let start: number | null;
    if (g.y1 !== undefined) {
      start = readYear(g.y1);
      if (Number.isNaN(start)) return null;
      if (g.y2 !== undefined && readYear(g.y2) !== start + 1) return null;
    } else {
      const base = currentSchoolYear(context);
      const shift = g.rel?.startsWith("上") ? -1 : g.rel?.startsWith("下") ? 1 : 0;
      start = base === null ? null : base + shift;
    }
    // a written school year lends its year to a month right after it ("2021学年9月": src/extract/dates/refiners/year-carry.ts)
    const parts = g.y1 !== undefined && start !== null ? { year: start } : undefined;
    const which = g.nth !== undefined ? readCalendarNumber(g.nth) : g.half === "上" || g.season === "秋" ? 1 : g.half === "下" || g.season === "春" ? 2 : 0;
    if (which === 1 || which === 2) {
      const term = start === null ? null : termOfSchoolYear(start, which);
      const interval = term === null ? null : g.edge === "初" ? termMonth(term, 0) : g.edge === "末" ? termMonth(term, -1) : termRange(term);
      return fromMatch(match, "school-year", { interval, grain: "term", parts });
    }
    if (g.edge !== undefined) {
      const interval = start === null ? null : g.edge === "初"
        ? termMonth({ year: start, term: "autumn" }, 0)
        : termMonth({ year: start + 1, term: "spring" }, -1);
      return fromMatch(match, "school-year", { interval, grain: "month", parts });
    }
    return fromMatch(match, "school-year", { interval: start === null ? null : schoolYearInterval(start), grain: "schoolYear", parts });
  },
};
