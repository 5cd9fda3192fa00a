import { linePositionsWhere, lineTable, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ startingWith: "猜为" });

const YOU_MAY_LIKE = /^(?:猜你喜欢|为你推荐|为您推荐)\s*[:：]?$/u;

/** "猜你喜欢" alone on a line, and everything after it (links to other articles). */
export const youMayLike: CleanRule = {
  id: "you-may-like",
  find: (text) => {
    const { start, trimmedStart, trimmedEnd } = lineTable(text);
    for (const i of linePositionsWhere(text, TRIGGER)) {
      const from = trimmedStart[i]!;
      const to = trimmedEnd[i]!;
      // a line starting with 为 is mostly a sentence: too long to be read
      if (to - from <= 8 && YOU_MAY_LIKE.test(text.slice(from, to))) {
        return [{ start: start[i]!, end: text.length, replacement: "", rule: "you-may-like" }];
      }
    }
    return [];
  },
};
