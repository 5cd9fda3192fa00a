import type { Candidate, Refiner } from "../_types.js";

/**
 * Keeps one candidate per stretch of text: the longer quote wins, then the matcher listed first in
 * index.ts (a candidate's `priority`), then the earlier one. Chrono's OverlapRemovalRefiner, with ties made explicit.
 */
export function removeOverlapsBy(priority: (c: Candidate) => number): Refiner {
  return (candidates) => {
    if (candidates.length < 2) return candidates;
    // priorities looked up once per candidate, not once per comparison
    const priorities = candidates.map(priority);
    const ranked = candidates.map((_, index) => index).sort((i, j) => {
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
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
  };
}
