import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ startingWith: "上下" });

/**
 * "上一篇:2021年学校德育工作计划", "下一篇:…": links to the site's neighbouring articles. Their titles are other
 * plans (with years of their own), so the line would give false dates and a false plan title.
 */
export const articleNav: CleanRule = {
  id: "article-nav",
  find: (text) => findLines(text, "article-nav", 200, (line) => /^(?:上一篇|下一篇|上一页|下一页)(?:\s*[:：]|\s|$)/u.test(line), TRIGGER),
};
