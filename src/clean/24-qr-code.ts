import { linesWhere, lineTrigger, removeLine } from "./_lines.js";
import type { CleanRule, Edit } from "./_rule.js";

// the prompt opens its line, 二维码 ends its line: edge chars, which cost less than words (see lineTrigger)
const TRIGGER = lineTrigger({ startingWith: "手微扫", endingWith: "码" });
/** the prompt beside a page's QR code: "扫一扫在手机打开当前页", "手机扫一扫" */
const SCAN_PROMPT = /^(?:手机|微信)?扫一扫(?:[,，]?(?:在|用)?手机(?:上)?(?:打开|阅读|浏览|查看)(?:当前页|本页|本文|文章)?|分享(?:到朋友圈)?)?$/u;

/** "二维码" alone on a line or left after a title ("《…工作要点》 二维码"), and its "扫一扫在手机打开当前页" prompt. */
export const qrCode: CleanRule = {
  id: "qr-code",
  find: (text) => {
    const edits: Edit[] = [];
    for (const line of linesWhere(text, TRIGGER)) {
      if (SCAN_PROMPT.test(line.trimmed)) {
        edits.push(removeLine(text, line, "qr-code"));
        continue;
      }
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
