import { fromMatch } from "../_candidate.js";
import { readYear } from "../_numerals.js";
import { CONNECTOR, isPlaceholderYear, YEAR, YEAR_LEAD, YEAR_CHARS, CONNECTOR_CHARS, NOT_AFTER_NUMBER } from "../_patterns.js";
import { isoDate, monthInterval, yearInterval } from "../school-calendar.js";
import type { Matcher } from "../_types.js";

/**
 * A calendar year: "2022年", "2020年度", "2020—2022年", "2020年底" (December), "2020年初" (January),
 * "2020年内"; "20xx年" is a placeholder. Not "〔2020〕73号" (no 年) nor "2020级".
 */
const PATTERN = new RegExp(
  `${NOT_AFTER_NUMBER}(?<year>${YEAR})(?:\\s*${CONNECTOR}\\s*(?<year2>${YEAR}))?\\s*年(?<du>度)?(?<part>底|末|初(?![中一二三级]))?(?![级届])`,
  "gu",
);

export const year: Matcher = {
  name: "year",
  pattern: PATTERN,
  trigger: { lead: `${YEAR_LEAD}`, key: "年", before: `${YEAR_CHARS}${CONNECTOR_CHARS}\\s` },
  extract: (match) => {
    const g = match.groups ?? {};
    if (isPlaceholderYear(g.year) || isPlaceholderYear(g.year2)) {
      return fromMatch(match, "year", { interval: null, grain: "year", placeholder: true });
    }
    const first = readYear(g.year ?? "");
    const last = g.year2 === undefined ? first : readYear(g.year2);
    if (Number.isNaN(first) || Number.isNaN(last) || last < first) return null;
    if (g.part !== undefined && g.year2 === undefined) {
      const interval = g.part === "初" ? monthInterval(first, 1) : monthInterval(first, 12);
      return fromMatch(match, "year", { interval, grain: "month", parts: { year: first } });
    }
    return fromMatch(match, "year", {
      interval: { from: isoDate(first, 1, 1), to: yearInterval(last).to },
      grain: "year",
      parts: { year: last },
    });
  },
};
