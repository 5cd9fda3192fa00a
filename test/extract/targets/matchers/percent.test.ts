import { describe, expect, it } from "vitest";
import { percent } from "../../../../src/extract/targets/matchers/percent.js";
import { quoteOf, run } from "./_run.js";
import { brief, targetsOf } from "../_helpers.js";

describe("matchers/percent", () => {
  it.each([
    ["百分之九十五", ["百分之九十五", 95, null, "%"]],
    ["97%", ["97%", 97, null, "%"]],
    ["95％", ["95％", 95, null, "%"]],
    ["97.5%", ["97.5%", 97.5, null, "%"]],
    ["90%-95%", ["90%-95%", 90, 95, "%"]],
    ["百分之八十到九十", ["百分之八十到九十", 80, 90, "%"]],
    ["合格率百分百", ["百分百", 100, null, "%"]],
  ] as const)("%s → %j", (text, expected) => {
    expect(run(percent, text).map(quoteOf(text))).toEqual([expected]);
  });
  it("学生体质健康测试合格率百分百 → 100 % through the pipeline", () => {
    expect(targetsOf("学生体质健康测试合格率百分百").map(brief)).toEqual([["百分百", 100, null, "%", "=", null]]);
  });
  it("百分之 with no number → nothing", () => {
    expect(run(percent, "百分之")).toEqual([]);
  });
});
