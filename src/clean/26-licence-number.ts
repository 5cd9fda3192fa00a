import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ containing: ["ICP", "公网安备", "经营许可证"] });

/** "经营许可证:蜀ICP备13022795号 | 川公网安备 51140202000112号" */
export const licenceNumber: CleanRule = {
  id: "licence-number",
  find: (text) =>
    findLines(
      text,
      "licence-number",
      160,
      (line) => /ICP备\s*\d{4,}|公网安备\s*\d{6,}|ICP证\s*\d{4,}|经营许可证\s*[:：]/u.test(line),
      TRIGGER,
    ),
};
