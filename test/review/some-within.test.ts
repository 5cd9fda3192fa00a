import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { someWithin } from "../../src/review/rules/_some-within.js";

const span = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })).map(([start, length]) => ({ start, end: start + length }));

describe("someWithin", () => {
  it("tells whether some span lies within another, as a pass over every span would, in any order", () => {
    fc.assert(
      fc.property(fc.array(span), fc.array(span, { minLength: 1 }), (spans, probes) => {
        const within = someWithin(spans);
        for (const probe of probes) {
          expect(within(probe)).toBe(spans.some((s) => s.start >= probe.start && s.end <= probe.end));
        }
      }),
    );
  });
});
