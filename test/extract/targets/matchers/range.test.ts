import { describe, expect, it } from "vitest";
import { range } from "../../../../src/extract/targets/matchers/range.js";
import { quoteOf, run } from "./_run.js";

describe("matchers/range", () => {
  it.each([
    ["一到两次", ["一到两次", 1, 2, "次"]],
    ["1-2篇", ["1-2篇", 1, 2, "篇"]],
    ["1—2节", ["1—2节", 1, 2, "节"]],
    ["三至五节", ["三至五节", 3, 5, "节"]],
    ["两三个", ["两三个", 2, 3, "个"]],
    ["一、二本书", ["一、二本", 1, 2, "本"]],
    ["用三到四周", ["三到四周", 3, 4, "周"]],
  ] as const)("%s → %j", (text, expected) => {
    const found = run(range, text);
    expect(found.map(quoteOf(text))).toEqual([expected]);
    expect(found[0]?.comparator).toBe("range");
  });
  it("一、三本 (not consecutive) → nothing", () => {
    expect(run(range, "一、三本")).toEqual([]);
  });
  it("5-3篇 (upper below lower) → nothing", () => {
    expect(run(range, "5-3篇")).toEqual([]);
  });
  it("3-6岁 → nothing (岁 is not a unit)", () => {
    expect(run(range, "3-6岁")).toEqual([]);
  });
});
