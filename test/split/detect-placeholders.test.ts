import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectPlaceholders } from "../../src/split/index.js";

describe("detectPlaceholders", () => {
  it("XXXX小学, 20xx年, XX县, XX省, xx年8月, X月X日, ×× found; STEAM, Excel and 3×4 are not", () => {
    const text = readFileSync(new URL("../../fixtures/clean/placeholders.txt", import.meta.url), "utf8");
    const found = detectPlaceholders(text);
    expect(found.map((p) => [p.text, p.kind])).toEqual([
      ["XXXX", "name"],
      ["20xx", "year"],
      ["XX", "name"],
      ["XX", "name"],
      ["xx", "year"],
      ["X月X日", "other"],
      ["××", "name"],
    ]);
    for (const p of found) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it("20xx—20xx gives two years", () => {
    expect(detectPlaceholders("规划纲要》(20xx—20xx)").map((p) => [p.text, p.kind, p.start])).toEqual([
      ["20xx", "year", 6],
      ["20xx", "year", 11],
    ]);
  });

  it("latin words with x (Xbox, max, XXL) are not placeholders", () => {
    expect(detectPlaceholders("使用Xbox和max函数,XXL号衣服,TEX排版")).toEqual([]);
  });
});
