import type { Rule } from "../rule.js";

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
      message: `Found template placeholder “${placeholder.text}”, expected the real ${placeholder.kind === "year" ? "year" : "name"}`,
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
