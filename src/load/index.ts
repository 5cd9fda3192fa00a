/** The load stage: files and bytes → text (the I/O edge of planlens). */
export { loadFile, loadFileSync } from "./load-file.js";
export { decodeBytes } from "./decode-bytes.js";
export { ERROR_CODES, type LoadErrorCode } from "./error-codes.js";
export { DEFAULT_LOAD_OPTIONS, type LoadOptions } from "./load-options.js";
export { SUPPORTED_EXTENSIONS, UNREADABLE_DOCUMENT_EXTENSIONS } from "./supported-extensions.js";
