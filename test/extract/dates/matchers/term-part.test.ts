import { describe, expect, it } from "vitest";
import { dates, SPRING_2022, triples } from "../_helpers.js";

describe("dates/term-part", () => {
  it("学期初 / 期中 / 期末 / 学期末 of autumn 2020 → Sep, Nov, Jan, Jan", () => {
    expect(triples("学期初、期中、期末、学期末")).toEqual([
      ["学期初", "2020-09-01", "2020-09-30"],
      ["期中", "2020-11-01", "2020-11-30"],
      ["期末", "2021-01-01", "2021-01-31"],
      ["学期末", "2021-01-01", "2021-01-31"],
    ]);
  });

  it("开学前 → the first day, deadline; 开学初 → first month", () => {
    expect(dates("开学前:各老师准备好")[0]).toMatchObject({ text: "开学前", from: "2020-09-01", to: "2020-09-01", deadline: true });
    expect(triples("开学初", { anchor: SPRING_2022 })).toEqual([["开学初", "2022-02-01", "2022-02-28"]]);
  });

  it("开学后一周交至 → week 1, deadline (a hand-in verb follows)", () => {
    expect(dates("课时计划在开学后一周交至系教务办")[0]).toMatchObject({ text: "开学后一周", from: "2020-08-31", to: "2020-09-06", deadline: true });
  });

  it("开学后第二周 is week 2 (one expression, not 开学后 = September plus 第二周); 开学一周内 is week 1", () => {
    expect(triples("开学后第二周进行摸底考试")).toEqual([["开学后第二周", "2020-09-07", "2020-09-13"]]);
    expect(triples("开学一周内制定计划")).toEqual([["开学一周内", "2020-08-31", "2020-09-06"]]);
    expect(dates("开学两周以内上交")[0]).toMatchObject({ text: "开学两周以内", from: "2020-08-31", to: "2020-09-13", deadline: true });
  });

  it("期末考试前 is a due point at the term's end (was 期末, deadline false); 期末考试 alone stays 期末", () => {
    expect(dates("期末考试前组织复习")[0]).toMatchObject({ text: "期末考试前", from: "2021-01-01", to: "2021-01-31", deadline: true });
    expect(dates("期中检测前")[0]).toMatchObject({ text: "期中检测前", deadline: true });
    expect(dates("期末考试结束后")[0]).toMatchObject({ text: "期末", deadline: false });
  });

  it("开学一个月内 / 开学一月内 are the term's first month (一月内 was January 2021)", () => {
    expect(triples("开学一月内完成")).toEqual([["开学一月内", "2020-09-01", "2020-09-30"]]);
    expect(triples("开学后两个月内")).toEqual([["开学后两个月内", "2020-09-01", "2020-10-31"]]);
    expect(dates("一月内完成")).toEqual([]);
  });

  it("春季开学后 / 秋季开学前 are about the term the season names (autumn 2020: 春季开学后 was September 2020, now February 2021)", () => {
    expect(triples("春季开学后组织摸底")).toEqual([["春季开学后", "2021-02-01", "2021-02-28"]]);
    expect(triples("秋季开学前", { anchor: { year: 2021, term: "spring" } })).toEqual([["秋季开学前", "2021-09-01", "2021-09-01"]]);
    expect(triples("春季开学第一周", { anchor: { year: 2022, term: "year" } })).toEqual([["春季开学第一周", "2022-01-31", "2022-02-06"]]);
  });

  it("半期试题 → mid-term like 期中", () => {
    expect(triples("半期试题命题")).toEqual([["半期", "2020-11-01", "2020-11-30"]]);
  });

  it("时期中 / 假期末 are not term points", () => {
    expect(dates("这一时期中,假期末")).toEqual([]);
  });
  it("学期中期 / 学期中段 and a listed 学期中 are mid-term; 本学期中, 新学期中 (during the term) are the term", () => {
    expect(triples("学期中期进行检查")).toEqual([["学期中期", "2020-11-01", "2020-11-30"]]);
    expect(triples("学期初、学期中、学期末各检查一次")[1]).toEqual(["学期中", "2020-11-01", "2020-11-30"]);
    expect(triples("本学期中，我们将")).toEqual([["本学期", "2020-09-01", "2021-01-31"]]);
  });

  it("开学第一天 / 开学当天 → the term's first day, 开学第三天 two days on", () => {
    expect(triples("开学第一天举行升旗仪式")).toEqual([["开学第一天", "2020-09-01", "2020-09-01"]]);
    expect(triples("开学当天")).toEqual([["开学当天", "2020-09-01", "2020-09-01"]]);
    expect(triples("开学第三天", { anchor: { year: 2022, term: "spring" } })).toEqual([["开学第三天", "2022-02-03", "2022-02-03"]]);
  });

  it("开学至10月底 → a range from the term's first day to October's end; 开学到校 is no range", () => {
    expect(triples("开学至10月底开展学情调研")).toEqual([["开学至10月底", "2020-09-01", "2020-10-31"]]);
    expect(dates("开学到校后")).toEqual([]);
  });
  it("the opening a phrase names: 2020年秋季开学初 → Sep 2020 (was 2020年秋季, the whole term); 寒假开学前 in autumn 2020 → 2021-02-01 (was 寒假 + 开学前 = 2020-09-01); 下学期开学前 → the next term's first day", () => {
    expect(triples("2020年秋季开学初")).toEqual([["2020年秋季开学初", "2020-09-01", "2020-09-30"]]);
    expect(triples("2021年春季开学前完成", { anchor: { year: 2020, term: "autumn" } })).toEqual([["2021年春季开学前", "2021-02-01", "2021-02-01"]]);
    expect(triples("寒假开学前")).toEqual([["寒假开学前", "2021-02-01", "2021-02-01"]]);
    expect(triples("下学期开学前", { anchor: { year: 2021, term: "spring" } })).toEqual([["下学期开学前", "2021-09-01", "2021-09-01"]]);
    expect(dates("20xx年秋季开学初")[0]?.placeholder).toBe(true);
  });

  it("学期伊始 / 开学伊始 = 学期初 / 开学初; 开学一个月后 → the term's second month", () => {
    expect(triples("学期伊始、开学伊始")).toEqual([
      ["学期伊始", "2020-09-01", "2020-09-30"],
      ["开学伊始", "2020-09-01", "2020-09-30"],
    ]);
    expect(triples("开学一个月后")).toEqual([["开学一个月后", "2020-10-01", "2020-10-31"]]);
  });
  it("开学前一周 / 开学前三天 → that long before the first day (was 开学前 = the first day); 开学前一周内 → up to its eve", () => {
    expect(triples("开学前一周召开全体教师会议")).toEqual([["开学前一周", "2020-08-25", "2020-08-25"]]);
    expect(triples("开学前三天")).toEqual([["开学前三天", "2020-08-29", "2020-08-29"]]);
    expect(triples("开学前一周内")).toEqual([["开学前一周内", "2020-08-25", "2020-08-31"]]);
    expect(dates("开学前两周完成")[0]).toMatchObject({ text: "开学前两周", from: "2020-08-18", deadline: true });
  });

  it("期末前一周 / 期末考试前两周 / 学期末前十天 are that long before the term's last day, like 学期结束前两周 (was 期末前 = all of January, deadline true)", () => {
    expect(triples("期末前一周")).toEqual([["期末前一周", "2021-01-24", "2021-01-24"]]);
    expect(dates("期末前一周")[0]?.deadline).toBe(false);
    expect(dates("期末前一周完成复习")[0]).toMatchObject({ text: "期末前一周", deadline: true });
    expect(triples("期末考试前两周")).toEqual([["期末考试前两周", "2021-01-17", "2021-01-17"]]);
    expect(triples("学期末前十天")).toEqual([["学期末前十天", "2021-01-21", "2021-01-21"]]);
    expect(triples("期末前一周", { anchor: SPRING_2022 })).toEqual([["期末前一周", "2022-07-24", "2022-07-24"]]);
    // bare 期末前 stays the due month
    expect(dates("期末前")[0]).toMatchObject({ text: "期末前", from: "2021-01-01", deadline: true });
  });

  it("前后 is around, no due point: 期中考试前后 → 期中 (was 期中考试), 开学前后 → the first day, deadline false (was 开学前, true)", () => {
    expect(dates("期中考试前后")).toMatchObject([{ text: "期中", from: "2020-11-01", to: "2020-11-30", deadline: false }]);
    expect(dates("开学前后")).toMatchObject([{ text: "开学前后", from: "2020-09-01", to: "2020-09-01", deadline: false }]);
  });
});
