export { parseSections } from "./parse-sections.js";
export { detectSectionKind, kindFromTitle } from "./detect-section-kind.js";
export { parseMarker, formatMarker, type MarkerStyle, type ParsedMarker } from "./marker.js";
export { isCalendarLabel, readCalendarWhen, type CalendarWhen } from "./calendar-when.js";
export { SECTION_VOCABULARY } from "./section-vocabulary.js";
export { detectAnchor, parseAnchorOption } from "./detect-anchor.js";
export { extractCalendar } from "./extract-calendar.js";
