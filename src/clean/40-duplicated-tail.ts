import { lines } from "./_lines.js";
import type { CleanRule, Edit } from "./_rule.js";

/** The repeated block must hold at least this many chars (short repeated lines can be real content). */
export const MIN_TAIL_LENGTH = 20;
/** At most this many lines in one repeated block. */
export const MAX_TAIL_LINES = 20;

/**
 * The end of a page repeating the text just before it: the last non-blank lines equal the same number
 * of lines right before them ("…A\nB\nA\nB" → "…A\nB"). Repeated until the tail no longer repeats,
 * so that cleaning twice gives the same text.
 */
export const duplicatedTail: CleanRule = {
  id: "duplicated-tail",
  find: (text) => {
    const rows = lines(text).filter((l) => l.trimmed.length > 0);
    const texts = rows.map((r) => r.trimmed);
    let n = rows.length;
    let cut = -1;
    for (;;) {
      const m = repeatedBlock(texts, n);
      if (m === 0) break;
      n -= m;
      cut = rows[n]?.start ?? cut;
    }
    if (cut < 0) return [];
    const edit: Edit = { start: cut, end: text.length, replacement: "", rule: "duplicated-tail" };
    return [edit];
  },
};

/** Smallest m such that rows [n-m, n) equal rows [n-2m, n-m) and hold ≥ MIN_TAIL_LENGTH chars; else 0. */
function repeatedBlock(rows: readonly string[], n: number): number {
  for (let m = 1; m <= MAX_TAIL_LINES && 2 * m <= n; m++) {
    let size = 0;
    let same = true;
    for (let k = 0; k < m && same; k++) {
      const a = rows[n - m + k] ?? "";
      same = a === rows[n - 2 * m + k];
      size += a.length;
    }
    if (same && size >= MIN_TAIL_LENGTH) return m;
  }
  return 0;
}
