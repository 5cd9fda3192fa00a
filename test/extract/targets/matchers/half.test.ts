import { describe, expect, it } from "vitest";
import { half } from "../../../../src/extract/targets/matchers/half.js";
import { brief, targetsOf } from "../_helpers.js";
import { quoteOf, run } from "./_run.js";

describe("matchers/half", () => {
  it.each([
    ["每周练字半小时", ["半小时", 0.5, null, "小时"]],
    ["每天锻炼半个小时", ["半个小时", 0.5, null, "小时"]],
    ["集中培训半天", ["半天", 0.5, null, "天"]],
    ["用半个月时间完成", ["半个月", 0.5, null, "月"]],
    ["每次活动一个半小时", ["一个半小时", 1.5, null, "小时"]],
    ["历时两个半月", ["两个半月", 2.5, null, "月"]],
  ] as const)("%s → %j", (text, expected) => {
    expect(run(half, text).map(quoteOf(text))).toEqual([expected]);
  });
  it.each(["上半月完成", "下半天返校", "一半以上的教师", "半数以上学生", "大半天", "培训两个半天"])("%s → nothing", (text) => {
    expect(run(half, text)).toEqual([]);
  });
});

describe("half through the pipeline", () => {
  it.each([
    ["每天阅读半小时以上", ["半小时以上", 0.5, null, "小时", ">=", "天"]],
    ["每天课外阅读不少于半小时", ["不少于半小时", 0.5, null, "小时", ">=", "天"]],
    ["每次活动一个半小时", ["一个半小时", 1.5, null, "小时", "=", null]],
  ] as const)("%s → %j", (text, expected) => {
    expect(targetsOf(text).map(brief)).toEqual([expected]);
  });
  it("每半月一次 stays a period (半月 after 每 is not a span)", () => {
    expect(targetsOf("每半月一次").map(brief)).toEqual([["每半月一次", 1, null, "次", "=", "月"]]);
  });
});
