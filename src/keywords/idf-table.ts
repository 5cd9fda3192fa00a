import { createRequire } from "node:module";
import { readResource, readSharedResourceIfPresent, resourceSize } from "../resources/read-resource.js";
import { decodeIdfFile, type IdfSource } from "./idf-file.js";

/** Inverse document frequencies by term. */
export interface IdfTable {
  /** the term's IDF, or undefined when the table does not hold it */
  readonly get: (term: string) => number | undefined;
  /** what jieba gives a term its table does not hold: the median IDF (the middle of the sorted values) */
  readonly median: number;
}

/**
 * The arrays behind an IdfTable: plain data, so one thread can build them and hand them to others (a structured
 * clone shares arrays backed by a SharedArrayBuffer instead of copying them).
 */
export interface PackedIdf {
  /** term i is terms[offsets[i], offsets[i + 1]), its UTF-8 bytes */
  readonly terms: Uint8Array;
  readonly offsets: Int32Array;
  readonly values: Float64Array;
  /** open-addressing hash of the terms' bytes: a term's index, or -1 */
  readonly slots: Int32Array;
  readonly median: number;
}

/**
 * An IdfTable over UTF-8 "term idf" lines (other lines are skipped). The terms' bytes are copied into one
 * array, never decoded, and indexed by an open-addressing hash: for jieba's 270k lines this is ~8 MB built
 * in ~0.1 s, where a Map of strings is ~40 MB of heap and ~0.35 s.
 */
export function parseIdfTable(bytes: Uint8Array): IdfTable {
  return idfTableOf(packIdf(bytes, false));
}

/** `bytes` as a PackedIdf; with `shared`, its arrays live in SharedArrayBuffers. */
export function packIdf(bytes: Uint8Array, shared: boolean): PackedIdf {
  const { terms, offsets, values } = packTerms(bytes, shared);
  const count = values.length;
  const size = tableSize(count);
  const slots = allocate(Int32Array, size, shared).fill(-1);
  for (let line = 0; line < count; line += 1) {
    let slot = hashBytes(terms, offsets[line]!, offsets[line + 1]!) & (size - 1);
    while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
    slots[slot] = line;
  }
  return { terms, offsets, values, slots, median: count === 0 ? 0 : values.slice().sort()[count >> 1]! };
}

/** The IdfTable that reads `packed` (without copying it). */
export function idfTableOf(packed: PackedIdf): IdfTable {
  const { terms, offsets, values, slots } = packed;
  const mask = slots.length - 1;
  const get = (term: string): number | undefined => {
    const key = encodeUtf8(term);
    const length = key.length;
    for (let slot = hashBytes(key.bytes, 0, length) & mask; slots[slot] !== -1; slot = (slot + 1) & mask) {
      const line = slots[slot]!;
      if (sameBytes(terms, offsets[line]!, offsets[line + 1]!, key.bytes, length)) return values[line];
    }
    return undefined;
  };
  return { get, median: packed.median };
}

let jiebaIdf: { readonly packed: PackedIdf; readonly table: IdfTable } | null = null;

/** jieba's IDF table (the one @node-rs/jieba ships), indexed on first use. */
export function jiebaIdfTable(): IdfTable {
  return loadJiebaIdf().table;
}

/**
 * jieba's IDF table as shared arrays, for worker threads to adopt (adoptJiebaIdf) instead of each reading and
 * indexing its own copy (~12 MB and ~0.1 s per thread).
 */
export function sharedJiebaIdf(): PackedIdf {
  return loadJiebaIdf().packed;
}

/** Use `packed` (from sharedJiebaIdf on another thread) as jieba's IDF table on this thread. */
export function adoptJiebaIdf(packed: PackedIdf): void {
  jiebaIdf ??= { packed, table: idfTableOf(packed) };
}

/**
 * Where the build writes jieba's IDF table packed (src/resources/write-jieba-idf.ts): dist/keywords/, reached by
 * the same relative URL from dist/keywords/ and from the CLI bundle in dist/cli/. Running from src/ there is none,
 * and the text is used.
 */
export const JIEBA_IDF_FILE = new URL("../keywords/jieba-idf.bin", import.meta.url);

/** The path of jieba's IDF text and what names it (its package's version, its length). */
export function jiebaIdfText(): { readonly path: string; readonly source: IdfSource } {
  const require = createRequire(import.meta.url);
  const path = require.resolve("@node-rs/jieba/idf.txt");
  const { version } = JSON.parse(new TextDecoder().decode(readResource(require.resolve("@node-rs/jieba/package.json")))) as { version: string };
  return { path, source: { version, bytes: resourceSize(path) } };
}

function loadJiebaIdf(): { readonly packed: PackedIdf; readonly table: IdfTable } {
  if (jiebaIdf === null) {
    const { path, source } = jiebaIdfText();
    const file = readSharedResourceIfPresent(JIEBA_IDF_FILE);
    adoptJiebaIdf((file && decodeIdfFile(file, source)) ?? packIdf(readResource(path), true));
  }
  return jiebaIdf!;
}

type TypedArrayOf<T> = { new (buffer: ArrayBufferLike): T; new (length: number): T; readonly BYTES_PER_ELEMENT: number };

function allocate<T>(type: TypedArrayOf<T>, length: number, shared: boolean): T {
  return shared ? new type(new SharedArrayBuffer(length * type.BYTES_PER_ELEMENT)) : new type(length);
}

function prefixCopy<T extends Uint8Array | Int32Array | Float64Array>(array: T, type: TypedArrayOf<T>, length: number, shared: boolean): T {
  const copy = allocate(type, length, shared);
  copy.set(array.subarray(0, length) as never);
  return copy;
}

const NEWLINE = 10;
const SPACE = 32;

/**
 * The well-formed lines' terms back to back (term i is terms[offsets[i], offsets[i + 1]), its text up to the
 * line's last space) and their IDF values, in one pass.
 */
function packTerms(bytes: Uint8Array, shared: boolean): { terms: Uint8Array; offsets: Int32Array; values: Float64Array } {
  let lines = 1;
  for (let index = 0; index < bytes.length; index += 1) if (bytes[index] === NEWLINE) lines += 1;
  const terms = new Uint8Array(bytes.length);
  const offsets = new Int32Array(lines + 1);
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
      terms.set(bytes.subarray(lineStart, space), offsets[count]!);
      offsets[count + 1] = offsets[count]! + space - lineStart;
      values[count] = value;
      count += 1;
    }
    lineStart = index + 1;
    space = -1;
  }
  // copies, so the tables hold only what they use
  return {
    terms: prefixCopy(terms, Uint8Array, offsets[count]!, shared),
    offsets: prefixCopy(offsets, Int32Array, count + 1, shared),
    values: prefixCopy(values, Float64Array, count, shared),
  };
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

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over bytes[start, end). */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let index = start; index < end; index += 1) hash = Math.imul(hash ^ bytes[index]!, FNV_PRIME);
  return hash >>> 0;
}

function sameBytes(bytes: Uint8Array, start: number, end: number, key: Uint8Array, length: number): boolean {
  if (end - start !== length) return false;
  for (let index = 0; index < length; index += 1) if (bytes[start + index] !== key[index]) return false;
  return true;
}

/** Reused for every lookup: encoding a term allocates nothing (TextEncoder.encode did, at ~1 µs a term). */
const scratch = { bytes: new Uint8Array(256), length: 0 };

/** The UTF-8 bytes of `text` in `scratch`; a lone surrogate encodes as U+FFFD, as TextEncoder does. */
function encodeUtf8(text: string): typeof scratch {
  if (scratch.bytes.length < text.length * 3) scratch.bytes = new Uint8Array(text.length * 3);
  const out = scratch.bytes;
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    let code = text.charCodeAt(index);
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        index += 1;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) out[length++] = code;
    else if (code < 0x800) {
      out[length++] = 0xc0 | (code >> 6);
      out[length++] = 0x80 | (code & 0x3f);
    } else if (code < 0x10000) {
      out[length++] = 0xe0 | (code >> 12);
      out[length++] = 0x80 | ((code >> 6) & 0x3f);
      out[length++] = 0x80 | (code & 0x3f);
    } else {
      out[length++] = 0xf0 | (code >> 18);
      out[length++] = 0x80 | ((code >> 12) & 0x3f);
      out[length++] = 0x80 | ((code >> 6) & 0x3f);
      out[length++] = 0x80 | (code & 0x3f);
    }
  }
  scratch.length = length;
  return scratch;
}
