import { linesWhere, lineTrigger, removeLine } from "./_lines.js";
import type { CleanRule, Edit } from "./_rule.js";

const TRIGGER = lineTrigger({ containing: ["二维码"] });

/** "二维码" alone on a line or left after a title ("《…工作要点》 二维码"). */
export const qrCode: CleanRule = {
  id: "qr-code",
  find: (text) => {
    const edits: Edit[] = [];
    for (const line of linesWhere(text, TRIGGER)) {
      if (!line.trimmed.endsWith("二维码")) continue;
      if (/^(?:扫描|扫码|扫一扫|手机扫描)?二维码$/u.test(line.trimmed)) {
        edits.push(removeLine(text, line, "qr-code"));
        continue;
      }
      const m = /[ ]+二维码[ ]*$/u.exec(text.slice(line.start, line.end));
      if (m) edits.push({ start: line.start + m.index, end: line.end, replacement: "", rule: "qr-code" });
    }
    return edits;
  },
};
