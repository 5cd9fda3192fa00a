import { describe, expect, it } from "vitest";
import { AUTUMN_2020, only, SPRING_2022, triples, YEAR_2022 } from "../_helpers.js";

describe("dates/school-year", () => {
  it("2020—2021学年度 / 2020-2021学年 / 2024学年 → September to August", () => {
    expect(triples("2020—2021学年度", {})).toEqual([["2020—2021学年度", "2020-09-01", "2021-08-31"]]);
    expect(triples("2020-2021学年", {})).toEqual([["2020-2021学年", "2020-09-01", "2021-08-31"]]);
    expect(triples("2024学年", {})).toEqual([["2024学年", "2024-09-01", "2025-08-31"]]);
  });

  it("2020—2021学年度秋季 is ONE date, the autumn term; 2020学年第一学期 the same term", () => {
    expect(triples("2020—2021学年度秋季", {})).toEqual([["2020—2021学年度秋季", "2020-09-01", "2021-01-31"]]);
    expect(triples("2020学年第一学期", {})).toEqual([["2020学年第一学期", "2020-09-01", "2021-01-31"]]);
  });

  it("本学年 / 新学年 of a spring-2022 plan → 2021-09..2022-08; 上学年 one earlier", () => {
    expect(triples("本学年、新学年、上学年", { anchor: SPRING_2022 })).toEqual([
      ["本学年", "2021-09-01", "2022-08-31"],
      ["新学年", "2021-09-01", "2022-08-31"],
      ["上学年", "2020-09-01", "2021-08-31"],
    ]);
  });

  it("学年初 → September, 学年末 → July (policy)", () => {
    expect(triples("学年初、学年末", { anchor: AUTUMN_2020 })).toEqual([
      ["学年初", "2020-09-01", "2020-09-30"],
      ["学年末", "2021-07-01", "2021-07-31"],
    ]);
  });

  it("2020—2021学年度初中教育 keeps 初中 out of the date", () => {
    expect(only("2020—2021学年度初中教育", {}).text).toBe("2020—2021学年度");
  });

  it("本学年 in a calendar-year plan → null", () => {
    expect(triples("本学年", { anchor: YEAR_2022 })).toEqual([["本学年", null, null]]);
  });

  it("2020—2021年度第一学期 is the school year's term though 学 is left out (was 2020–2021 as calendar years plus 第一学期)", () => {
    expect(triples("2020—2021年度第一学期工作计划", {})).toEqual([["2020—2021年度第一学期", "2020-09-01", "2021-01-31"]]);
    expect(triples("2020-2021年度第二学期", {})).toEqual([["2020-2021年度第二学期", "2021-02-01", "2021-07-31"]]);
    // without a term, two years with 年度 stay calendar years
    expect(triples("2020-2021年度", {})).toEqual([["2020-2021年度", "2020-01-01", "2021-12-31"]]);
  });
});
