import { describe, expect, it } from "vitest";
import { brief, targetsOf } from "../_helpers.js";

describe("refiners/attach-comparator", () => {
  it.each([
    ["不少于3次", ">="], ["至少2次", ">="], ["不低于90%", ">="], ["两次以上", ">="], ["两次及以上", ">="],
    ["超过5篇", ">"], ["多于3人", ">"],
    ["不超过30%", "<="], ["不得超过2小时", "<="], ["30%以下", "<="], ["10%以内", "<="], ["控制在10%", "<="], ["最多3次", "<="],
    ["少于3次", "<"], ["低于5%", "<"],
    ["达到20%", "="], ["两套", "="],
    ["突破500人次", ">"], ["超20篇", ">"], ["不超1小时", "<="], ["不突破90分钟", "<="], ["逾10篇", ">"], ["不下于300人次", ">="],
    ["≥95%", ">="], ["≧3次", ">="], ["≤90分钟", "<="], ["≦5%", "<="], ["<10%", "<"], ["＜10%", "<"], [">3次", ">"], ["＞3次", ">"],
  ] as const)("%s → %s", (text, comparator) => {
    const [t] = targetsOf(`要求${text}。`);
    expect(t?.comparator).toBe(comparator);
  });
  it("至少听4节 → >=, the quote holds the verb", () => {
    expect(targetsOf("每月教务处要按计划至少听4节常态课").map(brief)).toEqual([["至少听4节", 4, null, "节", ">=", "月"]]);
  });
  it.each([
    ["每位教师每学期至少要上好2节公开课", ["每学期至少要上好2节", 2, null, "节", ">=", "学期"]],
    ["每位教师至少要认真听课20节", ["至少要认真听课20节", 20, null, "节", ">=", null]],
    ["每人每学期最多只能请假3天", ["每学期最多只能请假3天", 3, null, "天", "<=", "学期"]],
  ] as const)("a modal and a verb phrase between the adverb and the number: %s → %j", (text, expected) => {
    expect(targetsOf(text).map(brief)).toEqual([expected]);
  });
  it("最多的 is a superlative, not a bound: 得分最多的3个班级 → 3 个 =", () => {
    expect(targetsOf("得分最多的3个班级评为优秀").map((t) => [t.text, t.comparator])).toEqual([["3个", "="]]);
  });
  it("最少有一次 → >=", () => {
    expect(targetsOf("最少有一次").map(brief)).toEqual([["最少有一次", 1, null, "次", ">=", null]]);
  });
  it("合格率≥95%，不合格率≤5% → the sign joins the quote", () => {
    expect(targetsOf("合格率≥95%，不合格率≤5%").map(brief)).toEqual([["≥95%", 95, null, "%", ">=", null], ["≤5%", 5, null, "%", "<=", null]]);
  });
  it.each([
    ["校本研修学时不低于总学时的二分之一", ["不低于总学时的二分之一", 50, null, "%", ">=", null]],
    ["实践课时不少于总课时的10%", ["不少于总课时的10%", 10, null, "%", ">=", null]],
    ["不超过总分的20%", ["不超过总分的20%", 20, null, "%", "<=", null]],
  ] as const)("a proportion names its whole between comparator and number: %s → %j", (text, expected) => {
    expect(targetsOf(text).map(brief)).toEqual([expected]);
  });
  it("the whole-of form is for percentages only: 不少于3次的活动，其中的50% → 50 % =", () => {
    expect(targetsOf("不少于3次的活动，其中的50%").map((t) => [t.text, t.comparator])).toEqual([["不少于3次", ">="], ["50%", "="]]);
  });
  it("不少于3次以上 → the prefix wins, >=", () => {
    expect(targetsOf("不少于3次以上")[0]).toMatchObject({ text: "不少于3次以上", comparator: ">=" });
  });
});
