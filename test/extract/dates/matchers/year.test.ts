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
