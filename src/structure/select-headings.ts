import type { Heading, HeadingCandidate } from "./_heading.js";
import { findTitleEnd } from "./run-in-title.js";
import { sectionWordAt } from "./_term-index.js";
import { charSet, isInlineSpace, isMarkdownMark, isWhiteSpace } from "./_chars.js";
import { ParenDepth } from "./_paren-depth.js";
import { markerLengthAt } from "./marker.js";

/** How many spaces before a marker are skipped to see what precedes it (line start, sentence end …). */
const LOOKBACK_SPACES = 8;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const isSentenceEnd = charSet("。！？；;!?:：");
const isCloserAfterEnd = charSet("”」』\"’)）");
const isFullStop = charSet("。！？!?");
const isSemicolon = charSet("；;");

type Context = "line" | "broken-line" | "title" | "sentence" | "clause" | "spaced-section-word" | "inline";

/** A line this long that ends without punctuation was broken mid-sentence (a page or chunk break). */
const LONG_LINE = 50;
const isLineClose = charSet("。！？；;!?:：”」』\"’)）");
const isLineGoingOn = charSet(",，、");

/**
 * Whether the text before a line-start marker stops mid-sentence: the previous non-blank line ends with a
 * comma, or is long and ends without punctuation ("…富有本校特色的\n2、课程体系" — a 文库 chunk marker).
 * A short unpunctuated line is a heading ("二、工作目标\n1、…").
 */
function followsBrokenLine(text: string, units: Uint16Array, newline: number): boolean {
  let end = newline;
  while (end > 0 && isWhiteSpace(units[end - 1] as number)) end -= 1;
  if (end === 0) return false;
  const last = units[end - 1] as number;
  if (isLineGoingOn(last)) return !isLoneMarkerLine(text, units, end);
  if (isLineClose(last)) return false;
  for (let i = end - 1; i >= Math.max(0, end - LONG_LINE - 1); i -= 1) {
    if (units[i] === NEWLINE) return false;
  }
  return end > LONG_LINE;
}

/** Whether the line ending at `end` is a marker alone ("三、\n1、…": its 、 closes the marker, no sentence goes on). */
function isLoneMarkerLine(text: string, units: Uint16Array, end: number): boolean {
  let start = end;
  while (start > 0 && units[start - 1] !== NEWLINE && units[start - 1] !== RETURN) start -= 1;
  while (start < end && isInlineSpace(units[start] as number)) start += 1;
  return markerLengthAt(text, start) === end - start;
}

function previousVisible(units: Uint16Array, position: number): number {
  let i = position - 1;
  let skipped = 0;
  while (i >= 0 && isInlineSpace(units[i] as number) && skipped < LOOKBACK_SPACES) {
    i -= 1;
    skipped += 1;
  }
  return i;
}

/**
 * "## 一、指导思想", "**一、指导思想**": a Markdown heading or bold mark that opens the line (a .md plan) leaves the
 * marker at line start. The offset before the marks is returned when they open the line, else `i` itself.
 */
function beforeMarkdownMarks(units: Uint16Array, i: number): number {
  let j = i;
  while (j >= 0 && isMarkdownMark(units[j] as number)) j -= 1;
  return j < 0 || units[j] === NEWLINE || units[j] === RETURN ? j : i;
}

function contextOf(text: string, units: Uint16Array, candidate: HeadingCandidate, previous: Heading | null, stoppedAt: number): Context {
  let i = previousVisible(units, candidate.start);
  if (i >= 0 && isMarkdownMark(units[i] as number)) i = beforeMarkdownMarks(units, i);
  if (i < 0) return "line";
  const code = units[i] as number;
  if (code === NEWLINE || code === RETURN) return followsBrokenLine(text, units, i) ? "broken-line" : "line";
  if (previous !== null && stoppedAt === candidate.start) return "title";
  // "…：一、提高质量；二、减轻负担；三、…": after a semicolon the sentence goes on, the marker lists an item
  if (isSemicolon(code)) return "clause";
  if (isSentenceEnd(code)) return "sentence";
  if (isCloserAfterEnd(code) && i > 0 && isFullStop(units[i - 1] as number)) return "sentence";
  // "…2020下半年工作计划 一、指导思想贯彻…": a title line run into the first heading, set off by a space
  if (i < candidate.start - 1 && sectionWordAt(text, candidate.markerEnd) !== undefined) return "spaced-section-word";
  return "inline";
}

/**
 * Whether the next 1-or-2 of the candidate's style after it is a 2: a "1." in running text is credible only if a
 * "2." follows. The walk stops at the next 1 of the style, so the walks of one style never overlap (linear).
 */
function listGoesOn(units: Uint16Array, candidates: readonly HeadingCandidate[], index: number): boolean {
  const { style } = candidates[index] as HeadingCandidate;
  for (let i = index + 1; i < candidates.length; i += 1) {
    const next = candidates[i] as HeadingCandidate;
    // a 2 after a semicolon continues the sentence: "展开:(1)以数学…;(2)以语文…。" lists items, not headings
    if (next.style === style && (next.number === 1 || next.number === 2)) return next.number === 2 && !isSemicolon(units[previousVisible(units, next.start)] ?? 0);
  }
  return false;
}

/**
 * Keeps the candidates that are headings. A marker at line start is a heading (unless the line before was
 * broken mid-sentence: a 文库 chunk marker); a marker in the middle of a
 * line is one only when numbering continuity makes it credible: right after a heading's title (as number 1
 * or the next number of its style), or after a sentence end as the next number of its style (or as a 1
 * followed later by a 2), or after a space when a section word follows ("…工作计划 一、指导思想…"). Markers inside an open parenthesis in mid-line are list items ("(1.区骨干…;2.…)").
 * `units` is the code units of `text`.
 */
export function selectHeadings(text: string, units: Uint16Array, candidates: readonly HeadingCandidate[]): Heading[] {
  const last = new Map<string, number>();
  const accepted: Heading[] = [];
  let previous: Heading | null = null;
  let stoppedAt = -1;
  const parenDepth = new ParenDepth(text, units);

  for (let index = 0; index < candidates.length; index += 1) {
    const candidate = candidates[index];
    if (candidate === undefined) continue;
    if (previous !== null && candidate.start < previous.titleEnd) continue;
    const context = candidate.style === "label" ? "line" : contextOf(text, units, candidate, previous, stoppedAt);
    // only a marker after a sentence end asks whether it sits inside parentheses
    const depth = context === "sentence" ? parenDepth.depthAt(candidate.start) : 0;
    if (!isCredible(units, candidates, index, context, depth, last, previous)) continue;

    last.set(candidate.style, candidate.number);
    const title = findTitleEnd(text, units, candidate, candidates, index + 1, last);
    const heading = toHeading(candidate, title.titleEnd);
    accepted.push(heading);
    previous = heading;
    stoppedAt = title.stoppedAt;
  }
  return accepted;
}

/** One object shape for every heading (a spread of candidates of several shapes is slow). */
function toHeading(candidate: HeadingCandidate, titleEnd: number): Heading {
  const { start, markerEnd, style, number, labelEnd, topLevel, calendar, namesCalendar } = candidate;
  return { start, markerEnd, style, number, labelEnd, topLevel, calendar, namesCalendar, titleEnd };
}

function isCredible(
  units: Uint16Array,
  candidates: readonly HeadingCandidate[],
  index: number,
  context: Context,
  depth: number,
  last: ReadonlyMap<string, number>,
  previous: Heading | null,
): boolean {
  const candidate = candidates[index] as HeadingCandidate;
  const continues = candidate.number === (last.get(candidate.style) ?? 0) + 1;
  switch (context) {
    case "line":
      return true;
    case "title":
    case "spaced-section-word":
      return candidate.number === 1 || continues;
    case "sentence":
      if (depth > 0) return false;
      if (last.has(candidate.style) && continues) return true;
      // "二、工作目标 …：一、提高质量；二、…": numbering that starts again right under a heading of its own style,
      // in running text, lists items; a new list of a style needs a heading of another style in between
      if (previous !== null && previous.style === candidate.style) return false;
      return candidate.number === 1 && listGoesOn(units, candidates, index);
    default:
      return false;
  }
}
