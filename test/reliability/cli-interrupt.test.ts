import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers/cli.js";

// An output file is never left looking complete when it is not: written as "<out>.partial", renamed at the end.
let dir: string;
let plans: string;
const TOTAL = 200;
const nonEmptyLines = (path: string): string[] => (existsSync(path) ? readFileSync(path, "utf8").split("\n").filter(Boolean) : []);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "planlens-interrupt-"));
  plans = join(dir, "计划");
  mkdirSync(plans);
  const text = readFileSync(join(ROOT, "corpus/000_d53d671fd7dd814b.txt"), "utf8");
  for (let i = 0; i < TOTAL; i += 1) writeFileSync(join(plans, `plan-${String(i).padStart(3, "0")}.txt`), `${text}\n第${i}份`);
});

describe("Ctrl-C in the middle of a batch", () => {
  it("exits 130, leaves no file under the final names, and the .partial files hold only complete lines", async () => {
    const out = join(dir, "out.jsonl");
    const targets = join(dir, "targets.csv");
    const child = spawn(process.execPath, [
      BIN, "analyse", plans, "--format", "jsonl", "--out", out, "--targets-csv", targets, "--jobs", "2", "--no-segment", "--quiet",
    ]);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const deadline = Date.now() + 40_000;
    while (nonEmptyLines(`${out}.partial`).length < 10 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGINT");
    expect(await exited).toBe(130);

    expect(existsSync(out)).toBe(false);
    expect(existsSync(targets)).toBe(false);
    const lines = nonEmptyLines(`${out}.partial`);
    expect(lines.length).toBeGreaterThanOrEqual(10);
    expect(lines.length).toBeLessThan(TOTAL);
    const files = lines.map((line) => (JSON.parse(line) as { file: string | null }).file);
    expect(files.every((file) => typeof file === "string")).toBe(true); // no batch record on an interrupted run
    expect(files).toEqual([...files].sort());
    const raw = readFileSync(`${out}.partial`, "utf8");
    expect(raw.endsWith("\n")).toBe(true);
    const csv = readFileSync(`${targets}.partial`, "utf8");
    expect(csv.startsWith("\uFEFFfile,plan,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
  }, 60_000);

  it("a run that fails before the end (bad usage) never creates the final name, and an earlier complete output stays as it was", () => {
    const out = join(dir, "report.csv");
    writeFileSync(out, "an earlier, complete report\n");
    const bad = join(dir, "bad-config.json");
    writeFileSync(bad, "{ not json");
    const run = spawnSync(process.execPath, [BIN, "analyse", plans, "--out", out, "--config", bad], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--config: .*not valid JSON/);
    expect(readFileSync(out, "utf8")).toBe("an earlier, complete report\n");
    expect(existsSync(`${out}.partial`)).toBe(false);
  });
});
