import { describe, expect, it } from "vitest";
import { deadlineMarking } from "../../../../src/extract/dates/refiners/deadline-marking.js";
import { frequencyFilter } from "../../../../src/extract/dates/refiners/frequency-filter.js";
import { mergeRanges } from "../../../../src/extract/dates/refiners/merge-ranges.js";
import { overlapRemoval } from "../../../../src/extract/dates/refiners/overlap-removal.js";
import { yearCarry } from "../../../../src/extract/dates/refiners/year-carry.js";
import type { Candidate, DateContext } from "../../../../src/extract/dates/_types.js";
import { AUTUMN_2020, dates, triples } from "../_helpers.js";

const context = (text: string): DateContext => ({ text, anchor: null, reference: null });
const candidate = (text: string, source: string, extra: Partial<Candidate> = {}): Candidate => {
  const start = source.indexOf(text);
  return {
    start, end: start + text.length, text, from: null, to: null, deadline: false, grain: "month", placeholder: false,
    matcher: "dates/month", ...extra,
  };
};

describe("refiners", () => {
  it("overlap removal keeps the longer of two overlapping candidates and does not mutate", () => {
    const source = "2020年9月21日";
    const input = Object.freeze([candidate("2020年9月", source), candidate("2020年9月21日", source, { grain: "day" })]);
    expect(overlapRemoval(input, context(source)).map((c) => c.text)).toEqual(["2020年9月21日"]);
    expect(input).toHaveLength(2);
  });

  it("merge ranges: 9月—10月 → one candidate from the first's from to the second's to", () => {
    const source = "9月—10月";
    const a = candidate("9月", source, { from: "2020-09-01", to: "2020-09-30", parts: { month: 9 } });
    const b = candidate("10月", source, { from: "2020-10-01", to: "2020-10-31", parts: { month: 10 } });
    expect(mergeRanges([a, b], context(source))).toMatchObject([{ text: "9月—10月", from: "2020-09-01", to: "2020-10-31" }]);
  });

  it("merge ranges: 2020年12月28日至1月3日 → B takes A's year, rolled into 2021", () => {
    expect(triples("2020年12月28日至1月3日", {})).toEqual([["2020年12月28日至1月3日", "2020-12-28", "2021-01-03"]]);
  });

  it("deadline marking: 12月底前 extends the span; 截止12月 marks without extending; 9月以后 does not", () => {
    const source = "12月底前";
    expect(deadlineMarking([candidate("12月底", source)], context(source))).toMatchObject([{ text: "12月底前", end: 5, deadline: true }]);
    expect(dates("截止12月底")[0]).toMatchObject({ text: "12月底", deadline: true });
    expect(dates("9月以后开展")[0]).toMatchObject({ text: "9月", deadline: false });
  });

  it("deadline marking: a closing date, before 截止/截至 or after 截止日期：, is a due point (报名11月30日截止), the span unchanged", () => {
    expect(dates("报名11月30日截止")[0]).toMatchObject({ text: "11月30日", deadline: true });
    expect(dates("征文活动于12月20日截至")[0]).toMatchObject({ text: "12月20日", deadline: true });
    expect(dates("征文截止日期：11月30日")[0]).toMatchObject({ text: "11月30日", deadline: true });
    expect(dates("报名截至时间 12月1日")[0]).toMatchObject({ text: "12月1日", deadline: true });
  });

  it("deadline marking: a 到/至 opening the clause is 'by then' (到2022年底，… was deadline false); 推迟到10月 and a range are not", () => {
    const year = { anchor: { year: 2022, term: "year" as const } };
    expect(dates("到2022年底，全校教师培训率达到100%", year)[0]).toMatchObject({ text: "2022年底", deadline: true });
    expect(dates("力争到2025年，基本实现现代化", year)[0]).toMatchObject({ text: "2025年", deadline: true });
    expect(dates("工作目标：至12月底，各校", year)[0]).toMatchObject({ text: "12月底", deadline: true });
    expect(dates("活动推迟到10月举行", year)[0]).toMatchObject({ text: "10月", deadline: false });
    expect(dates("从9月到12月开展", year)[0]).toMatchObject({ text: "从9月到12月", deadline: false });
  });

  it("frequency filter: what lies inside a recurrence goes with it (每学期开学第一周: no 第一周); a weekday after 每月/每学期 goes", () => {
    expect(dates("每学期开学第一周检查教案")).toEqual([]);
    expect(dates("每月最后一周周五下午集体备课", { anchor: AUTUMN_2020, reference: "2020-09-20" })).toEqual([]);
    expect(dates("每学期第二周周一", { anchor: AUTUMN_2020, reference: "2020-09-20" })).toEqual([]);
  });

  it("frequency filter: 每周一 and 每年3月 go; 上周 in a 每周一 sentence goes", () => {
    const source = "每年3月";
    expect(frequencyFilter([candidate("3月", source)], context(source))).toEqual([]);
    expect(dates("每周一,教科室将把上周开课教师的证明发给大家", { reference: "2020-10-14" })).toEqual([]);
  });

  it("year carry: 2月28日学生报到,3月1日正式上课 after 2021年1月29日 → 2021-03-01", () => {
    const found = triples("2021年1月29日学生离校,2月28日学生报到,3月1日正式上课", { anchor: { year: 2020, term: "autumn" } });
    expect(found.at(-1)).toEqual(["3月1日", "2021-03-01", "2021-03-01"]);
    expect(yearCarry([], context(""))).toEqual([]);
  });

  it("year carry from a year or term with a written year: the year that puts the month inside it", () => {
    const anchor = { year: 2020, term: "autumn" } as const;
    expect(triples("2021年秋季学期，9月1日开学", { anchor }).at(-1)).toEqual(["9月1日", "2021-09-01", "2021-09-01"]);
    expect(triples("2021年秋季学期，1月进行期末考试", { anchor })[1]).toEqual(["1月", "2022-01-01", "2022-01-31"]);
    expect(triples("2021年的9月", { anchor }).at(-1)).toEqual(["9月", "2021-09-01", "2021-09-30"]);
    expect(triples("2022学年第二学期，3月", { anchor }).at(-1)).toEqual(["3月", "2023-03-01", "2023-03-31"]);
  });

  it("year carry: a month whose year only the anchor gave carries nothing (12月底前完成,在11月中旬举行 stays in the term)", () => {
    const anchor = { year: 2020, term: "autumn" } as const;
    expect(triples("于12月底前完成,在11月中旬举行", { anchor }).at(-1)).toEqual(["11月中旬", "2020-11-11", "2020-11-20"]);
    // carried years carry on: 3月1日 follows 2月28日, whose year came from 2021年1月29日
    expect(triples("2021年1月29日学生离校,2月28日学生报到,3月1日正式上课", { anchor: { year: 2021, term: "spring" } }).at(-1))
      .toEqual(["3月1日", "2021-03-01", "2021-03-01"]);
  });

  it("year carry from a period stops at a sentence end or a 《》 title, and where no year puts the month inside it", () => {
    const anchor = { year: 2020, term: "autumn" } as const;
    expect(triples("《2019年工作办法》要求，9月开展自查", { anchor }).at(-1)).toEqual(["9月", "2020-09-01", "2020-09-30"]);
    expect(triples("2021年秋季学期开始。9月1日开学", { anchor }).at(-1)).toEqual(["9月1日", "2020-09-01", "2020-09-01"]);
    expect(triples("2021年上半年，9月", { anchor }).at(-1)).toEqual(["9月", "2020-09-01", "2020-09-30"]);
    // a term without a written year carries nothing of its own: 本学期 is the anchor's
    expect(triples("本学期，9月1日开学", { anchor }).at(-1)).toEqual(["9月1日", "2020-09-01", "2020-09-01"]);
  });

  it("year carry from a festival with a written year: 2023年元旦…,1月5日 in a 2022 plan → 2023-01-05 (was 2022-01-05)", () => {
    const anchor = { year: 2022, term: "year" } as const;
    expect(triples("2023年元旦举行联欢，1月5日开始复习", { anchor }).at(-1)).toEqual(["1月5日", "2023-01-05", "2023-01-05"]);
    // a relative year carries nothing, like 明年1月
    expect(triples("明年元旦举行联欢，3月5日开始", { anchor }).at(-1)).toEqual(["3月5日", "2022-03-05", "2022-03-05"]);
  });

  it("a festival after a dated range on its line is the day inside it: 第18周 12.26-1.1 元旦放假 (2022 plan) → 2023-01-01 (was 2022-01-01)", () => {
    const anchor = { year: 2022, term: "year" } as const;
    expect(triples("第18周 12.26-1.1 元旦放假", { anchor }).at(-1)).toEqual(["元旦", "2023-01-01", "2023-01-01"]);
    expect(triples("12月26日-1月1日 元旦放假", { anchor }).at(-1)).toEqual(["元旦", "2023-01-01", "2023-01-01"]);
    // after a year or a term it keeps the plan's reading; a range that does not hold the day changes nothing
    expect(triples("2020年，元旦", { anchor: AUTUMN_2020 }).at(-1)).toEqual(["元旦", "2021-01-01", "2021-01-01"]);
    expect(triples("12月1日-12月5日 元旦", { anchor }).at(-1)).toEqual(["元旦", "2022-01-01", "2022-01-01"]);
  });

  it("merge ranges: a festival ending a range after a written year runs forward (2022年12月28日至元旦 → to 2023-01-01, was 2022-12-31)", () => {
    expect(triples("2022年12月28日至元旦", { anchor: { year: 2022, term: "year" } })).toEqual([
      ["2022年12月28日至元旦", "2022-12-28", "2023-01-01"],
    ]);
  });
});

describe("ranges with 起/开始", () => {
  it("A起至B / A开始至B is one range (自9月起至12月止 was two items)", () => {
    expect(triples("自9月起至12月止")).toEqual([["自9月起至12月止", "2020-09-01", "2020-12-31"]]);
    expect(triples("9月1日开始至10月31日")).toEqual([["9月1日开始至10月31日", "2020-09-01", "2020-10-31"]]);
  });
});

describe("listed days", () => {
  it("a bare day listed after a day is in its month (11月12日、13日 → 13日 = 2020-11-13, was null without a reference day)", () => {
    expect(triples("11月12日、13日两天举行运动会")).toEqual([["11月12日", "2020-11-12", "2020-11-12"], ["13日", "2020-11-13", "2020-11-13"]]);
    expect(triples("11月12、13日")).toEqual([["11月12", "2020-11-12", "2020-11-12"], ["13日", "2020-11-13", "2020-11-13"]]);
    expect(triples("11月12日、13日、14日").map(([, from]) => from)).toEqual(["2020-11-12", "2020-11-13", "2020-11-14"]);
    expect(triples("2021年1月8日和15日", { reference: "2020-09-20" })).toEqual([["2021年1月8日", "2021-01-08", "2021-01-08"], ["15日", "2021-01-15", "2021-01-15"]]);
  });
});

describe("weekday attach", () => {
  it("2020年9月1日(星期二) → one day, the weekday inside the span", () => {
    expect(triples("2020年9月1日(星期二)开学", {})).toEqual([["2020年9月1日(星期二)", "2020-09-01", "2020-09-01"]]);
    expect(triples("9月1日周二开学")).toEqual([["9月1日周二", "2020-09-01", "2020-09-01"]]);
  });

  it("第18周周三 → that week's Wednesday (was the week plus a weekday with no date); a run of weeks keeps its weekday apart", () => {
    expect(triples("第18周周三下午集体备课")).toEqual([["第18周周三", "2020-12-30", "2020-12-30"]]);
    expect(triples("12月第二周星期五")).toEqual([["12月第二周星期五", "2020-12-18", "2020-12-18"]]);
    expect(triples("第3周（周四）")).toEqual([["第3周（周四）", "2020-09-17", "2020-09-17"]]);
    expect(triples("第3—5周周三").map(([text]) => text)).toEqual(["第3—5周", "周三"]);
  });
});
