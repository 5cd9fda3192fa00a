import type { Edit } from "./_rule.js";

export interface Line {
  /** offset of the first char of the line */
  readonly start: number;
  /** offset of the "\n" ending the line, or the text length */
  readonly end: number;
  /** the line without surrounding spaces */
  readonly trimmed: string;
  /** offset of `trimmed` in the text */
  readonly trimmedStart: number;
}

let cachedText: string | null = null;
let cachedLines: readonly Line[] = [];

/** Lines of `text` in order (linear). The rules of one phase share the last result. */
export function lines(text: string): readonly Line[] {
  if (text === cachedText) return cachedLines;
  const found: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    found.push({ start, end, trimmed: lead === 0 && raw.length < 1 ? raw : raw.trim(), trimmedStart: start + lead });
    if (end === text.length) break;
    start = end + 1;
  }
  cachedText = text;
  cachedLines = found;
  return found;
}

/** Removes a whole line with its "\n" (the last line has none; blank lines left over are tidied later). */
export function removeLine(text: string, line: Line, rule: string): Edit {
  return { start: line.start, end: Math.min(line.end + 1, text.length), replacement: "", rule };
}

/** A rule that removes every line `test` accepts (lines longer than `maxLength` are never tested). */
export function findLines(text: string, rule: string, maxLength: number, test: (line: string) => boolean): Edit[] {
  const edits: Edit[] = [];
  for (const line of lines(text)) {
    if (line.trimmed.length === 0 || line.trimmed.length > maxLength) continue;
    if (test(line.trimmed)) edits.push(removeLine(text, line, rule));
  }
  return edits;
}
