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

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i += 1;
  return i;
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
  const colons = new ColonFinder(text);
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const label = readLabel(text, lineStart, lineEnd, colons);
    if (label !== null) found.push(label);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return found;
}

/** The next colon (":" or "：") at or after a position; positions asked in increasing order, each colon found once by indexOf. */
class ColonFinder {
  private readonly text: string;
  private ascii = -1;
  private wide = -1;

  constructor(text: string) {
    this.text = text;
  }

  /** The first colon at or after `from`; text.length when none. */
  from(from: number): number {
    if (this.ascii < from && this.ascii !== this.text.length) this.ascii = this.indexOrEnd(":", from);
    if (this.wide < from && this.wide !== this.text.length) this.wide = this.indexOrEnd("：", from);
    return Math.min(this.ascii, this.wide);
  }

  private indexOrEnd(colon: string, from: number): number {
    const at = this.text.indexOf(colon, from);
    return at === -1 ? this.text.length : at;
  }
}

function readLabel(text: string, lineStart: number, lineEnd: number, colons: ColonFinder): HeadingCandidate | null {
  const start = skipSpaces(text, lineStart, lineEnd);
  if (start >= lineEnd || markerLengthAt(text, start) > 0) return null;

  const attachment = text.startsWith("附件", start) ? ATTACHMENT.exec(text.slice(start, Math.min(lineEnd, start + MAX_LABEL_CHARS))) : null;
  if (attachment !== null) return labelCandidate(start, start + attachment[0].trimEnd().length, true, undefined);

  const when = readCalendarWhen(text, start);
  if (when !== null && when.grain !== "day") {
    const afterWhen = skipSpaces(text, start + when.length, lineEnd);
    if (isColon(text.charCodeAt(afterWhen)) || afterWhen === lineEnd) {
      return labelCandidate(start, start + when.length, undefined, true);
    }
  }

  const term = sectionWordAt(text, start)?.term;
  if (term !== undefined) {
    const termEnd = start + term.length;
    const after = skipSpaces(text, termEnd, lineEnd);
    if (after === lineEnd || isColon(text.charCodeAt(after)) || markerLengthAt(text, after) > 0) {
      return labelCandidate(start, termEnd, !isColon(text.charCodeAt(after)) || TOP_LEVEL_TERMS.includes(term), undefined);
    }
  }

  const windowEnd = Math.min(lineEnd, start + MAX_LABEL_CHARS + 1);
  const colon = Math.min(colons.from(start), windowEnd);
  if (colon === windowEnd || colon - start < MIN_FREE_LABEL_CHARS) return null;
  const head = text.slice(start, colon);
  if (SENTENCE_PUNCT.test(head)) return null;
  if (skipSpaces(text, colon + 1, lineEnd) !== lineEnd) return null;
  return labelCandidate(start, start + head.trimEnd().length, undefined, undefined);
}
