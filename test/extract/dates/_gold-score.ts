import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractDates } from "../../../src/extract/dates/index.js";
import type { Anchor } from "../../../src/types.js";

export interface GoldDateScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** matched pairs whose from AND to equal the gold */
  resolution: number;
  deadline: number;
}

interface GoldDate {
  readonly quote: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly deadline: boolean;
}

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "corpus");

/**
 * Dates against corpus/*.gold.json on the raw text: a prediction matches a gold entry when one quote
 * contains the other; gold and predictions are aligned in document order (longest common subsequence),
 * one-to-one. A compilation (plans > 1)
 * is read with an unknown anchor, as each of its plans is titled without a year.
 */
/** Order-preserving one-to-one alignment maximising matched pairs: [gold index, prediction index][]. */
function align(gold: readonly GoldDate[], predicted: readonly string[]): [number, number][] {
  const n = gold.length;
  const m = predicted.length;
  const ok = (i: number, j: number): boolean => predicted[j]!.includes(gold[i]!.quote) || gold[i]!.quote.includes(predicted[j]!);
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = Math.max(table[i + 1]![j]!, table[i]![j + 1]!, ok(i, j) ? 1 + table[i + 1]![j + 1]! : 0);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ok(i, j) && table[i]![j] === 1 + table[i + 1]![j + 1]!) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) {
      i++;
    } else {
      j++;
    }
  }
  return pairs;
}

export function scoreGoldDates(): GoldDateScore | null {
  if (!existsSync(CORPUS)) return null;
  const files = readdirSync(CORPUS).filter((f) => f.endsWith(".gold.json")).sort();
  if (files.length === 0) return null;
  let tp = 0, fp = 0, fn = 0, resolved = 0, deadlines = 0;
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(CORPUS, file), "utf8")) as { plans?: number; anchor: Anchor; dates?: GoldDate[] };
    const text = readFileSync(join(CORPUS, file.replace(".gold.json", ".txt")), "utf8");
    const anchor: Anchor = (gold.plans ?? 1) > 1 ? { year: null, term: "unknown" } : gold.anchor;
    const predictions = extractDates(text, { anchor });
    const pairs = align(gold.dates ?? [], predictions.map((p) => p.text));
    for (const [g, k] of pairs) {
      const entry = (gold.dates ?? [])[g]!;
      const p = predictions[k]!;
      tp++;
      if (p.from === entry.from && p.to === entry.to) resolved++;
      if (p.deadline === entry.deadline) deadlines++;
    }
    fn += (gold.dates ?? []).length - pairs.length;
    fp += predictions.length - pairs.length;
  }
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return {
    tp, fp, fn, precision, recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    resolution: resolved / Math.max(1, tp),
    deadline: deadlines / Math.max(1, tp),
  };
}
