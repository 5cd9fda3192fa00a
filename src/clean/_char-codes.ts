/**
 * The UTF-16 code units of `text` in a reused array (valid until the next call). Copied natively in one go:
 * a loop over the array reads a char ~2.5x faster than text.charCodeAt(i) does.
 */
export function charCodesOf(text: string): Uint16Array {
  const n = text.length;
  if (n > MAX_KEPT) {
    const codes = new Uint16Array(n);
    Buffer.from(codes.buffer).write(text, 0, "utf16le");
    return codes;
  }
  if (scratch.length < n) {
    scratch = new Uint16Array(Math.min(MAX_KEPT, Math.max(n, 2 * scratch.length)));
    bytes = Buffer.from(scratch.buffer);
  }
  bytes.write(text, 0, "utf16le");
  return scratch.subarray(0, n);
}

/** Longest text whose codes go into the kept array (512 KB at most stay allocated). */
const MAX_KEPT = 1 << 18;
let scratch = new Uint16Array(1 << 12);
let bytes = Buffer.from(scratch.buffer);
