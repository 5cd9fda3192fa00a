import { describe, expect, it } from "vitest";
import { rule } from "../../../src/review/rules/missing-section.js";
import { planOf } from "./_plan.js";

const messages = (text: string, options?: { calendar?: boolean }) => rule.check({ plan: planOf(text, options) }).map((f) => f.message);

describe("missing-section", () => {
  it("a plan with 指导思想, 工作目标, 主要措施 and 行事历 → nothing", () => {
    expect(messages("一、指导思想\n坚持。\n二、工作目标\n提高。\n三、主要措施\n加强。\n四、行事历\n九月份:制定计划。")).toEqual([]);
  });

  it("no 工作目标 → one finding naming goals", () => {
    const findings = rule.check({ plan: planOf("一、指导思想\n坚持。\n二、主要措施\n加强。\n三、行事历\n九月份:制定计划。") });
    expect(findings).toEqual([
      {
        start: 0,
        end: 0,
        message: "Missing 工作目标 (goals) section, expected a heading such as 工作目标, 总体目标 or 主要目标",
        expected: expect.arrayContaining(["工作目标", "目标任务"]),
      },
    ]);
  });

  it("an empty plan → four findings, in the order guiding, goals, measures, calendar", () => {
    expect(messages("没有任何标题的一段话。")).toEqual([
      "Missing 指导思想 (guiding) section, expected a heading such as 指导思想, 总体思路 or 工作思路",
      "Missing 工作目标 (goals) section, expected a heading such as 工作目标, 总体目标 or 主要目标",
      "Missing 具体措施 (measures) section, expected a heading such as 具体措施, 工作措施 or 主要措施",
      "Missing 行事历 (calendar) section, expected a heading such as 行事历, 工作安排 or 月份安排",
    ]);
  });

  it("a nested “工作目标:” label counts (seed 004 style)", () => {
    expect(messages("一、指导思想\n坚持。\n二、主要措施\n(一)提升素养\n工作目标:\n1、落实根本任务。\n三、行事历\n九月:计划。")).toEqual([]);
  });

  it("行事历 entries without a calendar heading count as a calendar", () => {
    const text = "一、指导思想\n坚持。\n二、工作目标\n提高。\n三、主要措施\n加强。\n10月13日组织公开课。";
    expect(messages(text)).toEqual([]);
    expect(messages(text, { calendar: false })).toEqual([
      "Missing 行事历 (calendar) section, expected a heading such as 行事历, 工作安排 or 月份安排",
    ]);
  });
});

describe("missing-section: a heading that names two parts", () => {
  it("一、指导思想与工作目标 is a guiding and a goals section; 二、工作目标和措施 a goals and a measures one", () => {
    expect(messages("一、指导思想与工作目标\n坚持立德树人。\n二、主要措施\n加强。\n三、行事历\n九月份:开学。")).toEqual([]);
    expect(messages("一、指导思想\n坚持。\n二、工作目标和措施\n（一）目标：合格率95%。\n（二）措施：加强常规。\n三、行事历\n九月份:开学。")).toEqual([]);
    expect(messages("一、指导思想\n坚持。\n二、目标与任务\n合格率95%。\n三、主要措施\n加强。\n四、行事历\n九月份:开学。")).toEqual([]);
  });
});
