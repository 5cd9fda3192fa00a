/**
 * The closed set of file-level error codes the load stage returns, with what each means.
 * The README's "Limits and errors" section lists this table.
 */
export const ERROR_CODES = {
  "not-found": "the path does not exist",
  "is-directory": "a folder was given where a file was expected",
  unreadable: "the file exists but could not be read (permission denied or an I/O error)",
  "too-large": "over a size limit: the file (maxBytes), a .docx's unpacked size or entry count (zip bomb guard)",
  "too-deep": "an HTML page nested deeper than maxHtmlDepth",
  empty: "the file is empty or holds only white space",
  binary: "the file is binary data, not text",
  unsupported: "a known format planlens does not read (.doc, PDF, RTF, images, .xlsx, .pptx, other zips …)",
  encrypted: "a password-protected Office file",
  corrupt: "a damaged or truncated file (a .docx whose zip or XML cannot be read)",
  decode: "the text encoding could not be determined",
  internal: "an unexpected error inside planlens (please report it)",
} as const;

export type LoadErrorCode = keyof typeof ERROR_CODES;

export interface LoadFailure {
  readonly ok: false;
  readonly code: LoadErrorCode;
  readonly message: string;
}

export function loadFailure(code: LoadErrorCode, message: string): LoadFailure {
  return { ok: false, code, message };
}
