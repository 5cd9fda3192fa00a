import { describe, expect, it } from "vitest";
import { extractNumbers } from "../../../src/extract/numerals/index.js";
import type { NumberMention } from "../../../src/types.js";

function expectSpans(text: string, mentions: readonly NumberMention[]): void {
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  expect(mentions).toEqual(sorted);
}

function only(text: string): NumberMention {
  const mentions = extractNumbers(text);
  expectSpans(text, mentions);
  expect(mentions).toHaveLength(1);
  const [m] = mentions;
  if (m === undefined) throw new Error("no mention");
  return m;
}

describe("extractNumbers: kinds", () => {
  it.each([
    ["百分之九十五", "百分之九十五", 95],
    ["合格率达到95%", "95%", 95],
    ["合格率达到95％", "95％", 95],
    ["十分之一的教师", "十分之一", 10],
    ["提高20个百分点", "20个百分点", 20],
    ["百分之百", "百分之百", 100],
  ] as const)("%s → percent %s = %d", (input, text, value) => {
    const m = only(input);
    expect(m).toMatchObject({ text, value, kind: "percent", max: null });
  });

  it("第三批 → ordinal 3 (span 第三)", () => {
    expect(only("第三批")).toMatchObject({ text: "第三", value: 3, kind: "ordinal" });
  });
  it("第23届 → ordinal 23", () => {
    expect(only("组织第23届推普周")).toMatchObject({ text: "第23", value: 23, kind: "ordinal" });
  });

  it.each([
    ["培训一到两次", "一到两", 1, 2],
    ["论文1-2篇", "1-2", 1, 2],
    ["三至五节", "三至五", 3, 5],
    ["两三个", "两三", 2, 3],
    ["3-6岁儿童", "3-6", 3, 6],
    ["百分之八十到九十", "百分之八十到九十", 80, 90],
  ] as const)("%s → range %s = %d..%d", (input, text, value, max) => {
    expect(only(input)).toMatchObject({ text, value, max, kind: "range" });
  });

  it("十几人 → approximate 10", () => {
    expect(only("十几人")).toMatchObject({ text: "十几", value: 10, approximate: true });
  });
  it("二十多次 → approximate 20", () => {
    expect(only("二十多次")).toMatchObject({ text: "二十多", value: 20, approximate: true });
  });
  it("几十篇 → range 10..90, approximate", () => {
    expect(only("几十篇")).toMatchObject({ text: "几十", value: 10, max: 90, kind: "range", approximate: true });
  });
  it("3.5万 → 35000, 一万零一十八点一五 → 10018.15", () => {
    expect(only("约3.5万人")).toMatchObject({ text: "3.5万", value: 35000, kind: "number" });
    expect(only("共一万零一十八点一五元")).toMatchObject({ text: "一万零一十八点一五", value: 10018.15 });
  });
});

describe("extractNumbers: running text", () => {
  it("每学期不少于15篇，优秀率97%以上 → 15 and 97%", () => {
    const text = "每学期不少于15篇，优秀率97%以上";
    const mentions = extractNumbers(text);
    expectSpans(text, mentions);
    expect(mentions.map((m) => [m.text, m.value, m.kind])).toEqual([["15", 15, "number"], ["97%", 97, "percent"]]);
  });
  it("words written with numerals are not numbers: 进一步, 一些, 统一, 千方百计", () => {
    expect(extractNumbers("进一步加强一些统一的千方百计")).toEqual([]);
  });
  it("每周一次 → 1 (周一 is not a word here)", () => {
    expect(extractNumbers("每周一次").map((m) => m.value)).toEqual([1]);
  });
  it("keeps offsets in text with astral characters before the number: 𠀋两次 → start 2", () => {
    const text = "𠀋两次";
    const [m] = extractNumbers(text);
    expect(m).toMatchObject({ start: 2, end: 3, value: 2 });
    expectSpans(text, extractNumbers(text));
  });
  it("does not change the input", () => {
    const text = "一到两次";
    extractNumbers(text);
    expect(text).toBe("一到两次");
  });
});

describe("extractNumbers: linear time on hostile input", () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ["1 MB line without punctuation", "教师听课评课".repeat(175_000)],
    ["100,000 × 一、", "一、".repeat(100_000)],
    ["100,000 × 不少于", "不少于".repeat(100_000)],
    ["1 MB of digits", "7".repeat(1_000_000)],
    ["50,000 × (一)", "(一)".repeat(50_000)],
    ["100,000 × 一到", "一到".repeat(100_000)],
  ];
  it.each(cases)("%s finishes", (_name, text) => {
    const t0 = performance.now();
    const mentions = extractNumbers(text);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(Array.isArray(mentions)).toBe(true);
  });
});
