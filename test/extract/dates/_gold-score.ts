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
 * Dates against corpus/*.gold.json on the raw text: gold quotes are located in order, a prediction matches
 * a gold entry when one span contains the other (quote containment), one-to-one. A compilation (plans > 1)
 * is read with an unknown anchor, as each of its plans is titled without a year.
 */
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
    const used = new Set<number>();
    let cursor = 0;
    for (const entry of gold.dates ?? []) {
      let at = text.indexOf(entry.quote, cursor);
      if (at < 0) at = text.indexOf(entry.quote);
      if (at < 0) continue;
      cursor = at + 1;
      const end = at + entry.quote.length;
      const k = predictions.findIndex(
        (p, i) => !used.has(i) && ((p.start <= at && p.end >= end) || (at <= p.start && end >= p.end)),
      );
      if (k < 0) {
        fn++;
        continue;
      }
      used.add(k);
      tp++;
      const p = predictions[k]!;
      if (p.from === entry.from && p.to === entry.to) resolved++;
      if (p.deadline === entry.deadline) deadlines++;
    }
    fp += predictions.length - used.size;
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
