import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ containing: ["由会员分享"] });

/** "《…》由会员分享,可在线阅读,更多相关《…》请在金锄头文库上搜索。" */
export const memberShare: CleanRule = {
  id: "member-share",
  find: (text) =>
    findLines(
      text,
      "member-share",
      400,
      (line) => line.includes("由会员分享") && (line.includes("文库") || line.includes("在线阅读") || line.includes("请在")),
      TRIGGER,
    ),
};
