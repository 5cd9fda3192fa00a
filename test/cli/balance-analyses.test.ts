import { describe, expect, it } from "vitest";
import { balanceAnalyses } from "../../src/cli/balance-analyses.js";
import { processInOrder } from "../../src/cli/process-in-order.js";

/** Synchronous work, as this thread's analyses are (reads included). */
const busyFor = (ms: number): void => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe("balanceAnalyses (--jobs N: which thread analyses a file)", () => {
  it("while this thread works synchronously, the workers keep receiving files as they finish theirs", async () => {
    const CAPACITY = 8;
    const JOBS = 200;
    const where: string[] = [];
    const local = async (job: number): Promise<number> => {
      busyFor(2);
      where[job] = "here";
      return job;
    };
    // a worker answers through the event loop (a message), like piscina's
    const remote = (job: number): Promise<number> =>
      new Promise((resolve) => setTimeout(() => {
        where[job] = "worker";
        resolve(job);
      }, 1));
    const emitted: number[] = [];
    const jobs = Array.from({ length: JOBS }, (_, i) => String(i));
    await processInOrder(jobs, CAPACITY + 2, Number, balanceAnalyses(local, remote, CAPACITY), async (job) => {
      emitted.push(job);
    }, () => false);
    expect(emitted).toEqual(jobs.map(Number)); // every file once, in order
    const onWorkers = where.filter((side) => side === "worker").length;
    // measured: ~80% with the event-loop turn before local work, ~50% without it (then only the emit window's stalls
    // let the workers' answers in; in the CLI the worker idled 5.3 of 6.2 s)
    expect(onWorkers).toBeGreaterThan(JOBS * 0.65);
    expect(onWorkers).toBeLessThan(JOBS); // and this thread took its share while the workers were full
  });

  it("a worker's failure reaches the caller and frees its slot", async () => {
    const analyse = balanceAnalyses(async (job: number) => job, (job: number) => Promise.reject(new Error(`worker ${job}`)), 1);
    await expect(analyse(1)).rejects.toThrow("worker 1");
    await expect(analyse(2)).rejects.toThrow("worker 2");
  });
});
