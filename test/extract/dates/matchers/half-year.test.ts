import { describe, expect, it } from "vitest";
import { dates, triples, YEAR_2022 } from "../_helpers.js";

describe("dates/half-year", () => {
  it("2020下半年 / 2021年上半年 → Jul–Dec / Jan–Jun", () => {
    expect(triples("2020下半年,2021年上半年", {})).toEqual([
      ["2020下半年", "2020-07-01", "2020-12-31"],
      ["2021年上半年", "2021-01-01", "2021-06-30"],
    ]);
  });

  it("下半年 alone → of the plan's year; null without one", () => {
    expect(triples("下半年", { anchor: YEAR_2022 })).toEqual([["下半年", "2022-07-01", "2022-12-31"]]);
    expect(triples("下半年", {})).toEqual([["下半年", null, null]]);
  });

  it("最后半年 / 之前半年 are not half years (the 后/前 belongs to 最后, 之前)", () => {
    expect(dates("毕业班最后半年冲刺,开学之前半年", { anchor: { year: 2020, term: "autumn" } })).toEqual([]);
  });
});
