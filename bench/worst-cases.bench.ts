import { analyse } from "../src/index.js";
import { fmt, type BenchContext, type Row } from "./_harness.js";

export const WORST_CASES: readonly [string, () => string][] = [
  ["1 MB one line, no punctuation", () => "教研活动开展课题研究".repeat(100_000)],
  ["100,000 × 一、", () => "一、".repeat(100_000)],
  ["100,000 × 不少于", () => "不少于".repeat(100_000)],
  ["1 MB of digits", () => "1234567890".repeat(100_000)],
  ["50,000 × (一)", () => "(一)".repeat(50_000)],
];

// Seconds for each pathological input through analyse (segmentation on: the slowest path).
export async function run(_context: BenchContext): Promise<Row[]> {
  return WORST_CASES.map(([name, make]) => {
    const text = make();
    const t0 = performance.now();
    analyse(text);
    return { scenario: "worst case", metric: `${name} s`, value: fmt((performance.now() - t0) / 1000, 3) };
  });
}
