import type { SectionKind } from "../types.js";
import type { HeadingNode } from "./build-section-tree.js";
import { isCalendarLabelIn } from "./calendar-when.js";
import { nameEndOf, nameStartOf } from "./_heading-name.js";
import { charSet } from "./_chars.js";
import { isAt, sectionWordsFrom } from "./_term-index.js";
import { KIND_ENDINGS, MAX_ENDING_NAME_CHARS, WORK_LINE_ENDINGS, WORK_LINE_OPENINGS } from "./section-vocabulary.js";

/** How far into a nested title a section word may start and still name the section ("(一)工作目标"). */
const NESTED_TERM_OFFSET = 2;
/**
 * What a period in front of a section word is written with ("本学期", "2023年春季", "本年度的"): such a period names
 * when the section's words apply, not a task, so a nested section word may start after it ("(二)本学期工作目标"
 * is goals; "1、制定本学期工作目标" starts with a verb and stays a task of its parent).
 */
const isPeriodChar = charSet("本今新全上下学期年度季春秋冬夏半阶段的0123456789");
/** The longest period prefix read (the longest of "2023-2024学年度第一学期的" style is about this). */
const MAX_PERIOD_PREFIX = 12;

/** The section-word offset allowed in a nested name starting at `start`: NESTED_TERM_OFFSET past its period prefix. */
function nestedTermOffset(text: string, start: number, end: number): number {
  let i = start;
  const limit = Math.min(end, start + MAX_PERIOD_PREFIX);
  while (i < limit && isPeriodChar(text.charCodeAt(i))) i += 1;
  return i - start > NESTED_TERM_OFFSET ? i - start : NESTED_TERM_OFFSET;
}

/**
 * The kind named by section words in the title; null when none. Hits inside a longer hit are dropped
 * ("保障措施" hides its 措施); measures wins over the other kinds ("工作目标及措施"); else the earliest hit.
 */
export function kindFromTitle(title: string, maxOffset = Infinity): SectionKind | null {
  return kindIn(title, 0, title.length, maxOffset);
}

/** Scratch lists of the hits of one kindIn call (titles hold a handful at most): no arrays or objects per title. */
const hitStarts: number[] = [];
const hitEnds: number[] = [];
const hitKinds: SectionKind[] = [];

/** kindFromTitle of text.slice(from, to), read in place. */
function kindIn(text: string, from: number, to: number, maxOffset: number): SectionKind | null {
  // the earliest kept hit starts within maxOffset exactly when some hit does (a hit is only dropped for a longer one
  // that starts no later): most titles are nested ones, ruled out by their first characters
  if (!hasWordFrom(text, from, Math.min(to, from + maxOffset + 1), to)) return null;
  let count = 0;
  for (let i = from; i < to; i += 1) {
    for (const word of sectionWordsFrom(text, i)) {
      if (i + word.term.length > to || !isAt(word, text, i)) continue;
      hitStarts[count] = i - from;
      hitEnds[count] = i - from + word.term.length;
      hitKinds[count] = word.kind;
      count += 1;
    }
  }
  if (count === 0) return null;
  // the earliest kept hit, the longer of two that start together (the first listed when they tie)
  let first = -1;
  let measures = false;
  for (let h = 0; h < count; h += 1) {
    if (count > 1 && isInsideLonger(h, count)) continue;
    const start = hitStarts[h] as number;
    if (first === -1 || start < (hitStarts[first] as number) || (start === hitStarts[first] && (hitEnds[h] as number) > (hitEnds[first] as number))) first = h;
    if (hitKinds[h] === "measures") measures = true;
  }
  if (first === -1 || (hitStarts[first] as number) > maxOffset) return null;
  return measures ? "measures" : (hitKinds[first] as SectionKind);
}

/** Whether a section word (of `kind`, when given) that ends by `to` starts in [from, before). */
function hasWordFrom(text: string, from: number, before: number, to: number, kind?: SectionKind): boolean {
  for (let i = from; i < before; i += 1) {
    for (const word of sectionWordsFrom(text, i)) {
      if ((kind === undefined || word.kind === kind) && i + word.term.length <= to && isAt(word, text, i)) return true;
    }
  }
  return false;
}

function isInsideLonger(h: number, count: number): boolean {
  const start = hitStarts[h] as number;
  const end = hitEnds[h] as number;
  for (let o = 0; o < count; o += 1) {
    const otherStart = hitStarts[o] as number;
    const otherEnd = hitEnds[o] as number;
    if (o !== h && otherStart <= start && end <= otherEnd && otherEnd - otherStart > end - start) return true;
  }
  return false;
}

/** WORK_LINE_OPENINGS by the char code of their first character: a title is checked against the few that can match. */
const OPENINGS_BY_FIRST_CHAR = new Map<number, string[]>();
for (const opening of WORK_LINE_OPENINGS) {
  const list = OPENINGS_BY_FIRST_CHAR.get(opening.charCodeAt(0)) ?? [];
  list.push(opening);
  OPENINGS_BY_FIRST_CHAR.set(opening.charCodeAt(0), list);
}

export function opensWorkLine(text: string, start: number, end: number): boolean {
  const openings = OPENINGS_BY_FIRST_CHAR.get(text.charCodeAt(start));
  if (openings === undefined) return false;
  for (const opening of openings) if (start + opening.length <= end && text.startsWith(opening, start)) return true;
  return false;
}

/** Whether the name text[start, end) names a line of work: by its opening ("加强…") or its ending ("德育工作"). */
export function namesWorkLine(text: string, start: number, end: number): boolean {
  if (opensWorkLine(text, start, end)) return true;
  for (const ending of WORK_LINE_ENDINGS) if (end - start > ending.length && text.startsWith(ending, end - ending.length)) return true;
  return false;
}

/** Whether most children (at least two) are month or week labels: a month-by-month list. */
function hasCalendarChildren(text: string, node: HeadingNode): boolean {
  let calendarChildren = 0;
  for (const { heading } of node.children) {
    const childStart = nameStartOf(text, heading);
    if (isCalendarLabelIn(text, childStart, nameEndOf(text, heading, childStart))) calendarChildren += 1;
  }
  return calendarChildren >= 2 && calendarChildren * 2 >= node.children.length;
}

/**
 * Kind of a section (ANNOTATION.md): from its title first; then from content (children that are months or
 * weeks make a calendar); a numbered top-level heading that names a line of work is measures; a nested
 * section without a section word takes its parent's kind (parentKind is null for a top-level section).
 * Titles are read in place, without their marker and closing punctuation (nameStartOf).
 */
export function detectSectionKind(text: string, node: HeadingNode, parentKind: SectionKind | null): SectionKind {
  const start = nameStartOf(text, node.heading);
  const end = nameEndOf(text, node.heading, start);
  const fromTitle = kindIn(text, start, end, parentKind === null ? Infinity : nestedTermOffset(text, start, end));
  // "具体工作安排", "主要工作安排": both 具体工作 (measures) and 工作安排 (calendar); the months under it decide
  if (fromTitle === "measures" && hasWordFrom(text, start, end, end, "calendar") && hasCalendarChildren(text, node)) return "calendar";
  if (fromTitle !== null) return fromTitle;
  if (isCalendarLabelIn(text, start, end)) return "calendar";
  if (hasCalendarChildren(text, node)) return "calendar";
  if (parentKind !== null) return parentKind;
  const work = opensWorkLine(text, start, end);
  if (!work && end - start <= MAX_ENDING_NAME_CHARS) {
    for (const { ending, kind } of KIND_ENDINGS) if (end - start >= ending.length && text.startsWith(ending, end - ending.length)) return kind;
  }
  if (node.heading.style === "label") return work || namesWorkLine(text, start, end) ? "measures" : "other";
  return end - start >= 2 ? "measures" : "other";
}
