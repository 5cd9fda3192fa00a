import { lineTable } from "./_lines.js";
import { MIN_TAIL_LENGTH } from "./40-duplicated-tail.js";
import type { CleanRule, Edit } from "./_rule.js";

/**
 * A paragraph printed twice in a row ("…A\nA\n…", blank lines between allowed) keeps its first copy: a page
 * scraped with an overlap repeats it, and its targets and dates would count twice. A plan never says the same
 * line twice running; a short one (under MIN_TAIL_LENGTH chars: "组织观课议课活动。" in two weeks of a 行事历) may be
 * real content and stays.
 */
export const duplicatedParagraph: CleanRule = {
  id: "duplicated-paragraph",
  find: (text) => {
    const edits: Edit[] = [];
    const { count, end, trimmedStart, trimmedEnd } = lineTable(text);
    let previous = -1;
    for (let i = 0; i < count; i++) {
      const length = trimmedEnd[i]! - trimmedStart[i]!;
      if (length === 0) continue;
      // lengths first: the text of two lines is compared only when they are as long as each other
      if (previous >= 0 && length >= MIN_TAIL_LENGTH && length === trimmedEnd[previous]! - trimmedStart[previous]! &&
        text.startsWith(text.slice(trimmedStart[i], trimmedEnd[i]), trimmedStart[previous]!)) {
        // from the end of the first copy: the break after the second is the one to keep
        edits.push({ start: end[previous]!, end: end[i]!, replacement: "", rule: "duplicated-paragraph" });
      }
      previous = i;
    }
    // a copy ending the text is duplicatedTail's (which also reads repeated blocks of several lines there)
    const last = edits[edits.length - 1];
    if (last !== undefined && last.end === end[previous]) edits.pop();
    return edits;
  },
};
