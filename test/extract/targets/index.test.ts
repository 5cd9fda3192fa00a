import { describe, expect, it } from "vitest";
import type { Section, TimeExpression } from "../../../src/types.js";
import { extractTargets, MATCHERS, REFINERS } from "../../../src/extract/targets/index.js";
import { targetsOf } from "./_helpers.js";

const section = (kind: Section["kind"], start: number, end: number, title: string, children: Section[] = []): Section => ({
  kind, title, start, end, titleSpan: { start, end: start + title.length }, level: 1, marker: "", children,
});
const date = (text: string, source: string, deadline: boolean): TimeExpression => {
  const start = source.indexOf(text);
  return { text, start, end: start + text.length, from: null, to: null, deadline, grain: "month", placeholder: false, matcher: "dates/test" };
};

describe("extractTargets", () => {
  it("fills every field: 每位教师每学期不少于15篇 → subject, per, sentence, matcher", () => {
    const text = "开展读书活动。每位教师每学期撰写心得不少于15篇。";
    const [t] = targetsOf(text);
    expect(t).toEqual({
      text: "不少于15篇", start: text.indexOf("不少于"), end: text.indexOf("篇") + 1,
      value: 15, max: null, unit: "篇", comparator: ">=", per: "学期", perCount: 1, approximate: false,
      sentence: { start: 7, end: text.length }, sectionPath: [], subject: "每位教师", deadline: null,
      matcher: "targets/plain-count",
    });
  });
  it("sectionPath lists the titles that hold the target, outermost first", () => {
    const text = "二、工作措施\n(一)教研\n每月开展一次教研活动。";
    const inner = section("measures", text.indexOf("(一)"), text.length, "(一)教研");
    const outer = section("measures", 0, text.length, "二、工作措施", [inner]);
    expect(targetsOf(text, { sections: [outer] })[0]?.sectionPath).toEqual(["二、工作措施", "(一)教研"]);
  });
  it("deadline: 12月前开展一次 → the date of the same clause", () => {
    const text = "12月前开展一次德育案例评选，9月完成方案修订。";
    const dates = [date("12月前", text, true), date("9月", text, false)];
    const [t] = targetsOf(text, { dates });
    expect(t?.deadline).toEqual({ text: "12月前", start: 0, end: 4 });
  });
  it("deadline: a date in another clause is not used", () => {
    const text = "9月完成方案修订，开展一次评选。";
    expect(targetsOf(text, { dates: [date("9月", text, false)] })[0]?.deadline).toBeNull();
  });
  it.each([
    ["教研组长每月听课不少于4节", "教研组长"],
    ["要求各校每周一次登录平台", "各校"],
    ["青年教师每学期上汇报课一节", "青年教师"],
    ["开展评选一次", null],
  ] as const)("subject: %s → %s", (text, subject) => {
    expect(targetsOf(text)[0]?.subject ?? null).toBe(subject);
  });
  it("output sorted by start, then end, and offsets hold the text", () => {
    const text = "每周一次；每月不少于2节，97%以上；论文1-2篇；两套试卷。";
    const targets = targetsOf(text);
    expect(targets.map((t) => t.text)).toEqual(["每周一次", "每月不少于2节", "97%以上", "1-2篇", "两套"]);
  });
  it("does not mutate its options", () => {
    const text = "每月开展一次";
    const sections = Object.freeze([Object.freeze(section("measures", 0, text.length, "措施"))]);
    const dates = Object.freeze([] as TimeExpression[]);
    expect(() => extractTargets(text, { sections, dates })).not.toThrow();
  });
  it("raw text with full-width digits: 每学期不少于１５篇，合格率９７％以上 → 15 and 97", () => {
    expect(targetsOf("每学期不少于１５篇，合格率９７％以上").map((t) => [t.text, t.value])).toEqual([["每学期不少于１５篇", 15], ["９７％以上", 97]]);
  });
  it("empty text → []", () => {
    expect(extractTargets("")).toEqual([]);
  });
  it("the pipeline is an ordered list of matchers and refiners", () => {
    expect(MATCHERS.map((m) => m.name)).toEqual(["coordinated", "interval-frequency", "range", "percent", "fraction", "half", "plain-count"]);
    expect(REFINERS).toHaveLength(6);
  });
});

describe("extractTargets: linear time on hostile input", () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ["1 MB line without punctuation", "教师要积极参加各级各类教研活动认真做好听课评课记录并撰写教学反思每学期不少于两篇".repeat(25_000)],
    ["100,000 × 一、", "一、".repeat(100_000)],
    ["100,000 × 不少于", "不少于".repeat(100_000)],
    ["1 MB of digits", "7".repeat(1_000_000)],
    ["50,000 × (一)", "(一)".repeat(50_000)],
    ["20,000 × 每周两次，", "每周两次，".repeat(20_000)],
  ];
  it.each(cases)("%s finishes", (_name, text) => {
    const t0 = performance.now();
    const targets = extractTargets(text);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(Array.isArray(targets)).toBe(true);
  });
});
