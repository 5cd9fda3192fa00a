import type { Heading, HeadingCandidate } from "./_heading.js";
import { findTitleEnd } from "./run-in-title.js";

/** Headings at most this far back of a run-in marker count as "its title" (seed 001 "…整体素质(一)加强…"). */
const LOOKBACK_SPACES = 8;
const SPACE = /[ \t\u3000\u00a0]/;
const SENTENCE_END = /[。！？；;!?:：]/;
const CLOSER_AFTER_END = /[”」』"’)）]/;

type Context = "line" | "title" | "sentence" | "inline";

function previousVisible(text: string, position: number): number {
  let i = position - 1;
  let skipped = 0;
  while (i >= 0 && SPACE.test(text.charAt(i)) && skipped < LOOKBACK_SPACES) {
    i -= 1;
    skipped += 1;
  }
  return i;
}

function contextOf(text: string, candidate: HeadingCandidate, previous: Heading | null, stoppedAt: number): Context {
  const i = previousVisible(text, candidate.start);
  if (i < 0 || text.charAt(i) === "\n" || text.charAt(i) === "\r") return "line";
  if (previous !== null && stoppedAt === candidate.start) return "title";
  const char = text.charAt(i);
  if (SENTENCE_END.test(char)) return "sentence";
  if (CLOSER_AFTER_END.test(char) && /[。！？!?]/.test(text.charAt(i - 1))) return "sentence";
  return "inline";
}

/** For each style, the starts of its number-1 and number-2 candidates, to see whether a list that starts goes on. */
function indexListStarts(candidates: readonly HeadingCandidate[]): Map<string, { start: number; number: number }[]> {
  const index = new Map<string, { start: number; number: number }[]>();
  for (const candidate of candidates) {
    if (candidate.number !== 1 && candidate.number !== 2) continue;
    const list = index.get(candidate.style) ?? [];
    list.push({ start: candidate.start, number: candidate.number });
    index.set(candidate.style, list);
  }
  return index;
}

/** Whether the next 1-or-2 of this style after `position` is a 2: a "1." in running text is credible only if a "2." follows. */
function listGoesOn(index: Map<string, { start: number; number: number }[]>, style: string, position: number): boolean {
  const list = index.get(style);
  if (list === undefined) return false;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid]?.start ?? 0) <= position) low = mid + 1;
    else high = mid;
  }
  return list[low]?.number === 2;
}

/**
 * Keeps the candidates that are headings. A marker at line start is a heading; a marker in the middle of a
 * line is one only when numbering continuity makes it credible: right after a heading's title (as number 1
 * or the next number of its style), or after a sentence end as the next number of its style (or as a 1
 * followed later by a 2). Markers inside an open parenthesis in mid-line are list items ("(1.区骨干…;2.…)").
 */
export function selectHeadings(text: string, candidates: readonly HeadingCandidate[]): Heading[] {
  const listStarts = indexListStarts(candidates);
  const last = new Map<string, number>();
  const accepted: Heading[] = [];
  let previous: Heading | null = null;
  let stoppedAt = -1;
  let depthAt = 0;
  let depth = 0;

  for (let index = 0; index < candidates.length; index += 1) {
    const candidate = candidates[index];
    if (candidate === undefined) continue;
    if (previous !== null && candidate.start < previous.titleEnd) continue;
    for (; depthAt < candidate.start; depthAt += 1) {
      const char = text.charAt(depthAt);
      if (char === "\n") depth = 0;
      else if (char === "(" || char === "（") depth += 1;
      else if ((char === ")" || char === "）") && depth > 0) depth -= 1;
    }
    const context = candidate.style === "label" ? "line" : contextOf(text, candidate, previous, stoppedAt);
    if (!isCredible(candidate, context, depth, last, listStarts)) continue;

    last.set(candidate.style, candidate.number);
    const title = findTitleEnd(text, candidate, candidates, index + 1, last);
    const heading: Heading = { ...candidate, titleEnd: title.titleEnd };
    accepted.push(heading);
    previous = heading;
    stoppedAt = title.stoppedAt;
  }
  return accepted;
}

function isCredible(
  candidate: HeadingCandidate,
  context: Context,
  depth: number,
  last: ReadonlyMap<string, number>,
  listStarts: Map<string, { start: number; number: number }[]>,
): boolean {
  const continues = candidate.number === (last.get(candidate.style) ?? 0) + 1;
  switch (context) {
    case "line":
      return true;
    case "title":
      return candidate.number === 1 || continues;
    case "sentence":
      if (depth > 0) return false;
      return continues && last.has(candidate.style)
        ? true
        : candidate.number === 1 && listGoesOn(listStarts, candidate.style, candidate.start);
    default:
      return false;
  }
}
