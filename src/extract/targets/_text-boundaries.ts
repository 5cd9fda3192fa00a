/**
 * Sentence and clause boundaries, computed once per text so every lookup is a binary search
 * (a 1 MB text with no punctuation must not make each target rescan the text).
 */
const SENTENCE_ENDS = "。！？!?\n";
const CLAUSE_ENDS = "，,；;：:";
/** per code unit: 1 = sentence (and clause) end, 2 = clause end only */
const KIND = new Uint8Array(0x10000);
for (const ch of CLAUSE_ENDS) KIND[ch.charCodeAt(0)] = 2;
for (const ch of SENTENCE_ENDS) KIND[ch.charCodeAt(0)] = 1;

export interface Boundaries {
  /** positions of boundary characters, ascending */
  readonly sentence: readonly number[];
  readonly clause: readonly number[];
  readonly length: number;
}

export function computeBoundaries(text: string): Boundaries {
  const sentence: number[] = [];
  const clause: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const kind = KIND[text.charCodeAt(i)];
    if (kind === 0) continue;
    if (kind === 1) sentence.push(i);
    clause.push(i);
  }
  return { sentence, clause, length: text.length };
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
