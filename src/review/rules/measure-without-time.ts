import type { Section } from "../../types.js";
import type { Rule, RuleFinding } from "../rule.js";
import { someWithin } from "./_some-within.js";

/**
 * measure-without-time: a top-level measures section with no time expression inside it, in a plan
 * with no 行事历. Without either, nobody can tell when the work is due.
 */
export const rule: Rule = {
  id: "measure-without-time",
  severity: "info",
  description: "A measures section with no date, in a plan without a calendar",
  check: ({ plan }) => {
    if (plan.calendar.length > 0 || plan.sections.some((section) => section.kind === "calendar")) return [];
    const findings: RuleFinding[] = [];
    let holdsDate: ((section: Section) => boolean) | null = null;
    for (const section of plan.sections) {
      if (section.kind !== "measures") continue;
      holdsDate ??= someWithin(plan.dates);
      if (holdsDate(section)) continue;
      findings.push({
        start: section.titleSpan.start,
        end: section.titleSpan.end,
        message: `Found measures “${section.title}” with no time, expected a date or term for the work`,
      });
    }
    return findings;
  },
  examples: {
    ok: ["2022年工作计划\n一、工作措施\n12月底前完成课题结题。\n二、工作目标\n听课不少于15节。"],
    notOk: [
      {
        name: "no date anywhere",
        input: "2022年工作计划\n一、工作措施\n扎实开展集体备课。\n二、工作目标\n听课不少于15节。",
        expected: ["Found measures “一、工作措施” with no time, expected a date or term for the work"],
      },
    ],
  },
};
