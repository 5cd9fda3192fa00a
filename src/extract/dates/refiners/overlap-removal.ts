import type { Candidate, Refiner } from "../_types.js";

/** By start, the longest first: the order overlap removal works in. */
export const byStartThenLongest = (a: Candidate, b: Candidate): number => a.start - b.start || b.end - a.end;

/** Of two overlapping candidates keep the longer (the earlier on a tie), like chrono's OverlapRemovalRefiner. */
export const overlapRemoval: Refiner = (candidates) => {
  const sorted = isSorted(candidates) ? candidates : [...candidates].sort(byStartThenLongest);
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

/** Already in byStartThenLongest order (the usual case: extractDates sorts that way): sorting would change nothing. */
function isSorted(candidates: readonly Candidate[]): boolean {
  for (let i = 1; i < candidates.length; i += 1) {
    if (byStartThenLongest(candidates[i - 1] as Candidate, candidates[i] as Candidate) > 0) return false;
  }
  return true;
}
