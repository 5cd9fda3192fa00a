import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CHECKLIST } from "../../src/index.js";
import { parseCsv } from "../helpers/csv.js";
import { BIN, planlens, ROOT } from "../helpers/cli.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "planlens-cli-"));
});

describe("planlens analyse corpus --out report.csv (the README's main job)", () => {
  it("writes a BOM-prefixed CSV with one row per plan and correct Chinese", () => {
    const out = join(dir, "report.csv");
    const run = planlens(["analyse", "corpus", "--out", out, "--no-segment", "--jobs", "1"]);
    expect(run.stderr).toMatch(/5 files, 19 plans, 0 failed/);
    expect(run.status).toBe(0);
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString("utf8").slice(1));
    const header = rows[0]!;
    expect(header.slice(0, 5)).toEqual(["file", "plan", "title", "anchor_year", "anchor_term"]);
    for (const item of DEFAULT_CHECKLIST.items) expect(header).toContain(`cov_${item.id}`);
    const body = rows.slice(1).filter((r) => r.length > 1);
    expect(body).toHaveLength(19);
    const titleOf = (file: string): string => body.find((r) => r[0]!.includes(file))![2]!;
    expect(titleOf("000_")).toContain("教研部2020下半年工作计划");
    expect(body.filter((r) => r[0]!.includes("003_")).map((r) => r[2])).toContain("教科室工作计划主题篇一");
  });

  it("neutralises cells that a spreadsheet would run as formulas", () => {
    const file = join(dir, "=cmd.txt");
    writeFileSync(file, "=SUM(A1)学校工作计划\n一、指导思想\n坚持立德树人。");
    const run = planlens(["analyse", file, "--format", "csv", "--no-segment", "--quiet"]);
    expect(run.status).toBe(0);
    const rows = parseCsv(run.stdout.slice(1));
    expect(rows[1]![2]!.startsWith("'=")).toBe(true);
  });
});

describe("a batch with bad files", () => {
  it("analyses every good file, reports each bad one in its row, and exits 1", () => {
    const batch = mkdtempSync(join(dir, "batch-"));
    writeFileSync(join(batch, "a-empty.txt"), "");
    writeFileSync(join(batch, "b-binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 0, 0, 0, 9, 8, 0]));
    writeFileSync(join(batch, "c-truncated.docx"), Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(40, 7)]));
    writeFileSync(join(batch, "d-gbk.txt"), iconv.encode("2022年学校工作计划\n一、指导思想\n坚持立德树人，每学期听课不少于15节。", "gb18030"));
    writeFileSync(join(batch, "e-good.txt"), readFileSync(join(ROOT, "corpus/004_cfc0ada556cb5cd9.txt")));
    const run = planlens(["analyse", batch, "--format", "csv", "--no-segment", "--jobs", "1"]);
    expect(run.status).toBe(1);
    const rows = parseCsv(run.stdout.slice(1)).filter((r) => r.length > 1);
    const header = rows[0]!;
    const code = header.indexOf("error_code");
    const byFile = (name: string) => rows.filter((r) => r[0]!.endsWith(name));
    expect(byFile("a-empty.txt")[0]![code]).toBe("empty");
    expect(byFile("b-binary.txt")[0]![code]).toBe("binary");
    expect(byFile("c-truncated.docx")[0]![code]).toBe("corrupt");
    expect(byFile("d-gbk.txt")[0]![code]).toBe("");
    expect(byFile("d-gbk.txt")[0]![2]).toBe("2022年学校工作计划");
    expect(byFile("e-good.txt")[0]![code]).toBe("");
    expect(run.stderr).toMatch(/5 files, 2 plans, 3 failed/);
  });

  it("a missing path becomes a not-found row, not a crash", () => {
    const run = planlens(["analyse", join(dir, "no-such-plan.txt"), "--format", "jsonl", "--no-segment", "--quiet"]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).error.code).toBe("not-found");
  });
});

describe("determinism and scale-out", () => {
  it("--jobs 2 gives the same output, byte for byte, as --jobs 1", () => {
    const one = planlens(["analyse", "corpus", "--format", "jsonl", "--jobs", "1", "--quiet"]);
    const two = planlens(["analyse", "corpus", "--format", "jsonl", "--jobs", "2", "--quiet"]);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split("\n").filter(Boolean)).toHaveLength(5);
  });

  it("the machine's locale does not change the output (the order of findings at one place included)", () => {
    const plan = join(dir, "no-headings.txt");
    writeFileSync(plan, "我校今年要做好教学工作。每位教师每学期听课不少于15节。\n");
    const under = (locale: string) =>
      spawnSync(process.execPath, [BIN, "analyse", plan, "corpus", "--format", "jsonl", "--no-segment", "--quiet", "--jobs", "1"], {
        cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, LANG: locale, LC_ALL: locale },
      }).stdout;
    const c = under("C");
    const missing = JSON.parse(c.split("\n")[0]!).plans[0].findings.filter((f: { ruleId: string }) => f.ruleId === "missing-section");
    expect(missing).toHaveLength(4);
    expect(under("zh_CN.UTF-8")).toBe(c);
    expect(under("en_US.UTF-8")).toBe(c);
  });

  it("--shard i/n splits the inputs into disjoint shares that together are the batch", () => {
    const files = (shard: string) =>
      planlens(["analyse", "corpus", "--format", "jsonl", "--no-segment", "--quiet", "--shard", shard]).stdout
        .split("\n").filter(Boolean).map((line) => JSON.parse(line).file as string);
    const a = files("1/2");
    const b = files("2/2");
    expect([...a, ...b].sort()).toEqual(files("1/1").sort());
    expect(a.filter((f) => b.includes(f))).toEqual([]);
  });
});

describe("usage errors exit 2 with a message naming the option", () => {
  it.each([
    [["analyse", "corpus", "--format", "xml"], /--format/],
    [["analyse", "corpus", "--jobs", "0"], /--jobs/],
    [["analyse", "corpus", "--anchor", "autumn"], /--anchor/],
    [["analyse"], /<file\|dir\|glob>/],
    [["analyse", "corpus", "--colour"], /colour/],
    [["frobnicate"], /unknown command/],
  ])("%j", (args, message) => {
    const run = planlens(args as string[]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });

  it("an invalid checklist names the bad field", () => {
    const file = join(dir, "bad-checklist.json");
    writeFileSync(file, JSON.stringify({ id: "x", title: "x", version: "1", items: [{ id: "a", label: "A", phrases: { anyOf: "德育" } }] }));
    const run = planlens(["analyse", "corpus", "--checklist", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/items\[0\]\.phrases\.anyOf/);
  });
});

describe("help", () => {
  it("planlens --help and planlens analyse --help explain every option with an example", () => {
    expect(planlens(["--help"]).stdout).toMatch(/planlens analyse corpus --out report.csv/);
    const help = planlens(["analyse", "--help"]).stdout;
    for (const flag of ["--format", "--out", "--targets-csv", "--findings-csv", "--checklist", "--jobs", "--anchor", "--shard", "--resume"]) {
      expect(help).toContain(flag);
    }
  });
});
