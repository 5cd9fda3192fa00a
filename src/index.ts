// The public API of planlens: named re-exports only.
export { analyse, analyseDocument, type DocumentAnalysis } from "./analyse.js";
export { type AnalyseOptions } from "./analyse-options.js";
export { cleanText, normaliseText, prepareText } from "./clean/index.js";
export { detectPlaceholders, splitCompilation } from "./split/index.js";
export { detectAnchor, extractCalendar, parseAnchorOption, parseSections } from "./structure/index.js";
export { extractNumbers, parseChineseNumber } from "./extract/numerals/index.js";
export { extractTargets } from "./extract/targets/index.js";
export { extractDates } from "./extract/dates/index.js";
export { createSegmenter, segment } from "./segment/index.js";
export { extractBatchKeywords, extractKeywords } from "./keywords/index.js";
export { ChecklistSchema, DEFAULT_CHECKLIST, parseChecklist, scoreCoverage, type Checklist } from "./checklist/index.js";
export { RULES, runRules, type Rule, type RuleSettings } from "./review/index.js";
export { decodeBytes, ERROR_CODES, loadFile, SUPPORTED_EXTENSIONS, type LoadOptions } from "./load/index.js";
export type * from "./types.js";
