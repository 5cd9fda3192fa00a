import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

/** Lines of a 文库 page's side and bottom bars, as they appear alone on a line. */
export const SITE_CHROME_LINES: ReadonlySet<string> = new Set([
  "相关资源",
  "正为您匹配相似的精品文档",
  "相关搜索",
  "最新文档",
  "热门文档",
  "相关文档",
  "相关推荐",
  "精品文档",
]);

/** The first chars of the lines this rule removes, but for a copyright line (which may say so anywhere). */
const CHROME_LINE_STARTS = `${[...SITE_CHROME_LINES].map((line) => line.charAt(0)).join("")}电手移`;
const TRIGGER = lineTrigger({ startingWith: CHROME_LINE_STARTS, containing: ["版权所有", "Copyright", "©"] });

/** "相关资源", "最新文档", "电脑版 |金锄头文库版权所有" … */
export const siteChrome: CleanRule = {
  id: "site-chrome",
  find: (text) =>
    findLines(
      text,
      "site-chrome",
      100,
      (line) =>
        SITE_CHROME_LINES.has(line) ||
        /^(?:电脑版|手机版|移动版)\s*[|｜]/u.test(line) ||
        (/版权所有|Copyright|©/u.test(line) && /文库|网|Copyright|©/u.test(line)),
      TRIGGER,
    ),
};
