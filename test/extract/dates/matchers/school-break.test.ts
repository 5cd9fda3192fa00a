import { describe, expect, it } from "vitest";
import { dates, SPRING_2022, triples, YEAR_2022 } from "../_helpers.js";

describe("dates/school-break", () => {
  it("寒假 / 暑假 of autumn 2020 → winter 2021, summer 2020", () => {
    expect(triples("寒假、暑假")).toEqual([
      ["寒假", "2021-01-20", "2021-02-28"],
      ["暑假", "2020-07-10", "2020-08-31"],
    ]);
  });

  it("spring / year plans: breaks of their own year", () => {
    expect(triples("寒假", { anchor: SPRING_2022 })).toEqual([["寒假", "2022-01-20", "2022-02-28"]]);
    expect(triples("暑假", { anchor: YEAR_2022 })).toEqual([["暑假", "2022-07-10", "2022-08-31"]]);
  });

  it("暑假前 → deadline", () => {
    expect(triples("暑假前,布置阅读", { anchor: SPRING_2022 })).toEqual([["暑假前", "2022-07-10", "2022-08-31"]]);
  });

  it("放假前 is before the break the term ends in, a due point like 寒假前 (was no date): autumn → 寒假, spring → 暑假, a year plan → null", () => {
    expect(dates("放假前完成资料归档")).toMatchObject([{ text: "放假前", from: "2021-01-20", to: "2021-02-28", deadline: true }]);
    expect(dates("放假之前上交", { anchor: SPRING_2022 })).toMatchObject([{ text: "放假之前", from: "2022-07-10", deadline: true }]);
    expect(dates("放假前", { anchor: YEAR_2022 })).toMatchObject([{ text: "放假前", from: null, to: null }]);
    expect(dates("寒假放假前")).toMatchObject([{ text: "寒假放假前", from: "2021-01-20", deadline: true }]);
    // a festival's or a day's 放假, and 放假前后 / 放假后, are not it
    expect(dates("国庆放假前").map((d) => d.text)).toEqual(["国庆"]);
    expect(dates("放假前后、放假后")).toEqual([]);
  });
});
