import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fmt, ROOT, type BenchContext, type Row } from "./_harness.js";

const FILES = 2000;
const PAIRS = 3;

interface BatchRun { readonly seconds: number; readonly cpuSeconds: number; readonly rssMb: number }

// 2,000 plan files through the CLI with --jobs 1 and --jobs 2: files/s, speed-up, peak RSS and CPU time (GNU time).
// This machine's speed drifts by ±30% between minutes, so the two are run back to back 3 times and the speed-up is
// the median of the 3 pairs' ratios; the files/s shown are from that pair.
export async function run(context: BenchContext): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), "planlens-bench-"));
  const singles = context.corpus.filter((t) => t.length < 20_000);
  for (let i = 0; i < FILES; i += 1) writeFileSync(join(dir, `plan-${String(i).padStart(4, "0")}.txt`), `${singles[i % singles.length]!}\n(${i})`);
  const pairs = Array.from({ length: PAIRS }, () => [runBatch(dir, 1), runBatch(dir, 2)] as const);
  rmSync(dir, { recursive: true, force: true });
  const speedUp = ([one, two]: readonly [BatchRun, BatchRun]): number => one.seconds / two.seconds;
  const median = [...pairs].sort((a, b) => speedUp(a) - speedUp(b))[PAIRS >> 1]!;
  const rows: Row[] = median.map((batch, index) => ({
    scenario: "batch 2,000 files", metric: `--jobs ${index + 1} files/s`, value: fmt(FILES / batch.seconds, 1),
    note: `${fmt(batch.seconds, 1)} s, peak RSS ${fmt(batch.rssMb, 0)} MB, CPU ${fmt(batch.cpuSeconds, 1)} s (${fmt(batch.cpuSeconds / batch.seconds)} cores busy)`,
  }));
  rows.push({ scenario: "batch 2,000 files", metric: "--jobs 2 speed-up", value: `${fmt(speedUp(median))}×`, note: `per pair: ${pairs.map((pair) => fmt(speedUp(pair))).join(", ")}` });
  return rows;
}

function runBatch(dir: string, jobs: number): BatchRun {
  const t0 = performance.now();
  const run = spawnSync("/usr/bin/time", ["-f", "%U %S %M", process.execPath, `${ROOT}bin/planlens.js`, "analyse", dir, "--out", join(dir, `out-${jobs}.csv`), "--jobs", String(jobs), "--quiet"], { encoding: "utf8" });
  const seconds = (performance.now() - t0) / 1000;
  if (run.status !== 0) throw new Error(run.stderr);
  const [user, system, rssKb] = run.stderr.trim().split("\n").pop()!.split(" ").map(Number) as [number, number, number];
  return { seconds, cpuSeconds: user + system, rssMb: rssKb / 1024 };
}
