import type { Heading } from "./_heading.js";
import { charSet, isWhiteSpace } from "./_chars.js";

export const isClosingMark = charSet(":：。；;!?！？");

/**
 * A heading's name is its title without marker, spaces and closing punctuation: what kinds and calendar labels
 * are read from. It is read in place, as a range of the text: most titles never need it as a string.
 */
export function nameStartOf(text: string, heading: Heading): number {
  let start = heading.markerEnd;
  while (start < heading.titleEnd && isWhiteSpace(text.charCodeAt(start))) start += 1;
  return start;
}

/** The end of the name that starts at `start` (see nameStartOf). */
export function nameEndOf(text: string, heading: Heading, start: number): number {
  let end = heading.titleEnd;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end -= 1;
  while (end > start && isClosingMark(text.charCodeAt(end - 1))) end -= 1;
  return end;
}
