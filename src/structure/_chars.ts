export { isWhiteSpace } from "../char-table.js";

/**
 * A set of characters as a predicate on char codes (every character must be one UTF-16 unit; NaN is in no set).
 * Held as an 8 KB bitset rather than a 64 KB byte table: a scan over Chinese text touches a few dozen cache
 * lines of it instead of hundreds, which is what keeps the lookups cheap when the rest of the pipeline runs
 * in between and evicts the tables.
 */
export function charSet(chars: string): (code: number) => boolean {
  const bits = new Int32Array(0x800);
  for (let i = 0; i < chars.length; i += 1) {
    const code = chars.charCodeAt(i);
    // NaN reads bit 0 (NUL), so NUL must stay out for NaN to be in no set
    if (code === 0) throw new RangeError("charSet: NUL cannot be in a set");
    bits[code >>> 5] = (bits[code >>> 5] as number) | (1 << (code & 31));
  }
  return (code) => ((bits[code >>> 5] as number) & (1 << (code & 31))) !== 0;
}

/** [ \t\u3000\u00a0]: the spaces inside a line */
export const isInlineSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;

/** A line end, or the end of the text (charCodeAt gives NaN past the end). */
export const isLineEndOrEnd = (code: number): boolean => code === 0x0a || code === 0x0d || Number.isNaN(code);
