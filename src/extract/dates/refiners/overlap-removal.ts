import type { Candidate, Refiner } from "../_types.js";

/** Of two overlapping candidates keep the longer (the earlier on a tie), like chrono's OverlapRemovalRefiner. */
export const overlapRemoval: Refiner = (candidates) => {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || candidate.start >= last.end) {
      kept.push(candidate);
    } else if (candidate.end - candidate.start > last.end - last.start) {
      kept[kept.length - 1] = candidate;
    }
  }
  return kept;
};
