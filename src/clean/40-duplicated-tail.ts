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
    const rows = new NonBlankRowsFromEnd(table);
    let cutRows = 0;
    let cut = -1;
    for (;;) {
      const m = repeatedBlock(text, table, rows, cutRows);
      if (m === 0) break;
      cutRows += m;
      cut = table.start[rows.at(cutRows - 1)]!;
    }
    if (cut < 0) return [];
    const edit: Edit = { start: cut, end: text.length, replacement: "", rule: "duplicated-tail" };
    return [edit];
  },
};

/** The non-blank lines of a table, last first, read back only as far as asked (a tail is short). */
class NonBlankRowsFromEnd {
  private readonly rows: number[] = [];
  private next: number;

  constructor(private readonly table: LineTable) {
    this.next = table.count - 1;
  }

  /** The position of the k-th non-blank line from the end (0: the last), or -1. */
  at(k: number): number {
    const { rows, table } = this;
    while (rows.length <= k && this.next >= 0) {
      const i = this.next--;
      if (table.trimmedEnd[i] !== table.trimmedStart[i]) rows.push(i);
    }
    return k < rows.length ? rows[k]! : -1;
  }
}

/**
 * Smallest m such that, the last `cutRows` non-blank lines left out, the m lines before them equal the m lines
 * before those and hold ≥ MIN_TAIL_LENGTH chars; else 0.
 */
function repeatedBlock(text: string, table: LineTable, rows: NonBlankRowsFromEnd, cutRows: number): number {
  const { trimmedStart, trimmedEnd } = table;
  for (let m = 1; m <= MAX_TAIL_LINES && rows.at(cutRows + 2 * m - 1) >= 0; m++) {
    let size = 0;
    let same = true;
    for (let k = 0; k < m && same; k++) {
      const a = rows.at(cutRows + k);
      const b = rows.at(cutRows + m + k);
      const length = trimmedEnd[a]! - trimmedStart[a]!;
      same = length === trimmedEnd[b]! - trimmedStart[b]! &&
        text.slice(trimmedStart[a], trimmedEnd[a]) === text.slice(trimmedStart[b], trimmedEnd[b]);
      size += length;
    }
    if (same && size >= MIN_TAIL_LENGTH) return m;
  }
  return 0;
}
