import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ startingWith: "推相热" });

/** "推荐访问:工作计划 教科室 主题 …" (tag links under an article). */
export const recommendedLinks: CleanRule = {
  id: "recommended-links",
  find: (text) =>
    findLines(
      text,
      "recommended-links",
      600,
      (line) => /^(?:推荐访问|推荐阅读|相关阅读|热门标签)\s*[:：]/u.test(line),
      TRIGGER,
    ),
};
