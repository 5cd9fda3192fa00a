import type { Quote, Section, Span, TimeExpression } from "../../types.js";
import { alternation } from "./_patterns.js";
import { SUBJECT_HEADS, SUBJECT_NOUNS, SUBJECT_WORDS } from "./subjects.js";

const FIRST_CHARS = [...new Set([...SUBJECT_HEADS, ...SUBJECT_WORDS].map((w) => w.charAt(0)))].join("");
const SUBJECT = new RegExp(
  `(?=[${FIRST_CHARS}])(?:(?:${alternation(SUBJECT_HEADS)})(?:${alternation(SUBJECT_NOUNS)})|${alternation(SUBJECT_WORDS)})`,
  "gu",
);
const SUBJECT_FIRST = new RegExp(SUBJECT.source, "u");
const SUBJECT_WINDOW = 60;

/**
 * Who the target binds: the first subject phrase of the target's own clause ("教研员深入学校…不少于3次" →
 * 教研员, not 学校), else the last one earlier in the sentence; at most 60 characters back. null if none.
 */
export function findSubject(text: string, sentence: Span, clause: Span, at: number): string | null {
  const from = Math.max(sentence.start, at - SUBJECT_WINDOW);
  const own = text.slice(Math.max(from, clause.start), at).match(SUBJECT_FIRST);
  if (own !== null) return own[0];
  let found: string | null = null;
  for (const m of text.slice(from, at).matchAll(SUBJECT)) found = m[0];
  return found;
}

/** Index of the first item whose start is >= `at` in a list sorted by start (binary search). */
function firstStartingAtOrAfter(items: readonly Span[], at: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The sections holding `at`, outermost first (sibling sections are sorted and disjoint: binary search). */
export function sectionsAt(sections: readonly Section[], at: number): Section[] {
  const path: Section[] = [];
  let level = sections;
  for (;;) {
    const s = level[firstStartingAtOrAfter(level, at + 1) - 1];
    if (s === undefined || at < s.start || at >= s.end) return path;
    path.push(s);
    level = s.children;
  }
}

/** Titles of the sections holding `at`, outermost first. */
export function sectionPathAt(sections: readonly Section[], at: number): string[] {
  return sectionsAt(sections, at).map((s) => s.title);
}

/** The time expression in the same clause closest to the target (a deadline one preferred), or null. */
export function findDeadline(dates: readonly TimeExpression[], clause: Span, target: Span): Quote | null {
  let best: TimeExpression | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  // dates are sorted by start: visit only those starting inside the clause
  for (let i = firstStartingAtOrAfter(dates, clause.start); i < dates.length && dates[i]!.start < clause.end; i += 1) {
    const d = dates[i]!;
    if (d.end > clause.end) continue;
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
