import type { Section } from "../../types.js";
import type { Rule, RuleFinding } from "../rule.js";
import { someWithin } from "./_some-within.js";

/**
 * goal-without-target: a goals section (工作目标, 总体目标, 目标任务 …) that holds no measurable target.
 *
 * What is this? A goal a reviewer cannot check ("全面提高教育教学质量") is a wish. A goals section should
 * carry at least one quantity the school can be held to: a count, a frequency or a rate
 * ("每学期听课不少于15节", "合格率97%以上").
 *
 * When should I use this? Always; it is a warning, because some plans state their targets under 具体措施
 * instead. Every goals section is checked, nested ones included; a goals section whose sub-sections hold a
 * target is fine.
 */

/** The heading without its numbering: "二、工作目标" → "工作目标". */
function bareTitle(section: Section): string {
  const bare = section.title.slice(section.marker.length).replace(/^[\s:：、.．]+|[\s:：。]+$/gu, "");
  return bare === "" ? section.title : bare;
}

function collectGoals(sections: readonly Section[], into: Section[]): Section[] {
  for (const s of sections) {
    if (s.kind === "goals") into.push(s);
    else collectGoals(s.children, into);
  }
  return into;
}

export const rule: Rule = {
  id: "goal-without-target",
  severity: "warning",
  description: "A goals section (工作目标) with no measurable target in it",
  check: ({ plan }) => {
    const goals = collectGoals(plan.sections, []);
    if (goals.length === 0) return [];
    const holdsTarget = someWithin(plan.targets);
    return goals
      .filter((section) => !holdsTarget(section))
      .map((section): RuleFinding => ({
        start: section.titleSpan.start,
        end: section.titleSpan.end,
        message: `Found a ${bareTitle(section)} section with no measurable target, expected at least one quantity such as 不少于N次 or N%`,
        actual: section.title,
      }));
  },
  examples: {
    ok: [
      "2022年学校工作计划\n一、指导思想\n立德树人。\n二、工作目标\n教师每学期听课不少于15节，学生体质健康合格率97%以上。\n三、工作措施\n扎实开展集体备课。",
    ],
    notOk: [
      {
        name: "goals without a number",
        input: "2022年学校工作计划\n一、指导思想\n立德树人。\n二、工作目标\n全面提高教育教学质量，促进学生全面发展。\n三、工作措施\n每月开展一次教研活动。",
        expected: ["Found a 工作目标 section with no measurable target, expected at least one quantity such as 不少于N次 or N%"],
      },
    ],
  },
};
