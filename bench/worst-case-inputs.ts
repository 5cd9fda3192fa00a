// The pathological inputs of issue #8, shared by the benchmark and test/reliability/worst-cases.test.ts.
export const WORST_CASES: readonly [string, () => string][] = [
  ["1 MB one line, no punctuation", () => "教研活动开展课题研究".repeat(100_000)],
  ["100,000 × 一、", () => "一、".repeat(100_000)],
  ["100,000 × 不少于", () => "不少于".repeat(100_000)],
  ["1 MB of digits", () => "1234567890".repeat(100_000)],
  ["50,000 × (一)", () => "(一)".repeat(50_000)],
];
