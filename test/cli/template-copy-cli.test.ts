import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../helpers/csv.js";
import { planlens, ROOT } from "../helpers/cli.js";

// template-copy across a streamed batch: workers send one fingerprint per plan, the main thread compares them at the end.
let dir: string;
let batch: string;
const ORIGINAL = "004_cfc0ada556cb5cd9.txt";
const COPY = "阳光 小学 计划.txt";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "planlens-copy-"));
  batch = mkdtempSync(join(dir, "batch-"));
  for (const name of ["000_d53d671fd7dd814b.txt", "001_70f898968da05030.txt", "002_59b0314040eefce9.txt", ORIGINAL]) {
    writeFileSync(join(batch, name), readFileSync(join(ROOT, "corpus", name)));
  }
  // one school's plan copied from the 范文 with only the school name changed
  writeFileSync(join(batch, COPY), readFileSync(join(ROOT, "corpus", ORIGINAL), "utf8").replaceAll("XXXX小学", "阳光实验小学"));
});

const findingRows = (csv: string): string[][] => parseCsv(readFileSync(csv, "utf8").slice(1)).filter((r) => r.length > 1);

describe("template-copy across the batch in the CLI", () => {
  it("the copied plan and its original each get a finding naming the other file, in the findings CSV", () => {
    const csv = join(dir, "findings.csv");
    const run = planlens(["analyse", batch, "--format", "csv", "--out", join(dir, "r.csv"), "--findings-csv", csv, "--no-segment", "--jobs", "2"]);
    expect(run.status).toBe(0);
    const [header, ...rows] = findingRows(csv);
    expect(header).toEqual(["file", "plan", "rule_id", "severity", "line", "column", "message", "text"]);
    const copies = rows.filter((r) => r[2] === "template-copy");
    expect(copies.map((r) => r[0]!.split("/").at(-1))).toEqual([ORIGINAL, COPY]);
    expect(copies[0]![6]).toContain(COPY);
    expect(copies[1]![6]).toContain(ORIGINAL);
    expect(copies[1]).toMatchObject({ 1: "1", 3: "warning", 7: "阳光实验小学2022年学校工作计划及推进方案" });
    // line:column of the plan's title in the file (line 1 is the scraped "资源描述")
    expect(copies[1]!.slice(4, 6)).toEqual(["2", "1"]);
    expect(run.stderr).toMatch(/template-copy: 2 plans share most of their text/);
  });

  it("JSONL: every file line keeps the contract shape; one last record {file: null, plans: [], batchFindings} carries them", () => {
    const run = planlens(["analyse", batch, "--format", "jsonl", "--no-segment", "--quiet", "--jobs", "3"]);
    const records = run.stdout.split("\n").filter(Boolean).map((line) => JSON.parse(line));
    expect(records).toHaveLength(6);
    expect(records.slice(0, 5).every((r) => typeof r.file === "string" && Array.isArray(r.plans))).toBe(true);
    const last = records[5];
    expect(last).toMatchObject({ file: null, error: null, plans: [] });
    expect(last.batchFindings).toHaveLength(2);
    const finding = last.batchFindings[1];
    expect(finding).toMatchObject({ ruleId: "template-copy", severity: "warning", source: "planlens", planIndex: 0, start: 0 });
    expect(finding.file.endsWith(COPY)).toBe(true);
    expect(finding.copyOf.file.endsWith(ORIGINAL)).toBe(true);
    const plan = records.find((r) => r.file === finding.file).plans[finding.planIndex];
    expect(plan.text.slice(finding.start, finding.end)).toBe(plan.title);
    const oneJob = planlens(["analyse", batch, "--format", "jsonl", "--no-segment", "--quiet", "--jobs", "1"]);
    expect(run.stdout).toBe(oneJob.stdout); // deterministic whatever the number of workers
  });

  it("JSON: the batch record is the array's last element; --format text ends with a batch section", () => {
    const json = JSON.parse(planlens(["analyse", batch, "--format", "json", "--no-segment", "--quiet"]).stdout);
    expect(json).toHaveLength(6);
    expect(json[5].batchFindings).toHaveLength(2);
    const text = planlens(["analyse", batch, "--format", "text", "--no-segment", "--quiet"]).stdout;
    expect(text).toMatch(/== batch findings \(2\)\n[^\n]*004_cfc0ada556cb5cd9\.txt:2:1 plan 1[^\n]*\n[^\n]*阳光 小学 计划\.txt:2:1 plan 1 {2}warning {2}Found \d+% .*\[template-copy\]/);
  });

  it("distinct corpus plans get no template-copy finding and no batch record", () => {
    const csv = join(dir, "corpus-findings.csv");
    const run = planlens(["analyse", "corpus", "--format", "jsonl", "--findings-csv", csv, "--no-segment", "--jobs", "2"]);
    expect(run.status).toBe(0);
    expect(findingRows(csv).filter((r) => r[2] === "template-copy")).toEqual([]);
    expect(run.stdout.split("\n").filter(Boolean).every((line) => typeof JSON.parse(line).file === "string")).toBe(true);
    expect(run.stderr).not.toMatch(/template-copy/);
  });

  it("--config can turn the rule off or change its severity", () => {
    const off = join(dir, "off.json");
    writeFileSync(off, JSON.stringify({ rules: { "template-copy": "off" } }));
    const silent = planlens(["analyse", batch, "--format", "jsonl", "--no-segment", "--quiet", "--config", off]);
    expect(silent.stdout.split("\n").filter(Boolean)).toHaveLength(5);
    const error = join(dir, "error.json");
    writeFileSync(error, JSON.stringify({ rules: { "template-copy": "error" } }));
    const loud = planlens(["analyse", batch, "--format", "jsonl", "--no-segment", "--quiet", "--config", error]);
    const last = JSON.parse(loud.stdout.trim().split("\n").at(-1)!);
    expect(last.batchFindings.map((f: { severity: string }) => f.severity)).toEqual(["error", "error"]);
  });
});
