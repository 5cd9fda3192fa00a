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
 * Keeps one candidate per stretch of text: the longer quote wins, then the matcher listed first in
 * index.ts (a candidate's `priority`), then the earlier one. Chrono's OverlapRemovalRefiner, with ties made explicit.
 */
export function removeOverlapsBy(priority: (c: Candidate) => number): Refiner {
  return (candidates) => {
    if (candidates.length < 2) return candidates;
    // priorities looked up once per candidate, not once per comparison
    const priorities = candidates.map(priority);
    const ranked = stableSort(candidates.map((_, index) => index), (i, j) => {
      const a = candidates[i] as Candidate;
      const b = candidates[j] as Candidate;
      return (b.coreEnd - b.coreStart) - (a.coreEnd - a.coreStart) || (b.end - b.start) - (a.end - a.start) ||
        (priorities[i] as number) - (priorities[j] as number) || a.start - b.start;
    });
    // offsets held by a kept core (a set, not a text-sized array: a plan has few candidates)
    const taken = new Set<number>();
    const kept: Candidate[] = [];
    for (const index of ranked) {
      const c = candidates[index] as Candidate;
      let free = true;
      for (let i = c.coreStart; i < c.coreEnd && free; i += 1) if (taken.has(i)) free = false;
      if (!free) continue;
      for (let i = c.coreStart; i < c.coreEnd; i += 1) taken.add(i);
      kept.push(c);
    }
    return stableSort(kept, (a, b) => a.start - b.start || a.end - b.end);
  };
}
