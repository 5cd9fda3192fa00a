import { describe, expect, it } from "vitest";
import { AUTUMN_2020, dates, SPRING_2022, triples } from "../_helpers.js";

describe("dates/term", () => {
  it("本学期 / 这学期 / 今学期 / 新学期 → the autumn-2020 term", () => {
    for (const t of ["本学期", "这学期", "今学期", "新学期"]) expect(triples(t)).toEqual([[t, "2020-09-01", "2021-01-31"]]);
  });

  it("上学期 / 下学期 of autumn 2020 → spring 2020 / spring 2021", () => {
    expect(triples("超过上学期,下学期继续")).toEqual([
      ["上学期", "2020-02-01", "2020-07-31"],
      ["下学期", "2021-02-01", "2021-07-31"],
    ]);
  });

  it("本学期末 → the term's last month", () => {
    expect(triples("本学期末", { anchor: SPRING_2022 })).toEqual([["本学期末", "2022-07-01", "2022-07-31"]]);
  });

  it("上学期期末 is the previous term's last month (a spring plan's 期末 alone would be July)", () => {
    expect(triples("上学期期末质量分析", { anchor: SPRING_2022 })).toEqual([["上学期期末", "2022-01-01", "2022-01-31"]]);
    expect(triples("下学期期初", { anchor: AUTUMN_2020 })).toEqual([["下学期期初", "2021-02-01", "2021-02-28"]]);
    expect(triples("本学期期中考试")).toEqual([["本学期期中", "2020-11-01", "2020-11-30"]]);
  });

  it("after a grade, 上/下学期 is the grade's first/second term of the plan's school year, not the previous/next term", () => {
    expect(triples("七年级上学期数学教学")).toEqual([["上学期", "2020-09-01", "2021-01-31"]]);
    expect(triples("八年级下学期数学", { anchor: SPRING_2022 })).toEqual([["下学期", "2022-02-01", "2022-07-31"]]);
    expect(triples("初二下学期")).toEqual([["下学期", "2021-02-01", "2021-07-31"]]);
    // without a grade the relative reading stays
    expect(triples("总结上学期经验")).toEqual([["上学期", "2020-02-01", "2020-07-31"]]);
  });

  it("每学期 / 一学期 are not dates", () => {
    expect(dates("每学期不少于15篇,一学期两次", { anchor: AUTUMN_2020 })).toEqual([]);
  });

  it("本学期完成 → deadline (completion verb in the clause)", () => {
    expect(dates("本学期完成两期编辑")[0]?.deadline).toBe(true);
    expect(dates("本学期,开展活动")[0]?.deadline).toBe(false);
  });

  it("with only a reference day, 本学期 is the term that day lies in", () => {
    expect(triples("本学期", { reference: "2022-03-15" })).toEqual([["本学期", "2022-02-01", "2022-07-31"]]);
  });
  it("新学期伊始 → its first month (was 新学期, the whole term); 本学期中期 → its third month (was 学期中期 without 本)", () => {
    expect(triples("新学期伊始")).toEqual([["新学期伊始", "2020-09-01", "2020-09-30"]]);
    expect(triples("本学期中期")).toEqual([["本学期中期", "2020-11-01", "2020-11-30"]]);
  });
});
