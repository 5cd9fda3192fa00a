import type { Quote, Section, Span, TimeExpression } from "../../types.js";
import { charSet } from "../../char-table.js";
import { SUBJECT_HEADS, SUBJECT_NOUNS, SUBJECT_WORDS } from "./subjects.js";
import { occursAt, Words } from "./_words.js";

/** The heads by first code unit, longest first (each is tried in turn, as a regex alternation backtracks). */
const HEADS_BY_FIRST = new Map<number, string[]>();
for (const head of [...SUBJECT_HEADS].sort((a, b) => b.length - a.length)) {
  const first = head.charCodeAt(0);
  HEADS_BY_FIRST.set(first, [...(HEADS_BY_FIRST.get(first) ?? []), head]);
}
/** Where a subject can start: most offsets are not, and one lookup tells. */
const SUBJECT_FIRST = charSet([...SUBJECT_HEADS, ...SUBJECT_WORDS].map((word) => word.charAt(0)));
const NOUNS = new Words(SUBJECT_NOUNS);
const WORDS = new Words(SUBJECT_WORDS);
const SUBJECT_WINDOW = 60;

/**
 * The end of the subject phrase starting at `at` and ending by `limit`, or -1: what the regex
 * `(?:HEADS)(?:NOUNS)|WORDS` (each alternation longest first) matches there in `text.slice(…, limit)`.
 */
function subjectEndAt(text: string, at: number, limit: number): number {
  if (!SUBJECT_FIRST(text.charCodeAt(at))) return -1;
  for (const head of HEADS_BY_FIRST.get(text.charCodeAt(at)) ?? []) {
    if (at + head.length > limit || !occursAt(text, at, head)) continue;
    const nounAt = at + head.length;
    const noun = NOUNS.startingAt(text, nounAt, limit - nounAt);
    if (noun !== undefined) return nounAt + noun.length;
  }
  const word = WORDS.startingAt(text, at, limit - at);
  return word === undefined ? -1 : at + word.length;
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
  // none starts in the clause: the last one starts before it (matches do not overlap: the scan resumes after each)
  let lastStart = -1;
  let lastEnd = -1;
  for (let p = from; p < Math.max(from, clause.start); ) {
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

/** Whether a subject phrase (教师, 学生, 各班 …) starts in text[from, to) and ends by `to`. */
export function hasSubject(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p += 1) if (subjectEndAt(text, p, to) >= 0) return true;
  return false;
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

/** The section of `level` holding `at` (siblings are sorted and disjoint: binary search), or undefined. */
function sectionHolding(level: readonly Section[], at: number): Section | undefined {
  const s = level[firstStartingAtOrAfter(level, at + 1) - 1];
  return s === undefined || at < s.start || at >= s.end ? undefined : s;
}

/**
 * The spans of the outermost sections of one of `kinds`, flat and ascending (start0, end0, start1, …): one walk
 * over the tree per text, so a lookup per offset reads no section (siblings are sorted and disjoint, children
 * inside their parent).
 */
export function spansOfKinds(sections: readonly Section[], kinds: readonly string[], out: number[] = []): number[] {
  for (const s of sections) {
    if (kinds.includes(s.kind)) out.push(s.start, s.end);
    else spansOfKinds(s.children, kinds, out);
  }
  return out;
}

/** Whether one of the spans (spansOfKinds) holds `at`. */
export function inSpans(spans: readonly number[], at: number): boolean {
  let low = 0;
  let high = spans.length >> 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[2 * middle] as number) <= at) low = middle + 1;
    else high = middle;
  }
  return low > 0 && at < (spans[2 * low - 1] as number);
}

/** Titles of the sections holding `at`, outermost first. */
export function sectionPathAt(sections: readonly Section[], at: number): string[] {
  const path: string[] = [];
  for (let s = sectionHolding(sections, at); s !== undefined; s = sectionHolding(s.children, at)) path.push(s.title);
  return path;
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
