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

/** What String.prototype.trim removes (white space and line terminators). */
function isTrimmed(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
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
    let trimmedStart = start;
    while (trimmedStart < end && isTrimmed(text.charCodeAt(trimmedStart))) trimmedStart++;
    let trimmedEnd = end;
    while (trimmedEnd > trimmedStart && isTrimmed(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
    found.push({ start, end, trimmed: text.slice(trimmedStart, trimmedEnd), trimmedStart });
    if (end === text.length) break;
    start = end + 1;
  }
  cachedText = text;
  cachedLines = found;
  return found;
}

let indexedText: string | null = null;
let byFirstChar = new Map<number, number[]>();

/** Positions in lines(text) of the non-blank lines, by the char code their trimmed text starts with. */
function firstCharIndex(text: string): ReadonlyMap<number, readonly number[]> {
  if (text === indexedText) return byFirstChar;
  const index = new Map<number, number[]>();
  lines(text).forEach((line, position) => {
    if (line.trimmed.length === 0) return;
    const first = line.trimmed.charCodeAt(0);
    const positions = index.get(first);
    if (positions === undefined) index.set(first, [position]);
    else positions.push(position);
  });
  indexedText = text;
  byFirstChar = index;
  return index;
}

/** Position in `all` of the line holding offset `at` (binary search on line starts). */
function lineAt(all: readonly Line[], at: number): number {
  let low = 0;
  let high = all.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((all[mid]?.start ?? 0) <= at) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The lines a rule needs to test, in order: those whose trimmed text starts with one of the chars of
 * `startingWith` (from an index built once per text) and those holding one of the words `containing`
 * (found by indexOf over the whole text). Other lines are never read: most rules look for boilerplate
 * that a plan does not hold at all.
 */
export function linesWhere(text: string, where: { readonly startingWith?: string; readonly containing?: readonly string[] }): Line[] {
  const all = lines(text);
  const positions: number[] = [];
  const { startingWith = "", containing = [] } = where;
  if (startingWith !== "") {
    const index = firstCharIndex(text);
    for (let i = 0; i < startingWith.length; i++) positions.push(...(index.get(startingWith.charCodeAt(i)) ?? []));
  }
  for (const word of containing) {
    for (let at = text.indexOf(word); at !== -1; ) {
      const position = lineAt(all, at);
      positions.push(position);
      at = text.indexOf(word, (all[position]?.end ?? text.length) + 1);
    }
  }
  if (positions.length === 0) return [];
  const unique = [...new Set(positions)].sort((a, b) => a - b);
  return unique.flatMap((position) => all[position] ?? []);
}

/** Removes a whole line with its "\n" (the last line has none; blank lines left over are tidied later). */
export function removeLine(text: string, line: Line, rule: string): Edit {
  return { start: line.start, end: Math.min(line.end + 1, text.length), replacement: "", rule };
}

/** A rule that removes every line `test` accepts among `candidates` (lines longer than `maxLength` are never tested). */
export function findLines(
  text: string,
  rule: string,
  maxLength: number,
  test: (line: string) => boolean,
  candidates: readonly Line[] = lines(text),
): Edit[] {
  const edits: Edit[] = [];
  for (const line of candidates) {
    if (line.trimmed.length === 0 || line.trimmed.length > maxLength) continue;
    if (test(line.trimmed)) edits.push(removeLine(text, line, rule));
  }
  return edits;
}
