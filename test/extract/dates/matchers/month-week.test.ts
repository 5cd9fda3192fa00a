import { describe, expect, it } from "vitest";
import { triples } from "../_helpers.js";

describe("dates/month-week", () => {
  it("9月第二周 (autumn 2020): week 1 starts on the month's first Monday (Sep 7)", () => {
    expect(triples("9月第二周")).toEqual([["9月第二周", "2020-09-14", "2020-09-20"]]);
  });

  it("五月第一周 2021 → May 3–9; 本月第2周 with a reference day", () => {
    expect(triples("2021年五月第一周", {})).toEqual([["2021年五月第一周", "2021-05-03", "2021-05-09"]]);
    expect(triples("本月第2周", { reference: "2021-06-14" })).toEqual([["本月第2周", "2021-06-14", "2021-06-20"]]);
  });
});
