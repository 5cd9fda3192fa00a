import type { Placeholder } from "../../types.js";
import type { Rule } from "../rule.js";

/**
 * What the placeholder stands for, for the message: "××年级" is a grade though the detector reads ××年 as a
 * year; "X月X日" is a date (kind "other").
 */
function standsFor(placeholder: Placeholder, text: string): string {
  if (placeholder.kind === "year") return text.startsWith("年级", placeholder.end) ? "grade" : "year";
  if (placeholder.kind === "other" && placeholder.text.includes("月")) return "date";
  return "name";
}

/**
 * placeholder-left: a template placeholder ("20xx年", "XX县", "XXXX小学", "××") left in the plan.
 * A plan copied from a 范文 and not filled in is the most common reason a reviewer sends one back.
 */
export const rule: Rule = {
  id: "placeholder-left",
  severity: "warning",
  description: "Template placeholders (20xx年, XX县, ××) left in the plan",
  check: ({ plan }) =>
    plan.placeholders.map((placeholder) => ({
      start: placeholder.start,
      end: placeholder.end,
      message: `Found template placeholder “${placeholder.text}”, expected the real ${standsFor(placeholder, plan.text)}`,
      actual: placeholder.text,
    })),
  examples: {
    ok: ["2022年学校工作计划\n一、指导思想\n坚持立德树人。"],
    notOk: [
      {
        name: "year placeholder",
        input: "20xx年学校工作计划\n一、指导思想\n坚持立德树人。",
        expected: ["Found template placeholder “20xx”, expected the real year"],
      },
    ],
  },
};
