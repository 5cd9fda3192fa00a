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

/** Whether `line` starts with one of `chars`: a test on one char code in front of a rule's regex. */
export function startsWithOneOf(line: string, chars: string): boolean {
  const first = line.charCodeAt(0);
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === first) return true;
  return false;
}

/**
 * A rule that removes every line `test` accepts (lines longer than `maxLength` are never tested).
 * `triggers`: words of which every line `test` accepts holds one; a text holding none of them is not read
 * line by line. A search of the whole text for a rare word costs less than a test per line, a look at a
 * line's first char (startsWithOneOf) less still: triggers are for rules whose words may sit anywhere.
 */
export function findLines(
  text: string,
  rule: string,
  maxLength: number,
  test: (line: string) => boolean,
  triggers?: readonly string[],
): Edit[] {
  const edits: Edit[] = [];
  if (triggers !== undefined && !triggers.some((trigger) => text.includes(trigger))) return edits;
  for (const line of lines(text)) {
    if (line.trimmed.length === 0 || line.trimmed.length > maxLength) continue;
    if (test(line.trimmed)) edits.push(removeLine(text, line, rule));
  }
  return edits;
}
