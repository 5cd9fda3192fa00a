import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ startingWith: "返下相举收分打复评点纠" });

/** "返回 下载 相关 举报": a row of page buttons. */
export const pageActions: CleanRule = {
  id: "page-actions",
  find: (text) =>
    findLines(
      text,
      "page-actions",
      60,
      (line) => /^(?:(?:返回|下载|相关|举报|收藏|分享|打印|复制|评论|点赞|纠错)\s*){2,}$/u.test(line),
      TRIGGER,
    ),
};
