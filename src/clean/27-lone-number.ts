import { lineTable, removeLine } from "./_lines.js";
import type { CleanRule, Edit } from "./_rule.js";

/** How many non-empty lines at the top of a text count as the page header. */
export const HEADER_LINES = 5;

/** A number alone on a line in the page header (a view or page count, "4" in seed 001). */
export const loneNumber: CleanRule = {
  id: "lone-number",
  find: (text) => {
    const edits: Edit[] = [];
    const { count, start, end, trimmedStart, trimmedEnd } = lineTable(text);
    let seen = 0;
    for (let i = 0; i < count; i++) {
      if (trimmedEnd[i] === trimmedStart[i]) continue;
      if (++seen > HEADER_LINES) break;
      if (/^\d{1,4}$/u.test(text.slice(trimmedStart[i], trimmedEnd[i]))) edits.push(removeLine(text, { start: start[i]!, end: end[i]! }, "lone-number"));
    }
    return edits;
  },
};
