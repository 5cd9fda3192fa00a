import type { Anchor, CalendarEntry, Quote, Section, Span } from "../types.js";
import { readCalendarWhen, type CalendarWhen } from "./calendar-when.js";
import { markerLengthAt } from "./marker.js";
import { resolveCalendarWhen } from "./resolve-calendar-when.js";
import { charSet, isInlineSpace, isWhiteSpace } from "./_chars.js";

/** what may follow a month or week at the start of a table row: "9月 制定计划", "第3周|听课" */
const isRowSeparator = charSet(" \t\u3000|｜,，:：");
const isLeadingJunk = charSet(" \t\u3000\u00a0:：|｜,，、");
const isColon = charSet(":：");
/** a week label inside a line that starts another entry: "第1周 开学 第2周 听课" */
const WEEK_IN_LINE = /(?<=^|[ \t\u3000；;。,，|｜])第(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:\s*[-—–~～至到]\s*第?(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}))?周/g;

interface Line {
  readonly start: number;
  readonly end: number;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= to) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 || newline > to ? to : newline;
    lines.push({ start, end });
    if (end >= to) break;
    start = end + 1;
  }
  return lines;
}

/** Every section of the trees, each before its children (document order). */
function flatten(sections: readonly Section[], into: Section[] = []): Section[] {
  for (const section of sections) {
    into.push(section);
    flatten(section.children, into);
  }
  return into;
}

/** A piece of text with its list marker, colon and surrounding spaces cut off; null when nothing is left. */
function item(text: string, start: number, end: number): Quote | null {
  let from = start;
  let to = end;
  while (from < to && isLeadingJunk(text.charCodeAt(from))) from += 1;
  const marker = markerLengthAt(text, from);
  if (marker > 0 && from + marker < to) from += marker;
  while (from < to && isInlineSpace(text.charCodeAt(from))) from += 1;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to -= 1;
  return from < to ? { text: text.slice(from, to), start: from, end: to } : null;
}

function isSpacesAndColons(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (!isWhiteSpace(text.charCodeAt(i)) && !isColon(text.charCodeAt(i))) return false;
  return true;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

function entry(text: string, when: CalendarWhen, start: number, anchor: Anchor, items: readonly Quote[]): CalendarEntry {
  const end = start + when.length;
  return { when: { text: text.slice(start, end), start, end, ...resolveCalendarWhen(when, anchor) }, items };
}

/**
 * Items under a month or week heading: one per line or per sub-heading, up to the end of the section, or
 * up to a run of two blank lines (what follows is no longer the list: page footers, "推荐访问").
 */
function sectionItems(text: string, section: Section): { items: Quote[]; end: number } {
  const cuts = flatten(section.children).map((child) => child.start).sort((a, b) => a - b);
  let nextCut = 0;
  const items: Quote[] = [];
  let blank = 0;
  let end = section.end;
  for (const line of linesOf(text, section.titleSpan.end, section.end)) {
    if (isBlank(text, line.start, line.end)) {
      blank += 1;
      if (blank >= 2 && items.length > 0) {
        end = line.start;
        break;
      }
      continue;
    }
    blank = 0;
    let pieceStart = line.start;
    while (nextCut < cuts.length && (cuts[nextCut] ?? 0) <= line.start) nextCut += 1;
    for (; nextCut < cuts.length && (cuts[nextCut] ?? 0) < line.end; nextCut += 1) {
      const i = cuts[nextCut] ?? 0;
      if (i === pieceStart) continue;
      const piece = item(text, pieceStart, i);
      if (piece !== null) items.push(piece);
      pieceStart = i;
    }
    const piece = item(text, pieceStart, line.end);
    if (piece !== null) items.push(piece);
  }
  return { items, end };
}

/** Month and week headings of the tree ("九月份:", "十月:", "(一)9月", "第3周:"). */
function headingEntries(text: string, sections: readonly Section[], anchor: Anchor): { entries: CalendarEntry[]; covered: Span[] } {
  const entries: CalendarEntry[] = [];
  const covered: Span[] = [];
  for (const section of flatten(sections)) {
    let nameStart = section.start + section.marker.length;
    while (nameStart < section.titleSpan.end && isInlineSpace(text.charCodeAt(nameStart))) nameStart += 1;
    const when = readCalendarWhen(text, nameStart);
    if (when === null || when.grain === "day") continue;
    if (!isSpacesAndColons(text, nameStart + when.length, section.titleSpan.end)) continue;
    const { items, end } = sectionItems(text, section);
    entries.push(entry(text, when, nameStart, anchor, items));
    covered.push({ start: section.start, end });
  }
  return { entries, covered };
}

/** Lines that start with a date, a month or a week followed by what happens then (flattened table rows, "10月13日组织…"). */
function lineEntries(text: string, anchor: Anchor, covered: readonly Span[]): CalendarEntry[] {
  const entries: CalendarEntry[] = [];
  let coverIndex = 0;
  for (let lineStart = 0, lineEnd = 0; lineStart <= text.length; lineStart = lineEnd + 1) {
    const newline = text.indexOf("\n", lineStart);
    lineEnd = newline === -1 ? text.length : newline;
    while (coverIndex < covered.length && (covered[coverIndex]?.end ?? 0) <= lineStart) coverIndex += 1;
    const cover = covered[coverIndex];
    if (cover !== undefined && cover.start <= lineStart && lineStart < cover.end) continue;
    let at = lineStart;
    while (at < lineEnd && isInlineSpace(text.charCodeAt(at))) at += 1;
    const whenStart = at + markerLengthAt(text, at);
    const when = readCalendarWhen(text, whenStart);
    if (when === null || whenStart + when.length > lineEnd) continue;
    const after = whenStart + when.length;
    if (when.grain !== "day" && !isRowSeparator(text.charCodeAt(after))) continue;
    if (when.grain === "week") {
      entries.push(...weekRow(text, whenStart, lineEnd, anchor));
      continue;
    }
    const rest = item(text, after, lineEnd);
    if (rest !== null) entries.push(entry(text, when, whenStart, anchor, [rest]));
  }
  return entries;
}

/** "第1周 开学典礼 第2周 教研活动" → one entry per week. */
function weekRow(text: string, start: number, end: number, anchor: Anchor): CalendarEntry[] {
  const line = text.slice(start, end);
  const starts = [...line.matchAll(WEEK_IN_LINE)].map((match) => start + match.index);
  const entries: CalendarEntry[] = [];
  starts.forEach((weekStart, index) => {
    const when = readCalendarWhen(text, weekStart);
    if (when === null) return;
    const rest = item(text, weekStart + when.length, starts[index + 1] ?? end);
    entries.push(entry(text, when, weekStart, anchor, rest === null ? [] : [rest]));
  });
  return entries;
}

/**
 * The plan's 行事历: month and week headings with the items under them ("九月份:" + "1.制定…"), and lines
 * that start with a date, month or week ("10月13日组织…", "第3周 听课周", "9月 | 制定计划"). A dated line
 * under a month heading is an item of that month, not an entry of its own. Months of an autumn plan roll
 * into the next year ("一月份" → January of year+1); with no anchor year from/to are null.
 */
export function extractCalendar(text: string, sections: readonly Section[], anchor: Anchor): CalendarEntry[] {
  const { entries, covered } = headingEntries(text, sections, anchor);
  const sortedCover = [...covered].sort((a, b) => a.start - b.start || a.end - b.end);
  return [...entries, ...lineEntries(text, anchor, sortedCover)].sort(
    (a, b) => a.when.start - b.when.start || a.when.end - b.when.end,
  );
}
