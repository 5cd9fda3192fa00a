/**
 * Sentence and clause boundaries, computed once per text so every lookup is a binary search
 * (a 1 MB text with no punctuation must not make each target rescan the text).
 */
const SENTENCE_END = /[。！？!?\n]/gu;
const CLAUSE_END = /[。！？!?\n，,；;：:]/gu;

export interface Boundaries {
  /** positions of boundary characters, ascending */
  readonly sentence: readonly number[];
  readonly clause: readonly number[];
  readonly length: number;
}

function positions(text: string, pattern: RegExp): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(pattern)) out.push(m.index);
  return out;
}

export function computeBoundaries(text: string): Boundaries {
  return { sentence: positions(text, SENTENCE_END), clause: positions(text, CLAUSE_END), length: text.length };
}

/** The span between the boundary before `at` and the boundary at or after `at` (boundary char excluded at start, included at end). */
export function enclosing(marks: readonly number[], length: number, start: number, end: number): { start: number; end: number } {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((marks[mid] ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  const before = lo > 0 ? (marks[lo - 1] ?? -1) : -1;
  let after = length;
  let i = lo;
  while (i < marks.length && (marks[i] ?? 0) < end) i += 1;
  if (i < marks.length) after = (marks[i] ?? length) + 1;
  return { start: before + 1, end: Math.min(after, length) };
}
