import { describe, expect, it } from "vitest";
import { intervalFrequency } from "../../../../src/extract/targets/matchers/interval-frequency.js";
import { run } from "./_run.js";

describe("matchers/interval-frequency", () => {
  it.each([
    ["二周一次", "二周一次", 1, "次", "周", 2],
    ["每两月一次", "每两月一次", 1, "次", "月", 2],
    ["一周两节", "一周两节", 2, "节", "周", 1],
    ["每隔三天一次", "每隔三天一次", 1, "次", "天", 3],
    ["三个月一次", "三个月一次", 1, "次", "月", 3],
  ] as const)("%s → %s per %s ×%d", (text, quote, value, unit, per, perCount) => {
    const [c] = run(intervalFrequency, text);
    expect(c && text.slice(c.start, c.end)).toBe(quote);
    expect(c).toMatchObject({ value, unit, per, perCount });
  });
});
