import { readdirSync, readFileSync } from "node:fs";

export interface Row {
  readonly scenario: string;
  readonly metric: string;
  readonly value: string;
  readonly note?: string;
}

export interface BenchContext {
  /** the corpus plans, raw text, in file order */
  readonly corpus: readonly string[];
  /** MB/s of bare nodejieba.cut, measured first: the reference every ratio divides by */
  referenceMbPerSecond: number;
  /** one pass of bare nodejieba.cut over the reference texts, for scenarios that time it in alternation with theirs */
  referencePass: () => void;
}

export const ROOT = new URL("../", import.meta.url).pathname;

export function loadCorpus(): string[] {
  const dir = `${ROOT}corpus/`;
  return readdirSync(dir).filter((n) => n.endsWith(".txt")).sort().map((n) => readFileSync(dir + n, "utf8"));
}

/** The corpus text repeated until it holds at least `bytes` UTF-8 bytes, as separate documents. */
export function replicate(corpus: readonly string[], bytes: number): string[] {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) for (const text of corpus) { out.push(text); size += Buffer.byteLength(text); }
  return out;
}

export const megabytes = (texts: readonly string[]): number => texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

/** Seconds of `fn` over `iterations` runs after `warmup` runs (performance.now()): the median, or the minimum. */
export function timeIt(fn: () => void, iterations = 3, warmup = 1, pick: "median" | "min" = "median"): number {
  for (let i = 0; i < warmup; i += 1) fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const t0 = performance.now();
    fn();
    times.push((performance.now() - t0) / 1000);
  }
  times.sort((a, b) => a - b);
  return pick === "min" ? times[0]! : times[Math.floor(times.length / 2)]!;
}

export const fmt = (x: number, digits = 2): string => x.toFixed(digits);
