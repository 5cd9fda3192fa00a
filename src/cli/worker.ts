import { analyseFile, type FileJob, type FileOutcome } from "./analyse-file.js";

/** piscina worker: one file per task; jieba loads once per worker, on the first file that needs it. */
export default function run(job: FileJob): Promise<FileOutcome> {
  return analyseFile(job);
}
