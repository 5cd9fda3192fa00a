import type { Candidate, Refiner } from "../_types.js";

/**
 * Keeps one candidate per stretch of text: the longer quote wins, then the matcher listed first in
 * index.ts (a candidate's `priority`), then the earlier one. Chrono's OverlapRemovalRefiner, with ties made explicit.
 */
export function removeOverlapsBy(priority: (c: Candidate) => number): Refiner {
  return (candidates) => {
    const ranked = [...candidates].sort(
      (a, b) => (b.coreEnd - b.coreStart) - (a.coreEnd - a.coreStart) || (b.end - b.start) - (a.end - a.start) || priority(a) - priority(b) || a.start - b.start,
    );
    // offsets held by a kept core (a set, not a text-sized array: a plan has few candidates)
    const taken = new Set<number>();
    const kept: Candidate[] = [];
    for (const c of ranked) {
      let free = true;
      for (let i = c.coreStart; i < c.coreEnd && free; i += 1) if (taken.has(i)) free = false;
      if (!free) continue;
      for (let i = c.coreStart; i < c.coreEnd; i += 1) taken.add(i);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
  };
}
