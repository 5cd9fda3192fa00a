import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, planlens, ROOT } from "../helpers/cli.js";

const lineCount = (path: string): number => (existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean).length : 0);

describe("an interrupted batch", () => {
  it("after kill -9, the output never looks complete and --resume finishes with every file exactly once", async () => {
    const dir = mkdtempSync(join(tmpdir(), "planlens-resume-"));
    const plans = join(dir, "计划 文件夹");
    mkdirSync(plans);
    const text = readFileSync(join(ROOT, "corpus/001_70f898968da05030.txt"), "utf8");
    const total = 300;
    for (let i = 0; i < total; i += 1) writeFileSync(join(plans, `学校 计划-${String(i).padStart(3, "0")}.txt`), `${text}\n第${i}份`);
    const out = join(dir, "out.jsonl");

    const child = spawn(process.execPath, [BIN, "analyse", plans, "--format", "jsonl", "--out", out, "--jobs", "1", "--no-segment", "--quiet"]);
    const deadline = Date.now() + 60_000;
    while (lineCount(`${out}.partial`) < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));

    const partialLines = lineCount(`${out}.partial`);
    expect(partialLines).toBeGreaterThanOrEqual(20);
    expect(partialLines).toBeLessThan(total);
    expect(existsSync(out)).toBe(false);

    const resumed = planlens(["analyse", plans, "--format", "jsonl", "--out", out, "--resume", "--jobs", "1", "--no-segment"]);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toMatch(/resumed/);
    expect(existsSync(`${out}.partial`)).toBe(false);
    const records = readFileSync(out, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as { file: string | null; batchFindings?: unknown[] });
    // The 300 plans are copies of one text: the last record carries their template-copy findings (file: null), and
    // it covers the files of the first run too, whose fingerprints --resume recomputes from their JSONL lines.
    const batch = records.at(-1)!;
    expect(batch).toMatchObject({ file: null, error: null, plans: [] });
    expect(batch.batchFindings).toHaveLength(total);
    const files = records.filter((r) => r.file !== null).map((r) => r.file as string);
    expect(files).toHaveLength(total);
    expect(new Set(files).size).toBe(total);
    expect(files).toEqual([...files].sort());
  }, 120_000);

  it("--resume writes the targets and findings CSVs (template copies included) an uninterrupted run writes", () => {
    const dir = mkdtempSync(join(tmpdir(), "planlens-resume-csv-"));
    const plans = join(dir, "plans");
    mkdirSync(plans);
    const corpus = ["000_d53d671fd7dd814b", "001_70f898968da05030", "003_0f9a1944ed2eba0a", "004_cfc0ada556cb5cd9"];
    corpus.forEach((name, i) => {
      const text = readFileSync(join(ROOT, `corpus/${name}.txt`), "utf8");
      writeFileSync(join(plans, `${i}-a.txt`), text);
      // a copy behind a different preamble: template-copy findings whose line:column differ from the original's
      writeFileSync(join(plans, `${i}-b.txt`), `转载自某校网站\n\n${text}`);
    });
    const run = (name: string, extra: readonly string[]) => {
      const result = planlens(["analyse", plans, "--format", "jsonl", "--out", join(dir, `${name}.jsonl`), "--targets-csv", join(dir, `${name}-targets.csv`), "--findings-csv", join(dir, `${name}-findings.csv`), "--jobs", "1", "--no-segment", "--quiet", ...extra]);
      expect(result.status, result.stderr).toBe(0);
      return { targets: readFileSync(join(dir, `${name}-targets.csv`), "utf8"), findings: readFileSync(join(dir, `${name}-findings.csv`), "utf8") };
    };
    const whole = run("whole", []);
    // an earlier run that stopped after 3 of the 8 files: its first 3 complete lines
    const lines = readFileSync(join(dir, "whole.jsonl"), "utf8").split("\n").filter(Boolean);
    writeFileSync(join(dir, "resumed.jsonl.partial"), `${lines.slice(0, 3).join("\n")}\n`);
    const resumed = run("resumed", ["--resume"]);
    expect(whole.targets.split("\n").length).toBeGreaterThan(20);
    expect(whole.findings).toMatch(/template-copy/);
    expect(resumed.targets).toBe(whole.targets);
    expect(resumed.findings).toBe(whole.findings);
    expect(readFileSync(join(dir, "resumed.jsonl"), "utf8")).toBe(readFileSync(join(dir, "whole.jsonl"), "utf8"));
  }, 120_000);
});
