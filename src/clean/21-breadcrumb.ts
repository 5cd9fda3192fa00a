import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ startingWith: "当您你位" });

/** "位置: 首页 >范文大全 > 主题教育 > 文章内容", "当前位置:首页 > 办公文档 > 工作计划" */
export const breadcrumb: CleanRule = {
  id: "breadcrumb",
  find: (text) =>
    findLines(
      text,
      "breadcrumb",
      200,
      (line) =>
        /^(?:当前位置|您的位置|您现在的位置|你的位置|位置)\s*[:：]\s*(?:首页|主页|网站首页)/u.test(line) && /[>»＞]/u.test(line),
      TRIGGER,
    ),
};
