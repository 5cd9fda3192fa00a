import { describe, expect, it } from "vitest";
import { plainCount } from "../../../../src/extract/targets/matchers/plain-count.js";
import { quoteOf, run } from "./_run.js";

describe("matchers/plain-count", () => {
  it.each([
    ["两套试卷", ["两套", 2, null, "套"]],
    ["完成5000字的学习笔记", ["5000字", 5000, null, "字"]],
    ["上课15周", ["15周", 15, null, "周"]],
    ["听课两人次", ["两人次", 2, null, "人次"]],
    ["提前备两个星期的课", ["两个星期", 2, null, "星期"]],
    ["完成2万字", ["2万字", 20000, null, "字"]],
    ["培训三十课时", ["三十课时", 30, null, "课时"]],
    ["每天锻炼一个小时", ["一个小时", 1, null, "小时"]],
    ["集中培训两个课时", ["两个课时", 2, null, "课时"]],
  ] as const)("%s → %j", (text, expected) => {
    expect(run(plainCount, text).map(quoteOf(text))).toEqual([expected]);
  });
  it("二十余人 → >, approximate", () => {
    expect(run(plainCount, "二十余人")[0]).toMatchObject({ value: 20, comparator: ">", approximate: true });
  });
  it("一二年级 (a digit string) → nothing", () => {
    expect(run(plainCount, "一二年级")).toEqual([]);
  });
  it("2020年 → nothing (年 is not a unit)", () => {
    expect(run(plainCount, "2020年")).toEqual([]);
  });
});
