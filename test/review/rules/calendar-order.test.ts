import { describe, expect, it } from "vitest";
import { rule } from "../../../src/review/rules/calendar-order.js";
import { datePlan } from "./_date-plan.js";

const messages = (text: string, anchor?: Parameters<typeof datePlan>[1]): string[] =>
  rule.check({ plan: datePlan(text, anchor) }).map((f) => f.message);

describe("calendar-order", () => {
  it("runs its own examples", () => {
    for (const ok of rule.examples.ok) expect(messages(ok)).toEqual([]);
    for (const notOk of rule.examples.notOk) expect(messages(notOk.input)).toEqual(notOk.expected);
  });

  it("九月 … 十二月, 一月 in an autumn plan is in order (一月 is next year)", () => {
    expect(messages("2020年秋季计划\n九月:开学\n十月:\n十一月:\n十二月:\n一月:期末")).toEqual([]);
  });

  it("without a year: 9月份, 1月份 fine (wraps); 10月份 after 11月份 not", () => {
    const anchor = { year: null, term: "unknown" } as const;
    expect(messages("计划\n9月份:\n1月份:", anchor)).toEqual([]);
    const found = rule.check({ plan: datePlan("计划\n9月份:\n11月份:\n10月份:", anchor) });
    expect(found.map((f) => [f.start, f.end, f.message])).toEqual([
      [14, 18, "Found 10月份 after 11月份 in the calendar, expected months in chronological order"],
    ]);
    expect(found[0]?.related?.[0]).toMatchObject({ start: 8, end: 12 });
  });

  it("months in running text are not calendar headings", () => {
    expect(messages("2020年秋季计划\n12月底前完成论文,9月开展听课,10月评比。")).toEqual([]);
  });

  it("numbered month lines \"1. 十月:\" count as headings", () => {
    expect(messages("2020年秋季计划\n1. 十一月:\n2. 十月:")).toHaveLength(1);
  });

  it("a month is a heading when spaces lead to a colon, the line's end or four spaces, not to more text", () => {
    const anchor = { year: null, term: "unknown" } as const;
    expect(messages("计划\n11月 ：\n10月　\n", anchor)).toHaveLength(1);
    expect(messages("计划\n11月\n10月    开展听课", anchor)).toHaveLength(1);
    expect(messages("计划\n11月\n10月  开展听课", anchor)).toEqual([]);
    expect(messages("计划\n11月\n10月  ", anchor)).toHaveLength(1);
  });
});

describe("calendar-order wrapping", () => {
  it("a year plan running 一月 … 十二月 is in order, and so is a term calendar 九月 … 一月 in a year plan", () => {
    const anchor = { year: 2023, term: "year" } as const;
    expect(messages("计划\n1月:\n3月:\n8月:\n9月:\n12月:", anchor)).toEqual([]);
    expect(messages("计划\n九月:\n十月:\n十二月:\n一月:", anchor)).toEqual([]);
  });

  it("going back 1–5 months is flagged; every disorder is reported once", () => {
    expect(messages("计划\n9月:\n12月:\n10月:\n11月:", { year: 2020, term: "autumn" })).toEqual([
      "Found 10月 after 12月 in the calendar, expected months in chronological order",
    ]);
  });
});

describe("calendar-order by day", () => {
  it("a 行事历 of dated lines (9月20日：…) is checked by month like month lines", () => {
    expect(messages("2023年秋季学期学校工作计划\n四、行事历\n9月1日：开学典礼。\n10月1日：国庆节。\n9月20日：补充。")).toEqual([
      "Found 9月20日 after 10月1日 in the calendar, expected months in chronological order",
    ]);
    expect(messages("2023年秋季学期学校工作计划\n四、行事历\n9月1日：开学。\n12月30日：元旦汇演。\n1月20日：期末考试。")).toEqual([]);
  });
  it("a dated line that is not a \"date: event\" entry (the signature date under the plan) is not a calendar line", () => {
    expect(messages("2023年秋季学期学校工作计划\n四、行事历\n12月份：元旦汇演。\n1月份：期末考试。\nXX小学\n2023年8月28日")).toEqual([]);
  });
});
