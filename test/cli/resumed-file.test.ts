import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyseFile, type FileJob } from "../../src/cli/analyse-file.js";
import { resumedFile } from "../../src/cli/resumed-file.js";
import { DEFAULT_CHECKLIST } from "../../src/checklist/index.js";

const ROOT = new URL("../../", import.meta.url).pathname;

describe("resumedFile (--resume): a file's other outputs from its JSONL line of an earlier run", () => {
  const dir = mkdtempSync(join(tmpdir(), "planlens-resumed-"));
  const file = join(dir, "plan.txt");
  const text = readFileSync(join(ROOT, "corpus/000_d53d671fd7dd814b.txt"), "utf8");
  const job: Omit<FileJob, "file"> = {
    analyse: { segment: false }, load: {}, itemIds: DEFAULT_CHECKLIST.items.map((item) => item.id),
    want: { csv: false, json: true, text: false, targets: true, findings: true, prints: true },
  };

  it("gives the rows and fingerprints the analysis gave, placed in the file", async () => {
    writeFileSync(file, text);
    const first = await analyseFile({ ...job, file });
    const resumed = resumedFile(first.json, job);
    expect(resumed.targetCsv.length).toBeGreaterThan(0);
    expect(resumed.targetCsv).toBe(first.targetCsv);
    expect(resumed.findingCsv).toBe(first.findingCsv);
    expect(resumed.prints).toEqual(first.prints);
    expect(resumed.prints.map((print) => print.line)).toEqual([14]); // the plan's own title (the page's, line 1, is boilerplate)
    // with no CSV to write the places to, the file is not read again
    const printsOnly = resumedFile(first.json, { ...job, want: { ...job.want, targets: false, findings: false } });
    expect(printsOnly.prints.map((print) => [print.size, print.line])).toEqual(first.prints.map((print) => [print.size, null]));
  });

  it("places nothing (0:0, no line for the batch findings) when the file was edited or removed since", async () => {
    writeFileSync(file, text);
    const first = await analyseFile({ ...job, file });
    const zeroed = (csv: string) => csv.split("\n").filter(Boolean).every((row) => row.includes(",0,0,"));
    expect(zeroed(first.targetCsv)).toBe(false);
    writeFileSync(file, `新加的一行\n${text.replace("教研", "研究")}`);
    const edited = resumedFile(first.json, job);
    expect(zeroed(edited.targetCsv)).toBe(true);
    expect(edited.targetCsv.split("\n").length).toBe(first.targetCsv.split("\n").length);
    expect(edited.prints.map((print) => print.line)).toEqual(first.prints.map(() => null));
    rmSync(file);
    const removed = resumedFile(first.json, job);
    expect(zeroed(removed.findingCsv)).toBe(true);
    expect(removed.findingCsv.split("\n").length).toBe(first.findingCsv.split("\n").length);
  });
});
