import { describe, expect, it } from "vitest";
import { SPRING_2022, triples, YEAR_2022 } from "../_helpers.js";

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
});
