import type { Span } from "../../types.js";

/** The spans sorted by start (stable); the list itself when it already is, as the pipeline's targets and dates are. */
export function inOrderOfStart<T extends Span>(spans: readonly T[]): readonly T[] {
  for (let i = 1; i < spans.length; i += 1) {
    if (spans[i]!.start < spans[i - 1]!.start) return [...spans].sort((a, b) => a.start - b.start);
  }
  return spans;
}
