import { charTable } from "../char-table.js";

export { isWhiteSpace } from "../char-table.js";

/** A set of characters as a predicate on char codes (every character must be one UTF-16 unit; NaN is in no set). */
export function charSet(chars: string): (code: number) => boolean {
  const table = charTable(chars);
  return (code) => table[code] === 1;
}

/** [ \t\u3000\u00a0]: the spaces inside a line */
export const isInlineSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0;

/** A line end, or the end of the text (charCodeAt gives NaN past the end). */
export const isLineEndOrEnd = (code: number): boolean => code === 0x0a || code === 0x0d || Number.isNaN(code);
