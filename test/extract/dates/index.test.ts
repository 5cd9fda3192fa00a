import { afterEach, describe, expect, it, vi } from "vitest";
import { extractDates } from "../../../src/extract/dates/index.js";
import { AUTUMN_2020, dates, SPRING_2022, triples } from "./_helpers.js";
import { expectFastOn, HOSTILE_INPUTS } from "../../helpers/hostile-inputs.js";

const PLAN = [
  "2020—2021学年度(2020年秋)工作要点",
  "本学期计划培训一到两次。12月底前完成论文评选。开学二周后检查教案。",
  "一月份:期末考试,做好寒假安排。第七周开展同课异构。今年3月底和9月底开展活动。",
  "明天下午开会,下周三听课,29日交材料。",
].join("\n");

describe("extractDates", () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it("does not read the clock: 1999, 2040 and a Date.now spy give the same output", () => {
    const options = { anchor: AUTUMN_2020, reference: "2020-10-14" };
    const baseline = extractDates(PLAN, options);
    vi.useFakeTimers();
    for (const when of ["1999-03-04T05:06:07Z", "2040-11-12T13:14:15Z"]) {
      vi.setSystemTime(new Date(when));
      const now = vi.spyOn(Date, "now");
      expect(extractDates(PLAN, options)).toEqual(baseline);
      expect(extractDates(PLAN, {})).toEqual(extractDates(PLAN, {}));
      expect(now).not.toHaveBeenCalled();
      now.mockRestore();
    }
    expect(baseline.length).toBeGreaterThan(10);
  });

  it("without anchor or reference, what needs them resolves to null (no default now)", () => {
    expect(triples("本学期、9月、明天、第3周、年内、29日", {})).toEqual([
      ["本学期", null, null],
      ["9月", null, null],
      ["明天", null, null],
      ["第3周", null, null],
      ["年内", null, null],
      ["29日", null, null],
    ]);
    // written years need nothing
    expect(triples("2021年1月29日", {})).toEqual([["2021年1月29日", "2021-01-29", "2021-01-29"]]);
  });

  it("keeps text.slice(start, end) === text and sorts by start, then end", () => {
    const found = dates(PLAN, { anchor: AUTUMN_2020, reference: "2020-10-14" });
    for (let i = 1; i < found.length; i++) {
      const a = found[i - 1]!;
      const b = found[i]!;
      expect(a.start < b.start || (a.start === b.start && a.end <= b.end)).toBe(true);
      expect(a.end <= b.start).toBe(true); // no overlaps
    }
    expect(found.every((d) => d.matcher.startsWith("dates/"))).toBe(true);
  });

  it("does not mutate its options", () => {
    const anchor = Object.freeze({ year: 2020, term: "autumn" as const });
    const options = Object.freeze({ anchor, reference: "2020-10-14" });
    expect(() => extractDates(PLAN, options)).not.toThrow();
  });

  it("a spring 2022 plan: 本学期 = 2022-02..07, 一月 stays in 2022, 下学期 = autumn 2022", () => {
    expect(triples("本学期、一月、下学期", { anchor: SPRING_2022 })).toEqual([
      ["本学期", "2022-02-01", "2022-07-31"],
      ["一月", "2022-01-01", "2022-01-31"],
      ["下学期", "2022-09-01", "2023-01-31"],
    ]);
  });

  it("学期结束前 + a span is that long before the term's last day (a point, not the whole last month)", () => {
    expect(triples("每期结束前一个月通知教科室。学期结束前一周上交总结。本学期结束前十天完成。", { anchor: AUTUMN_2020 })).toEqual([
      ["每期结束前一个月", "2020-12-31", "2020-12-31"],
      ["学期结束前一周", "2021-01-24", "2021-01-24"],
      ["本学期结束前十天", "2021-01-21", "2021-01-21"],
    ]);
    expect(triples("学期结束前两个月", { anchor: SPRING_2022 })).toEqual([["学期结束前两个月", "2022-05-31", "2022-05-31"]]);
    expect(triples("学期结束前一个月", { anchor: { year: 2022, term: "year" } })).toEqual([["学期结束前一个月", null, null]]);
    expect(dates("每期结束前一个月通知教科室。", { anchor: AUTUMN_2020 })[0]?.deadline).toBe(false);
  });

  it("term expressions in a calendar-year plan stay null (which term is unknown)", () => {
    expect(triples("学期初、期中、期末、年底", { anchor: { year: 2022, term: "year" } })).toEqual([
      ["学期初", null, null],
      ["期中", null, null],
      ["期末", null, null],
      ["年底", "2022-12-01", "2022-12-31"],
    ]);
  });

  it("handles hostile inputs in linear time (safety net, not a benchmark)", () => {
    expectFastOn(
      [...HOSTILE_INPUTS, "无标点".repeat(350_000), "9月".repeat(50_000), "本学期".repeat(50_000), "第一".repeat(200_000), "2020—".repeat(100_000)],
      (input) => extractDates(input, { anchor: AUTUMN_2020, reference: "2020-10-14" }),
    );
  });
});
