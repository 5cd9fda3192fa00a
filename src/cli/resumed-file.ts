import { locatePlans } from "../analyse.js";
import { loadFileSync } from "../load/index.js";
import { toFindingRows, toTargetRows, type PlanLocator } from "../report/index.js";
import type { FileResult } from "../types.js";
import { csvOrEmpty, noPlace, placesIn, type FileJob } from "./analyse-file.js";
import { planPrints, type PlanPrint } from "./batch-findings.js";

/** What a file analysed by an earlier run adds to this run's other outputs. */
export interface ResumedFile {
  readonly file: string;
  readonly targetCsv: string;
  readonly findingCsv: string;
  readonly prints: readonly PlanPrint[];
}

/**
 * The targets and findings CSV records and the plan fingerprints of a file from its JSONL line of an earlier run
 * (--resume), as that run wrote them: the line holds the analysis, and the file is loaded and cleaned again (not
 * analysed) to place it at line:column. When the file can no longer be read, or its plans no longer read as in the
 * line (edited since), the places are unknown: 0:0 in the CSVs, none for the batch findings (nor when no CSV is
 * wanted).
 */
export function resumedFile(line: string, job: Omit<FileJob, "file">): ResumedFile {
  const result = JSON.parse(line) as FileResult;
  // places are written only to the CSVs (a --resume run writes JSONL, whose batch record has none): without them,
  // the file is not read again
  const locate = result.plans.length > 0 && (job.want.targets || job.want.findings) ? locatorFor(result, job) : null;
  const place = locate ?? noPlace;
  return {
    file: result.file,
    targetCsv: job.want.targets ? csvOrEmpty(toTargetRows(result, place)) : "",
    findingCsv: job.want.findings ? csvOrEmpty(toFindingRows(result, place)) : "",
    prints: job.want.prints ? planPrints(result.plans, locate) : [],
  };
}

function locatorFor(result: FileResult, job: Omit<FileJob, "file">): PlanLocator | null {
  const loaded = loadFileSync(result.file, job.load);
  if (!loaded.ok) return null;
  try {
    const located = locatePlans(loaded.text, job.analyse);
    const same = located.texts.length === result.plans.length && located.texts.every((text, index) => text === result.plans[index]?.text);
    if (!same) return null;
    return placesIn(loaded.text, located.toOriginal);
  } catch {
    return null;
  }
}
