import { findLines } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

/** "时间:2023-03-28 00:10:02 来源:网友投稿" (publication line of a web article). */
export const postMeta: CleanRule = {
  id: "post-meta",
  find: (text) =>
    findLines(
      text,
      "post-meta",
      150,
      (line) =>
        ((line.startsWith("时间") || line.startsWith("发布时间")) &&
          /^(?:发布)?时间\s*[:：][ \d:\-./年月日]{4,30}\s*(?:来源|作者|浏览|点击)\s*[:：]/u.test(line)) ||
        (line.startsWith("来源") && /^来源\s*[:：].{0,40}?(?:发布)?时间\s*[:：]\s*\d{4}/u.test(line)),
    ),
};
