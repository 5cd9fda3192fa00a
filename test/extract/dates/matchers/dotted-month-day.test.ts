import { describe, expect, it } from "vitest";
import { dates, triples, YEAR_2022 } from "../_helpers.js";

describe("dates/dotted-month-day", () => {
  it("a 行事历 week row: 第1周 9.1-9.5 → the week and 2020-09-01..2020-09-05", () => {
    expect(triples("第1周 9.1-9.5 开学典礼")).toEqual([
      ["第1周", "2020-08-31", "2020-09-06"],
      ["9.1-9.5", "2020-09-01", "2020-09-05"],
    ]);
    expect(triples("第2周 9.7—9.11 教研组活动")[1]).toEqual(["9.7—9.11", "2020-09-07", "2020-09-11"]);
    expect(triples("第2周（9.7至9.11）")[1]).toEqual(["9.7至9.11", "2020-09-07", "2020-09-11"]);
    expect(triples("9.1—9.4（第1周）")[0]).toEqual(["9.1—9.4", "2020-09-01", "2020-09-04"]);
    expect(triples("时间：9.1-9.5")).toEqual([["9.1-9.5", "2020-09-01", "2020-09-05"]]);
  });

  it("a run across New Year ends in the next year: 12.28-1.1", () => {
    expect(triples("第18周 12.28-1.1 期末复习")[1]).toEqual(["12.28-1.1", "2020-12-28", "2021-01-01"]);
    expect(triples("第17周 12.26-1.1 元旦", { anchor: YEAR_2022 })[1]).toEqual(["12.26-1.1", "2022-12-26", "2023-01-01"]);
  });

  it("numbers are not dates: a run with no week or date label, units, versions, section numbers, backward or long runs, a single 9.1", () => {
    for (const t of ["9.1-9.5 开学典礼", "平均分提高1.2-1.5", "比例控制在1.2-1.5之间", "合格率由3.5-4.2提高", "1.1-1.3 工作目标", "第1周 1.5-2.5万元", "第1周成绩提高1.5-2.0分", "第1周 2.1.3-2.1.5", "第1周 V1.2-1.5", "第1周 1.5-9.8", "第1周 3.5-3.1", "第1周 9.1开学"]) {
      expect(dates(t).filter((d) => d.matcher === "dates/dotted-month-day"), t).toEqual([]);
    }
  });

  it("without an anchor the run is found but not resolved", () => {
    expect(triples("第1周 9.1-9.5", {})).toEqual([["第1周", null, null], ["9.1-9.5", null, null]]);
  });
});
