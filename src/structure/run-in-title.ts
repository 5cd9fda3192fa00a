import type { HeadingCandidate } from "./_heading.js";
import { sectionWordAt } from "./_term-index.js";
import { TITLE_CONNECTORS } from "./section-vocabulary.js";
import { charSet, isInlineSpace, isLineEndOrEnd, isSentenceEnd, isWhiteSpace } from "./_chars.js";
import { markerLengthAt } from "./marker.js";

/** A run-in title longer than this is cut (at its last comma inside the limit when there is one). */
export const MAX_TITLE_CHARS = 50;
/** The title stops before these: line end, sentence end, colon, semicolon. */
const isTitleStop = charSet("\n\r。！？；;!?:：");
const isTitleConnector = charSet(TITLE_CONNECTORS);
// "*": the closing bold mark of a Markdown heading ("**一、指导思想**")
const isTrailing = charSet(" \t\u3000\u00a0,，、*");
const isComma = charSet(",，");
const isColon = charSet(":：");
const [NEWLINE, RETURN] = [0x0a, 0x0d];

/** Index of the first candidate from `index` on that starts at or after `position` (candidates.length when none). */
function firstFrom(candidates: readonly HeadingCandidate[], index: number, position: number): number {
  let i = index;
  while (i < candidates.length && (candidates[i] as HeadingCandidate).start < position) i += 1;
  return i;
}

/** A marker that goes on with the numbering: a 1, or the next number of its style. */
function continues(candidate: HeadingCandidate, last: ReadonlyMap<string, number>): boolean {
  return candidate.style !== "label" && (candidate.number === 1 || candidate.number === (last.get(candidate.style) ?? 0) + 1);
}

/** Whether the first candidate starting at `position` (searched from `index`) goes on with the numbering. */
function continuingAt(candidates: readonly HeadingCandidate[], index: number, position: number, last: ReadonlyMap<string, number>): boolean {
  const candidate = candidates[firstFrom(candidates, index, position)];
  return candidate !== undefined && candidate.start === position && continues(candidate, last);
}

export interface TitleEnd {
  readonly titleEnd: number;
  /** start of the next heading the title ran into, or -1 */
  readonly stoppedAt: number;
}

/** The code unit at `i`; NaN past the end, as charCodeAt gives (what isLineEndOrEnd reads as the end). */
function codeAt(units: Uint16Array, i: number): number {
  return i < units.length ? (units[i] as number) : Number.NaN;
}

function skipSpaces(units: Uint16Array, from: number): number {
  let i = from;
  while (i < units.length && isInlineSpace(units[i] as number)) i += 1;
  return i;
}

function trimEnd(units: Uint16Array, from: number, end: number): number {
  let i = end;
  while (i > from && isTrailing(units[i - 1] as number)) i -= 1;
  return i;
}

/** The shortest title a body run in after a space is cut from ("加强常规管理 …"). */
const MIN_RUN_IN_TITLE = 4;
/** CJK ideographs: a space between two of them parts words, not "PEP 教材" or "9 月". */
const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/** A tail this short that closes the line after a section word is part of the title, not a body. */
const MAX_TITLE_TAIL = 4;

/**
 * Whether the line ends within MAX_TITLE_TAIL characters of `from` with no punctuation on the way: "主要工作任务",
 * "工作重点难点" are whole titles, not 主要工作 run into a body "任务".
 */
function endsLineSoon(units: Uint16Array, from: number): boolean {
  for (let i = from; i <= from + MAX_TITLE_TAIL; i += 1) {
    const code = codeAt(units, i);
    if (isLineEndOrEnd(code)) return true;
    if (isTitleStop(code) || isComma(code)) return false;
  }
  return false;
}

/** Blank lines a lone marker's title may sit below it (scraped pages put a blank line between all lines). */
const MAX_BLANK_LINES_BEFORE_TITLE = 2;

/**
 * "一、\n指导思想": a marker alone on its line (the page set the number apart from its text) is titled by the next
 * non-blank line, when that line starts no marker of its own ("一、\n1、…" keeps the bare marker). Otherwise, and
 * for a marker at the end of the text, the title is the marker alone: `lineEnd` is returned.
 */
function nextLineTitleStart(text: string, units: Uint16Array, lineEnd: number): number {
  let i = lineEnd;
  let newlines = 0;
  while (i < units.length && isWhiteSpace(units[i] as number)) {
    if (units[i] === NEWLINE && (newlines += 1) > MAX_BLANK_LINES_BEFORE_TITLE + 1) return lineEnd;
    i += 1;
  }
  return i < units.length && markerLengthAt(text, i) === 0 ? i : lineEnd;
}

/**
 * Where a heading's title stops and its run-in body starts: at a section word followed by body text
 * ("一、指导思想贯彻落实…" → "一、指导思想"), at the first 。：；, at the line end, at the next credible marker
 * ("…整体素质(一)加强…"), or at MAX_TITLE_CHARS. A heading alone on its line keeps its closing 。 or ：
 * (the title as written); a run-in title leaves it to the body. `units` is the code units of `text`.
 */
export function findTitleEnd(
  text: string,
  units: Uint16Array,
  heading: HeadingCandidate,
  candidates: readonly HeadingCandidate[],
  nextIndex: number,
  last: ReadonlyMap<string, number>,
): TitleEnd {
  if (heading.labelEnd !== undefined) {
    const after = skipSpaces(units, heading.labelEnd);
    const next = continuingAt(candidates, nextIndex, after, last);
    const colonClosesLine = isColon(codeAt(units, after)) && isLineEndOrEnd(codeAt(units, skipSpaces(units, after + 1)));
    return { titleEnd: colonClosesLine ? after + 1 : heading.labelEnd, stoppedAt: next ? after : -1 };
  }

  // "第一部分：指导思想": a colon right after the marker sets the title off from it, it does not end it
  const afterMarker = skipSpaces(units, heading.markerEnd);
  const contentStart = isLineEndOrEnd(codeAt(units, afterMarker))
    ? nextLineTitleStart(text, units, afterMarker)
    : isColon(codeAt(units, afterMarker)) && !isLineEndOrEnd(codeAt(units, skipSpaces(units, afterMarker + 1))) ? afterMarker + 1 : heading.markerEnd;
  const first = skipSpaces(units, contentStart);
  const term = sectionWordAt(text, first)?.term;
  if (term !== undefined) {
    const termEnd = first + term.length;
    const after = skipSpaces(units, termEnd);
    const code = codeAt(units, after);
    if (
      after < text.length &&
      !isTitleStop(code) &&
      !isTitleConnector(code) &&
      !endsLineSoon(units, after) &&
      candidates[firstFrom(candidates, nextIndex, after)]?.start !== after
    ) {
      return { titleEnd: termEnd, stoppedAt: -1 };
    }
  }

  const limit = Math.min(text.length, contentStart + MAX_TITLE_CHARS);
  // only the first candidate at a position counts (a label before a marker at the same offset hides it)
  let index = firstFrom(candidates, nextIndex, contentStart + 1);
  let nextStart = index < candidates.length ? (candidates[index] as HeadingCandidate).start : text.length;
  let runInSpace = -1;
  let sawCommaAfterSpace = false;
  for (let i = contentStart; i < limit; i += 1) {
    const code = units[i] as number;
    if (isTitleStop(code)) {
      // "（一）加强教学常规管理 认真落实备课制度，…。": a sentence after a space between two words is the body run in
      // after a space; the title is what comes before it. Parallel phrases stay the title: "立德树人 五育并举" ends
      // its line, "重视理论学习 提高业务素质。" is two halves alike (no comma, the second no longer than the first)
      if (runInSpace >= 0 && isSentenceEnd(code) && (sawCommaAfterSpace || i - runInSpace - 1 > runInSpace - contentStart)) {
        return { titleEnd: runInSpace, stoppedAt: -1 };
      }
      // a heading alone on its line keeps its closing mark as written ("一、指导思想:", "6、…分析工作。")
      const closesLine = code !== NEWLINE && code !== RETURN && isLineEndOrEnd(codeAt(units, skipSpaces(units, i + 1)));
      return { titleEnd: closesLine ? i + 1 : trimEnd(units, contentStart, i), stoppedAt: -1 };
    }
    if (runInSpace >= 0 && isComma(code)) sawCommaAfterSpace = true;
    if (runInSpace < 0 && i >= contentStart + MIN_RUN_IN_TITLE && isInlineSpace(code) && isHan(units[i - 1] as number) && isHan(codeAt(units, i + 1))) {
      runInSpace = i;
    }
    if (i === nextStart) {
      if (continues(candidates[index] as HeadingCandidate, last)) return { titleEnd: trimEnd(units, contentStart, i), stoppedAt: i };
      index = firstFrom(candidates, index, i + 1);
      nextStart = index < candidates.length ? (candidates[index] as HeadingCandidate).start : text.length;
    }
  }
  if (limit === text.length) return { titleEnd: trimEnd(units, contentStart, limit), stoppedAt: -1 };
  // a line longer than any title with a space between two words: the body was run in after that space
  if (runInSpace >= 0) return { titleEnd: runInSpace, stoppedAt: -1 };
  let comma = limit - 1;
  while (comma > contentStart + 4 && !isComma(units[comma] as number)) comma -= 1;
  const end = comma > contentStart + 4 ? comma : limit;
  return { titleEnd: trimEnd(units, contentStart, end), stoppedAt: -1 };
}
