import { fromMatch } from "../_candidate.js";
import { readCalendarNumber } from "../_numerals.js";
import { CONNECTOR, COUNT } from "../_patterns.js";
import { currentTerm, termWeek } from "../resolve.js";
import type { Matcher } from "../_types.js";

/**
 * Teaching weeks: "第3周", "第七周", "第1-2周", "第1至2周", counted from the term's first week (Monday–Sunday).
 * Not "第十周年" (an anniversary).
 */
const PATTERN = new RegExp(`第(?<n>${COUNT})(?:\\s*${CONNECTOR}\\s*第?(?<n2>${COUNT}))?(?:个)?(?:周|星期)(?!年)`, "gu");

export const termWeekMatcher: Matcher = {
  name: "term-week",
  pattern: PATTERN,
  trigger: { lead: "第", key: "第", before: "" },
  extract: (match, context) => {
    const g = match.groups ?? {};
    const n = readCalendarNumber(g.n ?? "");
    const n2 = g.n2 === undefined ? n : readCalendarNumber(g.n2);
    if (!(n >= 1 && n <= 30 && n2 >= n && n2 <= 30)) return null;
    return fromMatch(match, "term-week", { interval: termWeek(currentTerm(context), n, n2), grain: "week" });
  },
};
