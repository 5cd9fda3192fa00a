import { describe, expect, it } from "vitest";
import { dates, triples } from "../_helpers.js";

describe("dates/dotted-date", () => {
  it("2021.1.29 / 2021-01-29 / 2021/1/29 → 2021-01-29", () => {
    for (const t of ["2021.1.29", "2021-01-29", "2021/1/29"]) expect(triples(t, {})).toEqual([[t, "2021-01-29", "2021-01-29"]]);
  });

  it("2021.09 → September 2021 (two-digit month only)", () => {
    expect(triples("2021.09", {})).toEqual([["2021.09", "2021-09-01", "2021-09-30"]]);
    expect(dates("3.5万元", {})).toEqual([]);
  });

  it("a run of year.month, one-digit months too: 时间：2020.9—2021.1 → 2020-09-01..2021-01-31; reversed runs are not read", () => {
    expect(triples("时间：2020.9—2021.1", {})).toEqual([["2020.9—2021.1", "2020-09-01", "2021-01-31"]]);
    expect(triples("2020.09-2021.07", {})).toEqual([["2020.09-2021.07", "2020-09-01", "2021-07-31"]]);
    expect(dates("2021.1-2020.9", {})).toEqual([]);
  });

  it("2020-2021 is a run of years, not a day; a long digit run is not a date", () => {
    expect(dates("2020-2021", {}).map((d) => d.matcher)).toEqual(["dates/year-range"]);
    expect(dates("156072405", {})).toEqual([]);
  });
});
