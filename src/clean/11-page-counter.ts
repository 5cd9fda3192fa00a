import { findLines, linesWhere, lineTrigger, removeLine } from "./_lines.js";
import type { CleanRule, Edit } from "./_rule.js";

// every page counter holds "页" (rarer in a plan than "共")
const TRIGGER = lineTrigger({ containing: ["页"] });

const PAGE_COUNTER = /[ ]*第[ ]*(?<page>\d{0,5})[ ]*页[ ]*[\/／,，]?[ ]*共[ ]*(?<pages>\d{0,5})[ ]*页/gu;

/** "第1页 / 共9页" as a line, and "第 页 共 页" left at the end of a 文库 page. */
export const pageCounter: CleanRule = {
  id: "page-counter",
  find: (text) => {
    const edits: Edit[] = [];
    for (const line of linesWhere(text, TRIGGER)) {
      const slice = text.slice(line.start, line.end);
      for (const m of slice.matchAll(PAGE_COUNTER)) {
        if (m[0].trim() === line.trimmed) {
          edits.push(removeLine(text, line, "page-counter"));
          break;
        }
        edits.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, replacement: "", rule: "page-counter" });
      }
    }
    return edits;
  },
};

// a page footer line opens with a dash or 第
const NUMBER_TRIGGER = lineTrigger({ startingWith: "-—–－第" });

/**
 * A page number alone on a line, as a Word document prints it in the footer: "- 1 -", "— 2 —", "第3页".
 * Alone on its line it is never plan text; left in, "3页" would read as a quantity.
 */
export const pageNumber: CleanRule = {
  id: "page-number",
  find: (text) =>
    findLines(text, "page-number", 14, (line) => /^(?:[-—–－]{1,2}[ ]*\d{1,4}[ ]*[-—–－]{1,2}|第[ ]*\d{1,4}[ ]*页)$/u.test(line), NUMBER_TRIGGER),
};
