import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fmt, ROOT, type BenchContext, type Row } from "./_harness.js";

const FILES = 2000;

// 2,000 plan files through the CLI with --jobs 1 and --jobs 2: files/s, speed-up, peak RSS (GNU time).
export async function run(context: BenchContext): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), "planlens-bench-"));
  const singles = context.corpus.filter((t) => t.length < 20_000);
  for (let i = 0; i < FILES; i += 1) writeFileSync(join(dir, `plan-${String(i).padStart(4, "0")}.txt`), `${singles[i % singles.length]!}\n(${i})`);
  const rows: Row[] = [];
  const rate: number[] = [];
  for (const jobs of [1, 2]) {
    const t0 = performance.now();
    const run = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, `${ROOT}bin/planlens.js`, "analyse", dir, "--out", join(dir, `out-${jobs}.csv`), "--jobs", String(jobs), "--quiet"], { encoding: "utf8" });
    const seconds = (performance.now() - t0) / 1000;
    if (run.status !== 0) throw new Error(run.stderr);
    const rssMb = Number(run.stderr.trim().split("\n").pop()) / 1024;
    rate.push(FILES / seconds);
    rows.push({ scenario: "batch 2,000 files", metric: `--jobs ${jobs} files/s`, value: fmt(FILES / seconds, 1), note: `${fmt(seconds, 1)} s, peak RSS ${fmt(rssMb, 0)} MB` });
  }
  rows.push({ scenario: "batch 2,000 files", metric: "--jobs 2 speed-up", value: `${fmt(rate[1]! / rate[0]!)}×` });
  rmSync(dir, { recursive: true, force: true });
  return rows;
}
