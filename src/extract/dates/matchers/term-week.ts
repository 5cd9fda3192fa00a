import { fromMatch } from "../_candidate.js";
import { readCalendarNumber } from "../_numerals.js";
import { CONNECTOR, COUNT } from "../_patterns.js";
import { currentTerm, termWeek } from "../resolve.js";
import type { Matcher } from "../_types.js";

/**
 * Teaching weeks: "第3周", "第七周", "第1-2周", "第1至2周", "第三、四周" (weeks that follow each other, listed: one run;
 * "第三、五周" is left out, as it was before lists were read), counted from the term's first week (Monday–Sunday).
 * Not "第十周年" (an anniversary) nor "倒数第二周" (counted from the term's end, whose last week the plan does not say).
 */
const PATTERN = new RegExp(`(?<!倒数)第(?<n>${COUNT})(?:\\s*${CONNECTOR}\\s*第?(?<n2>${COUNT})|(?<list>(?:、第?${COUNT})+))?(?:个)?(?:周|星期)(?!年)`, "gu");

export const termWeekMatcher: Matcher = {
  name: "term-week",
  pattern: PATTERN,
  trigger: { lead: "第", key: "第", before: "" },
  extract: (match, context) => {
    const g = match.groups ?? {};
    const n = readCalendarNumber(g.n ?? "");
    const n2 = g.n2 !== undefined ? readCalendarNumber(g.n2) : g.list !== undefined ? listEnd(n, g.list) : n;
    if (!(n >= 1 && n <= 30 && n2 >= n && n2 <= 30)) return null;
    return fromMatch(match, "term-week", { interval: termWeek(currentTerm(context), n, n2), grain: "week" });
  },
};

/** The last week of "、四、五" after week n when each follows the one before; NaN otherwise. */
function listEnd(n: number, list: string): number {
  let last = n;
  for (const item of list.split("、").slice(1)) {
    const next = readCalendarNumber(item.replace("第", ""));
    if (next !== last + 1) return Number.NaN;
    last = next;
  }
  return last;
}
