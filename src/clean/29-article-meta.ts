import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

// fields a web article shows above or below its text; one of them opens the line
const FIELD = "(?:本文|文章)?来源|责任编辑|编辑|作者|发布(?:时间|日期|者|人)|更新(?:时间|日期)|点击(?:次数|数|量)?|浏览(?:次数|量)?|阅读(?:次数|量)|访问量";
/** fields no plan line opens with: alone, they are enough */
const SURE_FIELD = /^[【\[]?(?:(?:本文|文章)来源|责任编辑|点击(?:次数|数|量)|浏览(?:次数|量)|阅读(?:次数|量)|更新(?:时间|日期)|发布(?:时间|日期|者))\s*[:：]/u;
// a site may set each field in brackets: "【发布时间：2021-03-01】【来源：教务处】"
const OPENING_FIELD = new RegExp(`^[【\\[]?(?:${FIELD})\\s*[:：]`, "u");
const LATER_FIELD = new RegExp(`(?:\\s|[】\\]]\\s*[【\\[])(?:${FIELD})\\s*[:：]`, "u");

const TRIGGER = lineTrigger({ startingWith: "本文来责编作发更点浏阅访【[", containing: ["侵权"] });

/**
 * "本文来源:https://…", "责任编辑:张三", "点击次数:123 更新时间:2021-03-01", "作者:某某 来源:某某网" (also in brackets,
 * "【发布时间：2021-03-01】【来源：教务处】"); and the
 * site's notice "本文由用户上传,如有侵权请联系删除". The dates they hold are the page's, not the plan's. A line
 * opened by a field a plan line may also open with (来源, 作者, 编辑) goes only with a second field after it.
 */
export const articleMeta: CleanRule = {
  id: "article-meta",
  find: (text) =>
    findLines(
      text,
      "article-meta",
      150,
      (line) =>
        SURE_FIELD.test(line) ||
        (OPENING_FIELD.test(line) && LATER_FIELD.test(line)) ||
        (line.includes("侵权") && /删除|联系/u.test(line) && /本站|本网|网站|用户|上传|转载|文章|版权/u.test(line)),
      TRIGGER,
    ),
};
