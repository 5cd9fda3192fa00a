import { workerData } from "piscina";
import { adoptJiebaIdf, type PackedIdf } from "../keywords/idf-table.js";
import { analyseFile, collectTerms, type FileJob, type FileOutcome, type FileTerms } from "./analyse-file.js";
import type { BatchTermStats } from "./batch-keywords.js";

/** Sent once to each worker. */
export interface WorkerData {
  /** the second --batch-keywords pass: the batch's term statistics */
  readonly batchKeywords?: BatchTermStats;
  /** jieba's IDF table as the main thread indexed it, in shared memory: adopted instead of indexing a copy */
  readonly idf?: PackedIdf;
}

const data = (workerData ?? {}) as WorkerData;
const batch = data.batchKeywords ?? null;
if (data.idf) adoptJiebaIdf(data.idf);

/** piscina worker: one file per task; jieba loads once per worker, on the first file that needs it. */
export default function run(job: FileJob): Promise<FileOutcome | FileTerms> {
  return job.pass === "terms" ? collectTerms(job) : analyseFile(job, batch);
}
