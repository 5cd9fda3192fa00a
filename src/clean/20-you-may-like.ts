import { linePositionsWhere, lineTable, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ startingWith: "猜为更相延" });

const YOU_MAY_LIKE = /^(?:猜你喜欢|为你推荐|为您推荐)\s*[:：]?$/u;
/**
 * Headings of the list of links under an article. A site may print the same list in a side bar above the
 * article too: these cut only from the second half of the text on.
 */
const RELATED_ARTICLES = /^(?:更多)?相关(?:文章|范文)(?:推荐)?\s*[:：]?$|^延伸阅读\s*[:：]?$/u;

/** "猜你喜欢" (or "相关文章" in the second half) alone on a line, and everything after it (links to other articles). */
export const youMayLike: CleanRule = {
  id: "you-may-like",
  find: (text) => {
    const { start, trimmedStart, trimmedEnd } = lineTable(text);
    for (const i of linePositionsWhere(text, TRIGGER)) {
      const from = trimmedStart[i]!;
      const to = trimmedEnd[i]!;
      // a line starting with 为 is mostly a sentence: too long to be read
      if (to - from > 10) continue;
      const line = text.slice(from, to);
      if (YOU_MAY_LIKE.test(line) || (from * 2 >= text.length && RELATED_ARTICLES.test(line))) {
        return [{ start: start[i]!, end: text.length, replacement: "", rule: "you-may-like" }];
      }
    }
    return [];
  },
};
