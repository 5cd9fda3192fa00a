/**
 * The UTF-16 code units of `text` in a reused array (valid until the next call). Copied natively in one go:
 * a loop over the array reads a char ~2.5x faster than text.charCodeAt(i) does.
 */
export function charCodesOf(text: string): Uint16Array {
  const n = text.length;
  if (n > MAX_KEPT) return fill(new Uint16Array(n), text);
  if (scratch.length < n) scratch = new Uint16Array(Math.min(MAX_KEPT, Math.max(n, 2 * scratch.length)));
  return fill(scratch.subarray(0, n), text);
}

function fill(codes: Uint16Array, text: string): Uint16Array {
  if (LITTLE_ENDIAN) {
    Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).write(text, "utf16le");
  } else {
    for (let i = 0; i < text.length; i++) codes[i] = text.charCodeAt(i);
  }
  return codes;
}

/** Buffer writes UTF-16 little-endian, which a Uint16Array reads as such only on a little-endian machine. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Longest text whose codes go into the kept array (512 KB at most stay allocated). */
const MAX_KEPT = 1 << 18;
let scratch = new Uint16Array(1 << 12);
