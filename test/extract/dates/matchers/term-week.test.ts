import { describe, expect, it } from "vitest";
import { dates, SPRING_2022, triples } from "../_helpers.js";

describe("dates/term-week", () => {
  it("第3周 / 第七周 / 第1-2周 of autumn 2020 (week 1 = Aug 31 – Sep 6)", () => {
    expect(triples("第3周、第七周、第1-2周")).toEqual([
      ["第3周", "2020-09-14", "2020-09-20"],
      ["第七周", "2020-10-12", "2020-10-18"],
      ["第1-2周", "2020-08-31", "2020-09-13"],
    ]);
  });

  it("spring 2022 starts 2022-02-01 (a Tuesday): 第1周 = Jan 31 – Feb 6", () => {
    expect(triples("第1周", { anchor: SPRING_2022 })).toEqual([["第1周", "2022-01-31", "2022-02-06"]]);
  });

  it("weeks listed with 、 that follow each other are one run: 第三、四周 → weeks 3–4; 第三、五周 is not read", () => {
    expect(triples("第三、四周开展公开课")).toEqual([["第三、四周", "2020-09-14", "2020-09-27"]]);
    expect(triples("第5、6、7周")).toEqual([["第5、6、7周", "2020-09-28", "2020-10-18"]]);
    expect(triples("第三、第四周")).toEqual([["第三、第四周", "2020-09-14", "2020-09-27"]]);
    expect(dates("第三、五周")).toEqual([]);
  });

  it("倒数第二周 counts from the term's end: not week 2", () => {
    expect(dates("倒数第二周进行复习")).toEqual([]);
  });

  it("第十周年 (an anniversary) is not a week", () => {
    expect(dates("第十周年")).toEqual([]);
  });
});
