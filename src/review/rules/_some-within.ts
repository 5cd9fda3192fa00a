import type { Span } from "../../types.js";
import { countLess } from "./_count-less.js";
import { inOrderOfStart } from "./_in-order-of-start.js";

/**
 * Whether some of `spans` lies within a span: the spans sorted by start with the running minimum of their ends
 * from the right, so a lookup is a binary search instead of a pass over every span.
 */
export function someWithin(spans: readonly Span[]): (span: Span) => boolean {
  const sorted = inOrderOfStart(spans);
  const starts = sorted.map((s) => s.start);
  const minEnd: number[] = new Array<number>(sorted.length);
  for (let i = sorted.length - 1; i >= 0; i -= 1) minEnd[i] = Math.min(sorted[i]!.end, minEnd[i + 1] ?? Infinity);
  return (span) => {
    const from = countLess(starts, span.start); // sorted[from ..] start at or after the span's start
    return from < sorted.length && minEnd[from]! <= span.end;
  };
}
