import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ startingWith: "展点阅" });

/** "展开阅读全文" (the button under a truncated document). */
export const readMore: CleanRule = {
  id: "read-more",
  find: (text) =>
    findLines(
      text,
      "read-more",
      20,
      (line) => /^(?:展开阅读全文|点击阅读全文|展开全文|阅读全文)[ >》↓…]*$/u.test(line),
      TRIGGER,
    ),
};
