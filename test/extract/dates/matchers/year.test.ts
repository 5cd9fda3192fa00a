import { describe, expect, it } from "vitest";
import { dates, only, triples } from "../_helpers.js";

describe("dates/year", () => {
  it("2022年 / 2020年度 → the calendar year", () => {
    expect(triples("2022年", {})).toEqual([["2022年", "2022-01-01", "2022-12-31"]]);
    expect(only("2020年度", {}).grain).toBe("year");
  });

  it("2020年底 → December 2020; 2020—2022年 → three years", () => {
    expect(triples("2020年底", {})).toEqual([["2020年底", "2020-12-01", "2020-12-31"]]);
    expect(triples("2020—2022年", {})).toEqual([["2020—2022年", "2020-01-01", "2022-12-31"]]);
  });

  it("〔2020〕73号, 2020级 and 第23届 are not dates", () => {
    expect(dates("江教体发〔2020〕73号", {})).toEqual([]);
    expect(dates("2020级新生", {})).toEqual([]);
    expect(dates("第23届运动会", {})).toEqual([]);
  });

  it("20xx年度 → placeholder", () => {
    const d = only("20xx年度", {});
    expect([d.text, d.placeholder, d.from]).toEqual(["20xx年度", true, null]);
  });
});

describe("dates/year-range", () => {
  it("三年发展规划(2021-2023) → 2021-01-01..2023-12-31", () => {
    expect(triples("三年发展规划(2021-2023)", {})).toEqual([["2021-2023", "2021-01-01", "2023-12-31"]]);
  });

  it("2020-2021学年 stays a school year; 2020-2045 (too far apart) and 0816-2020-2021 are not year runs", () => {
    expect(dates("2020-2021学年", {}).map((d) => d.matcher)).toEqual(["dates/school-year"]);
    expect(dates("2020-2045", {})).toEqual([]);
    expect(dates("0816-2020-2021", {})).toEqual([]);
  });
});
