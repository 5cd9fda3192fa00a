import { expect } from "vitest";
import type { Target } from "../../../src/types.js";
import { extractTargets, type ExtractTargetsOptions } from "../../../src/extract/targets/index.js";

/** Every target's span holds its text, and the list is sorted by start, then end. */
export function expectValidSpans(text: string, targets: readonly Target[]): void {
  for (const t of targets) {
    expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(t.sentence.start).toBeLessThanOrEqual(t.start);
    expect(t.sentence.end).toBeGreaterThanOrEqual(t.end);
  }
  const sorted = [...targets].sort((a, b) => a.start - b.start || a.end - b.end);
  expect(targets.map((t) => t.start)).toEqual(sorted.map((t) => t.start));
}

/** Targets of `text`, after checking their spans. */
export function targetsOf(text: string, options?: ExtractTargetsOptions): Target[] {
  const targets = extractTargets(text, options);
  expectValidSpans(text, targets);
  return targets;
}

/** The compact fields a test compares: [text, value, max, unit, comparator, per]. */
export const brief = (t: Target): readonly unknown[] => [t.text, t.value, t.max, t.unit, t.comparator, t.per];
