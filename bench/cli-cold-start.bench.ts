import { spawnSync } from "node:child_process";
import { fmt, ROOT, type BenchContext, type Row } from "./_harness.js";

// Process start to exit for one plan through the built CLI, with and without segmentation.
export async function run(_context: BenchContext): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [name, extra] of [["with segmentation", []], ["segmentation off", ["--no-segment"]]] as const) {
    const times: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const t0 = performance.now();
      const run = spawnSync(process.execPath, [`${ROOT}bin/planlens.js`, "analyse", `${ROOT}corpus/000_d53d671fd7dd814b.txt`, "--format", "json", "--quiet", "--jobs", "1", ...extra], { encoding: "utf8" });
      if (run.status !== 0) throw new Error(run.stderr);
      if (i > 0) times.push((performance.now() - t0) / 1000);
    }
    times.sort((a, b) => a - b);
    rows.push({ scenario: "cli cold start", metric: `one plan, ${name} s`, value: fmt(times[1]!, 3) });
  }
  return rows;
}
