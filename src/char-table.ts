/**
 * Character tests on UTF-16 code units, for per-character loops: a set lookup costs next to nothing, while
 * `regex.test(text.charAt(i))` makes a string and runs a regex per character. Sets cover the BMP (one unit per
 * character) and are 8 KB bitsets rather than 64 KB byte tables: a scan over Chinese text touches a few dozen
 * cache lines of a set instead of hundreds, which is what keeps the lookups cheap when the rest of the pipeline
 * runs in between (dozens of such tables no longer fit in a core's cache). NaN (charCodeAt past the end) is in no set.
 */
export type CharSet = (code: number) => boolean;

/** The set of the given single BMP characters. */
export function charSet(chars: Iterable<string>): CharSet {
  const bits = new Int32Array(0x800);
  for (const char of chars) addRange(bits, char.charCodeAt(0), char.charCodeAt(0));
  return membership(bits);
}

/** The set of a regex character-class body (see classBits). */
export function classSet(body: string): CharSet {
  return membership(classBits(body));
}

/**
 * A regex character-class body of BMP characters, `a-b` ranges, `\x` escapes and `\s` ("0-9一二", "年\\s",
 * "—–\\-~～") as a bitset of code units: the same as `/^[body]$/u` on one code unit. For loops that test the bits
 * inline (hasBit) instead of calling a CharSet.
 */
export function classBits(body: string): Int32Array {
  const bits = new Int32Array(0x800);
  for (let i = 0; i < body.length; i += 1) {
    if (body[i] === "\\") {
      i += 1;
      if (body[i] === "s") orInto(bits, whiteSpaceBits());
      else addRange(bits, body.charCodeAt(i), body.charCodeAt(i));
    } else if (body[i + 1] === "-" && i + 2 < body.length) {
      addRange(bits, body.charCodeAt(i), body.charCodeAt(i + 2));
      i += 2;
    } else {
      addRange(bits, body.charCodeAt(i), body.charCodeAt(i));
    }
  }
  return bits;
}

/** Whether `code` is in `bits` (classBits). */
export function hasBit(bits: Int32Array, code: number): boolean {
  return ((bits[code >>> 5] as number) & (1 << (code & 31))) !== 0;
}

function orInto(target: Int32Array, source: Int32Array): void {
  for (let i = 0; i < target.length; i += 1) target[i] = (target[i] as number) | (source[i] as number);
}

let whiteSpace: Int32Array | undefined;

/** \s as a bitset, built on first use. */
function whiteSpaceBits(): Int32Array {
  if (whiteSpace === undefined) {
    whiteSpace = new Int32Array(0x800);
    for (let code = 0; code < 0x10000; code += 1) if (isWhiteSpace(code)) addRange(whiteSpace, code, code);
  }
  return whiteSpace;
}

function addRange(bits: Int32Array, from: number, to: number): void {
  for (let code = from; code <= to; code += 1) bits[code >>> 5] = bits[code >>> 5]! | (1 << (code & 31));
}

function membership(bits: Int32Array): CharSet {
  // NaN >>> 5 and NaN & 31 are 0: NaN reads NUL's bit, so NUL must stay out for NaN to be in no set
  if ((bits[0]! & 1) !== 0) throw new RangeError("a character set cannot hold NUL");
  return (code) => (bits[code >>> 5]! & (1 << (code & 31))) !== 0;
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
