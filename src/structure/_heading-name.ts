import type { Heading } from "./_heading.js";
import { charSet, isWhiteSpace } from "./_chars.js";

export const isClosingMark = charSet(":：。；;!?！？");
/** The bullets that may open an unnumbered heading in place of a marker ("★工作重点", "■ 保障措施"). */
export const HEADING_BULLETS = "★☆■□●○◆◇▲△▶►◎※";
export const OPEN_BRACKET = 0x3010; // 【
export const CLOSE_BRACKET = 0x3011; // 】
/** What decorates an unnumbered heading in place of a marker ("【工作目标】", "★工作重点"): not part of its name. */
const isDecoration = charSet(`【${HEADING_BULLETS}`);

/**
 * A heading's name is its title without marker, spaces and closing punctuation: what kinds and calendar labels
 * are read from. It is read in place, as a range of the text: most titles never need it as a string.
 * A label's decoration is left out too ("【加强队伍建设】" names 加强队伍建设: a line of work).
 */
export function nameStartOf(text: string, heading: Heading): number {
  let start = heading.markerEnd;
  if (heading.style === "label" && start < heading.titleEnd && isDecoration(text.charCodeAt(start))) start += 1;
  while (start < heading.titleEnd && isWhiteSpace(text.charCodeAt(start))) start += 1;
  return start;
}

/** The end of the name that starts at `start` (see nameStartOf). */
export function nameEndOf(text: string, heading: Heading, start: number): number {
  let end = heading.titleEnd;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end -= 1;
  while (end > start && isClosingMark(text.charCodeAt(end - 1))) end -= 1;
  if (heading.style === "label" && end > start && text.charCodeAt(end - 1) === CLOSE_BRACKET) end -= 1;
  return end;
}
