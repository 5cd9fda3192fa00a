import { lines, removeLine } from "./_lines.js";
import type { CleanRule, Edit } from "./_rule.js";

/** How many non-empty lines at the top of a text count as the page header. */
export const HEADER_LINES = 5;

/** A number alone on a line in the page header (a view or page count, "4" in seed 001). */
export const loneNumber: CleanRule = {
  id: "lone-number",
  find: (text) => {
    const edits: Edit[] = [];
    let seen = 0;
    for (const line of lines(text)) {
      if (line.trimmed.length === 0) continue;
      if (++seen > HEADER_LINES) break;
      if (/^\d{1,4}$/u.test(line.trimmed)) edits.push(removeLine(text, line, "lone-number"));
    }
    return edits;
  },
};
