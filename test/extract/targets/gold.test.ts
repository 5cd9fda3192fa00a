import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { scoreCorpus } from "./_gold.js";

const CORPUS = join(import.meta.dirname, "../../../corpus");

/** Floors measured on corpus/*.gold.json (F1 0.96, comparator accuracy 1.00 when written); raise them, never lower. */
const F1_FLOOR = 0.9;
const COMPARATOR_FLOOR = 0.95;

describe.runIf(existsSync(CORPUS))("targets against the corpus gold", () => {
  const score = scoreCorpus(CORPUS);
  it(`F1 ≥ ${F1_FLOOR}`, () => {
    expect(score.f1).toBeGreaterThanOrEqual(F1_FLOOR);
  });
  it(`comparator accuracy ≥ ${COMPARATOR_FLOOR}`, () => {
    expect(score.comparatorAccuracy).toBeGreaterThanOrEqual(COMPARATOR_FLOOR);
  });
});
