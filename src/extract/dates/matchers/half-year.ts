import { fromMatch } from "../_candidate.js";
import { RELATIVE_YEAR, YEAR, isPlaceholderYear, YEAR_LEAD, RELATIVE_YEAR_LEAD, YEAR_CHARS, RELATIVE_YEAR_CHARS, NOT_AFTER_NUMBER } from "../_patterns.js";
import { readWrittenYear } from "../_year-group.js";
import { currentYear } from "../resolve.js";
import { isoDate } from "../school-calendar.js";
import type { Matcher } from "../_types.js";

/**
 * Half years: "2020下半年" (Jul–Dec), "2021年上半年" (Jan–Jun), "下半年" (of the plan's year). Not the 后/前 of another
 * word: "最后半年" (the last six months), "之前半年".
 */
const PATTERN = new RegExp(
  `(?:${NOT_AFTER_NUMBER}(?<year>${YEAR})\\s*年?\\s*|(?<relYear>${RELATIVE_YEAR}))?(?<![最之以然随此其])(?<half>[上下前后])半年(?:度)?`,
  "gu",
);

export const halfYear: Matcher = {
  name: "half-year",
  pattern: PATTERN,
  trigger: {
    lead: `${YEAR_LEAD}${RELATIVE_YEAR_LEAD}上下前后`,
    key: "半",
    before: `${YEAR_CHARS}${RELATIVE_YEAR_CHARS}年\\s上下前后`,
  },
  extract: (match, context) => {
    const g = match.groups ?? {};
    const written = readWrittenYear(g, context);
    const y = written ? written.year : currentYear(context);
    const first = g.half === "上" || g.half === "前";
    const interval = y === null ? null : first
      ? { from: isoDate(y, 1, 1), to: isoDate(y, 6, 30) }
      : { from: isoDate(y, 7, 1), to: isoDate(y, 12, 31) };
    return fromMatch(match, "half-year", {
      interval,
      grain: "period",
      placeholder: isPlaceholderYear(g.year),
      ...(written?.explicit && y !== null ? { parts: { year: y } } : {}),
    });
  },
};
