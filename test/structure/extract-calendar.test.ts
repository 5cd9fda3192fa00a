import { describe, expect, it } from "vitest";
import { extractCalendar, parseSections } from "../../src/structure/index.js";
import type { Anchor } from "../../src/types.js";
import { between, CORPUS, expectCalendarInvariants, readText } from "./_helpers.js";

const AUTUMN_2020: Anchor = { year: 2020, term: "autumn" };
const SPRING_2021: Anchor = { year: 2021, term: "spring" };
const UNKNOWN: Anchor = { year: null, term: "unknown" };

const calendar = (text: string, anchor: Anchor) => {
  const entries = extractCalendar(text, parseSections(text), anchor);
  expectCalendarInvariants(text, entries);
  return entries;
};

const summary = (text: string, anchor: Anchor) =>
  calendar(text, anchor).map((entry) => [entry.when.text, entry.when.from, entry.when.to, entry.items.map((item) => item.text)]);

describe("month headings with items", () => {
  it("“九月份:” followed by numbered items → one entry, items without their markers", () => {
    const text = "四、具体安排:\n九月份:\n1、制定新学期教科室工作计划。\n2、 下发《校内公开教学活动计划表》。\n十月份:\n1、组织全校教师参加网络竞赛活动。";
    expect(summary(text, AUTUMN_2020)).toEqual([
      ["九月份", "2020-09-01", "2020-09-30", ["制定新学期教科室工作计划。", "下发《校内公开教学活动计划表》。"]],
      ["十月份", "2020-10-01", "2020-10-31", ["组织全校教师参加网络竞赛活动。"]],
    ]);
  });

  it("“一月份” of an autumn plan rolls into the next year", () => {
    const [entry] = calendar("行事历\n一月份:\n做好学校教科室工作总结", AUTUMN_2020);
    expect(entry?.when).toMatchObject({ text: "一月份", from: "2021-01-01", to: "2021-01-31" });
  });

  it("a month with no anchor year → from/to null, items kept", () => {
    const [entry] = calendar("九月:\n(1)制定计划。", UNKNOWN);
    expect(entry?.when).toMatchObject({ text: "九月", from: null, to: null });
    expect(entry?.items.map((item) => item.text)).toEqual(["制定计划。"]);
  });

  it("a run-in month label: “9月:制定计划”", () => {
    expect(summary("9月:制定计划。\n10月:期中检测。", AUTUMN_2020)).toEqual([
      ["9月", "2020-09-01", "2020-09-30", ["制定计划。"]],
      ["10月", "2020-10-01", "2020-10-31", ["期中检测。"]],
    ]);
  });

  it("items stop at two blank lines (page footer after the last month)", () => {
    const [entry] = calendar("一月份:\n\n做好学校教科室工作总结\n\n\n推荐访问:工作计划", AUTUMN_2020);
    expect(entry?.items.map((item) => item.text)).toEqual(["做好学校教科室工作总结"]);
  });

  it("a month range “9-10月:” spans both months", () => {
    const [entry] = calendar("9-10月:\n开展读书活动。", AUTUMN_2020);
    expect(entry?.when).toMatchObject({ text: "9-10月", from: "2020-09-01", to: "2020-10-31" });
  });
});

describe("dated lines, week rows and table rows", () => {
  it("“10月13日组织…” on its own line → a day entry", () => {
    expect(summary("一、活动安排\n10月13日组织四、五、六年级教研组公开课。\n11月10日组织公开课。", AUTUMN_2020)).toEqual([
      ["10月13日", "2020-10-13", "2020-10-13", ["组织四、五、六年级教研组公开课。"]],
      ["11月10日", "2020-11-10", "2020-11-10", ["组织公开课。"]],
    ]);
  });

  it("“第1周 … 第2周 …” on one line → one entry per week, Monday-aligned from the term start", () => {
    // autumn 2020 starts Tue 2020-09-01: week 1 is Mon 08-31 .. Sun 09-06
    expect(summary("第1周 开学典礼 第2周 教研组活动\n第7周:同课异构", AUTUMN_2020)).toEqual([
      ["第1周", "2020-08-31", "2020-09-06", ["开学典礼"]],
      ["第2周", "2020-09-07", "2020-09-13", ["教研组活动"]],
      ["第7周", "2020-10-12", "2020-10-18", ["同课异构"]],
    ]);
  });

  it("week ranges “第3-4周” and a spring term (2021-02-01 is a Monday)", () => {
    expect(summary("第3-4周 集体备课", SPRING_2021)).toEqual([["第3-4周", "2021-02-15", "2021-02-28", ["集体备课"]]]);
  });

  it("a week with no anchor → from/to null", () => {
    expect(summary("第3周 听课", UNKNOWN)).toEqual([["第3周", null, null, ["听课"]]]);
  });

  it("month-labelled rows of a flattened table: “9月 | 制定计划 | 教科室”", () => {
    expect(summary("月份 | 内容 | 负责\n9月 | 制定计划 | 教科室\n十二月\t期末复习", AUTUMN_2020)).toEqual([
      ["9月", "2020-09-01", "2020-09-30", ["制定计划 | 教科室"]],
      ["十二月", "2020-12-01", "2020-12-31", ["期末复习"]],
    ]);
  });

  it("a month inside running text is not an entry: “12月底前完成…”, “(第七周)”", () => {
    expect(calendar("12月底前完成总结。\n继续深入开展教研“同课异构”活动(第七周)。\n9月,完成考核方案的修订。", AUTUMN_2020)).toEqual([
      expect.objectContaining({ when: expect.objectContaining({ text: "9月" }) }),
    ]);
  });
});

describe("seed 003 calendars", () => {
  const raw = readText(CORPUS.s003);

  it("篇十四 “四、工作月行事历”: 九月…一月 with resolved months, 10月13日 kept as an item of 十月", () => {
    const text = between(raw, "教科室工作计划主题篇十四", "教科室工作计划主题篇十五");
    const entries = calendar(text, AUTUMN_2020);
    expect(entries.map((entry) => [entry.when.text, entry.when.from, entry.when.to, entry.items.length])).toEqual([
      ["九月", "2020-09-01", "2020-09-30", 4],
      ["十月", "2020-10-01", "2020-10-31", 4],
      ["十一月", "2020-11-01", "2020-11-30", 2],
      ["十二月", "2020-12-01", "2020-12-31", 1],
      ["一月", "2021-01-01", "2021-01-31", 1],
    ]);
    expect(entries[1]?.items[1]?.text).toBe("10月13日组织翠峰校区四、五、六年级教研组公开课。");
  });

  it("篇十五 “四、具体安排:”: 九月份…一月份, items stop before the page footer", () => {
    const text = between(raw, "教科室工作计划主题篇十五");
    const entries = calendar(text, AUTUMN_2020);
    expect(entries.map((entry) => [entry.when.text, entry.items.length])).toEqual([
      ["九月份", 3],
      ["十月份", 3],
      ["十一月份", 2],
      ["十二月份", 3],
      ["一月份", 1],
    ]);
    expect(entries[4]?.items[0]?.text).toBe("做好学校教科室工作总结");
    expect(entries[4]?.when.from).toBe("2021-01-01");
  });

  it("篇五 “9月份:”…“12月份:” after a numbered list", () => {
    const text = between(raw, "教科室工作计划主题篇五", "教科室工作计划主题篇六");
    const entries = calendar(text, AUTUMN_2020);
    expect(entries.map((entry) => [entry.when.text, entry.items.length])).toEqual([
      ["9月份", 8],
      ["10月份", 5],
      ["11月份", 5],
      ["12月份", 6],
    ]);
    expect(entries[0]?.items[0]?.text).toBe("制定学校本学期教科室工作计划。");
  });

  it("plans without a 行事历 give no entries (篇一, 篇六)", () => {
    expect(calendar(between(raw, "教科室工作计划主题篇一", "教科室工作计划主题篇二"), AUTUMN_2020)).toEqual([]);
    expect(calendar(between(raw, "教科室工作计划主题篇六", "教科室工作计划主题篇七"), AUTUMN_2020)).toEqual([]);
  });
});
