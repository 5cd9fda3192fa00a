import { createRequire } from "node:module";
import { readResource } from "../resources/read-resource.js";

/** Inverse document frequencies by term. */
export interface IdfTable {
  /** the term's IDF, or undefined when the table does not hold it */
  readonly get: (term: string) => number | undefined;
  /** what jieba gives a term its table does not hold: the median IDF (the middle of the sorted values) */
  readonly median: number;
}

/**
 * An IdfTable over UTF-8 "term idf" lines (other lines are skipped). The bytes are kept as they are,
 * never decoded, and indexed by an open-addressing hash of the terms: every worker thread holds its
 * own table, and for jieba's 270k lines this is ~10 MB built in tens of milliseconds, where a Map of
 * strings is ~40 MB of heap and ~350 ms.
 */
export function parseIdfTable(bytes: Uint8Array): IdfTable {
  const { starts, ends, values, count } = indexLines(bytes);
  const size = tableSize(count);
  const slots = new Int32Array(size).fill(-1);
  for (let line = 0; line < count; line += 1) {
    let slot = hashBytes(bytes, starts[line]!, ends[line]!) & (size - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
    slots[slot] = line;
  }
  const get = (term: string): number | undefined => {
    const key = UTF8.encode(term);
    for (let slot = hashBytes(key, 0, key.length) & (size - 1); slots[slot] !== -1; slot = (slot + 1) & (size - 1)) {
      const line = slots[slot]!;
      if (sameBytes(bytes, starts[line]!, ends[line]!, key)) return values[line];
    }
    return undefined;
  };
  return { get, median: count === 0 ? 0 : values.slice(0, count).sort()[count >> 1]! };
}

let jiebaIdf: IdfTable | null = null;

/** jieba's IDF table (the one @node-rs/jieba ships), indexed on first use. */
export function jiebaIdfTable(): IdfTable {
  jiebaIdf ??= parseIdfTable(readResource(createRequire(import.meta.url).resolve("@node-rs/jieba/idf.txt")));
  return jiebaIdf;
}

const UTF8 = new TextEncoder();
const NEWLINE = 10;
const SPACE = 32;

/** Where each well-formed line's term starts and ends (at its last space), and its IDF. */
function indexLines(bytes: Uint8Array): { starts: Int32Array; ends: Int32Array; values: Float64Array; count: number } {
  let lines = 1;
  for (let index = 0; index < bytes.length; index += 1) if (bytes[index] === NEWLINE) lines += 1;
  const starts = new Int32Array(lines);
  const ends = new Int32Array(lines);
  const values = new Float64Array(lines);
  let count = 0;
  let lineStart = 0;
  let space = -1;
  for (let index = 0; index <= bytes.length; index += 1) {
    const byte = index < bytes.length ? bytes[index]! : NEWLINE;
    if (byte === SPACE) space = index;
    if (byte !== NEWLINE) continue;
    const value = space > lineStart ? parseDecimal(bytes, space + 1, index) : NaN;
    if (Number.isFinite(value)) {
      starts[count] = lineStart;
      ends[count] = space;
      values[count] = value;
      count += 1;
    }
    lineStart = index + 1;
    space = -1;
  }
  return { starts, ends, values, count };
}

/** "13.900677652" → 13.900677652 (one division of exact integers: correctly rounded while ≤ 15 digits). */
function parseDecimal(bytes: Uint8Array, start: number, end: number): number {
  if (end > start && bytes[end - 1] === 13) end -= 1;
  const text = (): number => Number(new TextDecoder().decode(bytes.subarray(start, end)));
  if (end === start) return NaN;
  if (end - start > 15) return text();
  let digits = 0;
  let scale = 0;
  for (let index = start; index < end; index += 1) {
    const byte = bytes[index]!;
    if (byte >= 48 && byte <= 57) {
      digits = digits * 10 + (byte - 48);
      if (scale > 0) scale *= 10;
    } else if (byte === 46 && scale === 0) scale = 1;
    else return text();
  }
  return scale > 0 ? digits / scale : digits;
}

/** Power of two with load factor ≤ 1/2. */
function tableSize(entries: number): number {
  let size = 16;
  while (size < entries * 2) size *= 2;
  return size;
}

/** FNV-1a over bytes[start, end). */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index += 1) hash = Math.imul(hash ^ bytes[index]!, 0x01000193);
  return hash >>> 0;
}

function sameBytes(bytes: Uint8Array, start: number, end: number, key: Uint8Array): boolean {
  if (end - start !== key.length) return false;
  for (let index = 0; index < key.length; index += 1) if (bytes[start + index] !== key[index]) return false;
  return true;
}
