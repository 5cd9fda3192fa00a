import { describe, expect, it } from "vitest";
import { rule } from "../../../src/review/rules/stale-year.js";
import { datePlan } from "./_date-plan.js";

const messages = (text: string, anchor?: Parameters<typeof datePlan>[1]): string[] =>
  rule.check({ plan: datePlan(text, anchor) }).map((f) => f.message);

describe("stale-year", () => {
  it("runs its own examples", () => {
    for (const ok of rule.examples.ok) expect(messages(ok)).toEqual([]);
    for (const notOk of rule.examples.notOk) expect(messages(notOk.input)).toEqual(notOk.expected);
  });

  it("2020年 in a 2023 plan → flagged with the plan's period", () => {
    const found = rule.check({ plan: datePlan("2023年学校工作计划\n力争2020年完成课题结题。") });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 14, end: 19, actual: "2020年" });
  });

  it("2020年9月完成 in a 2023 plan (a dated item) → flagged; 2022年 (last year, a mention) → not", () => {
    expect(messages("2023年学校工作计划\n2020年9月完成结题。对照2022年中考成绩。")).toEqual([
      "Found 2020年9月 in a plan for 2023, expected dates within 2023-01-01..2023-12-31",
    ]);
  });

  it("an autumn plan: 2021年1月29日 is inside, 2021年3月1日 is outside", () => {
    expect(messages("2020年秋季学期计划\n2021年1月29日学生离校。2021年3月1日上课。")).toEqual([
      "Found 2021年3月1日 in a plan for autumn 2020, expected dates within 2020-09-01..2021-01-31",
    ]);
  });

  it("the 红头 issue date within a year of the period is skipped; two years off it is not", () => {
    expect(messages("2020年秋季工作要点\n江油市教育和体育局2020年8月20日\n一、工作")).toEqual([]);
    expect(messages("2020年秋季工作要点\n江油市教育和体育局2018年8月20日\n一、工作")).toHaveLength(1);
  });

  it("placeholders, relative dates and plans without a year give nothing", () => {
    expect(messages("2023年学校工作计划\n20xx年完成。12月底前完成。本学期开展。")).toEqual([]);
    expect(messages("学校工作计划\n2020年完成。")).toEqual([]);
  });
  it("a year in a cited title 《…》 is the document's, not the plan's: not flagged", () => {
    expect(messages("2025年学校工作计划\n落实《义务教育课程方案（2022年版）》和《2019年全县教育工作要点》。")).toEqual([]);
    // outside the marks the same year is still flagged
    expect(messages("2025年学校工作计划\n落实《课程方案》，力争2019年完成结题。")).toHaveLength(1);
  });

  it("last school year named as a whole (2022-2023学年) is a mention like last year; a term of it is a dated item", () => {
    expect(messages("2023年秋季学期学校工作计划\n结合我校2022-2023学年工作实际。")).toEqual([]);
    expect(messages("2023年秋季学期学校工作计划\n2022—2023学年度第二学期完成结题。")).toHaveLength(1);
    expect(messages("2023年秋季学期学校工作计划\n总结2020-2021学年工作。")).toHaveLength(1);
  });

  it("a whole year after the period is a long-range goal (到2025年建成), not an old plan's year", () => {
    expect(messages("2023年学校工作计划\n到2025年建成市级示范校。力争2026年前通过验收。")).toEqual([]);
    // a dated item after the period still is
    expect(messages("2023年学校工作计划\n2025年3月完成结题。")).toHaveLength(1);
  });
});
