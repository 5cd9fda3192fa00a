import { workerData } from "piscina";
import { analyseFile, collectTerms, type FileJob, type FileOutcome, type FileTerms } from "./analyse-file.js";
import type { BatchTermStats } from "./batch-keywords.js";

/** Set by the pool of the second --batch-keywords pass: the batch's term statistics, sent once per worker. */
const batch = (workerData as { batchKeywords?: BatchTermStats } | null | undefined)?.batchKeywords ?? null;

/** piscina worker: one file per task; jieba loads once per worker, on the first file that needs it. */
export default function run(job: FileJob): Promise<FileOutcome | FileTerms> {
  return job.pass === "terms" ? collectTerms(job) : analyseFile(job, batch);
}
