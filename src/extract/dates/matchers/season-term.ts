import { fromMatch } from "../_candidate.js";
import { readYear } from "../_numerals.js";
import { RELATIVE_YEAR, RELATIVE_YEAR_CHARS, RELATIVE_YEAR_LEAD, YEAR, isPlaceholderYear, YEAR_LEAD, YEAR_CHARS, NOT_AFTER_NUMBER } from "../_patterns.js";
import { readWrittenYear } from "../_year-group.js";
import { currentSchoolYear, termEdgeMonth, termMonth, termOfSchoolYear, termRange } from "../resolve.js";
import type { Anchor } from "../../../types.js";
import type { Matcher } from "../_types.js";

/**
 * A term named by its season: "2020年秋" and "2020年秋季" are the autumn TERM (2020-09-01..2021-01-31),
 * not the solar autumn; "2021年春季学期" the spring term; "秋季学期" / "春季学期" the term of the plan's
 * school year (of its calendar year in a year plan); "2020年秋期" (the Sichuan usage), "秋学期", "春学期" likewise; "明年春季", "今年秋季学期" the term of that year. Not "2020年春节", nor a bare 春期/秋期 (青春期,
 * 中秋期间).
 */
/**
 * A point of the named term right after its name: "2020年秋季学期初" (its first month, like 学期初), "春季学期末",
 * "秋季学期期末" (its last month), "秋季学期期中" / "秋季学期中期" (its third month, like 期中); not "秋季学期初一年级"
 * (初一 is a grade) nor a bare "学期中" (during the term). One group name per alternative (no duplicate names).
 */
const edge = (n: number): string => `(?:期?(?<edge${n}>初(?![中一二三级])|伊始|末|中期)|期(?<pedge${n}>中|初|末)(?![期国]))?`;

const PATTERN = new RegExp(
  `(?:${NOT_AFTER_NUMBER}(?<year>${YEAR})\\s*年?\\s*(?<season>[秋春])(?:季)?(?:学期${edge(1)}|期(?![中末初间]))?(?!节)|(?<relYear>${RELATIVE_YEAR})(?<rseason>[秋春])季(?:学期${edge(2)})?(?!节)|(?<![0-9〇零一二三四五六七八九十每个年])(?<bare>[秋春])季?学期${edge(3)})`,
  "gu",
);

export const seasonTerm: Matcher = {
  name: "season-term",
  pattern: PATTERN,
  trigger: { lead: `${YEAR_LEAD}${RELATIVE_YEAR_LEAD}秋春`, key: "秋春", before: `${YEAR_CHARS}${RELATIVE_YEAR_CHARS}年\\s` },
  extract: (match, context) => {
    const g = match.groups ?? {};
    const part = g.edge1 ?? g.pedge1 ?? g.edge2 ?? g.pedge2 ?? g.edge3 ?? g.pedge3;
    const grain = part === undefined ? "term" : "month";
    if (g.year !== undefined) {
      if (isPlaceholderYear(g.year)) return fromMatch(match, "season-term", { interval: null, grain, placeholder: true });
      const year = readYear(g.year);
      if (Number.isNaN(year)) return null;
      const interval = termPart({ year, term: g.season === "秋" ? "autumn" : "spring" }, part);
      return fromMatch(match, "season-term", { interval, grain, parts: { year } });
    }
    if (g.relYear !== undefined) {
      // "明年春季" in a 2022 plan: the spring term of 2023 (the year the plan is about, shifted)
      const year = readWrittenYear(g, context)?.year ?? null;
      const interval = year === null ? null : termPart({ year, term: g.rseason === "秋" ? "autumn" : "spring" }, part);
      return fromMatch(match, "season-term", { interval, grain });
    }
    const kind = g.bare === "秋" ? "autumn" : "spring";
    // a year plan (2022年学校工作计划) has no school year of its own, but its calendar year holds one term of each
    // season: its 春季学期 is Feb–Jul 2022, its 秋季学期 Sep 2022 – Jan 2023 (as term-part reads 春季开学)
    const anchor = context.anchor;
    if (anchor !== null && anchor.term === "year" && anchor.year !== null) {
      return fromMatch(match, "season-term", { interval: termPart({ year: anchor.year, term: kind }, part), grain });
    }
    const start = currentSchoolYear(context);
    const interval = start === null ? null : termPart(termOfSchoolYear(start, kind === "autumn" ? 1 : 2), part);
    return fromMatch(match, "season-term", { interval, grain });
  },
};

/** The whole term, or its first (初), third (中, as 期中) or last (末) month, as term-part reads 学期初/期中/期末. */
function termPart(term: Anchor, part: string | undefined) {
  if (part === undefined) return termRange(term);
  return termMonth(term, termEdgeMonth(part));
}
