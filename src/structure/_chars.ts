/**
 * Character tests on char codes, for the per-character loops of this folder: a code comparison costs
 * nothing, while `regex.test(text.charAt(i))` makes a string and runs a regex per character.
 */

/** A set of characters as a predicate on char codes (every character must be one UTF-16 unit): a bitmap lookup. */
export function charSet(chars: string): (code: number) => boolean {
  const bits = new Uint32Array(0x10000 >>> 5);
  for (let i = 0; i < chars.length; i += 1) {
    const code = chars.charCodeAt(i);
    bits[code >>> 5] = (bits[code >>> 5] ?? 0) | (1 << (code & 31));
  }
  // NaN (charCodeAt past the end) fails the range check
  return (code) => code < 0x10000 && ((bits[code >>> 5] ?? 0) & (1 << (code & 31))) !== 0;
}

/** [ \t\u3000\u00a0]: the spaces inside a line */
export const isInlineSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;

/** JavaScript's \s */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** A line end, or the end of the text (charCodeAt gives NaN past the end). */
export const isLineEndOrEnd = (code: number): boolean => code === 0x0a || code === 0x0d || Number.isNaN(code);
