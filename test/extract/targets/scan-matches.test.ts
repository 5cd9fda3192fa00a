import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MATCHERS } from "../../../src/extract/targets/index.js";
import { leadPositions, scanMatches } from "../../../src/extract/targets/scan-matches.js";

const CORPUS = join(import.meta.dirname, "../../../corpus");
const TEXTS = readdirSync(CORPUS).filter((n) => n.endsWith(".txt")).map((n) => readFileSync(join(CORPUS, n), "utf8"));

const summary = (m: RegExpExecArray): unknown[] => [m.index, m[0], { ...m.groups }, m.indices?.groups ? { ...m.indices.groups } : null];
const viaMatchAll = (text: string, pattern: RegExp): unknown[] => [...text.matchAll(pattern)].map(summary);
const viaScan = (text: string, pattern: RegExp, lead: string): unknown[] =>
  scanMatches(text, pattern, leadPositions(text, lead)).map(summary);

/** Characters the target patterns care about, so random strings hit many partial and full matches. */
const ALPHABET = [..."0123456789一二两三四五六七八九十百千万余多分之每隔周月学期次篇节个、到至-~%％.点和与或别为不少于以上第的人课(（)）\n，。"];

describe("scanMatches", () => {
  it("每位教师每学期不少于15篇，二周一次：gives the same matches as matchAll for every target matcher", () => {
    const text = "每位教师每学期不少于15篇，二周一次，分别不少于3次和4次，百分之九十五，1-2篇，两三个，一、二本，十分之一。";
    for (const m of MATCHERS) expect(viaScan(text, m.pattern, m.lead)).toEqual(viaMatchAll(text, m.pattern));
  });

  it("corpus plans: same matches as matchAll for every target matcher", () => {
    for (const text of TEXTS) {
      for (const m of MATCHERS) expect(viaScan(text, m.pattern, m.lead)).toEqual(viaMatchAll(text, m.pattern));
    }
  });

  it("random strings of numerals, units and punctuation: same matches as matchAll", () => {
    const arb = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((cs) => cs.join(""));
    fc.assert(fc.property(arb, (text) => {
      for (const m of MATCHERS) expect(viaScan(text, m.pattern, m.lead)).toEqual(viaMatchAll(text, m.pattern));
    }), { numRuns: 3000 });
  });

  it("a lead that misses the first character finds nothing: 15篇 with lead 每", () => {
    expect(scanMatches("15篇", /\d+篇/gu, leadPositions("15篇", "每"))).toEqual([]);
  });

  it("100,000 × 一、 stays fast", () => {
    const text = "一、".repeat(100_000);
    const t0 = performance.now();
    for (const m of MATCHERS) scanMatches(text, m.pattern, leadPositions(text, m.lead));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
