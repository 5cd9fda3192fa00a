import { fromMatch } from "../_candidate.js";
import { readYear } from "../_numerals.js";
import { RELATIVE_YEAR, RELATIVE_YEAR_CHARS, RELATIVE_YEAR_LEAD, YEAR, isPlaceholderYear, YEAR_LEAD, YEAR_CHARS, NOT_AFTER_NUMBER } from "../_patterns.js";
import { readWrittenYear } from "../_year-group.js";
import { currentSchoolYear, termOfSchoolYear, termRange } from "../resolve.js";
import { termInterval } from "../school-calendar.js";
import type { Matcher } from "../_types.js";

/**
 * A term named by its season: "2020年秋" and "2020年秋季" are the autumn TERM (2020-09-01..2021-01-31),
 * not the solar autumn; "2021年春季学期" the spring term; "秋季学期" / "春季学期" the term of the plan's
 * school year; "2020年秋期" (the Sichuan usage), "秋学期", "春学期" likewise; "明年春季", "今年秋季学期" the term of that year. Not "2020年春节", nor a bare 春期/秋期 (青春期,
 * 中秋期间).
 */
const PATTERN = new RegExp(
  `(?:${NOT_AFTER_NUMBER}(?<year>${YEAR})\\s*年?\\s*(?<season>[秋春])(?:季)?(?:学期|期(?![中末初间]))?(?!节)|(?<relYear>${RELATIVE_YEAR})(?<rseason>[秋春])季(?:学期)?(?!节)|(?<![0-9〇零一二三四五六七八九十每个年])(?<bare>[秋春])季?学期)`,
  "gu",
);

export const seasonTerm: Matcher = {
  name: "season-term",
  pattern: PATTERN,
  trigger: { lead: `${YEAR_LEAD}${RELATIVE_YEAR_LEAD}秋春`, key: "秋春", before: `${YEAR_CHARS}${RELATIVE_YEAR_CHARS}年\\s` },
  extract: (match, context) => {
    const g = match.groups ?? {};
    if (g.year !== undefined) {
      if (isPlaceholderYear(g.year)) return fromMatch(match, "season-term", { interval: null, grain: "term", placeholder: true });
      const year = readYear(g.year);
      if (Number.isNaN(year)) return null;
      const interval = termInterval({ year, term: g.season === "秋" ? "autumn" : "spring" });
      return fromMatch(match, "season-term", { interval, grain: "term", parts: { year } });
    }
    if (g.relYear !== undefined) {
      // "明年春季" in a 2022 plan: the spring term of 2023 (the year the plan is about, shifted)
      const year = readWrittenYear(g, context)?.year ?? null;
      const interval = year === null ? null : termInterval({ year, term: g.rseason === "秋" ? "autumn" : "spring" });
      return fromMatch(match, "season-term", { interval, grain: "term" });
    }
    const start = currentSchoolYear(context);
    const interval = start === null ? null : termRange(termOfSchoolYear(start, g.bare === "秋" ? 1 : 2));
    return fromMatch(match, "season-term", { interval, grain: "term" });
  },
};
