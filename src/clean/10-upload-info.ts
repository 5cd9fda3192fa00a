import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ startingWith: "上", containing: ["文档编号"] });

/** "上传人:景星 文档编号:156072405 上传时间:2020-12-14 格式:DOCX 页数:9 大小:19.46KB" */
export const uploadInfo: CleanRule = {
  id: "upload-info",
  find: (text) =>
    findLines(
      text,
      "upload-info",
      300,
      (line) => /^上传人\s*[:：]/u.test(line) || (/文档编号\s*[:：]\s*\d/u.test(line) && /上传时间|页数|格式\s*[:：]|大小\s*[:：]/u.test(line)),
      TRIGGER,
    ),
};
