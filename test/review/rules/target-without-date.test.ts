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
  it("a target in a 行事历 entry is dated by its month, even in another clause or line", () => {
    const input =
      "2023年秋季学期教研组工作计划\n一、行事历\n9月份：\n1.制定教研组计划\n2.组织集体备课2次\n" +
      "10月份：青年教师赛课，评出一等奖3名。\n11月份：期中质量分析，撰写分析报告1份。";
    expect(messages(input)).toEqual([]);
  });
  it("a sentence opened by a bare time clause (本学期， 开学初， 从本学期起，) dates the whole sentence", () => {
    const input =
      "2023年秋季学期工作计划\n一、工作措施\n1.本学期，每位教师撰写教学反思3篇以上。\n" +
      "2.开学初，各教研组制定计划，组织集体备课2次。\n（3）从本学期起，每位教师撰写论文1篇。\n4.在国庆节前，完成家访100户。";
    expect(messages(input)).toEqual([]);
  });
  it("a leading clause that does more than name a time does not date the next clause", () => {
    // 9月底前 is the deadline of 完成方案; the 检查 may come later
    expect(messages("2020年秋季工作计划\n一、措施\n9月底前完成方案，完成一次检查。")).toHaveLength(1);
    // a time clause ends at 。 and ；: the next sentence is not dated by it
    expect(messages("2020年秋季工作计划\n一、措施\n本学期，制定计划；组织讲座两次以上。")).toHaveLength(1);
  });
});
