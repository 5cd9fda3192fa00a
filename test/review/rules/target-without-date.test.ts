import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/index.js";
import { rule } from "../../../src/review/rules/target-without-date.js";

const messages = (input: string): string[] =>
  analyse(input, { segment: false }).flatMap((plan) => rule.check({ plan }).map((f) => f.message));

describe("target-without-date", () => {
  it("runs its own examples through analyse", () => {
    for (const ok of rule.examples.ok) expect(messages(ok)).toEqual([]);
    for (const notOk of rule.examples.notOk) expect(messages(notOk.input)).toEqual(notOk.expected);
  });
  it("开展一次评选 with no date → info at the target", () => {
    const input = "2020年秋季工作计划\n一、工作措施\n组织教师开展一次优秀案例评选。";
    const [plan] = analyse(input, { segment: false });
    const found = plan ? rule.check({ plan }) : [];
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ actual: "一次" });
    expect(plan?.text.slice(found[0]?.start, found[0]?.end)).toBe("一次");
  });
  it("a date in the same clause → nothing; in another clause → reported", () => {
    expect(messages("2020年秋季工作计划\n一、措施\n9月底前完成一次检查。")).toEqual([]);
    expect(messages("2020年秋季工作计划\n一、措施\n9月底前完成方案，完成一次检查。")).toHaveLength(1);
  });
  it("a frequency (每周一次) carries its own time frame → nothing", () => {
    expect(messages("2020年秋季工作计划\n一、措施\n每周开展一次集体备课。")).toEqual([]);
  });
});
