import { describe, expect, it } from "vitest";
import { detectAnchor, parseAnchorOption } from "../../src/structure/index.js";
import { between, CORPUS, readText } from "./_helpers.js";

describe("detectAnchor from the title", () => {
  it.each([
    ["某县教研室小学(学前)教研部2020下半年工作计划", 2020, "autumn"],
    ["2021年上半年教研工作计划", 2021, "spring"],
    ["2020—2021学年度(2020年秋)教科研培工作要点", 2020, "autumn"],
    ["2020-2021学年度第一学期教学工作计划", 2020, "autumn"],
    ["2020-2021学年度第二学期教学工作计划", 2021, "spring"],
    ["2020～2021学年下学期教研计划", 2021, "spring"],
    ["2020-2021学年度学校工作计划", 2020, "autumn"],
    ["2022年学校工作计划", 2022, "year"],
    ["XXXX小学2022年学校工作计划及推进方案", 2022, "year"],
    ["2022年度教研工作要点", 2022, "year"],
    ["2024学年第2学期教研计划", 2025, "spring"],
    ["2024学年第一学期教研计划", 2024, "autumn"],
    ["2023年春季学期教科室工作计划", 2023, "spring"],
    ["2023年春季", 2023, "spring"],
    ["2020年秋季学期工作计划", 2020, "autumn"],
  ])("%s → %i %s", (title, year, term) => {
    expect(detectAnchor(title, "")).toEqual({ year, term });
  });

  it("no period anywhere → {year: null, term: unknown}", () => {
    expect(detectAnchor("教科室工作计划主题篇一", "坚持以科研为先导,积极开展教育教学研究。")).toEqual({ year: null, term: "unknown" });
  });

  it("a 20xx placeholder is not a year", () => {
    expect(detectAnchor("20xx年学校工作计划", "")).toEqual({ year: null, term: "unknown" });
    expect(detectAnchor("20xx年春季学校工作计划", "")).toEqual({ year: null, term: "spring" });
  });

  it("第二学期 without a year → spring, year null", () => {
    expect(detectAnchor("第二学期教研工作计划", "")).toEqual({ year: null, term: "spring" });
  });

  it("the title wins over dates in the text (a 红头 issue date is not the anchor)", () => {
    expect(detectAnchor("2021年春季教研计划", "江油市教育和体育局2020年9月20日")).toEqual({ year: 2021, term: "spring" });
  });

  it("a month-day date alone in the opening is not a year plan", () => {
    expect(detectAnchor("", "江油市教育和体育局2020年9月20日印发")).toEqual({ year: null, term: "unknown" });
  });
});

describe("detectAnchor on the seed plans (title empty: read from the opening lines)", () => {
  it("000 → 2020 autumn (2020下半年)", () => {
    expect(detectAnchor("", readText(CORPUS.s000))).toEqual({ year: 2020, term: "autumn" });
  });
  it("001 → 2020 autumn (2020—2021学年度(2020年秋))", () => {
    expect(detectAnchor("", readText(CORPUS.s001))).toEqual({ year: 2020, term: "autumn" });
  });
  it("002 → 2022 year (2022年中小学校本教研工作计划)", () => {
    expect(detectAnchor("", readText(CORPUS.s002))).toEqual({ year: 2022, term: "year" });
  });
  it("004 → 2022 year (2022年学校工作计划)", () => {
    expect(detectAnchor("", readText(CORPUS.s004))).toEqual({ year: 2022, term: "year" });
  });
  it.each(["篇一", "篇二", "篇四", "篇五", "篇七", "篇十一", "篇十二", "篇十四"])("003 %s → unknown (only 20xx placeholders)", (part) => {
    const text = between(readText(CORPUS.s003), `教科室工作计划主题${part}`);
    expect(detectAnchor(`教科室工作计划主题${part}`, text)).toEqual({ year: null, term: "unknown" });
  });
  it("003 篇十五 → autumn, year null (“根据《高邮市教育局20xx年秋季工作要点》” in its first lines)", () => {
    const text = between(readText(CORPUS.s003), "教科室工作计划主题篇十五");
    expect(detectAnchor("教科室工作计划主题篇十五", text)).toEqual({ year: null, term: "autumn" });
  });
});

describe("parseAnchorOption (--anchor)", () => {
  it.each([
    ["2022-autumn", { year: 2022, term: "autumn" }],
    ["2022-spring", { year: 2022, term: "spring" }],
    ["2022-year", { year: 2022, term: "year" }],
    ["2022", { year: 2022, term: "year" }],
    [" 2022-Autumn ", { year: 2022, term: "autumn" }],
  ])("%j → %j", (value, expected) => {
    expect(parseAnchorOption(value)).toEqual(expected);
  });

  it.each(["", "autumn", "22-autumn", "2022-winter", "2022-autumn-x", "1800"])("%j → null", (value) => {
    expect(parseAnchorOption(value)).toBeNull();
  });
});
