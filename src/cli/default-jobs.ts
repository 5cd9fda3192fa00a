/**
 * Files per analysing thread when --jobs is not given. A worker loads the modules (and jieba with its IDF table) and
 * warms up its own JIT: on the 2-core bench machine V8 compiles on the second core while one thread analyses, and two
 * analysing threads plus two compiling isolates share two cores. Measured there (files of ~13 KB, 3 runs each,
 * 2026-11-24): with segmentation --jobs 2 was slower than --jobs 1 up to ~1,000 files (100: 1.36 vs 1.11 s, 500: 2.4
 * vs 2.1 s, 1,000: 3.2 vs 3.2 s) and faster from there (1,500: 3.8 vs 4.2 s); without segmentation (no jieba, less
 * work per file) it was slower up to ~2,000 files (1,000: 2.5 vs 2.1 s; 2,000: 3.7 vs 3.7 s; 4,000: 6.0 vs 6.6 s).
 */
const FILES_PER_THREAD = { segmented: 600, unsegmented: 1000 } as const;

/** One thread per core, but a second thread only from 2 × FILES_PER_THREAD files on, a third from 3 ×, …. */
export const defaultJobs = (files: number, segment: boolean, cores: number): number =>
  Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_THREAD[segment ? "segmented" : "unsegmented"])));
