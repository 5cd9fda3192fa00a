import type { Section } from "../../../types.js";
import type { Candidate, Refiner } from "../_types.js";
import { PAST_MARKERS, PAST_SECTION_KINDS } from "../exclusions.js";
import { computeBoundaries, enclosing } from "../_text-boundaries.js";

const CLAUSE_WINDOW = 40;

function inPastSection(sections: readonly Section[], at: number): boolean {
  for (const s of sections) {
    if (at < s.start || at >= s.end) continue;
    if (PAST_SECTION_KINDS.includes(s.kind)) return true;
    return inPastSection(s.children, at);
  }
  return false;
}

/**
 * Drops quantities that only describe the past: in a situation section (基本情况, 工作回顾), or after a past
 * marker in the same clause (去年, 上学期, 已, 现有, 在…的基础上 — exclusions.ts PAST_MARKERS).
 */
export const dropPast: Refiner = (candidates, { text, sections }) => {
  if (candidates.length === 0) return candidates;
  const bounds = computeBoundaries(text);
  return candidates.filter((c: Candidate) => {
    if (inPastSection(sections, c.start)) return false;
    const clause = enclosing(bounds.clause, bounds.length, c.start, c.end);
    const around = text.slice(Math.max(clause.start, c.start - CLAUSE_WINDOW), Math.min(clause.end, c.end + 30));
    return !PAST_MARKERS.some((w) => around.includes(w));
  });
};
