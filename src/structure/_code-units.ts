/**
 * The UTF-16 code units of a text in a typed array. A scan over every character of a plan reads a Uint16Array
 * about twice as fast as it calls charCodeAt (plan texts are slices of the cleaned text, and charCodeAt on a
 * sliced string unwraps it at every call). Node's UTF-16 write copies the text in one go into an array kept
 * between calls (up to KEPT_UNITS: a larger text gets an array of its own).
 */
const KEPT_UNITS = 1 << 21;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let kept = new Uint16Array(1 << 14);

/** `text` as code units: a view of a shared array, valid until the next call. */
export function codeUnitsOf(text: string): Uint16Array {
  const { length } = text;
  if (length > kept.length && length <= KEPT_UNITS) kept = new Uint16Array(Math.min(KEPT_UNITS, Math.max(length, 2 * kept.length)));
  const units = length <= kept.length ? kept.subarray(0, length) : new Uint16Array(length);
  if (LITTLE_ENDIAN) Buffer.from(units.buffer, units.byteOffset, 2 * length).write(text, "utf16le");
  else for (let i = 0; i < length; i += 1) units[i] = text.charCodeAt(i);
  return units;
}
