import { expect } from "vitest";

/** The pathological inputs every stage must handle in linear time (issue #8's worst cases). */
export const HOSTILE_INPUTS: readonly string[] = [
  "教研活动的开展".repeat(150_000),
  "一、".repeat(100_000),
  "不少于".repeat(100_000),
  "1".repeat(1_000_000),
  "(一)".repeat(50_000),
];

/** A safety net, not a benchmark: each input must go through `run` within `limitMs` (generous on purpose). */
export function expectFastOn(inputs: readonly string[], run: (text: string) => unknown, limitMs = 5000): void {
  for (const text of inputs) {
    const started = performance.now();
    run(text);
    expect(performance.now() - started).toBeLessThan(limitMs);
  }
}
