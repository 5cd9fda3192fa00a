import { describe, expect, it } from "vitest";
import { planlens } from "../helpers/cli.js";

// Every option of `planlens analyse` (src/cli/args.ts) with its explanation and an example.
const FLAGS = [
  "--format", "--out", "--targets-csv", "--findings-csv", "--checklist", "--config", "--jobs", "--anchor", "--reference",
  "--no-segment", "--batch-keywords", "--shard", "--resume", "--max-size", "--quiet",
];

describe("planlens analyse --help", () => {
  const help = planlens(["analyse", "--help"]).stdout;
  const options = help.slice(help.indexOf("Options:"), help.indexOf("Batch findings:"));

  it.each(FLAGS)("explains %s with an example", (flag) => {
    const at = options.search(new RegExp(`^ {2}(-\\w, )?${flag}\\b`, "m"));
    expect(at, flag).toBeGreaterThan(-1);
    const next = options.slice(at + 3).search(/^ {2}-/m);
    const block = options.slice(at, next === -1 ? undefined : at + 3 + next);
    expect(block).toMatch(/e\.g\. /);
  });

  it("says where batch findings (template-copy) go and what exit code 130 means", () => {
    expect(help).toMatch(/"file": null.*"batchFindings"/);
    expect(help).toMatch(/130 interrupted/);
  });

  it("--batch-keywords with --no-segment is a usage error", () => {
    const run = planlens(["analyse", "corpus", "--batch-keywords", "--no-segment"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--batch-keywords: needs segmentation/);
  });
});
