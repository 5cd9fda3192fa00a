import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ startingWith: "亲", containing: ["超出免费预览范围"] });

/** "亲,该文档总共9页,到这儿已超出免费预览范围,如果喜欢就下载吧!" */
export const previewLimit: CleanRule = {
  id: "preview-limit",
  find: (text) =>
    findLines(
      text,
      "preview-limit",
      200,
      (line) => /^亲[,，]?\s*该文档总共/u.test(line) || line.includes("超出免费预览范围"),
      TRIGGER,
    ),
};
