import type { Quote, Section, Span, TimeExpression } from "../../types.js";
import { charTable } from "../../char-table.js";
import { SUBJECT_HEADS, SUBJECT_NOUNS, SUBJECT_WORDS } from "./subjects.js";
import { occursAt } from "./_words.js";

const longestFirst = (words: readonly string[]): readonly string[] => [...words].sort((a, b) => b.length - a.length);
const HEADS = longestFirst(SUBJECT_HEADS);
const NOUNS = longestFirst(SUBJECT_NOUNS);
const WORDS = longestFirst(SUBJECT_WORDS);
const SUBJECT_FIRST = charTable([...SUBJECT_HEADS, ...SUBJECT_WORDS].map((w) => w.charAt(0)));
const SUBJECT_WINDOW = 60;

/** `word` occurs at `at` and ends by `limit`. */
const fits = (text: string, at: number, limit: number, word: string): boolean =>
  at + word.length <= limit && occursAt(text, at, word);

/**
 * The end of the subject phrase starting at `at` and ending by `limit`, or -1: what the regex
 * `(?:HEADS)(?:NOUNS)|WORDS` (each alternation longest first) matches there in `text.slice(…, limit)`.
 */
function subjectEndAt(text: string, at: number, limit: number): number {
  if (SUBJECT_FIRST[text.charCodeAt(at)] !== 1) return -1;
  for (const head of HEADS) {
    if (!fits(text, at, limit, head)) continue;
    const nounAt = at + head.length;
    for (const noun of NOUNS) if (fits(text, nounAt, limit, noun)) return nounAt + noun.length;
  }
  for (const word of WORDS) if (fits(text, at, limit, word)) return at + word.length;
  return -1;
}

/**
 * Who the target binds: the first subject phrase of the target's own clause ("教研员深入学校…不少于3次" →
 * 教研员, not 学校), else the last one earlier in the sentence; at most 60 characters back. null if none.
 */
export function findSubject(text: string, sentence: Span, clause: Span, at: number): string | null {
  const from = Math.max(sentence.start, at - SUBJECT_WINDOW);
  for (let p = Math.max(from, clause.start); p < at; p += 1) {
    const end = subjectEndAt(text, p, at);
    if (end >= 0) return text.slice(p, end);
  }
  // matches do not overlap: the scan resumes after each one
  let lastStart = -1;
  let lastEnd = -1;
  for (let p = from; p < at; ) {
    const end = subjectEndAt(text, p, at);
    if (end < 0) {
      p += 1;
      continue;
    }
    lastStart = p;
    lastEnd = end;
    p = end;
  }
  return lastStart < 0 ? null : text.slice(lastStart, lastEnd);
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
