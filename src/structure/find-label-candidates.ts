import type { HeadingCandidate } from "./_heading.js";
import { readCalendarWhen } from "./calendar-when.js";
import { createMarkerScanner } from "./marker.js";
import { sectionWordAt } from "./_term-index.js";
import { TOP_LEVEL_TERMS } from "./section-vocabulary.js";

const MAX_LABEL_CHARS = 16;
/** A label that is not a section word needs this many characters: "何志奇:" (a name in a 分工 list) is not a heading. */
const MIN_FREE_LABEL_CHARS = 4;
const SPACE = /[ \t\r\u3000\u00a0]/;
const COLON = /[:：]/;
/** "附件1" alone on its line: an attachment that starts here */
const ATTACHMENT = /^附件\s*[0-9]{1,2}(?=\s*[:：]?\s*$)/;
/** punctuation that makes a line start a sentence, not a label */
const SENTENCE_PUNCT = /[,，。；;!！?？、]/;

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && SPACE.test(text.charAt(i))) i += 1;
  return i;
}

function markerAt(scanner: RegExp, text: string, offset: number): boolean {
  scanner.lastIndex = offset;
  return scanner.test(text);
}

/**
 * Label headings, which carry no number, at line start:
 * - a month or week label with a colon ("九月份:", "十月:", "第3周:"), body on the same line or below;
 * - a bare section word ("工作重点", "指导思想") alone, before a colon or before a marker ("工作重点(1) 推进…");
 * - any short phrase (4–16 characters) ending in a colon with nothing after it on the line
 *   ("指导思想和工作思路:", "强化制度引领:");
 * - "附件1" alone on its line (top level).
 */
export function findLabelCandidates(text: string): HeadingCandidate[] {
  const found: HeadingCandidate[] = [];
  const scanner = createMarkerScanner(true);
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const label = readLabel(text, lineStart, lineEnd, scanner);
    if (label !== null) found.push(label);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return found;
}

function readLabel(text: string, lineStart: number, lineEnd: number, scanner: RegExp): HeadingCandidate | null {
  const start = skipSpaces(text, lineStart, lineEnd);
  if (start >= lineEnd || markerAt(scanner, text, start)) return null;

  const attachment = ATTACHMENT.exec(text.slice(start, Math.min(lineEnd, start + MAX_LABEL_CHARS)));
  if (attachment !== null) return { start, markerEnd: start, style: "label", number: 0, labelEnd: start + attachment[0].trimEnd().length, topLevel: true };

  const when = readCalendarWhen(text, start);
  if (when !== null && when.grain !== "day") {
    const afterWhen = skipSpaces(text, start + when.length, lineEnd);
    if (COLON.test(text.charAt(afterWhen)) || afterWhen === lineEnd) {
      return { start, markerEnd: start, style: "label", number: 0, labelEnd: start + when.length, calendar: true };
    }
  }

  const window = text.slice(start, Math.min(lineEnd, start + MAX_LABEL_CHARS + 1));
  const term = sectionWordAt(text, start)?.term;
  if (term !== undefined) {
    const termEnd = start + term.length;
    const after = skipSpaces(text, termEnd, lineEnd);
    if (after === lineEnd || COLON.test(text.charAt(after)) || markerAt(scanner, text, after)) {
      return { start, markerEnd: start, style: "label", number: 0, labelEnd: termEnd, topLevel: !COLON.test(text.charAt(after)) || TOP_LEVEL_TERMS.includes(term) };
    }
  }

  const colon = window.search(COLON);
  if (colon < MIN_FREE_LABEL_CHARS) return null;
  const head = window.slice(0, colon);
  if (SENTENCE_PUNCT.test(head)) return null;
  if (skipSpaces(text, start + colon + 1, lineEnd) !== lineEnd) return null;
  return { start, markerEnd: start, style: "label", number: 0, labelEnd: start + head.trimEnd().length };
}
