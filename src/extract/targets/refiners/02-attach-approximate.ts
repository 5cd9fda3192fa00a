import type { Candidate, Refiner } from "../_types.js";
import { APPROXIMATE_AFTER, APPROXIMATE_BEFORE, APPROXIMATE_IN_CLAUSE } from "../comparators.js";
import { enclosing, type Boundaries } from "../_text-index.js";
import { Words } from "../_words.js";

const BEFORE = new Words(APPROXIMATE_BEFORE);
const AFTER = new Words(APPROXIMATE_AFTER);
const IN_CLAUSE = new Words(APPROXIMATE_IN_CLAUSE);
const WINDOW = 4;
const CLAUSE_WINDOW = 40;

/** 约20人 / 20人左右 (widen the quote) and 力争…95% (an aim: flag only). */
export const attachApproximate: Refiner = (candidates, { text, bounds }) => {
  const out: Candidate[] = [];
  for (const c of candidates) out.push(withApproximate(c, text, bounds));
  return out;
};

function withApproximate(c: Candidate, text: string, bounds: Boundaries): Candidate {
  let { start, end } = c;
  let approximate = c.approximate;
  const before = BEFORE.endingAt(text, start, WINDOW);
  if (before !== undefined) {
    start -= before.length;
    approximate = true;
  }
  const after = AFTER.startingAt(text, end, WINDOW);
  if (after !== undefined) {
    end += after.length;
    approximate = true;
  }
  if (!approximate) {
    const clause = enclosing(bounds.clause, bounds.length, c.start, c.end);
    approximate = IN_CLAUSE.occursIn(text, Math.max(clause.start, c.start - CLAUSE_WINDOW), c.start);
  }
  if (start === c.start && end === c.end && approximate === c.approximate) return c;
  return { ...c, start, end, approximate };
}
