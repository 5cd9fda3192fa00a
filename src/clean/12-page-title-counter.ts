import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ containing: ["_第"] });

/** "某县教研室…工作计划_第1页": the page caption of a document viewer. */
export const pageTitleCounter: CleanRule = {
  id: "page-title-counter",
  find: (text) => findLines(text, "page-title-counter", 200, (line) => /_第\d{1,5}页$/u.test(line), TRIGGER),
};
