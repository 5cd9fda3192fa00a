import { statSync } from "node:fs";
import { analyseDocument } from "../analyse.js";
import type { AnalyseOptions } from "../analyse-options.js";
import { loadFileSync, type LoadOptions } from "../load/index.js";
import {
  createLineLocator, toCsv, toFindingRows, toPlanRows, toTargetRows, toText, type CsvRow, type PlanLocator,
} from "../report/index.js";
import type { FileError, FileResult } from "../types.js";
import { segment } from "../segment/index.js";
import { planPrints, type PlanPrint } from "./batch-findings.js";
import { scoreBatchKeywords, termCounts, type BatchTermStats } from "./batch-keywords.js";

export interface FileJob {
  readonly file: string;
  readonly analyse: AnalyseOptions;
  readonly load: LoadOptions;
  readonly itemIds: readonly string[];
  /** "terms": the first pass of --batch-keywords (each plan's distinct terms), not an analysis */
  readonly pass?: "terms";
  readonly want: { readonly csv: boolean; readonly json: boolean; readonly text: boolean; readonly targets: boolean; readonly findings: boolean; readonly prints: boolean };
}

/** Everything the writer needs about one file, as plain serialisable data (it crosses worker threads). */
export interface FileOutcome {
  readonly file: string;
  readonly error: FileError | null;
  readonly plans: number;
  readonly json: string;
  readonly text: string;
  /** CSV records, ready to append (made here, in the worker, so the writing thread only writes) */
  readonly planCsv: string;
  readonly targetCsv: string;
  readonly findingCsv: string;
  /** one fingerprint per plan for the batch rules (template-copy), when want.prints */
  readonly prints: readonly PlanPrint[];
}

function outcome(job: FileJob, result: FileResult, locate: PlanLocator): FileOutcome {
  return {
    file: job.file,
    error: result.error,
    plans: result.plans.length,
    json: job.want.json ? JSON.stringify(result) : "",
    text: job.want.text ? toText(result, locate) : "",
    planCsv: job.want.csv ? toCsv(toPlanRows(result, job.itemIds)) : "",
    targetCsv: job.want.targets ? csvOrEmpty(toTargetRows(result, locate)) : "",
    findingCsv: job.want.findings ? csvOrEmpty(toFindingRows(result, locate)) : "",
    prints: job.want.prints ? planPrints(result.plans, locate) : [],
  };
}

/** The locator of plans whose place in the file is unknown (a file that failed, or changed since): 0:0. */
export const noPlace: PlanLocator = () => ({ line: 0, column: 0 });

/** line:column in the file as loaded of an offset into one of its plans' texts. */
export function placesIn(loaded: string, toOriginal: (planIndex: number, offset: number) => number): PlanLocator {
  const lines = createLineLocator(loaded);
  return (plan, offset) => lines(toOriginal(plan, offset));
}

/** CSV records of `rows`; nothing for no rows. */
export const csvOrEmpty = (rows: readonly CsvRow[]): string => (rows.length > 0 ? toCsv(rows) : "");

/** The first pass of --batch-keywords: each plan's distinct keyword terms ([] for a file that fails). */
export interface FileTerms {
  readonly file: string;
  readonly plans: readonly (readonly string[])[];
}

export async function collectTerms(job: FileJob): Promise<FileTerms> {
  if (specialFileError(job.file)) return { file: job.file, plans: [] };
  const loaded = loadFileSync(job.file, job.load);
  if (!loaded.ok) return { file: job.file, plans: [] };
  try {
    const { plans } = analyseDocument(loaded.text, Object.assign({}, job.analyse, { segment: false }));
    return { file: job.file, plans: plans.map((plan) => [...termCounts(segment(plan.text)).keys()]) };
  } catch {
    return { file: job.file, plans: [] };
  }
}

/**
 * Loads and analyses one file; never throws: any failure becomes the file's error. With `batch` (--batch-keywords),
 * keywords are scored against the batch's term statistics instead of jieba's IDF.
 */
export async function analyseFile(job: FileJob, batch: BatchTermStats | null = null): Promise<FileOutcome> {
  const special = specialFileError(job.file);
  if (special) return outcome(job, { file: job.file, error: special, plans: [] }, noPlace);
  const loaded = loadFileSync(job.file, job.load);
  if (!loaded.ok) return outcome(job, { file: job.file, error: loaded.error, plans: [] }, noPlace);
  try {
    const document = analyseDocument(loaded.text, batch ? Object.assign({}, job.analyse, { segment: false }) : job.analyse);
    const locate = placesIn(loaded.text, document.toOriginal);
    const plans = batch
      ? document.plans.map((plan) => ({ ...plan, keywords: scoreBatchKeywords(segment(plan.text), batch) }))
      : document.plans;
    const result: FileResult = { file: job.file, error: null, plans };
    return outcome(job, result, locate);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return outcome(job, { file: job.file, error: { code: "internal", message: `analysis failed: ${message}` }, plans: [] }, noPlace);
  }
}

/**
 * A named pipe, socket or device given as a path: opening a FIFO for reading blocks until someone writes to it, so
 * it is refused from its stat, before any open. Anything stat cannot see is left to loadFile's own errors.
 */
function specialFileError(file: string): FileError | null {
  try {
    const info = statSync(file);
    if (info.isFile() || info.isDirectory()) return null;
    const what = info.isFIFO() ? "a named pipe (FIFO)" : info.isSocket() ? "a socket" : "a device";
    return { code: "unsupported", message: `not a regular file but ${what}: give planlens the plan file itself` };
  } catch {
    return null;
  }
}
