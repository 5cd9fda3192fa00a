import { describe, expect, it } from "vitest";
import { dates, triples } from "../_helpers.js";

describe("dates/festival", () => {
  it("教师节 / 国庆节 in autumn 2020; 元旦 is next January", () => {
    expect(triples("教师节、国庆节、元旦")).toEqual([
      ["教师节", "2020-09-10", "2020-09-10"],
      ["国庆节", "2020-10-01", "2020-10-01"],
      ["元旦", "2021-01-01", "2021-01-01"],
    ]);
  });

  it("六一 is Children's Day but 五一班 (class 5-1) and 十六一 are not", () => {
    expect(triples("庆六一", { anchor: { year: 2022, term: "spring" } })).toEqual([["六一", "2022-06-01", "2022-06-01"]]);
    expect(dates("五一班、十六一")).toEqual([]);
  });
});
