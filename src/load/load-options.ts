/** Limits applied while loading one file. Every field is optional; defaults below. */
export interface LoadOptions {
  /** largest file read at all, in bytes (default 20 MB) */
  readonly maxBytes?: number;
  /** largest total unpacked size of a .docx, from its zip directory (default 200 MB) */
  readonly maxDocxUncompressedBytes?: number;
  /** most entries in a .docx zip (default 10,000) */
  readonly maxDocxEntries?: number;
  /** deepest element nesting accepted in an HTML page (default 500) */
  readonly maxHtmlDepth?: number;
}

export type ResolvedLoadOptions = Required<LoadOptions>;

export const DEFAULT_LOAD_OPTIONS: ResolvedLoadOptions = {
  maxBytes: 20 * 1024 * 1024,
  maxDocxUncompressedBytes: 200 * 1024 * 1024,
  maxDocxEntries: 10_000,
  maxHtmlDepth: 500,
};

function pick(value: number | undefined, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : fallback;
}

export function resolveLoadOptions(options: LoadOptions = {}): ResolvedLoadOptions {
  return {
    maxBytes: pick(options.maxBytes, DEFAULT_LOAD_OPTIONS.maxBytes),
    maxDocxUncompressedBytes: pick(options.maxDocxUncompressedBytes, DEFAULT_LOAD_OPTIONS.maxDocxUncompressedBytes),
    maxDocxEntries: pick(options.maxDocxEntries, DEFAULT_LOAD_OPTIONS.maxDocxEntries),
    maxHtmlDepth: pick(options.maxHtmlDepth, DEFAULT_LOAD_OPTIONS.maxHtmlDepth),
  };
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
