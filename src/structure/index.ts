/**
 * structure: the skeleton of one plan (pure).
 * - parseSections: headings of every marker level and label headings → a Section tree with kinds
 * - detectAnchor / parseAnchorOption: the period the plan is for (title and opening lines / --anchor)
 * - extractCalendar: the 行事历 (month and week headings, dated lines, table rows) with resolved from/to
 * The rest is for review rules (markers, section words) and tests.
 */
export { parseSections } from "./parse-sections.js";
export { detectAnchor, parseAnchorOption } from "./detect-anchor.js";
export { extractCalendar } from "./extract-calendar.js";
export { detectSectionKind, kindFromTitle } from "./detect-section-kind.js";
export { parseMarker, formatMarker, type MarkerStyle, type ParsedMarker } from "./marker.js";
export { isCalendarLabel, readCalendarWhen, type CalendarWhen } from "./calendar-when.js";
export { SECTION_VOCABULARY } from "./section-vocabulary.js";
