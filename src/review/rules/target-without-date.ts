import { charSet } from "../../char-table.js";
import type { PlanResult, Span, TimeExpression } from "../../types.js";
import type { Rule, RuleFinding } from "../rule.js";
import { countLess } from "./_count-less.js";
import { inOrderOfStart } from "./_in-order-of-start.js";

/**
 * target-without-date: a measurable target with no time expression in its clause, so nobody can tell
 * when it is due ("开展一次评选" — by when?). "12月前开展一次评选" and "本学期开展一次评选" are fine.
 *
 * A frequency (每周一次, 每学期不少于15篇, 二周一次) carries its own time frame and is not reported.
 * The clause is the stretch between ，；。！？ (and line breaks) around the target. Severity info: a date
 * for the whole section or in the 行事历 may cover it.
 */

const CLAUSE_BREAK = charSet("，,；;。！？!?\n");

/**
 * Whether some date overlaps `from`..`to`: dates sorted by start with the running maximum of their ends, so a
 * lookup is a binary search (a plan with thousands of targets and dates stays near-linear).
 */
function dateOverlap(dates: readonly TimeExpression[]): (from: number, to: number) => boolean {
  const sorted = inOrderOfStart(dates);
  const starts = sorted.map((d) => d.start);
  const maxEnd: number[] = [];
  for (const d of sorted) maxEnd.push(Math.max(d.end, maxEnd.at(-1) ?? -Infinity));
  return (from, to) => {
    const before = countLess(starts, to); // the dates starting before the span ends
    return before > 0 && maxEnd[before - 1]! > from;
  };
}

/** Whether a date overlaps the target's clause: the stretch around it up to a clause break, at most `limit` characters each way. */
function clauseHasDate(text: string, target: Span, overlapsDate: (from: number, to: number) => boolean, limit = 200): boolean {
  let start = target.start;
  while (start > 0 && target.start - start < limit && !CLAUSE_BREAK(text.charCodeAt(start - 1))) start -= 1;
  let end = target.end;
  while (end < text.length && end - target.end < limit && !CLAUSE_BREAK(text.charCodeAt(end))) end += 1;
  return overlapsDate(start, end);
}

function undatedTargets(plan: PlanResult): RuleFinding[] {
  const findings: RuleFinding[] = [];
  // the date index is built for the first target that needs it: many plans have none
  let overlapsDate: ((from: number, to: number) => boolean) | null = null;
  for (const target of plan.targets) {
    if (target.per !== null || target.deadline !== null) continue;
    overlapsDate ??= dateOverlap(plan.dates);
    if (clauseHasDate(plan.text, target, overlapsDate)) continue;
    findings.push({
      start: target.start,
      end: target.end,
      message: `Found target ${target.text} with no date in its clause, expected a time such as 12月底前 or 本学期`,
      actual: target.text,
    });
  }
  return findings;
}

export const rule: Rule = {
  id: "target-without-date",
  severity: "info",
  description: "A measurable target with no time expression in its clause",
  check: ({ plan }) => undatedTargets(plan),
  examples: {
    ok: [
      "2020年秋季工作计划\n一、工作措施\n12月底前开展一次优秀案例评选。本学期组织讲座两次以上。每周开展一次集体备课。",
    ],
    notOk: [
      {
        name: "a count with no time",
        input: "2020年秋季工作计划\n一、工作措施\n12月底前开展一次优秀案例评选。组织讲座两次以上。",
        expected: ["Found target 两次以上 with no date in its clause, expected a time such as 12月底前 or 本学期"],
      },
    ],
  },
};
