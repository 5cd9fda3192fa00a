import type { Candidate, Refiner } from "../_types.js";

/** Below this many items an insertion sort beats Array.prototype.sort (a text has a few candidates; hostile ones many). */
const SMALL = 16;

/** A stable sort in place (the same order as Array.prototype.sort with `compare`), by insertion when short. */
function stableSort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SMALL) return items.sort(compare);
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j -= 1;
    }
    items[j + 1] = item;
  }
  return items;
}

/**
 * Offsets held by kept cores: the few kept spans, compared one by one, or a set of offsets once there are many
 * (never a text-sized array: a plan has few candidates; a hostile text many).
 */
class TakenOffsets {
  private readonly spans: number[] = [];
  private offsets: Set<number> | null = null;

  isFree(start: number, end: number): boolean {
    if (this.offsets !== null) {
      for (let i = start; i < end; i += 1) if (this.offsets.has(i)) return false;
      return true;
    }
    for (let k = 0; k < this.spans.length; k += 2) {
      // an empty span holds no offset
      if (start < end && (this.spans[k] as number) < end && start < (this.spans[k + 1] as number)) return false;
    }
    return true;
  }

  take(start: number, end: number): void {
    if (this.offsets === null && this.spans.length < 2 * SMALL) {
      if (start < end) this.spans.push(start, end);
      return;
    }
    if (this.offsets === null) {
      this.offsets = new Set();
      for (let k = 0; k < this.spans.length; k += 2) this.addOffsets(this.spans[k] as number, this.spans[k + 1] as number);
    }
    this.addOffsets(start, end);
  }

  private addOffsets(start: number, end: number): void {
    for (let i = start; i < end; i += 1) this.offsets?.add(i);
  }
}

/** Rank order: the longer core first, then the longer quote, then the higher priority (lower number), then the earlier. */
function compareRank(candidates: readonly Candidate[], priorities: readonly number[], i: number, j: number): number {
  const a = candidates[i] as Candidate;
  const b = candidates[j] as Candidate;
  return (b.coreEnd - b.coreStart) - (a.coreEnd - a.coreStart) || (b.end - b.start) - (a.end - a.start) ||
    (priorities[i] as number) - (priorities[j] as number) || a.start - b.start;
}

/** Indices of `candidates` in rank order (stable), by insertion when short (no comparator closure per text). */
function rankedIndices(candidates: readonly Candidate[], priorities: readonly number[]): number[] {
  const order: number[] = [];
  for (let i = 0; i < candidates.length; i += 1) order.push(i);
  if (order.length > SMALL) return order.sort((i, j) => compareRank(candidates, priorities, i, j));
  for (let i = 1; i < order.length; i += 1) {
    const item = order[i] as number;
    let j = i - 1;
    while (j >= 0 && compareRank(candidates, priorities, order[j] as number, item) > 0) {
      order[j + 1] = order[j] as number;
      j -= 1;
    }
    order[j + 1] = item;
  }
  return order;
}

const byPosition = (a: Candidate, b: Candidate): number => a.start - b.start || a.end - b.end;

/**
 * Keeps one candidate per stretch of text: the longer quote wins, then the matcher listed first in
 * index.ts (a candidate's `priority`), then the earlier one. Chrono's OverlapRemovalRefiner, with ties made explicit.
 */
export function removeOverlapsBy(priority: (c: Candidate) => number): Refiner {
  return (candidates) => {
    if (candidates.length < 2) return candidates;
    // priorities looked up once per candidate, not once per comparison
    const priorities: number[] = [];
    for (const c of candidates) priorities.push(priority(c));
    const taken = new TakenOffsets();
    const kept: Candidate[] = [];
    for (const index of rankedIndices(candidates, priorities)) {
      const c = candidates[index] as Candidate;
      if (!taken.isFree(c.coreStart, c.coreEnd)) continue;
      taken.take(c.coreStart, c.coreEnd);
      kept.push(c);
    }
    return withoutConsumed(stableSort(kept, byPosition));
  };
}

/** How many neighbours on each side (by position) may hold a core in their quote: quotes widen by a few characters. */
const NEIGHBOURS = 2;

/**
 * Drops a kept candidate whose core lies inside another kept candidate's quote: the other one read it as its
 * period ("一周至少两次": 一周 is the period of 两次, not a target of 1 周). Cores never overlap here, so a quote
 * holds another core only where a refiner widened it over that text. `sorted` is by position; it is not mutated.
 */
function withoutConsumed(sorted: Candidate[]): Candidate[] {
  let out: Candidate[] | null = null;
  for (let i = 0; i < sorted.length; i += 1) {
    const c = sorted[i] as Candidate;
    let consumed = false;
    for (let j = Math.max(0, i - NEIGHBOURS); j <= Math.min(sorted.length - 1, i + NEIGHBOURS) && !consumed; j += 1) {
      const other = sorted[j] as Candidate;
      consumed = j !== i && other.start <= c.coreStart && c.coreEnd <= other.end;
    }
    if (consumed && out === null) out = sorted.slice(0, i);
    else if (!consumed && out !== null) out.push(c);
  }
  return out ?? sorted;
}
