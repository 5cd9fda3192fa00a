import { fromMatch } from "../_candidate.js";
import { readYear } from "../_numerals.js";
import { YEAR, isPlaceholderYear, YEAR_LEAD, YEAR_CHARS } from "../_patterns.js";
import { currentSchoolYear, termOfSchoolYear, termRange } from "../resolve.js";
import { termInterval } from "../school-calendar.js";
import type { Matcher } from "../_types.js";

/**
 * A term named by its season: "2020年秋" and "2020年秋季" are the autumn TERM (2020-09-01..2021-01-31),
 * not the solar autumn; "2021年春季学期" the spring term; "秋季学期" / "春季学期" the term of the plan's
 * school year; "2020年秋期" (the Sichuan usage), "秋学期", "春学期" likewise. Not "2020年春节", nor a bare 春期/秋期 (青春期,
 * 中秋期间).
 */
const PATTERN = new RegExp(
  `(?:(?<![0-9.])(?<year>${YEAR})\\s*年?\\s*(?<season>[秋春])(?:季)?(?:学期|期(?![中末初间]))?(?!节)|(?<![0-9〇零一二三四五六七八九十每个年])(?<bare>[秋春])季?学期)`,
  "gu",
);

export const seasonTerm: Matcher = {
  name: "season-term",
  pattern: PATTERN,
  trigger: { lead: `${YEAR_LEAD}秋春`, key: "秋春", before: `${YEAR_CHARS}年\\s` },
  extract: (match, context) => {
    const g = match.groups ?? {};
    if (g.year !== undefined) {
      if (isPlaceholderYear(g.year)) return fromMatch(match, "season-term", { interval: null, grain: "term", placeholder: true });
      const year = readYear(g.year);
      if (Number.isNaN(year)) return null;
      const interval = termInterval({ year, term: g.season === "秋" ? "autumn" : "spring" });
      return fromMatch(match, "season-term", { interval, grain: "term", parts: { year } });
    }
    const start = currentSchoolYear(context);
    const interval = start === null ? null : termRange(termOfSchoolYear(start, g.bare === "秋" ? 1 : 2));
    return fromMatch(match, "season-term", { interval, grain: "term" });
  },
};
