import type { SectionKind } from "../types.js";
import { isCalendarLabel } from "./calendar-when.js";
import { sectionWordsIn } from "./_term-index.js";
import { WORK_LINE_OPENINGS } from "./section-vocabulary.js";

/** How far into a nested title a section word may start and still name the section ("(一)工作目标"). */
const NESTED_TERM_OFFSET = 2;

/**
 * The kind named by section words in the title; null when none. Hits inside a longer hit are dropped
 * ("保障措施" hides its 措施); measures wins over the other kinds ("工作目标及措施"); else the earliest hit.
 */
export function kindFromTitle(title: string, maxOffset = Infinity): SectionKind | null {
  const hits = sectionWordsIn(title);
  if (hits.length === 0) return null;
  const kept = hits.length === 1 ? hits : hits.filter(
    (hit) => !hits.some((other) => other !== hit && other.start <= hit.start && hit.end <= other.end && other.end - other.start > hit.end - hit.start),
  );
  // the earliest hit, the longer of two that start together (the first listed when they tie)
  let first = kept[0];
  for (const hit of kept) {
    if (first !== undefined && (hit.start < first.start || (hit.start === first.start && hit.end > first.end))) first = hit;
  }
  if (first === undefined || first.start > maxOffset) return null;
  if (kept.some((hit) => hit.kind === "measures")) return "measures";
  return first.kind;
}

/** WORK_LINE_OPENINGS by their first character: a title is checked against the few that can match. */
const OPENINGS_BY_FIRST_CHAR = new Map<string, string[]>();
for (const opening of WORK_LINE_OPENINGS) {
  const list = OPENINGS_BY_FIRST_CHAR.get(opening.charAt(0)) ?? [];
  list.push(opening);
  OPENINGS_BY_FIRST_CHAR.set(opening.charAt(0), list);
}

function opensWorkLine(name: string): boolean {
  const openings = OPENINGS_BY_FIRST_CHAR.get(name.charAt(0));
  return openings !== undefined && openings.some((opening) => name.startsWith(opening));
}

export interface KindInput {
  /** the title without its marker and closing punctuation */
  readonly name: string;
  readonly isLabel: boolean;
  readonly childNames: readonly string[];
  /** null for a top-level section */
  readonly parentKind: SectionKind | null;
}

/**
 * Kind of a section (ANNOTATION.md): from its title first; then from content (children that are months or
 * weeks make a calendar); a numbered top-level heading that names a line of work is measures; a nested
 * section without a section word takes its parent's kind.
 */
export function detectSectionKind(input: KindInput): SectionKind {
  const top = input.parentKind === null;
  const fromTitle = kindFromTitle(input.name, top ? Infinity : NESTED_TERM_OFFSET);
  if (fromTitle !== null) return fromTitle;
  if (isCalendarLabel(input.name)) return "calendar";
  let calendarChildren = 0;
  for (const name of input.childNames) if (isCalendarLabel(name)) calendarChildren += 1;
  if (calendarChildren >= 2 && calendarChildren * 2 >= input.childNames.length) return "calendar";
  if (!top) return input.parentKind ?? "other";
  if (input.isLabel) return opensWorkLine(input.name) ? "measures" : "other";
  return input.name.length >= 2 ? "measures" : "other";
}
