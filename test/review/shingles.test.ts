import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateContainment, fingerprintText, SKETCH_SIZE } from "../../src/review/shingles.js";

const corpus = (id: string): string => readFileSync(new URL(`../../corpus/${id}.txt`, import.meta.url), "utf8");
const A = corpus("004_cfc0ada556cb5cd9");
const B = corpus("001_70f898968da05030");

describe("fingerprintText", () => {
  it("keeps at most SKETCH_SIZE distinct hashes, ascending, and counts the distinct shingles", () => {
    const print = fingerprintText(A);
    expect(print.sketch.length).toBe(SKETCH_SIZE);
    expect(print.size).toBeGreaterThan(SKETCH_SIZE);
    for (let i = 1; i < print.sketch.length; i += 1) expect(print.sketch[i]!).toBeGreaterThan(print.sketch[i - 1]!);
    expect(fingerprintText(A)).toEqual(print);
  });

  it("ignores punctuation and spaces: “一、坚持立德树人，落实双减” = “一 坚持立德树人 落实双减”", () => {
    expect(fingerprintText("一、坚持立德树人，落实双减。")).toEqual(fingerprintText("一 坚持立德树人\n落实双减"));
    expect(fingerprintText("一、坚持立德树人，落实双减。")).not.toEqual(fingerprintText("一、坚持立德树人，落实减负。"));
  });

  it("equals its definition: FNV-1a + fmix32 of every 8-unit window of the Han/letter/digit content, all sorted", () => {
    const definition = (text: string) => {
      const content = text.replace(/[^\p{Script=Han}\p{L}\p{N}]+/gu, "");
      const hashes: number[] = [];
      for (let at = 0; at + 8 <= content.length; at += 1) {
        let hash = 0x811c9dc5;
        for (let i = at; i < at + 8; i += 1) hash = Math.imul(hash ^ content.charCodeAt(i), 0x01000193);
        hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
        hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
        hashes.push((hash ^ (hash >>> 16)) >>> 0);
      }
      const distinct = [...new Set(hashes)].sort((a, b) => a - b);
      return { size: distinct.length, sketch: distinct.slice(0, SKETCH_SIZE) };
    };
    const pieces = ["课", "教研", "双减", "𠀀", "𪚥", "\uD800", "\uDC00", "A", "ｚ", "١", "7", "，", " ", "\n", "Ⅻ", "é"];
    const texts = fc.oneof(
      fc.array(fc.constantFrom(...pieces), { maxLength: 400 }).map((parts) => parts.join("")),
      fc.tuple(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 400 }))
        .map(([parts, times]) => parts.join("").repeat(times)),
      fc.string({ unit: "binary", maxLength: 300 }),
    );
    fc.assert(fc.property(texts, (text) => {
      expect(fingerprintText(text)).toEqual(definition(text));
    }), { numRuns: 400 });
    for (const text of [A, B, A.repeat(3), "一二三四五六七八九十".repeat(5000)]) expect(fingerprintText(text)).toEqual(definition(text));
  });

  it("a text shorter than one shingle has an empty fingerprint", () => {
    expect(fingerprintText("工作计划")).toEqual({ size: 0, sketch: [] });
  });

  it("1 MB of one line without punctuation finishes well within 5 s", () => {
    const big = "教研工作计划不少于十五篇".repeat(90_000);
    const t0 = performance.now();
    fingerprintText(big);
    fingerprintText("7".repeat(1_000_000));
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe("estimateContainment", () => {
  it("a plan copied with another school name (XXXX小学 → 阳光实验小学) is ≥ 90% contained", () => {
    const copy = A.replaceAll("XXXX小学", "阳光实验小学");
    expect(estimateContainment(fingerprintText(copy), fingerprintText(A))).toBeGreaterThanOrEqual(0.9);
  });

  it("two different corpus plans share little (< 20%)", () => {
    expect(estimateContainment(fingerprintText(A), fingerprintText(B))!).toBeLessThan(0.2);
  });

  it("a short plan pasted into a long one: short-in-long is high, long-in-short is low (containment, not Jaccard)", () => {
    const short = A.slice(0, 1500);
    const long = `${B}\n${short}\n${corpus("000_d53d671fd7dd814b")}`;
    expect(estimateContainment(fingerprintText(short), fingerprintText(long))!).toBeGreaterThan(0.8);
    expect(estimateContainment(fingerprintText(long), fingerprintText(short))!).toBeLessThan(0.3);
  });

  it("too few shingles to judge → null", () => {
    expect(estimateContainment(fingerprintText("坚持立德树人根本任务"), fingerprintText(A))).toBeNull();
  });
});
