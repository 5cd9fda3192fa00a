import { linesWhere, lineTrigger, removeLine } from "./_lines.js";
import type { CleanRule, Edit } from "./_rule.js";

// a row starts with a button; buttons in brackets after the title end the line
const TRIGGER = lineTrigger({ startingWith: "返下相举收分打复评点纠关加字【[", endingWith: "】]" });

// the page's buttons; a site words them in many ways ("打印本页", "关闭窗口", "字体:大 中 小" — its letter spacing gone)
const ACTION =
  "打印(?:本页|此页|本文|文章|页面)?|关闭(?:窗口|本页|页面)?|返回(?:顶部|首页|列表|上一页)?|(?:加入|添加到)?收藏(?:本页|本文)?|" +
  "(?:字体|字号)[:：]?大中小|大中小|分享(?:到)?|推荐给(?:好友|朋友)|告诉好友|(?:发表|查看|我要)?评论|保存(?:本页)?|下载|复制(?:链接|本页网址)?|纠错|举报|点赞|相关";
/** a button in brackets, as a site prints it beside the title or under the text: "【打印本页】", "[关闭窗口]" */
const BUTTON = `(?:【[ ]*(?:${ACTION})[ ]*】|\\[[ ]*(?:${ACTION})[ ]*\\])`;
/** the buttons that end a line after its text (where a site puts them beside the title) */
const TRAILING = new RegExp(`(?:[ |/·]*${BUTTON})+[ |/·]*$`, "u");
/** a row of buttons: bracketed ones with separators, or two bare ones ("返回 下载 相关 举报") */
const ROW = new RegExp(`^(?:(?:【(?:${ACTION})】|\\[(?:${ACTION})\\])[ |/·]*)+$|^(?:(?:${ACTION})[ |/·]*){2,}$`, "u");
/** one bare button alone on its line, worded as no plan line is */
const LONE = /^(?:打印本页|打印此页|关闭窗口|关闭本页|返回顶部|加入收藏|收藏本页|分享到[:：]?)$/u;

/**
 * Page buttons: a row of them alone on a line ("返回 下载 相关 举报", "【打印本页】 【关闭窗口】", "【字体:大中小】"),
 * and bracketed ones ending a line after its text ("学校工作计划 【字体:大中小】【打印】【关闭】" keeps its title).
 * In brackets they are the page's, never a plan's ("【重点】" stays: no button word; "【分享】交流心得" stays: text follows).
 */
export const pageActions: CleanRule = {
  id: "page-actions",
  find: (text) => {
    const edits: Edit[] = [];
    for (const line of linesWhere(text, TRIGGER)) {
      if (line.end - line.start > 400) continue;
      if (line.trimmed.length <= 80 && (ROW.test(line.trimmed) || LONE.test(line.trimmed))) {
        edits.push(removeLine(text, line, "page-actions"));
        continue;
      }
      const m = TRAILING.exec(line.trimmed);
      if (m !== null) edits.push({ start: line.trimmedStart + m.index, end: line.trimmedStart + line.trimmed.length, replacement: "", rule: "page-actions" });
    }
    return edits;
  },
};
