import { isWhiteSpace } from "../char-table.js";
import { lineTable, type LineTable } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

/** Longest first line read as a page title. */
const MAX_TITLE_LENGTH = 80;
const SENTENCE_END = /[。！？；!?;]/u;

/**
 * A web page's title above the document's own: the first non-blank line, repeated at the start of the next
 * non-blank line and followed there by a space or the line's end ("某县…工作计划\n\n某县…工作计划 一、指导思想…",
 * a 文库 page once its chunk marker is gone). The first is the page's: the plan's title, and the dates in it, count
 * once, from the document.
 */
export const repeatedTitle: CleanRule = {
  id: "repeated-title",
  find: (text) => {
    // the line table duplicatedTail built for this text (shared, not built again)
    const table = lineTable(text);
    const { count, start, trimmedStart, trimmedEnd } = table;
    const first = nonBlankFrom(table, 0);
    const second = nonBlankFrom(table, first + 1);
    if (second >= count) return [];
    const title = text.slice(trimmedStart[first], trimmedEnd[first]);
    if (title.length < 4 || title.length > MAX_TITLE_LENGTH || SENTENCE_END.test(title)) return [];
    if (!text.startsWith(title, trimmedStart[second])) return [];
    const after = trimmedStart[second]! + title.length;
    if (after < trimmedEnd[second]! && !isWhiteSpace(text.charCodeAt(after))) return [];
    return [{ start: start[first]!, end: start[second]!, replacement: "", rule: "repeated-title" }];
  },
};

/** The position of the first non-blank line at or after `from` (the line count if none). */
function nonBlankFrom(table: LineTable, from: number): number {
  let row = from;
  while (row < table.count && table.trimmedEnd[row] === table.trimmedStart[row]) row += 1;
  return row;
}
