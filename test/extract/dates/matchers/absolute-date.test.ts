import { describe, expect, it } from "vitest";
import { AUTUMN_2020, dates, only, triples } from "../_helpers.js";

describe("dates/absolute-date", () => {
  it("2021年1月29日 → that day, span first", () => {
    const d = only("于2021年1月29日放假", {});
    expect([d.start, d.end, d.text, d.from, d.to, d.grain, d.matcher]).toEqual([1, 11, "2021年1月29日", "2021-01-29", "2021-01-29", "day", "dates/absolute-date"]);
  });

  it("二〇二〇年九月一日 (Chinese digits) → 2020-09-01", () => {
    expect(triples("二〇二〇年九月一日", {})).toEqual([["二〇二〇年九月一日", "2020-09-01", "2020-09-01"]]);
  });

  it("9月1号 in an autumn-2020 plan → 2020-09-01; 1月8日 → 2021-01-08", () => {
    expect(triples("9月1号开学,1月8日考试")).toEqual([
      ["9月1号", "2020-09-01", "2020-09-01"],
      ["1月8日", "2021-01-08", "2021-01-08"],
    ]);
  });

  it("9月28日至10月8日 → one range", () => {
    expect(triples("9月28日至10月8日")).toEqual([["9月28日至10月8日", "2020-09-28", "2020-10-08"]]);
  });

  it("2月30日 names no day → kept with from/to null", () => {
    expect(triples("2月30日", {anchor: AUTUMN_2020})).toEqual([["2月30日", null, null]]);
  });

  it("9月1次 is not a day (a count follows)", () => {
    expect(dates("9月1次").map((d) => d.text)).toEqual(["9月"]);
  });

  it("a month-day without year and without anchor/reference → null", () => {
    expect(triples("10月13日", {})).toEqual([["10月13日", null, null]]);
  });
});

describe("dates/absolute-date short years", () => {
  it("15年3月2日 → 2015-03-02; 98年4月 → April 1998; 零七年八月二十九号 → 2007-08-29", () => {
    expect(triples("15年3月2日", {})).toEqual([["15年3月2日", "2015-03-02", "2015-03-02"]]);
    expect(triples("98年4月", {})).toEqual([["98年4月", "1998-04-01", "1998-04-30"]]);
    expect(triples("零七年八月二十九号", {})).toEqual([["零七年八月二十九号", "2007-08-29", "2007-08-29"]]);
  });

  it("a two-digit year needs a month after it: 近15年 and 一二年级 are not dates", () => {
    expect(dates("近15年来,一二年级", {})).toEqual([]);
  });
});
