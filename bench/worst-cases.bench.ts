import { analyse } from "../dist/index.js";
import { fmt, type BenchContext, type Row } from "./_harness.js";
import { WORST_CASES } from "./worst-case-inputs.js";

// Seconds for each pathological input through analyse (segmentation on: the slowest path).
export async function run(_context: BenchContext): Promise<Row[]> {
  return WORST_CASES.map(([name, make]) => {
    const text = make();
    const t0 = performance.now();
    analyse(text);
    return { scenario: "worst case", metric: `${name} s`, value: fmt((performance.now() - t0) / 1000, 3) };
  });
}
