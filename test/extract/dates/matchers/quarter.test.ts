import { describe, expect, it } from "vitest";
import { triples, YEAR_2022 } from "../_helpers.js";

describe("dates/quarter", () => {
  it("第三季度 of a 2022 plan; 2013年一季度末 → March 2013", () => {
    expect(triples("第三季度", { anchor: { year: 2022, term: "year" } })).toEqual([["第三季度", "2022-07-01", "2022-09-30"]]);
    expect(triples("2013年一季度末", {})).toEqual([["2013年一季度末", "2013-03-01", "2013-03-31"]]);
  });

  it("本季度 / 上个季度 need the reference day", () => {
    expect(triples("本季度、上个季度", { reference: "2021-06-14" })).toEqual([
      ["本季度", "2021-04-01", "2021-06-30"],
      ["上个季度", "2021-01-01", "2021-03-31"],
    ]);
    expect(triples("本季度", {})).toEqual([["本季度", null, null]]);
  });

  it("a run of quarters: 三、四季度 → Jul–Dec (was 四季度 alone), 第一至三季度 → Jan–Sep; 一、三季度 keeps only 三季度", () => {
    expect(triples("三、四季度开展", { anchor: YEAR_2022 })).toEqual([["三、四季度", "2022-07-01", "2022-12-31"]]);
    expect(triples("第一至三季度", { anchor: YEAR_2022 })).toEqual([["第一至三季度", "2022-01-01", "2022-09-30"]]);
    expect(triples("一、三季度", { anchor: YEAR_2022 })).toEqual([["三季度", "2022-07-01", "2022-09-30"]]);
  });
});
