import { describe, expect, it } from "vitest";
import { dates, SPRING_2022, triples } from "../_helpers.js";

describe("dates/festival", () => {
  it("教师节 / 国庆节 in autumn 2020; 元旦 is next January", () => {
    expect(triples("教师节、国庆节、元旦")).toEqual([
      ["教师节", "2020-09-10", "2020-09-10"],
      ["国庆节", "2020-10-01", "2020-10-01"],
      ["元旦", "2021-01-01", "2021-01-01"],
    ]);
  });

  it("六一 is Children's Day but 五一班 (class 5-1) and 十六一 are not", () => {
    expect(triples("庆六一", { anchor: { year: 2022, term: "spring" } })).toEqual([["六一", "2022-06-01", "2022-06-01"]]);
    expect(dates("五一班、十六一")).toEqual([]);
  });
  it("a written year or 今年/明年 before a festival is its year: 2020年元旦 in an autumn-2020 plan → 2020-01-01 (was 2020年 + 元旦 = 2021-01-01)", () => {
    expect(triples("2020年元旦")).toEqual([["2020年元旦", "2020-01-01", "2020-01-01"]]);
    expect(triples("2019年国庆节")).toEqual([["2019年国庆节", "2019-10-01", "2019-10-01"]]);
    expect(triples("明年元旦")).toEqual([["明年元旦", "2021-01-01", "2021-01-01"]]);
    expect(dates("20xx年元旦")[0]?.placeholder).toBe(true);
  });

  it("lunar festivals resolve to their Gregorian day in the plan's period: 春节 of autumn 2020 is 2021-02-12, 中秋 2020-10-01", () => {
    expect(triples("元旦、春节期间注意安全")).toEqual([
      ["元旦", "2021-01-01", "2021-01-01"],
      ["春节", "2021-02-12", "2021-02-12"],
    ]);
    expect(triples("中秋、国庆双节")).toEqual([
      ["中秋", "2020-10-01", "2020-10-01"],
      ["国庆", "2020-10-01", "2020-10-01"],
    ]);
    expect(triples("端午节开展包粽子活动", { anchor: SPRING_2022 })).toEqual([["端午节", "2022-06-03", "2022-06-03"]]);
    expect(triples("重阳节敬老、元宵节猜灯谜")).toEqual([
      ["重阳节", "2020-10-25", "2020-10-25"],
      ["元宵节", "2021-02-26", "2021-02-26"],
    ]);
  });

  it("节目 is a show and 初中/高中 before 秋季, 秋游 is a school: 迎春节目, 国庆节目 (国庆 only), 高中秋季, 初中秋游", () => {
    expect(dates("迎春节目排练")).toEqual([]);
    expect(triples("国庆节目")).toEqual([["国庆", "2020-10-01", "2020-10-01"]]);
    expect(dates("初中秋游活动")).toEqual([]);
    expect(dates("高中秋季学期").map((d) => d.matcher)).toEqual(["dates/season-term"]);
  });

  it("a lunar festival in a year outside the table (1990–2060) is found without a day", () => {
    expect(triples("2061年春节")).toEqual([["2061年春节", null, null]]);
    expect(triples("2060年春节")).toEqual([["2060年春节", "2060-02-02", "2060-02-02"]]);
  });

  it("十一 before a holiday word is National Day (十一长假, 十一期间, 十一黄金周 were nothing; now 十一 = 2020-10-01); 十一月, 十一五期间 are not", () => {
    expect(triples("十一长假期间注意安全")).toEqual([["十一", "2020-10-01", "2020-10-01"]]);
    expect(triples("十一期间")).toEqual([["十一", "2020-10-01", "2020-10-01"]]);
    expect(triples("十一黄金周、十一小长假")).toEqual([
      ["十一", "2020-10-01", "2020-10-01"],
      ["十一", "2020-10-01", "2020-10-01"],
    ]);
    expect(triples("2021年十一放假")).toEqual([["2021年十一", "2021-10-01", "2021-10-01"]]);
    expect(dates("十一五期间、第十一期间、二十一期间")).toEqual([]);
    expect(triples("十一月期间")).toEqual([["十一月", "2020-11-01", "2020-11-30"]]);
  });
});
