import { describe, expect, it } from "vitest";
import { analyse } from "../../src/index.js";
import { WORST_CASES } from "../../bench/worst-case-inputs.js";

// A safety net against catastrophic backtracking, not a benchmark: the limit is 5× the 2 s goal.
describe("pathological inputs finish (no super-linear step)", () => {
  it.each(WORST_CASES.map(([name, make]) => [name, make] as const))("%s", (_name, make) => {
    const text = make();
    const t0 = performance.now();
    const plans = analyse(text, { segment: false });
    expect(plans.length).toBeGreaterThanOrEqual(0);
    expect((performance.now() - t0) / 1000).toBeLessThan(10);
  });
});
