import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { repeatedTitle } from "../../src/clean/41-repeated-title.js";
import { cleanText } from "../../src/clean/index.js";

const removed = (text: string): string[] => repeatedTitle.find(text).map((edit) => text.slice(edit.start, edit.end));

describe("repeated-title: a web page's title above the document's own", () => {
  it("a 文库 page: the page title goes once the chunk marker is gone; the document's title (run into its body) stays", () => {
    const text = readFileSync(new URL("../../fixtures/clean/repeated-title.txt", import.meta.url), "utf8");
    const clean = cleanText(text);
    expect(clean.text.startsWith("某校工作计划 一、指导思想聚焦核心素养,提高教育教学质量。\n工作重点(1)")).toBe(true);
    expect(clean.removals.map((r) => [r.rule, r.text])).toEqual([
      ["repeated-title", "某校工作计划\n\n"],
      ["wenku-chunk-marker", "1、"],
      ["wenku-heading-marker", "2、 "],
      ["wenku-chunk-marker", "\n\n2、"],
      ["wenku-chunk-marker", "\n\n3、"],
    ]);
    expect(cleanText(clean.text).text).toBe(clean.text);
  });

  it("the same line twice: the first goes", () => {
    expect(removed("2023年教研工作计划\n2023年教研工作计划\n一、指导思想")).toEqual(["2023年教研工作计划\n"]);
  });

  it("not when the next line only begins with the same words, the first line is a sentence, or too short or long", () => {
    expect(removed("工作计划\n工作计划的制定要从实际出发。")).toEqual([]);
    expect(removed("我校认真落实。\n我校认真落实。 其他")).toEqual([]);
    expect(removed("计划\n计划 一、指导思想")).toEqual([]);
    const long = "某".repeat(81);
    expect(removed(`${long}\n${long}`)).toEqual([]);
    expect(removed("2023年教研工作计划\n一、指导思想\n2023年教研工作计划")).toEqual([]);
    expect(removed("")).toEqual([]);
    expect(removed("\n\n2023年教研工作计划\n")).toEqual([]);
  });
});
