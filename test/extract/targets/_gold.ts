import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Target } from "../../../src/types.js";
import { extractTargets } from "../../../src/extract/targets/index.js";

export interface GoldTarget {
  readonly quote: string;
  readonly value: number;
  readonly max: number | null;
  readonly unit: string;
  readonly comparator: string;
  readonly per: string | null;
}

export interface DocScore {
  readonly id: string;
  readonly gold: number;
  readonly predicted: number;
  readonly matched: number;
  readonly comparatorRight: number;
  readonly misses: readonly GoldTarget[];
  readonly extras: readonly Target[];
  readonly wrongComparator: ReadonlyArray<readonly [GoldTarget, Target]>;
  readonly pairs: ReadonlyArray<readonly [GoldTarget, Target]>;
}

export interface GoldScore {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly comparatorAccuracy: number;
  readonly docs: readonly DocScore[];
}

const CORPUS = join(import.meta.dirname, "../../../corpus");
const sameValue = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Gold quote and predicted text hold one another (either way) and the values agree. */
function matches(gold: GoldTarget, t: Target): boolean {
  return (t.text.includes(gold.quote) || gold.quote.includes(t.text)) && sameValue(gold.value, t.value);
}

export function scoreDocument(id: string, text: string, golds: readonly GoldTarget[]): DocScore {
  const predicted = extractTargets(text);
  const used = new Set<number>();
  const misses: GoldTarget[] = [];
  const wrongComparator: Array<readonly [GoldTarget, Target]> = [];
  const pairs: Array<readonly [GoldTarget, Target]> = [];
  let cursor = 0;
  let comparatorRight = 0;
  for (const gold of golds) {
    let pick = -1;
    for (let i = 0; i < predicted.length; i += 1) {
      const t = predicted[i];
      if (t === undefined || used.has(i) || !matches(gold, t)) continue;
      if (pick < 0) pick = i;
      if (t.start >= cursor) {
        pick = i;
        break;
      }
    }
    const t = pick < 0 ? undefined : predicted[pick];
    if (t === undefined) {
      misses.push(gold);
      continue;
    }
    used.add(pick);
    pairs.push([gold, t]);
    cursor = t.start;
    if (t.comparator === gold.comparator) comparatorRight += 1;
    else wrongComparator.push([gold, t]);
  }
  const extras = predicted.filter((_, i) => !used.has(i));
  return { id, gold: golds.length, predicted: predicted.length, matched: used.size, comparatorRight, misses, extras, wrongComparator, pairs };
}

export function scoreCorpus(dir: string = CORPUS): GoldScore {
  const docs: DocScore[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".gold.json")).sort()) {
    const id = file.slice(0, -".gold.json".length);
    const gold = JSON.parse(readFileSync(join(dir, file), "utf8")) as { targets?: GoldTarget[] };
    const text = readFileSync(join(dir, `${id}.txt`), "utf8");
    docs.push(scoreDocument(id, text, gold.targets ?? []));
  }
  const sum = (f: (d: DocScore) => number): number => docs.reduce((n, d) => n + f(d), 0);
  const matched = sum((d) => d.matched);
  const precision = matched / Math.max(1, sum((d) => d.predicted));
  const recall = matched / Math.max(1, sum((d) => d.gold));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, comparatorAccuracy: sum((d) => d.comparatorRight) / Math.max(1, matched), docs };
}
