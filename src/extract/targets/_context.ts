import type { Quote, Section, Span, TimeExpression } from "../../types.js";
import { alternation } from "./_patterns.js";
import { SUBJECT_HEADS, SUBJECT_NOUNS, SUBJECT_WORDS } from "./subjects.js";

const SUBJECT = new RegExp(
  `(?:${alternation(SUBJECT_HEADS)})(?:${alternation(SUBJECT_NOUNS)})|${alternation(SUBJECT_WORDS)}`,
  "gu",
);
const SUBJECT_WINDOW = 60;

/** The last subject phrase in the sentence before `at` (at most 60 characters back), or null. */
export function findSubject(text: string, sentence: Span, at: number): string | null {
  const lead = text.slice(Math.max(sentence.start, at - SUBJECT_WINDOW), at);
  let found: string | null = null;
  for (const m of lead.matchAll(SUBJECT)) found = m[0];
  return found;
}

/** Titles of the sections holding `at`, outermost first. */
export function sectionPathAt(sections: readonly Section[], at: number): string[] {
  for (const s of sections) {
    if (at >= s.start && at < s.end) return [s.title, ...sectionPathAt(s.children, at)];
  }
  return [];
}

/** The time expression in the same clause closest to the target (a deadline one preferred), or null. */
export function findDeadline(dates: readonly TimeExpression[], clause: Span, target: Span): Quote | null {
  let best: TimeExpression | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const d of dates) {
    if (d.start < clause.start || d.end > clause.end) continue;
    if (d.start < target.end && d.end > target.start) continue;
    const distance = d.end <= target.start ? target.start - d.end : d.start - target.end;
    const score = distance - (d.deadline ? 1000 : 0);
    if (score < bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best === null ? null : { text: best.text, start: best.start, end: best.end };
}
