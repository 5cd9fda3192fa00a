import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ startingWith: "资" });

/** "资源描述" alone on a line (the label above a 文库 document). */
export const resourceDescription: CleanRule = {
  id: "resource-description",
  find: (text) =>
    findLines(text, "resource-description", 10, (line) => /^资源描述\s*[:：]?$/u.test(line), TRIGGER),
};
