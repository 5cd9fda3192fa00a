/**
 * Character tests on UTF-16 code units, for per-character loops: a table lookup costs next to nothing, while
 * `regex.test(text.charAt(i))` makes a string and runs a regex per character. Tables cover the BMP (one unit per
 * character); `table[text.charCodeAt(i)]` past the end reads undefined, which is not 1.
 */

/** A membership table for single BMP characters. */
export function charTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const char of chars) table[char.charCodeAt(0)] = 1;
  return table;
}

/** A membership table for a regex character-class body of BMP characters and `a-b` ranges ("0-9一二"). */
export function classTable(body: string): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (let i = 0; i < body.length; i += 1) {
    const from = body.charCodeAt(i);
    const isRange = body[i + 1] === "-" && i + 2 < body.length;
    const to = isRange ? body.charCodeAt(i + 2) : from;
    table.fill(1, from, to + 1);
    if (isRange) i += 2;
  }
  return table;
}

/** JavaScript's \s, on one code unit. */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
