import { describe, expect, it } from "vitest";
import { scoreGoldDates } from "./_gold-score.js";

/** Floors on the corpus gold (raw text, boilerplate included). Measured 2026-11-23: F1 0.93, resolution 1.00. */
describe("dates against corpus gold", () => {
  const score = scoreGoldDates();
  it.skipIf(score === null)("F1 ≥ 0.90, resolution ≥ 0.85, deadline agreement ≥ 0.90", () => {
    expect(score!.f1).toBeGreaterThanOrEqual(0.9);
    expect(score!.resolution).toBeGreaterThanOrEqual(0.85);
    expect(score!.deadline).toBeGreaterThanOrEqual(0.9);
  });
});
