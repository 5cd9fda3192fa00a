import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/index.js";
import { rule } from "../../../src/review/rules/goal-without-target.js";
import type { PlanResult, Section } from "../../../src/types.js";

const messages = (input: string): string[] =>
  analyse(input, { segment: false }).flatMap((plan) => rule.check({ plan }).map((f) => f.message));

const goals = (start: number, end: number, title: string, children: Section[] = []): Section => ({
  kind: "goals", title, start, end, titleSpan: { start, end: start + title.length }, level: 1, marker: "二、", children,
});
const plan = (text: string, sections: Section[], targetAt: number | null): PlanResult => ({
  title: "", anchor: { year: null, term: "unknown" }, text, sections, dates: [], calendar: [], coverage: null,
  findings: [], keywords: [], placeholders: [],
  targets: targetAt === null ? [] : [{
    text: "3次", start: targetAt, end: targetAt + 2, value: 3, max: null, unit: "次", comparator: "=", per: null,
    perCount: null, approximate: false, sentence: { start: targetAt, end: targetAt + 2 }, sectionPath: [],
    subject: null, deadline: null, matcher: "targets/plain-count",
  }],
});

describe("goal-without-target", () => {
  it("runs its own examples through analyse", () => {
    for (const ok of rule.examples.ok) expect(messages(ok)).toEqual([]);
    for (const notOk of rule.examples.notOk) expect(messages(notOk.input)).toEqual(notOk.expected);
  });
  it("a goals section without a target → one warning at its title, with the bare title in the message", () => {
    const text = "二、工作目标\n提高质量。";
    const found = rule.check({ plan: plan(text, [goals(0, text.length, "二、工作目标")], null) });
    expect(found).toEqual([{
      start: 0, end: 6, actual: "二、工作目标",
      message: "Found a 工作目标 section with no measurable target, expected at least one quantity such as 不少于N次 or N%",
    }]);
  });
  it("a target inside the goals section → nothing", () => {
    const text = "二、工作目标\n开展3次。";
    expect(rule.check({ plan: plan(text, [goals(0, text.length, "二、工作目标")], text.indexOf("3次")) })).toEqual([]);
  });
  it("a target outside the goals section does not count", () => {
    const text = "二、工作目标\n提高质量。三、措施\n开展3次。";
    const section = goals(0, text.indexOf("三、"), "二、工作目标");
    expect(rule.check({ plan: plan(text, [section], text.indexOf("3次")) })).toHaveLength(1);
  });
  it("a nested goals section is checked too", () => {
    const text = "一、总体\n(一)工作目标\n提高质量。";
    const inner = { ...goals(5, text.length, "(一)工作目标"), marker: "(一)" };
    const outer: Section = { ...goals(0, text.length, "一、总体", [inner]), kind: "other", marker: "一、" };
    expect(rule.check({ plan: plan(text, [outer], null) }).map((f) => f.actual)).toEqual(["(一)工作目标"]);
  });
  it("a plan with no goals section → nothing", () => {
    expect(rule.check({ plan: plan("一、措施\n提高。", [], null) })).toEqual([]);
  });
});
