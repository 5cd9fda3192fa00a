import { describe, expect, it } from "vitest";
import { defaultJobs } from "../../src/cli/default-jobs.js";

describe("defaultJobs (--jobs not given)", () => {
  it("one thread for the batches where a worker costs more than it brings", () => {
    expect(defaultJobs(1, true, 8)).toBe(1);
    expect(defaultJobs(100, true, 8)).toBe(1);
    expect(defaultJobs(1199, true, 8)).toBe(1);
    expect(defaultJobs(1999, false, 8)).toBe(1);
  });

  it("a thread more per 600 files (1,000 without segmentation), never more than the cores", () => {
    expect(defaultJobs(1200, true, 8)).toBe(2);
    expect(defaultJobs(2000, false, 8)).toBe(2);
    expect(defaultJobs(3000, false, 8)).toBe(3);
    expect(defaultJobs(100_000, true, 2)).toBe(2);
    expect(defaultJobs(100_000, true, 1)).toBe(1);
  });
});
