import { detectAnchor, extractCalendar, parseSections } from "../../../src/structure/index.js";
import type { PlanResult } from "../../../src/types.js";

/** A plan with only what the structure rules read: sections and calendar; everything else empty. */
export function planOf(text: string, options: { readonly calendar?: boolean } = {}): PlanResult {
  const sections = parseSections(text);
  const anchor = detectAnchor("", text);
  return {
    title: "",
    anchor,
    text,
    sections,
    targets: [],
    dates: [],
    calendar: options.calendar === false ? [] : extractCalendar(text, sections, anchor),
    coverage: null,
    findings: [],
    keywords: [],
    placeholders: [],
  };
}
