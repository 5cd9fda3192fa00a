import { describe, expect, it } from "vitest";
import { coordinated } from "../../../../src/extract/targets/matchers/coordinated.js";
import { run } from "./_run.js";

describe("matchers/coordinated", () => {
  it("分别不少于3次和4次 → 不少于3次 >= and 4次 >=", () => {
    const text = "活动分别不少于3次和4次";
    const found = run(coordinated, text);
    expect(found.map((c) => [text.slice(c.start, c.end), c.value, c.unit, c.comparator])).toEqual([
      ["不少于3次", 3, "次", ">="],
      ["4次", 4, "次", ">="],
    ]);
  });
  it("分别为3和4篇 → first unit taken from the second, comparator =", () => {
    const text = "分别为3和4篇";
    const found = run(coordinated, text);
    expect(found.map((c) => [text.slice(c.start, c.end), c.value, c.unit, c.comparator])).toEqual([
      ["3", 3, "篇", "="],
      ["4篇", 4, "篇", "="],
    ]);
  });
});
