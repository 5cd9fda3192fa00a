import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/index.js";
import { createLineLocator, toText } from "../../src/report/index.js";
import { planlens } from "../helpers/cli.js";

const PLAN = [
  "阳光小学2022年秋季学期教研工作计划",
  "一、指导思想",
  "坚持立德树人，落实双减要求。",
  "二、工作目标",
  "(一)教师发展",
  "每位教师每学期听课不少于15节，撰写教学反思不少于3篇。",
  "三、行事历",
  "十月份：开展青年教师汇报课。",
].join("\n");

describe("toText (--format text)", () => {
  const plans = analyse(PLAN, { segment: false });
  const lines = createLineLocator(PLAN);
  const text = toText({ file: "计划.txt", error: null, plans }, (_plan, offset) => lines(offset));

  it("shows the file, the plan title with its period, and the section tree indented by level with kinds", () => {
    expect(text.startsWith("== 计划.txt\n-- plan 1: 阳光小学2022年秋季学期教研工作计划 (2022 autumn)\n sections:\n")).toBe(true);
    expect(text).toContain("  一、指导思想 [guiding]\n  二、工作目标 [goals]\n    (一)教师发展 [goals]\n  三、行事历 [calendar]\n");
  });

  it("lists targets and dates with line:column, the quote and what it means", () => {
    expect(text).toContain(" targets (2):\n  6:10  不少于15节  → >= 15 节 per 学期\n  6:23  不少于3篇  → >= 3 篇 per 学期\n");
    expect(text).toMatch(/ dates \(\d+\):\n(.*\n)*  8:1  十月份  → 2022-10-01\.\.2022-10-31\n/);
  });

  it("lists findings with line:column, severity, message and rule id", () => {
    expect(text).toMatch(/ findings \(\d+\):\n(.*\n)*  1:1  warning  Missing 具体措施 \(measures\) section, expected .*  \[missing-section\]\n/);
  });

  it("a file that failed shows its error code and message instead", () => {
    const failed = toText({ file: "a.doc", error: { code: "unsupported", message: "old Word .doc: save it as .docx" }, plans: [] }, () => ({ line: 0, column: 0 }));
    expect(failed).toBe("== a.doc\n  error unsupported: old Word .doc: save it as .docx\n");
  });
});

describe("planlens analyse --format text: line:column point into the ORIGINAL file", () => {
  // BOM, blank lines, CRLF, an indented title, full-width digits and brackets: the cleaned text differs from the
  // file, so each line:column must be mapped back through document.toOriginal.
  const RAW = "\uFEFF\r\n\r\n  阳光小学2022年秋季学期教研工作计划\r\n一、指导思想\r\n坚持立德树人，落实“双减”要求。\r\n二、工作目标\r\n（一）教师发展\r\n" +
    "每位教师每学期听课不少于１５节，撰写教学反思不少于３篇。\r\n（二）学生发展\r\n学生体质健康达标率达到９５％以上。\r\n三、行事历\r\n十月份：开展青年教师汇报课。\r\n十二月：期末质量监测。\r\n";

  it("every target and date quote is found at its line:column of the file (after NFKC, as cleaning does)", () => {
    const dir = mkdtempSync(join(tmpdir(), "planlens-text-"));
    const file = join(dir, "小 计划.txt");
    writeFileSync(file, RAW);
    const run = planlens(["analyse", file, "--format", "text", "--no-segment", "--quiet"]);
    expect(run.status).toBe(0);
    const rawLines = RAW.replace(/^\uFEFF/, "").split("\n");
    const quoted = [...run.stdout.matchAll(/^ {2}(\d+):(\d+) {2}(\S+) {2}→/gm)];
    expect(quoted.length).toBeGreaterThanOrEqual(6);
    for (const [, line, column, quote] of quoted) {
      const at = rawLines[Number(line) - 1]!.slice(Number(column) - 1);
      expect(at.normalize("NFKC").startsWith(quote!), `${line}:${column} ${quote}`).toBe(true);
    }
    expect(run.stdout).toContain("  8:10  不少于15节  → >= 15 节 per 学期\n");
    expect(run.stdout).toContain("  3:7  2022年秋季学期  →");
    expect(run.stdout).toMatch(/ {2}10:12 {2}info {2}Found target 95%以上/);
  });
});
