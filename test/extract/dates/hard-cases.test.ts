import { describe, expect, it } from "vitest";
import { AUTUMN_2020, dates, only, triples, YEAR_2022 } from "./_helpers.js";

/** ../shared/HARD-CASES.md, "Dates and times", rows 1–24; anchor autumn 2020 unless stated. */
describe("HARD-CASES dates", () => {
  it("#1 12月底前完成 → December 2020, deadline", () => {
    const d = only("12月底前完成");
    expect([d.start, d.end, d.text]).toEqual([0, 5, "12月底前"]);
    expect([d.from, d.to, d.deadline]).toEqual(["2020-12-01", "2020-12-31", true]);
  });

  it("#2 12月前开展一次德育教育典型 → December 2020 (not '12 months ago'), deadline", () => {
    const d = only("12月前开展一次德育教育典型案例评选");
    expect([d.text, d.from, d.to, d.deadline]).toEqual(["12月前", "2020-12-01", "2020-12-31", true]);
  });

  it("#3 本学期计划培训一到两次 → the autumn term; 一到两次 is no date", () => {
    const d = only("本学期计划培训一到两次");
    expect([d.text, d.from, d.to, d.grain]).toEqual(["本学期", "2020-09-01", "2021-01-31", "term"]);
  });

  it("#4 开学二周后 → anchored to the term start (week 3 from 2020-09-14), not to the reference day", () => {
    const d = only("开学二周后：对所属教师的教案进行检查", { anchor: AUTUMN_2020, reference: "2023-05-05" });
    expect([d.text, d.from, d.to]).toEqual(["开学二周后", "2020-09-14", "2020-09-20"]);
  });

  it("#5 2020—2021学年度(2020年秋) title → school year 2020-09..2021-08 and the autumn term", () => {
    expect(triples("2020—2021学年度(2020年秋)教科研培工作要点")).toEqual([
      ["2020—2021学年度", "2020-09-01", "2021-08-31"],
      ["2020年秋", "2020-09-01", "2021-01-31"],
    ]);
  });

  it("#6 2020年秋 → the autumn TERM, not the solar autumn", () => {
    const d = only("2020年秋", {});
    expect([d.from, d.to, d.grain]).toEqual(["2020-09-01", "2021-01-31", "term"]);
  });

  it("#7 年内评选优秀劳动教育课 (2022 year plan) → 2022", () => {
    const d = only("年内评选优秀劳动教育课", { anchor: YEAR_2022 });
    expect([d.text, d.from, d.to]).toEqual(["年内", "2022-01-01", "2022-12-31"]);
  });

  it("#8 某县教研室…2020下半年工作计划 → 2020-07-01..2020-12-31", () => {
    const d = only("某县教研室小学(学前)教研部2020下半年工作计划");
    expect([d.text, d.from, d.to]).toEqual(["2020下半年", "2020-07-01", "2020-12-31"]);
  });

  it("#9 一月份 in an autumn-2020 行事历 → January 2021", () => {
    const d = dates("十二月份：期末复习\n一月份：期末考试")[2];
    expect([d?.text, d?.from, d?.to]).toEqual(["一月份", "2021-01-01", "2021-01-31"]);
  });

  it("#10 寒假 in an autumn-2020 plan → the winter after the term (2021-01-20..02-28)", () => {
    const d = only("做好寒假安全教育");
    expect([d.text, d.from, d.to]).toEqual(["寒假", "2021-01-20", "2021-02-28"]);
  });

  it("#11 \"同课异构\"活动(第七周) → week 7 of the term, 2020-10-12..10-18", () => {
    const d = only("\"同课异构\"活动(第七周)。");
    expect([d.text, d.from, d.to, d.grain]).toEqual(["第七周", "2020-10-12", "2020-10-18", "week"]);
  });

  it("#12 并在9月内召开 → September 2020; a bare 内 is not a deadline (policy), 以内 is", () => {
    const d = only("并在9月内召开联合教研培训会");
    expect([d.text, d.from, d.to, d.deadline]).toEqual(["9月内", "2020-09-01", "2020-09-30", false]);
    expect(only("9月以内完成").deadline).toBe(true);
  });

  it("#13 十二月月底 / 12月底 → the whole of December", () => {
    expect(triples("十二月月底")).toEqual([["十二月月底", "2020-12-01", "2020-12-31"]]);
    expect(triples("12月底")).toEqual([["12月底", "2020-12-01", "2020-12-31"]]);
  });

  it("#14 2020年9月21日—25日 → 2020-09-21..2020-09-25", () => {
    expect(triples("2020年9月21日—25日")).toEqual([["2020年9月21日—25日", "2020-09-21", "2020-09-25"]]);
  });

  it("#15 9—10月 → 2020-09-01..2020-10-31", () => {
    expect(triples("9—10月")).toEqual([["9—10月", "2020-09-01", "2020-10-31"]]);
  });

  it("#16 2021.1.29 and 2021年1月29日学生离校 → 2021-01-29", () => {
    expect(triples("2021.1.29")).toEqual([["2021.1.29", "2021-01-29", "2021-01-29"]]);
    expect(triples("2021年1月29日学生离校")).toEqual([["2021年1月29日", "2021-01-29", "2021-01-29"]]);
  });

  it("#17 十一月十日 at the start of a line → 2020-11-10, not Jan 10", () => {
    const d = dates("行事历:\n十一月十日召开期中质量分析会")[0];
    expect([d?.start, d?.text, d?.from]).toEqual([5, "十一月十日", "2020-11-10"]);
  });

  it("#18 2024学年第2学期 → spring term 2025", () => {
    expect(triples("2024学年第2学期", {})).toEqual([["2024学年第2学期", "2025-02-01", "2025-07-31"]]);
  });

  it("#19 \"十三五\"期间 / 十四五期间 → excluded (plan names, documented)", () => {
    expect(dates("\"十三五\"期间")).toEqual([]);
    expect(dates("十四五期间")).toEqual([]);
  });

  it("#20 到校三年以内的青年教师 → no date", () => {
    expect(dates("到校三年以内的青年教师")).toEqual([]);
    expect(dates("教龄不足三年者")).toEqual([]);
  });

  it("#21 要求各校每周一次登录 → a frequency, not a date", () => {
    expect(dates("要求各校每周一次登录平台")).toEqual([]);
  });

  it("#22 每位教师每周一晚上 → a recurrence, not a date", () => {
    expect(dates("每位教师每周一晚上进行业务学习", { anchor: AUTUMN_2020, reference: "2020-09-20" })).toEqual([]);
  });

  it("#23 xx年8月 / 20xx年 → placeholders with from/to null", () => {
    const a = only("号)要求和xx年8月全区教育系统干部会议");
    expect([a.text, a.from, a.to, a.placeholder]).toEqual(["xx年8月", null, null, true]);
    const b = only("20xx年学校工作计划");
    expect([b.text, b.from, b.to, b.placeholder]).toEqual(["20xx年", null, null, true]);
  });

  it("#24 红头 issue date 江油市教育和体育局2020年9月20日 → a date (2020-09-20)", () => {
    const d = only("江油市教育和体育局2020年9月20日");
    expect([d.text, d.from, d.to, d.deadline]).toEqual(["2020年9月20日", "2020-09-20", "2020-09-20", false]);
  });
});
