export { extractKeywords, type KeywordOptions } from "./extract-keywords.js";
export { extractBatchKeywords, type BatchKeywordOptions } from "./extract-batch-keywords.js";
export { STOP_TAGS, STOP_WORDS } from "./stop-words.js";
