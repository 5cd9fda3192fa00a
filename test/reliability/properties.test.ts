import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  analyse, cleanText, extractDates, extractNumbers, extractTargets, normaliseText, prepareText, scoreCoverage, segment,
} from "../../src/index.js";
import type { Quote } from "../../src/types.js";
import { expectSpansHold } from "../helpers/spans.js";

// Hostile strings: control characters, lone surrogates, mixed scripts, plan vocabulary and markers.
const PIECES = [
  "一、", "(一)", "（二）", "1.", "①", "第三周", "不少于", "15", "篇", "每学期", "12月底前", "本学期", "97%以上", "以上",
  "20xx年", "XX县", "\n", "\r\n", "。", "：", "\u0000", "\ud800", "\udfff", "😀", "ａ", "現(xiàn)在", "第1页 / 共9页", "篇一",
  "工作目标:", "九月份:", "一到两次", "百分之九十五", "〔2020〕73号", "五育并举", " ", "\t", "—", "-",
];
const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join("")),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "grapheme", maxLength: 5 })), { maxLength: 40 }).map((p) => p.join("")),
);

const holds = (text: string, items: readonly Quote[]): void => {
  for (const item of items) {
    expect(item.start).toBeGreaterThanOrEqual(0);
    expect(item.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(item.start, item.end)).toBe(item.text);
  }
  for (let i = 1; i < items.length; i += 1) expect(items[i]!.start).toBeGreaterThanOrEqual(items[i - 1]!.start);
};

describe("every exported function on arbitrary strings", () => {
  it("analyse never throws, keeps every span, and is deterministic", () => {
    fc.assert(fc.property(hostile, (text) => {
      const plans = analyse(text, { segment: false, anchor: { year: 2020, term: "autumn" } });
      plans.forEach(expectSpansHold);
      expect(JSON.stringify(analyse(text, { segment: false, anchor: { year: 2020, term: "autumn" } }))).toBe(JSON.stringify(plans));
    }), { numRuns: 300 });
  });

  it("extractNumbers / extractTargets / extractDates: spans hold, sorted, same output twice", () => {
    fc.assert(fc.property(hostile, (text) => {
      const anchor = { year: 2021, term: "spring" } as const;
      holds(text, extractNumbers(text));
      holds(text, extractTargets(text));
      holds(text, extractDates(text, { anchor, reference: "2021-03-01" }));
      expect(extractDates(text, { anchor })).toEqual(extractDates(text, { anchor }));
      expect(extractTargets(text)).toEqual(extractTargets(text));
    }), { numRuns: 500 });
  });

  it("cleaning is idempotent and normalise/prepare never throw", () => {
    fc.assert(fc.property(hostile, (text) => {
      normaliseText(text);
      prepareText(text);
      const once = cleanText(text).text;
      expect(cleanText(once).text).toBe(once);
    }), { numRuns: 500 });
  });

  it("segment and scoreCoverage: spans hold", () => {
    fc.assert(fc.property(hostile, (text) => {
      holds(text, segment(text));
      const coverage = scoreCoverage({ text });
      for (const item of coverage.items) holds(text, item.evidence);
      expect(coverage.score).toBeGreaterThanOrEqual(0);
      expect(coverage.score).toBeLessThanOrEqual(100);
    }), { numRuns: 200 });
  });

  it("a 1 MB input of mixed plan text goes through analyse", () => {
    const text = fc.sample(fc.array(fc.constantFrom(...PIECES), { minLength: 400, maxLength: 400 }).map((p) => p.join("")), { numRuns: 1, seed: 7 })[0]!;
    const big = text.repeat(Math.ceil(1_000_000 / text.length)).slice(0, 1_000_000);
    const plans = analyse(big, { segment: false });
    plans.forEach(expectSpansHold);
  });
});
