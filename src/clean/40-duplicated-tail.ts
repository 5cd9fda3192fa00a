import { lineTable, type LineTable } from "./_lines.js";
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
    const table = lineTable(text);
    const rows: number[] = [];
    for (let i = 0; i < table.count; i++) if (table.trimmedEnd[i] !== table.trimmedStart[i]) rows.push(i);
    let n = rows.length;
    let cut = -1;
    for (;;) {
      const m = repeatedBlock(text, table, rows, n);
      if (m === 0) break;
      n -= m;
      cut = table.start[rows[n] ?? -1] ?? cut;
    }
    if (cut < 0) return [];
    const edit: Edit = { start: cut, end: text.length, replacement: "", rule: "duplicated-tail" };
    return [edit];
  },
};

/**
 * Smallest m such that the trimmed lines at positions rows [n-m, n) equal those at rows [n-2m, n-m) and hold
 * ≥ MIN_TAIL_LENGTH chars; else 0.
 */
function repeatedBlock(text: string, table: LineTable, rows: readonly number[], n: number): number {
  const { trimmedStart, trimmedEnd } = table;
  for (let m = 1; m <= MAX_TAIL_LINES && 2 * m <= n; m++) {
    let size = 0;
    let same = true;
    for (let k = 0; k < m && same; k++) {
      const a = rows[n - m + k]!;
      const b = rows[n - 2 * m + k]!;
      const length = trimmedEnd[a]! - trimmedStart[a]!;
      same = length === trimmedEnd[b]! - trimmedStart[b]! &&
        text.slice(trimmedStart[a], trimmedEnd[a]) === text.slice(trimmedStart[b], trimmedEnd[b]);
      size += length;
    }
    if (same && size >= MIN_TAIL_LENGTH) return m;
  }
  return 0;
}
