import { describe, expect, it } from "vitest";
import { dates, triples } from "../_helpers.js";

describe("dates/season-term", () => {
  it("2020年秋 / 2020年秋季 / 2020秋季学期 → autumn term", () => {
    for (const t of ["2020年秋", "2020年秋季", "2020秋季学期"]) expect(triples(t, {})).toEqual([[t, "2020-09-01", "2021-01-31"]]);
  });

  it("2021年春季学期 → spring term 2021", () => {
    expect(triples("2021年春季学期", {})).toEqual([["2021年春季学期", "2021-02-01", "2021-07-31"]]);
  });

  it("春季学期 in an autumn-2020 plan → the spring of its school year (2021)", () => {
    expect(triples("春季学期", { anchor: { year: 2020, term: "autumn" } })).toEqual([["春季学期", "2021-02-01", "2021-07-31"]]);
  });

  it("2020年春节 is a festival, not the spring term", () => {
    expect(dates("2020年春节", {}).map((d) => d.matcher)).not.toContain("dates/season-term");
  });

  it("20xx年秋季 → placeholder", () => {
    expect(dates("20xx年秋季", {})[0]).toMatchObject({ text: "20xx年秋季", placeholder: true, from: null });
  });

  it("2020年秋期 (Sichuan's 秋期) quotes its 期; 秋学期 / 春学期 are the terms of the plan's school year; 青春期, 中秋期间 are not", () => {
    expect(triples("2020年秋期教研工作计划", {})).toEqual([["2020年秋期", "2020-09-01", "2021-01-31"]]);
    expect(triples("春学期开展活动", { anchor: { year: 2020, term: "autumn" } })).toEqual([["春学期", "2021-02-01", "2021-07-31"]]);
    // 中秋 is the Mid-Autumn festival (dates/festival), not a term
    expect(triples("青春期教育,中秋期间", { anchor: { year: 2020, term: "autumn" } })).toEqual([["中秋", "2020-10-01", "2020-10-01"]]);
  });

  it("明年春季 / 今年秋季学期 are the terms of that year (明年春季 in a 2022 plan was 明年 = all of 2023; now spring 2023)", () => {
    expect(triples("明年春季全面推开", { anchor: { year: 2022, term: "year" } })).toEqual([["明年春季", "2023-02-01", "2023-07-31"]]);
    expect(triples("今年秋季学期", { anchor: { year: 2022, term: "year" } })).toEqual([["今年秋季学期", "2022-09-01", "2023-01-31"]]);
    // 今年春节 is the festival of that year (dates/festival), not the spring term
    expect(triples("今年春节", { anchor: { year: 2022, term: "year" } })).toEqual([["今年春节", "2022-02-01", "2022-02-01"]]);
  });
  it("a point of a named term: 2020年秋季学期初 → Sep 2020, 2021年春季学期期末 → Jul 2021, 秋季学期中期 → Nov; not 初一 (a grade)", () => {
    expect(triples("2020年秋季学期初")).toEqual([["2020年秋季学期初", "2020-09-01", "2020-09-30"]]);
    expect(triples("2021年春季学期期末考试")).toEqual([["2021年春季学期期末", "2021-07-01", "2021-07-31"]]);
    expect(triples("秋季学期中期")).toEqual([["秋季学期中期", "2020-11-01", "2020-11-30"]]);
    expect(triples("今年秋季学期初", { anchor: { year: 2022, term: "year" } })).toEqual([["今年秋季学期初", "2022-09-01", "2022-09-30"]]);
    expect(triples("秋季学期初一年级")).toEqual([["秋季学期", "2020-09-01", "2021-01-31"]]);
  });

  it("in a year plan, 春季学期 / 秋季学期 are the terms of its calendar year (2022 plan: 春季学期 was null, now 2022-02-01..07-31)", () => {
    const anchor = { year: 2022, term: "year" } as const;
    expect(triples("春季学期，秋季学期初", { anchor })).toEqual([
      ["春季学期", "2022-02-01", "2022-07-31"],
      ["秋季学期初", "2022-09-01", "2022-09-30"],
    ]);
    expect(triples("秋学期", { anchor })).toEqual([["秋学期", "2022-09-01", "2023-01-31"]]);
  });
});
