import { fromMatch } from "../_candidate.js";
import { RELATIVE_YEAR, YEAR, isPlaceholderYear, YEAR_LEAD, RELATIVE_YEAR_LEAD, YEAR_CHARS, RELATIVE_YEAR_CHARS, NOT_AFTER_NUMBER } from "../_patterns.js";
import { readWrittenYear } from "../_year-group.js";
import { currentTerm, summerBreak, winterBreak } from "../resolve.js";
import type { DateContext } from "../_types.js";
import type { Matcher } from "../_types.js";

/**
 * School breaks: "寒假" ≈ Jan 20 – end of Feb, "暑假" ≈ Jul 10 – Aug 31 (policy, see resolve.ts).
 * Without a year: an autumn plan's 寒假 is the one after its term (next calendar year); its 暑假 the one
 * just before it; a spring or year plan's breaks fall in its own year. "2021年寒假" is Jan–Feb 2021.
 */
/** 前, 之前, 以前 (deadline-marking puts them in the span); not 前后, 前夕, 前期. */
const BEFORE = "[之以]?前(?![后夕期])";

/**
 * "放假前" is before the break the plan's term ends in: an autumn term's 寒假, a spring term's 暑假 (a due point, as
 * 寒假前 is); in a year plan, which break is unknown (from/to null). Not after a festival or a day ("国庆放假前",
 * "周五放假前" are about that day off); "寒假放假前" is one 寒假.
 */
const PATTERN = new RegExp(
  `(?:(?:${NOT_AFTER_NUMBER}(?<year>${YEAR})\\s*年\\s*|(?<relYear>${RELATIVE_YEAR}))?(?<kind>寒假|暑假|暑期|寒期)(?:放假(?=${BEFORE}))?` +
    `|(?<![节庆旦一二三四五六七八九十日天周末午秋明宵阳夜号假期])放假(?=${BEFORE}))`,
  "gu",
);

function breakYear(kind: "winter" | "summer", context: DateContext): number | null {
  if (context.anchor && context.anchor.year !== null && (context.anchor.term === "year" || context.anchor.term === "unknown")) {
    return context.anchor.year;
  }
  const term = currentTerm(context);
  if (term === null || term.year === null) return null;
  return kind === "winter" && term.term === "autumn" ? term.year + 1 : term.year;
}

export const schoolBreak: Matcher = {
  name: "school-break",
  pattern: PATTERN,
  trigger: {
    lead: `${YEAR_LEAD}${RELATIVE_YEAR_LEAD}寒暑放`,
    key: "寒暑放",
    before: `${YEAR_CHARS}${RELATIVE_YEAR_CHARS}年\\s`,
  },
  extract: (match, context) => {
    const g = match.groups ?? {};
    if (g.kind === undefined) {
      const term = currentTerm(context);
      const yearPlan = context.anchor?.term === "year" || context.anchor?.term === "unknown";
      const interval = term === null || term.year === null || yearPlan ? null : term.term === "autumn" ? winterBreak(term.year + 1) : summerBreak(term.year);
      return fromMatch(match, "school-break", { interval, grain: "period" });
    }
    const kind = g.kind.startsWith("寒") ? "winter" : "summer";
    const written = readWrittenYear(g, context);
    const y = written ? written.year : breakYear(kind, context);
    const interval = y === null ? null : kind === "winter" ? winterBreak(y) : summerBreak(y);
    return fromMatch(match, "school-break", { interval, grain: "period", placeholder: isPlaceholderYear(g.year) });
  },
};
