import { describe, expect, it } from "vitest";
import { AUTUMN_2020, dates, triples, YEAR_2022 } from "../_helpers.js";

describe("dates/relative-year", () => {
  it("今年 / 明年 / 去年 against a 2022 year plan", () => {
    expect(triples("今年、明年、去年", { anchor: YEAR_2022 })).toEqual([
      ["今年", "2022-01-01", "2022-12-31"],
      ["明年", "2023-01-01", "2023-12-31"],
      ["去年", "2021-01-01", "2021-12-31"],
    ]);
  });

  it("年底 / 年终 → December; 年初 → January (autumn 2020 → 2020)", () => {
    expect(triples("年底考核,年终评比,年初计划", { anchor: AUTUMN_2020 })).toEqual([
      ["年底", "2020-12-01", "2020-12-31"],
      ["年终", "2020-12-01", "2020-12-31"],
      ["年初", "2020-01-01", "2020-01-31"],
    ]);
  });

  it("年内 is not a deadline (policy); 年底前 is; 年内完成 is (completion verb)", () => {
    expect(dates("年内评选优秀劳动教育课", { anchor: YEAR_2022 })[0]?.deadline).toBe(false);
    expect(dates("年底前完成", { anchor: YEAR_2022 })[0]?.deadline).toBe(true);
  });

  it("三年内 / 近年 / 学年初 are not calendar years", () => {
    expect(dates("三年内、近年来", { anchor: YEAR_2022 })).toEqual([]);
    expect(dates("学年初", { anchor: AUTUMN_2020 }).map((d) => d.matcher)).toEqual(["dates/school-year"]);
  });
});
