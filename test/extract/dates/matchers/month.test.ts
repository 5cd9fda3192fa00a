import { describe, expect, it } from "vitest";
import { AUTUMN_2020, dates, only, SPRING_2022, triples } from "../_helpers.js";

describe("dates/month", () => {
  it("9月 / 9月份 / 九月 → September of the anchor year", () => {
    for (const t of ["9月", "9月份", "九月"]) expect(triples(t)).toEqual([[t, "2020-09-01", "2020-09-30"]]);
  });

  it("3月上旬 / 中旬 / 下旬 → 1–10, 11–20, 21–end (spring 2022)", () => {
    expect(triples("3月上旬、3月中旬、3月下旬", { anchor: SPRING_2022 })).toEqual([
      ["3月上旬", "2022-03-01", "2022-03-10"],
      ["3月中旬", "2022-03-11", "2022-03-20"],
      ["3月下旬", "2022-03-21", "2022-03-31"],
    ]);
  });

  it("two neighbouring 旬 together: 11月中下旬 → 11–30, 9月上、中旬 → 1–20 (not the whole month), 11月中旬至下旬 → 11–30", () => {
    expect(triples("11月中下旬进行期中质量检测").at(0)).toEqual(["11月中下旬", "2020-11-11", "2020-11-30"]);
    expect(triples("9月上、中旬完成")).toEqual([["9月上、中旬", "2020-09-01", "2020-09-20"]]);
    expect(triples("12月中、下旬复习")).toEqual([["12月中、下旬", "2020-12-11", "2020-12-31"]]);
    expect(triples("9月下旬至10月中下旬")).toEqual([["9月下旬至10月中下旬", "2020-09-21", "2020-10-31"]]);
    expect(triples("11月中旬至下旬")).toEqual([["11月中旬至下旬", "2020-11-11", "2020-11-30"]]);
    expect(triples("10月中旬至11月下旬")).toEqual([["10月中旬至11月下旬", "2020-10-11", "2020-11-30"]]);
  });

  it("consecutive months listed with 、 are one run: 开展9、10月份读书活动 → 09-01..10-31, 十一、十二月 → 11-01..12-31", () => {
    expect(triples("开展9、10月份读书活动")).toEqual([["9、10月份", "2020-09-01", "2020-10-31"]]);
    expect(triples("组织十一、十二月的赛课")).toEqual([["十一、十二月", "2020-11-01", "2020-12-31"]]);
    expect(triples("在11、12、1月份复习")).toEqual([["11、12、1月份", "2020-11-01", "2021-01-31"]]);
    expect(triples("于2021年3、4月召开")).toEqual([["2021年3、4月", "2021-03-01", "2021-04-30"]]);
  });

  it("a 、 list that is not consecutive, or opens a line before September (numbering: 二、三月份 in a spring calendar), keeps only its last month", () => {
    expect(triples("在3、6月份测试")).toEqual([["6月份", "2020-06-01", "2020-06-30"]]);
    expect(triples("二、三月份：开学准备", { anchor: SPRING_2022 })).toEqual([["三月份", "2022-03-01", "2022-03-31"]]);
    // from September on a line-opening list is the months: numbered lists rarely reach item 9
    expect(triples("9、10月份：读书活动")).toEqual([["9、10月份", "2020-09-01", "2020-10-31"]]);
    expect(triples("十二、一月份：期末复习").at(0)).toEqual(["十二、一月份", "2020-12-01", "2021-01-31"]);
  });

  it("a line-opening 3、4月份 is the months when its neighbours are no numbered list continuing 3 (was 4月份 only)", () => {
    // a month-by-month calendar: the next line opens with a month, or with numbers that do not continue 3
    expect(triples("3、4月份：开展读书活动\n5月份：教学开放周", { anchor: SPRING_2022 })[0])
      .toEqual(["3、4月份", "2022-03-01", "2022-04-30"]);
    expect(triples("3、4月份：读书\n5、6月份：复习", { anchor: SPRING_2022 }).map((d) => d[0])).toEqual(["3、4月份", "5、6月份"]);
    // a numbered list that goes on around it: item 2 (二) / item 2 (2), then the month
    expect(triples("一、二月份：寒假\n二、三月份：开学准备\n三、四月份：教研", { anchor: SPRING_2022 }).map((d) => d[0]))
      .toEqual(["二月份", "寒假", "三月份", "四月份"]);
    expect(triples("1、开学工作\n2、3月份：开学准备", { anchor: SPRING_2022 }).map((d) => d[0])).toEqual(["3月份"]);
  });

  it("a Chinese numeral after 初/高 is a grade: 初二月考, 高一月考 are no months", () => {
    for (const text of ["组织初二月考", "高一月考成绩分析", "初一、二月考"]) expect(dates(text)).toEqual([]);
  });

  it("元月 is January (元月份：期末考试 → 2021-01 in an autumn plan); 单元月考 and 万元月薪 are not", () => {
    expect(triples("元月份：期末考试").at(0)).toEqual(["元月份", "2021-01-01", "2021-01-31"]);
    expect(triples("于元月10日前完成").at(0)).toEqual(["元月10日前", "2021-01-10", "2021-01-10"]);
    expect(triples("十二月至元月")).toEqual([["十二月至元月", "2020-12-01", "2021-01-31"]]);
    expect(dates("第三单元月考,万元月薪")).toEqual([]);
  });

  it("after list numbering '1.' a month or year is read (1.9月中下旬开展 was nothing; 3.2021年1月28日前 lost its year); after 2020. it is not", () => {
    expect(triples("1.9月中下旬开展新教师汇报课")).toEqual([["9月中下旬", "2020-09-11", "2020-09-30"]]);
    expect(triples("一、工作安排\n2.11月12日召开运动会").at(-1)).toEqual(["11月12日", "2020-11-12", "2020-11-12"]);
    expect(dates("3.2021年1月28日前上交")[0]).toMatchObject({ text: "2021年1月28日前", deadline: true });
    expect(dates("12.2020年工作")[0]?.text).toBe("2020年");
    expect(dates("2020.9月")).toEqual([]);
  });

  it("2020年11月 → November 2020 without any anchor", () => {
    expect(triples("2020年11月", {})).toEqual([["2020年11月", "2020-11-01", "2020-11-30"]]);
  });

  it("今年3月底 → the whole of March of the plan's year", () => {
    expect(triples("今年3月底", { anchor: { year: 2023, term: "year" } })).toEqual([["今年3月底", "2023-03-01", "2023-03-31"]]);
  });

  it("12—1月 in an autumn plan runs into the next year", () => {
    expect(triples("12—1月")).toEqual([["12—1月", "2020-12-01", "2021-01-31"]]);
  });

  it("a run that starts in the next calendar year stays there (autumn 2020: 1—3月 and 1月至3月 were null, now 2021-01..03)", () => {
    expect(triples("1—3月")).toEqual([["1—3月", "2021-01-01", "2021-03-31"]]);
    expect(triples("在1、2、3月份")).toEqual([["1、2、3月份", "2021-01-01", "2021-03-31"]]);
    expect(triples("1月至3月")).toEqual([["1月至3月", "2021-01-01", "2021-03-31"]]);
    expect(triples("12月至1月", { anchor: { year: 2021, term: "spring" } })).toEqual([["12月至1月", "2021-12-01", "2022-01-31"]]);
  });

  it("9月初中部 is September, not 9月初 (初中 is a school level)", () => {
    expect(only("9月初中部开展").text).toBe("9月");
  });

  it("a month right after 学期 or 假期 is a month (本学期9月1日开学); after 星期/周/礼拜 a weekday comes first", () => {
    expect(triples("本学期9月1日开学").at(-1)).toEqual(["9月1日", "2020-09-01", "2020-09-01"]);
    expect(triples("暑假期间7月中旬开展培训").map(([text]) => text)).toContain("7月中旬");
    for (const text of ["星期一月考", "每周一月考", "礼拜一月底"]) {
      expect(dates(text).some((d) => d.from?.slice(5, 7) === "01")).toBe(false);
    }
  });

  it("a date right after a teaching week is read (第一周9月1日开学典礼, 第5周10月8日), but 周三月考 stays a weekday", () => {
    expect(triples("第一周9月1日开学典礼").map(([text]) => text)).toEqual(["第一周", "9月1日"]);
    expect(triples("第5周10月8日").at(-1)).toEqual(["10月8日", "2020-10-08", "2020-10-08"]);
    expect(triples("第二周9月7日至9月11日").at(-1)).toEqual(["9月7日至9月11日", "2020-09-07", "2020-09-11"]);
    for (const text of ["周三月考", "周1月考"]) expect(dates(text).some((d) => d.from !== null)).toBe(false);
  });

  it("三个月 (a duration) and 每月 (a frequency) are not months", () => {
    expect(dates("用三个月的时间", { anchor: AUTUMN_2020 })).toEqual([]);
    expect(dates("每月一次", { anchor: AUTUMN_2020 })).toEqual([]);
  });
});

describe("dates/month frequencies", () => {
  it("一月一次 is once a month, not January; 一月份 stays January", () => {
    expect(dates("教研活动一月一次")).toEqual([]);
    expect(triples("一月份一次考试")).toEqual([["一月份", "2021-01-01", "2021-01-31"]]);
  });
});
