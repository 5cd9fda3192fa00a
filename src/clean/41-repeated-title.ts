import { isWhiteSpace } from "../char-table.js";
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
    const first = nonBlankLine(text, 0);
    if (first === null) return [];
    const title = text.slice(first.trimmedStart, first.trimmedEnd);
    if (title.length < 4 || title.length > MAX_TITLE_LENGTH || SENTENCE_END.test(title)) return [];
    const second = nonBlankLine(text, first.end + 1);
    if (second === null || !text.startsWith(title, second.trimmedStart)) return [];
    const after = second.trimmedStart + title.length;
    if (after < second.trimmedEnd && !isWhiteSpace(text.charCodeAt(after))) return [];
    return [{ start: first.start, end: second.start, replacement: "", rule: "repeated-title" }];
  },
};

interface LineSpan { readonly start: number; readonly end: number; readonly trimmedStart: number; readonly trimmedEnd: number }

/** The first line at or after `from` holding something besides white space, or null. */
function nonBlankLine(text: string, from: number): LineSpan | null {
  for (let start = from; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let trimmedStart = start;
    while (trimmedStart < end && isWhiteSpace(text.charCodeAt(trimmedStart))) trimmedStart += 1;
    let trimmedEnd = end;
    while (trimmedEnd > trimmedStart && isWhiteSpace(text.charCodeAt(trimmedEnd - 1))) trimmedEnd -= 1;
    if (trimmedEnd > trimmedStart) return { start, end, trimmedStart, trimmedEnd };
    start = end + 1;
  }
  return null;
}
