import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countLess } from "../../src/review/rules/_count-less.js";

describe("countLess", () => {
  it("equals the number of values below, for any ascending list and value", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, value) => {
        const sorted = [...values].sort((a, b) => a - b);
        expect(countLess(sorted, value)).toBe(sorted.filter((v) => v < value).length);
      }),
    );
  });
});
