import { findLines, lineTrigger } from "./_lines.js";
import type { CleanRule } from "./_rule.js";

const TRIGGER = lineTrigger({ startingWith: "下以" });

/** "下面是小编为大家整理的2023年教科室工作计划主题(十五篇),供大家参考。" */
export const editorNote: CleanRule = {
  id: "editor-note",
  find: (text) =>
    findLines(text, "editor-note", 300, (line) => /^(?:下面|以下)(?:是|为|由)?小编/u.test(line), TRIGGER),
};
