import { stat } from "node:fs/promises";
import { analyseDocument } from "../analyse.js";
import type { AnalyseOptions } from "../analyse-options.js";
import { loadFile, type LoadOptions } from "../load/index.js";
import {
  createLineLocator, toFindingRows, toPlanRows, toTargetRows, toText, type CsvRow, type PlanLocator,
} from "../report/index.js";
import type { FileError, FileResult } from "../types.js";
import { planPrint, type PlanPrint } from "./batch-findings.js";

export interface FileJob {
  readonly file: string;
  readonly analyse: AnalyseOptions;
  readonly load: LoadOptions;
  readonly itemIds: readonly string[];
  readonly want: { readonly json: boolean; readonly text: boolean; readonly targets: boolean; readonly findings: boolean; readonly prints: boolean };
}

/** Everything the writer needs about one file, as plain serialisable data (it crosses worker threads). */
export interface FileOutcome {
  readonly file: string;
  readonly error: FileError | null;
  readonly plans: number;
  readonly json: string;
  readonly text: string;
  readonly planRows: readonly CsvRow[];
  readonly targetRows: readonly CsvRow[];
  readonly findingRows: readonly CsvRow[];
  /** one fingerprint per plan for the batch rules (template-copy), when want.prints */
  readonly prints: readonly PlanPrint[];
}

function outcome(job: FileJob, result: FileResult, locate: PlanLocator): FileOutcome {
  const prints = job.want.prints
    ? result.plans.map((plan, index) => {
        const at = locate(index, 0);
        return planPrint(index, plan.title, plan.text, at.line, at.column);
      })
    : [];
  return {
    file: job.file,
    error: result.error,
    plans: result.plans.length,
    json: job.want.json ? JSON.stringify(result) : "",
    text: job.want.text ? toText(result, locate) : "",
    planRows: toPlanRows(result, job.itemIds),
    targetRows: job.want.targets ? toTargetRows(result, locate) : [],
    findingRows: job.want.findings ? toFindingRows(result, locate) : [],
    prints,
  };
}

/** Loads and analyses one file; never throws: any failure becomes the file's error. */
export async function analyseFile(job: FileJob): Promise<FileOutcome> {
  const noPlace: PlanLocator = () => ({ line: 0, column: 0 });
  const special = await specialFileError(job.file);
  if (special) return outcome(job, { file: job.file, error: special, plans: [] }, noPlace);
  const loaded = await loadFile(job.file, job.load);
  if (!loaded.ok) return outcome(job, { file: job.file, error: loaded.error, plans: [] }, noPlace);
  try {
    const document = analyseDocument(loaded.text, job.analyse);
    const lines = createLineLocator(loaded.text);
    const locate: PlanLocator = (plan, offset) => lines(document.toOriginal(plan, offset));
    const result: FileResult = { file: job.file, error: null, plans: document.plans };
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
async function specialFileError(file: string): Promise<FileError | null> {
  try {
    const info = await stat(file);
    if (info.isFile() || info.isDirectory()) return null;
    const what = info.isFIFO() ? "a named pipe (FIFO)" : info.isSocket() ? "a socket" : "a device";
    return { code: "unsupported", message: `not a regular file but ${what}: give planlens the plan file itself` };
  } catch {
    return null;
  }
}
