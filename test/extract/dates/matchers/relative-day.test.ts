import { describe, expect, it } from "vitest";
import { triples } from "../_helpers.js";

const REF = { reference: "2020-10-14" }; // a Wednesday

describe("dates/relative-day, weekday, day-of-month, relative-month", () => {
  it("明天 / 后天 / 昨天 against the reference day", () => {
    expect(triples("明天、后天、昨天", REF)).toEqual([
      ["明天", "2020-10-15", "2020-10-15"],
      ["后天", "2020-10-16", "2020-10-16"],
      ["昨天", "2020-10-13", "2020-10-13"],
    ]);
  });

  it("下周三 → Wednesday of next week; 本周五; 周一 → the next Monday on or after the reference day", () => {
    expect(triples("下周三、本周五、周一", REF)).toEqual([
      ["下周三", "2020-10-21", "2020-10-21"],
      ["本周五", "2020-10-16", "2020-10-16"],
      ["周一", "2020-10-19", "2020-10-19"],
    ]);
  });

  it("29日 → the reference month's 29th; 〔2020〕13号 is not a day", () => {
    expect(triples("29日前交", REF)).toEqual([["29日前", "2020-10-29", "2020-10-29"]]);
    expect(triples("〔2020〕13号文件", REF)).toEqual([]);
  });

  it("本月 / 下月九号", () => {
    expect(triples("本月、下月九号", REF)).toEqual([
      ["本月", "2020-10-01", "2020-10-31"],
      ["下月九号", "2020-11-09", "2020-11-09"],
    ]);
  });

  it("一周一次 / 二周一次 are not weekdays", () => {
    expect(triples("一周一次,二周一次", REF)).toEqual([]);
  });
});
