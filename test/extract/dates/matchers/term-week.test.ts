import { describe, expect, it } from "vitest";
import { dates, SPRING_2022, triples } from "../_helpers.js";

describe("dates/term-week", () => {
  it("第3周 / 第七周 / 第1-2周 of autumn 2020 (week 1 = Aug 31 – Sep 6)", () => {
    expect(triples("第3周、第七周、第1-2周")).toEqual([
      ["第3周", "2020-09-14", "2020-09-20"],
      ["第七周", "2020-10-12", "2020-10-18"],
      ["第1-2周", "2020-08-31", "2020-09-13"],
    ]);
  });

  it("spring 2022 starts 2022-02-01 (a Tuesday): 第1周 = Jan 31 – Feb 6", () => {
    expect(triples("第1周", { anchor: SPRING_2022 })).toEqual([["第1周", "2022-01-31", "2022-02-06"]]);
  });

  it("第十周年 (an anniversary) is not a week", () => {
    expect(dates("第十周年")).toEqual([]);
  });
});
