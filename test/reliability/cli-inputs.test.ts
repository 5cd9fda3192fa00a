import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, planlens, ROOT } from "../helpers/cli.js";

// Paths nobody has looked at, and files that are not what their names say, through the built CLI (npm test builds).
const FIXTURES = join(ROOT, "fixtures/load");
const PLAN = "2022年学校工作计划\n一、指导思想\n坚持立德树人。\n二、工作目标\n每位教师每学期听课不少于15节。\n";
const isRoot = process.getuid?.() === 0;

interface Row { file: string; error: { code: string; message: string } | null; plans: { title: string }[] }
const rowsOf = (stdout: string): Row[] => stdout.split("\n").filter(Boolean).map((line) => JSON.parse(line) as Row);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "planlens-inputs-"));
});

describe("paths", () => {
  it("a folder with a symlink loop (dir/loop -> dir) is walked without hanging, each file once", () => {
    const tree = join(dir, "loop-tree");
    mkdirSync(join(tree, "sub"), { recursive: true });
    writeFileSync(join(tree, "a.txt"), PLAN);
    writeFileSync(join(tree, "sub", "b.txt"), PLAN);
    symlinkSync(tree, join(tree, "loop"));
    symlinkSync(join(tree, "sub"), join(tree, "sub", "up"));
    const run = spawnSync(process.execPath, [BIN, "analyse", tree, "--format", "jsonl", "--no-segment", "--quiet", "--jobs", "1"], {
      encoding: "utf8", timeout: 30_000,
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(0);
    expect(rowsOf(run.stdout).map((r) => r.file)).toEqual([join(tree, "a.txt"), join(tree, "sub", "b.txt")]);
  });

  it("links to files in a folder or a glob are analysed; a broken link becomes a row; links to folders are not walked", () => {
    const plans = join(dir, "linked-plans");
    const links = join(dir, "links");
    mkdirSync(join(plans, "more"), { recursive: true });
    mkdirSync(links);
    writeFileSync(join(plans, "a.txt"), PLAN);
    writeFileSync(join(plans, "more", "b.txt"), PLAN);
    symlinkSync(join(plans, "a.txt"), join(links, "a.txt"));
    symlinkSync(join(plans, "gone.txt"), join(links, "broken.txt"));
    symlinkSync(join(plans, "more"), join(links, "folder.txt"));
    for (const input of [links, `${links}/*.txt`]) {
      const run = planlens(["analyse", input, "--format", "jsonl", "--no-segment", "--quiet", "--jobs", "1"]);
      expect(run.status).toBe(1);
      const rows = rowsOf(run.stdout);
      expect(rows.map((r) => r.file)).toEqual([join(links, "a.txt"), join(links, "broken.txt")]);
      expect(rows[0]!.error).toBeNull();
      expect(rows[0]!.plans[0]!.title).toBe("2022年学校工作计划");
      expect(rows[1]!.error?.code).toBe("not-found");
    }
  });

  it("a folder walk also picks up .doc, .wps, .pdf and .rtf files, as 'unsupported' rows saying how to convert them", () => {
    const folder = join(dir, "mixed-formats");
    mkdirSync(folder);
    writeFileSync(join(folder, "a.txt"), PLAN);
    copyFileSync(join(FIXTURES, "old-word.doc"), join(folder, "b.doc"));
    copyFileSync(join(FIXTURES, "old-word.doc"), join(folder, "c.WPS"));
    copyFileSync(join(FIXTURES, "fake.pdf"), join(folder, "d.pdf"));
    copyFileSync(join(FIXTURES, "fake.rtf"), join(folder, "e.rtf"));
    copyFileSync(join(FIXTURES, "image.png"), join(folder, "f.png"));
    const run = planlens(["analyse", folder, "--format", "jsonl", "--no-segment", "--quiet", "--jobs", "1"]);
    expect(run.status).toBe(1);
    const rows = rowsOf(run.stdout);
    expect(rows.map((r) => [r.file.slice(folder.length + 1), r.error?.code ?? null])).toEqual([
      ["a.txt", null], ["b.doc", "unsupported"], ["c.WPS", "unsupported"], ["d.pdf", "unsupported"], ["e.rtf", "unsupported"],
    ]);
    expect(rows[3]!.error?.message).toMatch(/PDF/);
  });

  it("a folder or glob with no plan files: exit 0 and an empty table, but a warning naming the inputs even with --quiet", () => {
    const empty = join(dir, "no-plans");
    mkdirSync(empty);
    writeFileSync(join(empty, "photo.png"), "not really a png");
    const run = planlens(["analyse", empty, `${empty}/*.txt`, "--no-segment", "--quiet"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(`planlens: warning: no plan files in ${empty} ${empty}/*.txt (looked for .txt`);
  });

  it("names with spaces and Chinese characters: as a file, inside a folder and through a glob", () => {
    const folder = join(dir, "学校 计划 2024");
    mkdirSync(folder);
    const file = join(folder, "2024学年 第一学期 教研计划.txt");
    copyFileSync(join(FIXTURES, "2024学年 第一学期 教研计划.txt"), file);
    const run = planlens(["analyse", file, folder, `${folder}/*.txt`, "--format", "jsonl", "--no-segment", "--quiet", "--jobs", "1"]);
    expect(run.status).toBe(0);
    const rows = rowsOf(run.stdout);
    expect(rows.map((r) => r.file)).toEqual([file]);
    expect(rows[0]!.plans[0]!.title).toBe("2024学年第一学期教研计划");
  });

  it.skipIf(isRoot)("an unreadable file (chmod 000) becomes an 'unreadable' row and the batch goes on", () => {
    const folder = join(dir, "unreadable");
    mkdirSync(folder);
    writeFileSync(join(folder, "a-locked.txt"), PLAN);
    chmodSync(join(folder, "a-locked.txt"), 0o000);
    writeFileSync(join(folder, "b-open.txt"), PLAN);
    const run = planlens(["analyse", folder, "--format", "jsonl", "--no-segment", "--quiet"]);
    expect(run.status).toBe(1);
    const rows = rowsOf(run.stdout);
    expect(rows[0]!.error?.code).toBe("unreadable");
    expect(rows[0]!.error?.message).toMatch(/permission denied/);
    expect(rows[1]!.error).toBeNull();
  });

  // As root (CI containers) permissions do not stop a read; a named pipe is the file that cannot be read instead:
  // opening it would block until a writer comes, so it must be refused without being opened.
  it.skipIf(process.platform === "win32")("a named pipe given as a file becomes an 'unsupported' row instead of a hang", () => {
    const fifo = join(dir, "管道 plan.txt");
    execFileSync("mkfifo", [fifo]);
    const good = join(dir, "good.txt");
    writeFileSync(good, PLAN);
    const run = spawnSync(process.execPath, [BIN, "analyse", fifo, good, "--format", "jsonl", "--no-segment", "--quiet", "--jobs", "1"], {
      encoding: "utf8", timeout: 30_000,
    });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    const rows = rowsOf(run.stdout);
    expect(rows.find((r) => r.file === fifo)?.error).toMatchObject({ code: "unsupported", message: expect.stringMatching(/named pipe/) });
    expect(rows.find((r) => r.file === good)?.error).toBeNull();
  });

  it.each([["--checklist"], ["--config"]])("%s given a folder → exit 2, a message saying it is a folder, no output", (flag) => {
    const out = join(dir, `never-${flag.slice(2)}.csv`);
    const run = planlens(["analyse", "corpus", flag, join(ROOT, "corpus"), "--out", out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${flag}: ${join(ROOT, "corpus")} is a folder, expected a JSON file`);
    expect(run.stdout).toBe("");
    expect(existsSync(out) || existsSync(`${out}.partial`)).toBe(false);
  });

  it("an output path that cannot work → exit 2 before any analysis: a folder, a missing folder, a pipe (never replaced)", () => {
    const pipe = join(dir, "out-pipe.csv");
    execFileSync("mkfifo", [pipe]);
    const cases: [string[], RegExp][] = [
      [["--out", dir], /--out: .* is a folder, expected a file name/],
      [["--targets-csv", join(dir, "no-such-folder", "t.csv")], /--targets-csv: the folder .*no-such-folder does not exist/],
      [["--findings-csv", pipe], /--findings-csv: .* is not a regular file/],
    ];
    for (const [option, message] of cases) {
      const run = planlens(["analyse", join(ROOT, "corpus"), "--no-segment", "--format", "csv", ...option]);
      expect(run.status, option.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe("");
    }
    expect(statSync(pipe).isFIFO()).toBe(true);
    expect(existsSync(`${dir}.partial`)).toBe(false);
  });
});

describe("misnamed and unsupported files: typed by their bytes, each row says what it is and what to do", () => {
  // file → [error code or null when analysed, what the message must say]
  const CASES: Record<string, [string | null, RegExp]> = {
    "docx-named.txt": [null, /教研工作计划/], // a .docx named .txt: read as .docx
    "html-named.docx": [null, /教研工作计划/], // an HTML page named .docx: read as HTML
    "old-word.doc": ["unsupported", /old Word \.doc.*save it as \.docx/],
    "fake.pdf": ["unsupported", /PDF.*(\.docx|export)/],
    "encrypted.docx": ["encrypted", /password/],
    "image.png": ["unsupported", /image.*\.docx or \.txt/],
    "zip-bomb.docx": ["too-large", /zip bomb/],
    "truncated.docx": ["corrupt", /damaged or incomplete/],
    "deep.html": ["too-deep", /deep/],
    "binary.dat": ["binary", /binary/],
    "empty.txt": ["empty", /./],
  };

  it("one batch, one row per file, exit 1", () => {
    const files = Object.keys(CASES).map((name) => join(FIXTURES, name));
    const run = planlens(["analyse", ...files, "--format", "jsonl", "--no-segment", "--quiet", "--jobs", "2"]);
    expect(run.status).toBe(1);
    const rows = rowsOf(run.stdout);
    expect(rows.map((r) => r.file)).toEqual([...files].sort());
    for (const row of rows) {
      const [code, says] = CASES[row.file.slice(FIXTURES.length + 1)]!;
      if (code === null) {
        expect(row.error, row.file).toBeNull();
        expect(row.plans[0]!.title, row.file).toMatch(says);
      } else {
        expect(row.error?.code, row.file).toBe(code);
        expect(row.error?.message, row.file).toMatch(says);
        expect(row.plans).toEqual([]);
      }
    }
  });

  it("--max-size refuses a larger file with a 'too-large' row naming the limit; smaller files pass", () => {
    const big = join(dir, "big.txt");
    writeFileSync(big, `${PLAN}${"坚持立德树人，落实双减。".repeat(200)}`);
    const small = join(dir, "small.txt");
    writeFileSync(small, PLAN);
    const run = planlens(["analyse", big, small, "--max-size", "0.002", "--format", "jsonl", "--no-segment", "--quiet", "--jobs", "1"]);
    expect(run.status).toBe(1);
    const [bigRow, smallRow] = rowsOf(run.stdout);
    expect(bigRow!.error?.code).toBe("too-large");
    expect(bigRow!.error?.message).toMatch(/over the .*limit/);
    expect(smallRow!.error).toBeNull();
    expect(planlens(["analyse", small, "--max-size", "0"]).status).toBe(2);
  });
});
