import { labelCandidate, type HeadingCandidate } from "./_heading.js";
import { readCalendarWhen } from "./calendar-when.js";
import { markerLengthAt } from "./marker.js";
import { sectionWordAt } from "./_term-index.js";
import { TOP_LEVEL_TERMS } from "./section-vocabulary.js";
import { charSet } from "./_chars.js";

const MAX_LABEL_CHARS = 16;
/** A label that is not a section word needs this many characters: "何志奇:" (a name in a 分工 list) is not a heading. */
const MIN_FREE_LABEL_CHARS = 4;
const isSpace = charSet(" \t\r\u3000\u00a0");
const isColon = charSet(":：");
/** "附件1" alone on its line: an attachment that starts here */
const ATTACHMENT = /^附件\s*[0-9]{1,2}(?=\s*[:：]?\s*$)/;
/** punctuation that makes a line start a sentence, not a label */
const SENTENCE_PUNCT = /[,，。；;!！?？、]/;

function skipSpaces(units: Uint16Array, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(units[i] as number)) i += 1;
  return i;
}


/**
 * Label headings, which carry no number, at line start:
 * - a month or week label with a colon ("九月份:", "十月:", "第3周:"), body on the same line or below;
 * - a bare section word ("工作重点", "指导思想") alone, before a colon or before a marker ("工作重点(1) 推进…");
 * - any short phrase (4–16 characters) ending in a colon with nothing after it on the line
 *   ("指导思想和工作思路:", "强化制度引领:");
 * - "附件1" alone on its line (top level).
 * `units` is the code units of `text`.
 */
export function findLabelCandidates(text: string, units: Uint16Array): HeadingCandidate[] {
  const found: HeadingCandidate[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const label = readLabel(text, units, lineStart, lineEnd);
    if (label !== null) found.push(label);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return found;
}

function readLabel(text: string, units: Uint16Array, lineStart: number, lineEnd: number): HeadingCandidate | null {
  const start = skipSpaces(units, lineStart, lineEnd);
  if (start >= lineEnd || markerLengthAt(text, start) > 0) return null;

  const attachment = text.startsWith("附件", start) ? ATTACHMENT.exec(text.slice(start, Math.min(lineEnd, start + MAX_LABEL_CHARS))) : null;
  if (attachment !== null) return labelCandidate(start, start + attachment[0].trimEnd().length, true, undefined);

  const when = readCalendarWhen(text, start);
  if (when !== null && when.grain !== "day") {
    const afterWhen = skipSpaces(units, start + when.length, lineEnd);
    if (isColon(text.charCodeAt(afterWhen)) || afterWhen === lineEnd) {
      return labelCandidate(start, start + when.length, undefined, true);
    }
  }

  const term = sectionWordAt(text, start)?.term;
  if (term !== undefined) {
    const termEnd = start + term.length;
    const after = skipSpaces(units, termEnd, lineEnd);
    if (after === lineEnd || isColon(text.charCodeAt(after)) || markerLengthAt(text, after) > 0) {
      return labelCandidate(start, termEnd, !isColon(text.charCodeAt(after)) || TOP_LEVEL_TERMS.includes(term), undefined);
    }
  }

  const windowEnd = Math.min(lineEnd, start + MAX_LABEL_CHARS + 1);
  let colon = start;
  while (colon < windowEnd && !isColon(units[colon] as number)) colon += 1;
  if (colon === windowEnd || colon - start < MIN_FREE_LABEL_CHARS) return null;
  const head = text.slice(start, colon);
  if (SENTENCE_PUNCT.test(head)) return null;
  if (skipSpaces(units, colon + 1, lineEnd) !== lineEnd) return null;
  return labelCandidate(start, start + head.trimEnd().length, undefined, undefined);
}
