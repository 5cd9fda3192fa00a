import type { Candidate, Refiner } from "../_types.js";
import { alternation } from "../_patterns.js";
import { APPROXIMATE_AFTER, APPROXIMATE_BEFORE, APPROXIMATE_IN_CLAUSE } from "../comparators.js";
import { enclosing } from "../_text-index.js";

const BEFORE = new RegExp(`(?<word>${alternation(APPROXIMATE_BEFORE)})$`, "u");
const AFTER = new RegExp(`^(?<word>${alternation(APPROXIMATE_AFTER)})`, "u");
const CLAUSE_WINDOW = 40;

/** 约20人 / 20人左右 (widen the quote) and 力争…95% (an aim: flag only). */
export const attachApproximate: Refiner = (candidates, { text, bounds }) => {
  return candidates.map((c): Candidate => {
    let { start, end } = c;
    let approximate = c.approximate;
    const before = BEFORE.exec(text.slice(Math.max(0, start - 4), start))?.groups?.word;
    if (before !== undefined) {
      start -= before.length;
      approximate = true;
    }
    const after = AFTER.exec(text.slice(end, end + 4))?.groups?.word;
    if (after !== undefined) {
      end += after.length;
      approximate = true;
    }
    if (!approximate) {
      const clause = enclosing(bounds.clause, bounds.length, c.start, c.end);
      const lead = text.slice(Math.max(clause.start, c.start - CLAUSE_WINDOW), c.start);
      approximate = APPROXIMATE_IN_CLAUSE.some((w) => lead.includes(w));
    }
    return { ...c, start, end, approximate };
  });
};
