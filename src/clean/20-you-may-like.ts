import { linesWhere, lineTrigger } from "./_lines.js";
import type { CleanRule, Edit } from "./_rule.js";

const TRIGGER = lineTrigger({ startingWith: "猜为" });

/** "猜你喜欢" alone on a line, and everything after it (links to other articles). */
export const youMayLike: CleanRule = {
  id: "you-may-like",
  find: (text) => {
    const edits: Edit[] = [];
    for (const line of linesWhere(text, TRIGGER)) {
      if (line.trimmed.length <= 8 && /^(?:猜你喜欢|为你推荐|为您推荐)\s*[:：]?$/u.test(line.trimmed)) {
        edits.push({ start: line.start, end: text.length, replacement: "", rule: "you-may-like" });
        break;
      }
    }
    return edits;
  },
};
