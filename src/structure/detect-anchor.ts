import type { Anchor, Term } from "../types.js";

/** How much of the text's opening is read when the title says nothing. */
const OPENING_CHARS = 300;

const YEAR = "(?<year>(?:19|20)\\d{2})";
const YEAR2 = "(?<year2>(?:19|20)\\d{2})";
const DASH = "\\s*[-—–~～至到－]+\\s*";
const FIRST_TERM = "(?:第一学期|第1学期|第一期|上学期|上期|秋季学期|秋季|秋)";
const SECOND_TERM = "(?:第二学期|第2学期|第二期|下学期|下期|春季学期|春季|春)";

interface AnchorPattern {
  readonly name: string;
  readonly pattern: RegExp;
  readonly resolve: (groups: Readonly<Record<string, string | undefined>>) => Anchor | null;
}

const yearOf = (value: string | undefined): number | null => (value === undefined ? null : Number(value));
const anchor = (year: number | null, term: Term): Anchor | null => (year === null ? null : { year, term });

/** Ordered: the most specific statement of the period wins, wherever it sits in the window. */
const ANCHOR_PATTERNS: readonly AnchorPattern[] = [
  {
    // "2020—2021学年度(2020年秋)", "2020-2021学年度第一学期", "2020-2021学年第二学期"
    name: "school-year-term",
    pattern: new RegExp(`${YEAR}年?${DASH}${YEAR2}年?学年度?\\s*[(（]?\\s*(?:(?<fall>${FIRST_TERM})|(?<spring>${SECOND_TERM})|(?:(?<season>20\\d{2})年?(?<seasonName>[秋春])))`),
    resolve: (g) => {
      if (g.seasonName !== undefined) return anchor(yearOf(g.season), g.seasonName === "秋" ? "autumn" : "spring");
      if (g.fall !== undefined) return anchor(yearOf(g.year), "autumn");
      return anchor(yearOf(g.year2), "spring");
    },
  },
  {
    // "2024学年第2学期" (the 2024–2025 school year) → spring 2025
    name: "single-school-year-term",
    pattern: new RegExp(`${YEAR}学年度?\\s*(?:(?<fall>${FIRST_TERM})|(?<spring>${SECOND_TERM}))`),
    resolve: (g) => {
      const year = yearOf(g.year);
      if (year === null) return null;
      return g.fall !== undefined ? anchor(year, "autumn") : anchor(year + 1, "spring");
    },
  },
  {
    // "2020年秋", "2023年春季", "2020年秋季学期"
    name: "year-season",
    pattern: new RegExp(`${YEAR}年?(?:度)?\\s*(?<season>秋|春)(?:季|期)?`),
    resolve: (g) => anchor(yearOf(g.year), g.season === "秋" ? "autumn" : "spring"),
  },
  {
    // "2020下半年" → autumn, "2021年上半年" → spring
    name: "half-year",
    pattern: new RegExp(`${YEAR}年?度?(?<half>上|下)半年`),
    resolve: (g) => anchor(yearOf(g.year), g.half === "下" ? "autumn" : "spring"),
  },
  {
    // "2020-2021学年度工作计划": a whole school year, anchored at its first (autumn) term
    name: "school-year",
    pattern: new RegExp(`${YEAR}年?${DASH}${YEAR2}年?学年`),
    resolve: (g) => anchor(yearOf(g.year), "autumn"),
  },
  {
    // "2022年学校工作计划", "2022年度工作要点"
    name: "calendar-year",
    pattern: new RegExp(`${YEAR}年度?(?![0-9一二三四五六七八九十]{1,2}月)(?=[^。\\n]{0,24}(?:计划|要点|方案|安排|工作|打算|思路))`),
    resolve: (g) => anchor(yearOf(g.year), "year"),
  },
];

/** A term named without a year: "第二学期工作计划", "秋季学期教研计划". */
const TERM_ONLY = /(?<fall>第一学期|第1学期|上学期|秋季学期)|(?<spring>第二学期|第2学期|下学期|春季学期)/;
/** A season under a template year: "《高邮市教育局20xx年秋季工作要点》" says the term, not the year. */
const PLACEHOLDER_SEASON = /(?:20|19)?[xX×Ｘｘ]{2,4}\s*年?度?\s*(?<season>秋|春)(?:季|期)/;

/** Every anchor pattern names a year: a source without one is ruled out by one search instead of one per pattern. */
const ANY_YEAR = /(?:19|20)\d{2}/;

function findAnchor(source: string): Anchor | null {
  if (!ANY_YEAR.test(source)) return null;
  for (const { pattern, resolve } of ANCHOR_PATTERNS) {
    const match = pattern.exec(source);
    if (match?.groups) {
      const found = resolve(match.groups);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * The period a plan is written for, from its title, else from the opening of its text (ANNOTATION.md
 * "anchor"): "2020下半年" → 2020 autumn; "2020—2021学年度(2020年秋)" → 2020 autumn; "2020-2021学年度第二学期" →
 * 2021 spring; "2024学年第2学期" → 2025 spring; "2022年学校工作计划" → 2022 year; nothing → {null, unknown}.
 * A term word with no year ("第二学期工作计划", "20xx年秋季工作要点") gives the term with year null.
 */
export function detectAnchor(title: string, text: string): Anchor {
  const opening = text.slice(0, OPENING_CHARS);
  const found = findAnchor(title) ?? findAnchor(opening);
  if (found !== null) return found;
  const term = TERM_ONLY.exec(`${title}\n${opening.slice(0, 60)}`);
  if (term?.groups) return { year: null, term: term.groups.fall !== undefined ? "autumn" : "spring" };
  const season = PLACEHOLDER_SEASON.exec(`${title}\n${opening}`);
  if (season?.groups) return { year: null, term: season.groups.season === "秋" ? "autumn" : "spring" };
  return { year: null, term: "unknown" };
}

const OPTION_PATTERN = /^(?<year>\d{4})(?:-(?<term>autumn|spring|year))?$/;

/** The CLI's --anchor value: "2022-autumn", "2022-spring", "2022-year" or "2022" (a year plan); null when malformed. */
export function parseAnchorOption(value: string): Anchor | null {
  const match = OPTION_PATTERN.exec(value.trim().toLowerCase());
  if (match?.groups === undefined) return null;
  const year = Number(match.groups.year);
  if (year < 1900 || year > 2999) return null;
  const term = (match.groups.term ?? "year") as Term;
  return { year, term };
}
