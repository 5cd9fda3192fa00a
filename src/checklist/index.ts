export { ChecklistSchema, ItemSchema, LimitSchema, PhrasesSchema, SourceSchema } from "./schema.js";
export type { Checklist, ChecklistInput, ChecklistItem, ChecklistLimit } from "./schema.js";
export { formatPath, parseChecklist, type ParseChecklistResult } from "./parse-checklist.js";
export { DEFAULT_CHECKLIST } from "./default-checklist.js";
export { scoreCoverage, MAX_EVIDENCE, type CoveragePlan } from "./score-coverage.js";
export { checklistJsonSchema } from "./json-schema.js";
export { splitSentences } from "./split-sentences.js";
