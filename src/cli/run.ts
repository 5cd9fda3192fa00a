import { availableParallelism } from "node:os";
import { readFileSync } from "node:fs";
import type { AnalyseOptions } from "../analyse-options.js";
import { DEFAULT_CHECKLIST } from "../checklist/index.js";
import { findingHeader, planHeader, targetHeader, toCsv, UTF8_BOM } from "../report/index.js";
import { RULES, type RuleSettings } from "../review/index.js";
import type { Severity } from "../types.js";
import { parseAnchorOption } from "../structure/index.js";
import { sharedJiebaIdf } from "../keywords/idf-table.js";
import { SUPPORTED_EXTENSIONS } from "../load/index.js";
import { analyseFile, collectTerms, type FileJob, type FileOutcome, type FileTerms } from "./analyse-file.js";
import { balanceAnalyses } from "./balance-analyses.js";
import { addPlanTerms, type BatchTermStats } from "./batch-keywords.js";
import { batchFindingRows, BatchPrints, batchRecord, batchSummary, batchText } from "./batch-findings.js";
import { formatOf, parseCommand, UsageError, type AnalyseArgs } from "./args.js";
import { collectFiles, selectShard } from "./collect-files.js";
import { defaultJobs } from "./default-jobs.js";
import { ANALYSE_HELP, MAIN_HELP } from "./help.js";
import { loadChecklist, loadRuleSettings } from "./load-settings.js";
import { checkOutputPath, OutputError, OutputFile } from "./output-file.js";
import { createProgress } from "./progress.js";
import { processInOrder } from "./process-in-order.js";
import { readDoneLines } from "./resume.js";
import { resumedFile } from "./resumed-file.js";
import type { WorkerData } from "./worker.js";

export const EXIT_OK = 0;
export const EXIT_FILE_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

/** The CLI: returns the exit code, never calls process.exit (bin/planlens.js sets process.exitCode). */
export async function run(argv: readonly string[]): Promise<number> {
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case "help":
        process.stdout.write(command.topic === "main" ? MAIN_HELP : ANALYSE_HELP);
        return EXIT_OK;
      case "version":
        process.stdout.write(`${packageVersion()}\n`);
        return EXIT_OK;
      case "rules":
        for (const rule of RULES) process.stdout.write(`${rule.id.padEnd(22)} ${rule.severity.padEnd(8)} ${rule.description}\n`);
        return EXIT_OK;
      case "analyse":
        return await runAnalyse(command.args);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`planlens: ${error.message}\nRun "planlens analyse --help" for usage.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof OutputError) {
      process.stderr.write(`planlens: ${error.message}; the output is incomplete\n`);
      return EXIT_FILE_FAILED;
    }
    throw error;
  }
}

function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return manifest.version;
}

async function buildJobOptions(args: AnalyseArgs): Promise<Omit<FileJob, "file">> {
  const checklist = args.checklist ? await loadChecklist(args.checklist) : DEFAULT_CHECKLIST;
  const rules = args.config ? await loadRuleSettings(args.config, RULES.map((r) => r.id)) : undefined;
  const anchor = args.anchor ? parseAnchorOption(args.anchor) : null;
  if (args.anchor && anchor === null) throw new UsageError(`--anchor: "${args.anchor}" is not a period, expected e.g. 2022-autumn`);
  const analyse: AnalyseOptions = {
    segment: args.segment,
    // the default checklist is not sent: a copy made for a worker thread would miss the compiled-checklist cache
    ...(args.checklist ? { checklist } : {}),
    ...(anchor ? { anchor } : {}),
    ...(args.reference ? { reference: args.reference } : {}),
    ...(rules ? { rules } : {}),
  };
  const format = formatOf(args);
  return {
    analyse,
    load: args.maxSize ? { maxBytes: Math.round(args.maxSize * 1024 * 1024) } : {},
    itemIds: checklist.items.map((item) => item.id),
    want: {
      csv: format === "csv", json: format === "json" || format === "jsonl", text: format === "text", targets: Boolean(args.targetsCsv),
      findings: Boolean(args.findingsCsv), prints: templateCopySeverity(rules) !== null,
    },
  };
}

/** The severity template-copy runs with (--config may change it), or null when it is turned off. */
function templateCopySeverity(rules: RuleSettings | undefined): Severity | null {
  const setting = rules?.["template-copy"];
  if (setting === "off" || setting === false) return null;
  return typeof setting === "string" ? setting : (RULES.find((rule) => rule.id === "template-copy")?.severity ?? "warning");
}

async function runAnalyse(args: AnalyseArgs): Promise<number> {
  const started = performance.now();
  const base = await buildJobOptions(args);
  const format = formatOf(args);
  for (const [flag, path] of [["--out", args.out], ["--targets-csv", args.targetsCsv], ["--findings-csv", args.findingsCsv]] as const) {
    if (path) await checkOutputPath(flag, path);
  }
  const collected = await collectFiles(args.inputs);
  if (collected.length === 0) {
    // not an error (exit 0, an empty table), but almost always a wrong path or glob: say so even with --quiet
    process.stderr.write(`planlens: warning: no plan files in ${args.inputs.join(" ")} (looked for ${SUPPORTED_EXTENSIONS.join(" ")})\n`);
  }
  const all = selectShard(collected, args.shard);
  const done = args.resume && args.out ? await readDoneLines(args.out) : { lines: [], files: new Set<string>() };
  const files = all.filter((file) => !done.files.has(file));

  const main = new OutputFile(args.out ?? null);
  const targets = args.targetsCsv ? new OutputFile(args.targetsCsv) : null;
  const findings = args.findingsCsv ? new OutputFile(args.findingsCsv) : null;
  await main.write(
    format === "csv" ? UTF8_BOM + toCsv([planHeader(base.itemIds)]) : format === "json" ? "[" : done.lines.map((l) => `${l}\n`).join(""),
  );
  await targets?.write(UTF8_BOM + toCsv([targetHeader()]));
  await findings?.write(UTF8_BOM + toCsv([findingHeader()]));

  let written = 0;
  let failed = 0;
  let plans = 0;
  const severity = templateCopySeverity(base.analyse.rules);
  const batch = new BatchPrints();
  if (severity !== null || targets || findings) {
    // the files of the earlier run come first in every output, as they would have in one uninterrupted run
    for (const line of done.lines) {
      const resumed = resumedFile(line, base);
      if (severity !== null) batch.add(resumed.file, resumed.prints);
      if (resumed.targetCsv.length > 0) await targets?.write(resumed.targetCsv);
      if (resumed.findingCsv.length > 0) await findings?.write(resumed.findingCsv);
    }
  }
  const write = async (outcome: FileOutcome): Promise<void> => {
    if (severity !== null) batch.add(outcome.file, outcome.prints);
    if (format === "csv") await main.write(outcome.planCsv);
    else if (format === "json") await main.write(`${written === 0 ? "\n" : ",\n"}${outcome.json}`);
    else if (format === "jsonl") await main.write(`${outcome.json}\n`);
    else await main.write(outcome.text);
    if (outcome.targetCsv.length > 0) await targets?.write(outcome.targetCsv);
    if (outcome.findingCsv.length > 0) await findings?.write(outcome.findingCsv);
    written += 1;
    plans += outcome.plans;
    if (outcome.error) failed += 1;
  };

  const jobs = Math.max(1, Math.min(args.jobs ?? defaultJobs(files.length, args.segment, availableParallelism()), files.length));
  let interrupted = false;
  const onSigint = (): void => { interrupted = true; };
  process.once("SIGINT", onSigint);
  try {
    // --batch-keywords, pass 1: document frequencies over the whole (shard of the) batch, resumed files included
    let stats: BatchTermStats | null = null;
    if (args.batchKeywords) {
      const df = new Map<string, number>();
      let count = 0;
      const termJobs = Math.max(1, Math.min(args.jobs ?? defaultJobs(all.length, true, availableParallelism()), all.length));
      const pool = await createAnalyser<FileTerms>(termJobs, collectTerms, {});
      const progress = createProgress(all.length, !args.quiet);
      try {
        await processInOrder(all, inFlightFor(termJobs), (file) => Object.assign({}, base, { file, pass: "terms" as const }), pool, async (terms) => {
          addPlanTerms(df, terms.plans);
          count += terms.plans.length;
          progress.tick();
        }, () => interrupted);
      } finally {
        progress.stop();
        await pool.destroy();
      }
      stats = { plans: count, df };
    }
    const workerData: WorkerData = stats
      ? { batchKeywords: stats }
      : args.segment && jobs > 1 ? { idf: sharedJiebaIdf() } : {};
    const analyser = await createAnalyser<FileOutcome>(jobs, (job) => analyseFile(job, stats), workerData);
    const progress = createProgress(files.length, !args.quiet);
    try {
      await processInOrder(files, inFlightFor(jobs), (file) => Object.assign({}, base, { file }), analyser, async (outcome) => {
        await write(outcome);
        progress.tick();
      }, () => interrupted);
    } finally {
      progress.stop();
      await analyser.destroy();
    }
  } finally {
    process.removeListener("SIGINT", onSigint);
  }
  const batchFindings = severity !== null && !interrupted ? batch.templateCopies(severity) : [];
  if (batchFindings.length > 0) {
    if (format === "jsonl") await main.write(`${batchRecord(batchFindings)}\n`);
    else if (format === "json") await main.write(`${written === 0 ? "\n" : ",\n"}${batchRecord(batchFindings)}`);
    else if (format === "text") await main.write(batchText(batchFindings));
    await findings?.write(batchFindingRows(batchFindings));
  }
  if (format === "json") await main.write(written === 0 && batchFindings.length === 0 ? "]\n" : "\n]\n");
  const complete = !interrupted;
  await Promise.all([main.close(complete), targets?.close(complete), findings?.close(complete)]);
  if (!args.quiet) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stderr.write(
      `planlens: ${written} files, ${plans} plans, ${failed} failed, ${seconds} s${done.files.size > 0 ? ` (${done.files.size} resumed)` : ""}${interrupted ? " — interrupted, partial output kept for --resume" : ""}\n`,
    );
    process.stderr.write(batchSummary(batchFindings));
  }
  if (interrupted) return EXIT_INTERRUPTED;
  return failed > 0 ? EXIT_FILE_FAILED : EXIT_OK;
}

/**
 * Files in flight on this thread: its files are read and analysed synchronously, one at a time; with --jobs 2+ it
 * takes a file only while every worker's queue is full.
 */
const LOCAL_TASKS = 2;
/**
 * Files queued per worker thread. This thread hands out new files only between its own analyses (~5 ms each), so a
 * worker needs a backlog to outlast them: with 2 it sat idle ~20% of the batch, waiting for work.
 */
const WORKER_TASKS = 8;

/**
 * The worker module: in the build's CLI bundle the one-file worker bundle beside it (esbuild defines
 * PLANLENS_WORKER; a worker starts ~0.1–0.2 s sooner than from ~250 modules), else worker.js.
 */
declare const PLANLENS_WORKER: string | undefined;
const WORKER_FILE = typeof PLANLENS_WORKER === "string" ? PLANLENS_WORKER : "./worker.js";

/** Files in flight for `jobs` analysing threads. */
const inFlightFor = (jobs: number): number => LOCAL_TASKS + (jobs - 1) * WORKER_TASKS;

type Analyser<T> = ((job: FileJob) => Promise<T>) & { destroy(): Promise<void> };

/**
 * `jobs` analysing threads: this one and `jobs - 1` worker threads (given `workerData`). This thread analyses too,
 * as it only writes results besides: one worker fewer is one copy fewer of the modules, jieba and its IDF table
 * (~120 MB), and no third thread competing for the cores. A task goes to a worker while the workers have room
 * (balanceAnalyses), else it is analysed here.
 */
async function createAnalyser<T>(jobs: number, local: (job: FileJob) => Promise<T>, workerData: WorkerData): Promise<Analyser<T>> {
  if (jobs === 1) return Object.assign(local, { destroy: () => Promise.resolve() });
  const { Piscina } = await import("piscina");
  const workers = jobs - 1;
  const pool = new Piscina({
    filename: new URL(WORKER_FILE, import.meta.url).href, minThreads: workers, maxThreads: workers,
    // piscina's default Atomics.wait between tasks blocks a worker's event loop: when tasks read files with fs
    // promises those reads stalled (--jobs 2 ran no faster than --jobs 1); kept off so a task may await I/O.
    atomics: "disabled",
    concurrentTasksPerWorker: WORKER_TASKS,
    workerData,
  });
  const analyse = balanceAnalyses(local, (job: FileJob) => pool.run(job) as Promise<T>, workers * WORKER_TASKS);
  return Object.assign(analyse, { destroy: () => pool.destroy() });
}
