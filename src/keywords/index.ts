export { extractKeywords, type KeywordOptions } from "./extract-keywords.js";
export { jiebaIdfTable, parseIdfTable, type IdfTable } from "./idf-table.js";
export { extractBatchKeywords, type BatchKeywordOptions } from "./extract-batch-keywords.js";
export { STOP_TAGS, STOP_WORDS } from "./stop-words.js";
