import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MATCHERS as TARGET_MATCHERS } from "../../src/extract/targets/index.js";
import { scanMatches } from "../../src/extract/scan-matches.js";

/** Offsets of the characters of `text` in the class `[lead]`: every offset where a match of a matcher can start. */
const leadPositions = (text: string, lead: string): number[] => [...text.matchAll(new RegExp(`[${lead}]`, "gu"))].map((m) => m.index);

const CORPUS = join(import.meta.dirname, "../../corpus");
const TEXTS = readdirSync(CORPUS).filter((n) => n.endsWith(".txt")).map((n) => readFileSync(join(CORPUS, n), "utf8"));

const summary = (m: RegExpExecArray): unknown[] => [m.index, m[0], { ...m.groups }, m.indices?.groups ? { ...m.indices.groups } : null];
const viaMatchAll = (text: string, pattern: RegExp): unknown[] => [...text.matchAll(pattern)].map(summary);
const viaScan = (text: string, pattern: RegExp, lead: string): unknown[] =>
  scanMatches(text, pattern, leadPositions(text, lead)).map(summary);

/** The target matchers' leads (date matchers find their matches by trigger: test/extract/dates/find-matches.test.ts). */
const MATCHERS = TARGET_MATCHERS.map((m) => ({ pattern: m.pattern, lead: m.lead }));

/** Pieces of targets and of dates: random strings of these hit many partial and full matches. */
const TARGET_PIECES = [
  ..."0123456789一二两三四五六七八九十百万、，(（)）-~%.点和或第人",
  "15", "周", "月", "学期", "次", "篇", "个", "余", "多", "分之", "百分之", "分别", "每", "每隔", "不少于", "个月",
];
const DATE_PIECES = [
  ..."0123456789一二三四五六七八九十〇零xX×Ｘ，- 至第年月日号份度初末底上下本今去这当新该秋春周",
  "2024", "20XX", "二〇二四", "15", "12", "十一", "今年", "明年", "去年", "本年", "零七", "学年", "学期", "季度", "半年", "寒假", "暑假", "季", "星期",
];
const arbOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((ps) => ps.join(""));
const arbText = fc.oneof(arbOf(TARGET_PIECES), arbOf(DATE_PIECES));

describe("scanMatches", () => {
  it("每位教师每学期不少于15篇，二周一次：gives the same matches as matchAll for every target matcher", () => {
    const text = "每位教师每学期不少于15篇，二周一次，分别不少于3次和4次，百分之九十五，1-2篇，两三个，一、二本，十分之一。";
    for (const m of MATCHERS) expect(viaScan(text, m.pattern, m.lead)).toEqual(viaMatchAll(text, m.pattern));
  });

  it("2024年3月15日至4月2日、2023-2024学年度第二学期、今年上半年、本季度末、20XX年秋季、下个月的第二周: same matches as matchAll", () => {
    const text = "2024年3月15日至4月2日，2023-2024学年度第二学期，今年上半年，本季度末，20XX年秋季，下个月的第二周，二〇二四年寒假，15年3月。";
    for (const m of MATCHERS) expect(viaScan(text, m.pattern, m.lead)).toEqual(viaMatchAll(text, m.pattern));
  });

  it("corpus plans: same matches as matchAll for every target and date matcher", () => {
    for (const text of TEXTS) {
      for (const m of MATCHERS) expect(viaScan(text, m.pattern, m.lead)).toEqual(viaMatchAll(text, m.pattern));
    }
  });

  it("random strings of numerals, units, date words and punctuation: same matches as matchAll", () => {
    fc.assert(fc.property(arbText, (text) => {
      for (const m of MATCHERS) expect(viaScan(text, m.pattern, m.lead)).toEqual(viaMatchAll(text, m.pattern));
    }), { numRuns: 6000 });
  });

  it("a lead that misses the first character finds nothing: 15篇 with lead 每", () => {
    expect(scanMatches("15篇", /\d+篇/gu, leadPositions("15篇", "每"))).toEqual([]);
  });

  it("without offsets (null) it is matchAll: 每学期不少于15篇，2024年3月15日前完成。 × 300", () => {
    const text = "每学期不少于15篇，2024年3月15日前完成。".repeat(300);
    for (const m of MATCHERS) expect(scanMatches(text, m.pattern, null).map(summary)).toEqual(viaMatchAll(text, m.pattern));
  });

  it("100,000 × 一、 stays fast", () => {
    const text = "一、".repeat(100_000);
    const t0 = performance.now();
    for (const m of MATCHERS) scanMatches(text, m.pattern, leadPositions(text, m.lead));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
