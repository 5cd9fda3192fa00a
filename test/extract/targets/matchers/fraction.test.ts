import { describe, expect, it } from "vitest";
import { fraction } from "../../../../src/extract/targets/matchers/fraction.js";
import { quoteOf, run } from "./_run.js";

describe("matchers/fraction", () => {
  it("十分之一 → 10 %", () => {
    expect(run(fraction, "十分之一").map(quoteOf("十分之一"))).toEqual([["十分之一", 10, null, "%"]]);
  });
  it("三分之二 → 66.67 %", () => {
    expect(run(fraction, "三分之二")[0]?.value).toBe(66.67);
  });
  it("二分之三 (more than whole) → nothing", () => {
    expect(run(fraction, "二分之三")).toEqual([]);
  });
});
