import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ startingWith: "时发来" });

/** "时间:2023-03-28 00:10:02 来源:网友投稿" (publication line of a web article). */
export const postMeta: CleanRule = {
  id: "post-meta",
  find: (text) =>
    findLines(
      text,
      "post-meta",
      150,
      (line) =>
        /^(?:发布)?时间\s*[:：][ \d:\-./年月日]{4,30}\s*(?:来源|作者|浏览|点击)\s*[:：]/u.test(line) ||
        /^来源\s*[:：].{0,40}?(?:发布)?时间\s*[:：]\s*\d{4}/u.test(line),
      TRIGGER,
    ),
};
