import { labelCandidate, type HeadingCandidate } from "./_heading.js";
import { readCalendarWhen } from "./calendar-when.js";
import { kindFromTitle, namesWorkLine } from "./detect-section-kind.js";
import { markerLengthAt } from "./marker.js";
import { sectionWordAt } from "./_term-index.js";
import { TOP_LEVEL_TERMS } from "./section-vocabulary.js";
import { charSet, isMarkdownMark } from "./_chars.js";
import { CLOSE_BRACKET, HEADING_BULLETS, OPEN_BRACKET } from "./_heading-name.js";

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
 * - "附件1" alone on its line, "附：学校行事历" (top level).
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

/** Where the closing Markdown marks (and the spaces around them) of a line that opened with marks begin. */
function closingMarksStart(units: Uint16Array, from: number, lineEnd: number): number {
  let end = lineEnd;
  while (end > from && (isSpace(units[end - 1] as number) || isMarkdownMark(units[end - 1] as number))) end -= 1;
  return end;
}

function readLabel(text: string, units: Uint16Array, lineStart: number, fullLineEnd: number): HeadingCandidate | null {
  // "## 工作目标", "**具体措施：**": the Markdown marks of a heading line (a .md plan) are no part of the label, it is
  // read between them
  const lineOpen = skipSpaces(units, lineStart, fullLineEnd);
  let marksEnd = lineOpen;
  while (marksEnd < fullLineEnd && isMarkdownMark(units[marksEnd] as number)) marksEnd += 1;
  const lineEnd = marksEnd === lineOpen ? fullLineEnd : closingMarksStart(units, marksEnd, fullLineEnd);
  const start = skipSpaces(units, marksEnd, lineEnd);
  if (start >= lineEnd || markerLengthAt(text, start) > 0) return null;

  const attachment = text.startsWith("附件", start) ? ATTACHMENT.exec(text.slice(start, Math.min(lineEnd, start + MAX_LABEL_CHARS))) : null;
  if (attachment !== null) return labelCandidate(start, start + attachment[0].trimEnd().length, true, undefined);

  if (text.startsWith("附", start) && isColon(units[start + 1] as number)) return readAppended(text, units, start, lineEnd);

  const when = readCalendarWhen(text, start);
  if (when !== null && when.grain !== "day") {
    const afterWhen = skipSpaces(units, start + when.length, lineEnd);
    if (isColon(text.charCodeAt(afterWhen)) || afterWhen === lineEnd) {
      return labelCandidate(start, start + when.length, undefined, true);
    }
  }

  const decorated = readDecorated(text, units, start, lineEnd);
  if (decorated !== undefined) return decorated;

  const word = sectionWordAt(text, start);
  if (word !== undefined) {
    const termEnd = start + word.term.length;
    const after = skipSpaces(units, termEnd, lineEnd);
    if (after === lineEnd || isColon(text.charCodeAt(after)) || markerLengthAt(text, after) > 0) {
      const topLevel = !isColon(text.charCodeAt(after)) || TOP_LEVEL_TERMS.includes(word.term);
      return labelCandidate(start, termEnd, topLevel, undefined, word.kind === "calendar");
    }
  }

  const windowEnd = Math.min(lineEnd, start + MAX_LABEL_CHARS + 1);
  let colon = start;
  while (colon < windowEnd && !isColon(units[colon] as number)) colon += 1;
  if (colon === windowEnd || colon - start < MIN_FREE_LABEL_CHARS) return null;
  const head = text.slice(start, colon);
  if (SENTENCE_PUNCT.test(head)) return null;
  if (skipSpaces(units, colon + 1, lineEnd) !== lineEnd) return null;
  return labelCandidate(start, start + head.trimEnd().length, undefined, undefined, kindFromTitle(head) === "calendar");
}

/** Bullets set before a heading in place of a number ("★工作重点", "■ 主要措施"). */
const isBullet = charSet(HEADING_BULLETS);

/**
 * A heading decorated instead of numbered, at line start: "【工作目标】" (body on the next line or after the
 * bracket), "【加强队伍建设】"; "★工作重点", "■ 主要措施:". The name inside must be a section word, or (in
 * brackets) name a line of work ("【加强…】", "【德育工作】"): a bracketed "【返回列表】" or "【温馨提示】" on a web page is no heading. After a
 * bullet, the rules of undecorated labels apply to the name (a section word alone or before a colon or marker; a
 * short phrase with a colon closing the line). The title keeps the decoration, as written.
 * undefined when the line does not open with a decoration; null when it does but is no heading.
 */
function readDecorated(text: string, units: Uint16Array, start: number, lineEnd: number): HeadingCandidate | null | undefined {
  const first = units[start] as number;
  if (first === OPEN_BRACKET) {
    const name = skipSpaces(units, start + 1, lineEnd);
    const limit = Math.min(lineEnd, name + MAX_LABEL_CHARS + 1);
    let close = name;
    while (close < limit && units[close] !== CLOSE_BRACKET) close += 1;
    if (close === limit || close - name < 2) return null;
    const word = sectionWordAt(text, name);
    const named = word !== undefined && skipSpaces(units, name + word.term.length, close) === close;
    // a bracketed section word closes its title whatever follows ("【工作目标】提高…"); another name must stand alone
    const after = skipSpaces(units, close + 1, lineEnd);
    const alone = after === lineEnd || (isColon(units[after] as number) && skipSpaces(units, after + 1, lineEnd) === lineEnd);
    if (named) return labelCandidate(start, close + 1, true, undefined, word.kind === "calendar");
    if (!alone || SENTENCE_PUNCT.test(text.slice(name, close)) || !namesWorkLine(text, name, close)) return null;
    return labelCandidate(start, close + 1, undefined, undefined);
  }
  if (!isBullet(first)) return undefined;
  const name = skipSpaces(units, start + 1, lineEnd);
  const word = sectionWordAt(text, name);
  if (word !== undefined) {
    const after = skipSpaces(units, name + word.term.length, lineEnd);
    if (after === lineEnd || isColon(units[after] as number) || markerLengthAt(text, after) > 0) {
      const topLevel = !isColon(units[after] as number) || TOP_LEVEL_TERMS.includes(word.term);
      return labelCandidate(start, name + word.term.length, topLevel, undefined, word.kind === "calendar");
    }
  }
  const windowEnd = Math.min(lineEnd, name + MAX_LABEL_CHARS + 1);
  let colon = name;
  while (colon < windowEnd && !isColon(units[colon] as number)) colon += 1;
  if (colon === windowEnd || colon - name < MIN_FREE_LABEL_CHARS) return null;
  if (SENTENCE_PUNCT.test(text.slice(name, colon)) || skipSpaces(units, colon + 1, lineEnd) !== lineEnd) return null;
  let end = colon;
  while (end > name && isSpace(units[end - 1] as number)) end -= 1;
  return labelCandidate(start, end, undefined, undefined);
}


/**
 * "附：学校行事历" alone on its line: what is appended after the plan starts here, a top-level part titled by the
 * whole line (its kind read from the name: 行事历 makes it a calendar, and the months below are its children).
 */
function readAppended(text: string, units: Uint16Array, start: number, lineEnd: number): HeadingCandidate | null {
  const name = skipSpaces(units, start + 2, lineEnd);
  let end = lineEnd;
  while (end > name && isSpace(units[end - 1] as number)) end -= 1;
  if (end - name < 2 || end - name > MAX_LABEL_CHARS) return null;
  const title = text.slice(name, end);
  if (SENTENCE_PUNCT.test(title)) return null;
  return labelCandidate(start, end, true, undefined, kindFromTitle(title) === "calendar");
}
