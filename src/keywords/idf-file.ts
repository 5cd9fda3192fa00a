import type { PackedIdf } from "./idf-table.js";

/**
 * A PackedIdf as one binary file, written at build time (src/resources/write-jieba-idf.ts) so a process reads
 * jieba's IDF table (~10 MB) instead of indexing its 6 MB of text: ~0.19 s of a cold start with keywords. The file
 * names the text it was built from (its package's version and byte length); decodeIdfFile refuses a file built from
 * another text, and the caller indexes the text itself.
 *
 * Layout (little-endian, every array at a multiple of 8 bytes):
 *   "PLNIDF01" · count u32 · termBytes u32 · slotCount u32 · sourceBytes u32 · median f64 · versionBytes u32 ·
 *   version (UTF-8, padded) · values f64[count] · offsets i32[count + 1] · slots i32[slotCount] ·
 *   terms u8[termBytes]
 */
export interface IdfSource {
  /** the version of the package that ships the text */
  readonly version: string;
  /** the text's length in bytes */
  readonly bytes: number;
}

const MAGIC = "PLNIDF01";
const FIXED_HEADER = 8 + 4 * 4 + 8 + 4;

const padded = (n: number): number => (n + 7) & ~7;

export function encodeIdfFile(packed: PackedIdf, source: IdfSource): Uint8Array {
  const version = new TextEncoder().encode(source.version);
  const count = packed.values.length;
  const layout = sections(count, packed.terms.length, packed.slots.length, version.length);
  const bytes = new Uint8Array(layout.end);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(MAGIC), 0);
  view.setUint32(8, count, true);
  view.setUint32(12, packed.terms.length, true);
  view.setUint32(16, packed.slots.length, true);
  view.setUint32(20, source.bytes, true);
  view.setFloat64(24, packed.median, true);
  view.setUint32(32, version.length, true);
  bytes.set(version, FIXED_HEADER);
  new Float64Array(bytes.buffer, layout.values, count).set(packed.values);
  new Int32Array(bytes.buffer, layout.offsets, count + 1).set(packed.offsets);
  new Int32Array(bytes.buffer, layout.slots, packed.slots.length).set(packed.slots);
  bytes.set(packed.terms, layout.terms);
  return bytes;
}

/**
 * The PackedIdf in `file` (views on its memory: a file read into a SharedArrayBuffer gives arrays worker threads
 * can adopt), or null when it is not an IDF file, is cut short, or was built from another text than `source`.
 */
export function decodeIdfFile(file: Uint8Array, source: IdfSource): PackedIdf | null {
  if (file.length < FIXED_HEADER || new TextDecoder().decode(file.subarray(0, 8)) !== MAGIC) return null;
  const bytes = file.byteOffset % 8 === 0 ? file : alignedCopy(file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  const count = view.getUint32(8, true);
  const termBytes = view.getUint32(12, true);
  const slotCount = view.getUint32(16, true);
  const versionBytes = view.getUint32(32, true);
  if (FIXED_HEADER + versionBytes > bytes.length) return null;
  const version = new TextDecoder().decode(bytes.subarray(FIXED_HEADER, FIXED_HEADER + versionBytes));
  if (version !== source.version || view.getUint32(20, true) !== source.bytes) return null;
  const layout = sections(count, termBytes, slotCount, versionBytes);
  if (layout.end !== bytes.length || (slotCount & (slotCount - 1)) !== 0) return null;
  const at = bytes.byteOffset;
  return {
    values: new Float64Array(bytes.buffer, at + layout.values, count),
    offsets: new Int32Array(bytes.buffer, at + layout.offsets, count + 1),
    slots: new Int32Array(bytes.buffer, at + layout.slots, slotCount),
    terms: new Uint8Array(bytes.buffer, at + layout.terms, termBytes),
    median: view.getFloat64(24, true),
  };
}

function sections(count: number, termBytes: number, slotCount: number, versionBytes: number) {
  const values = padded(FIXED_HEADER + versionBytes);
  const offsets = values + 8 * count;
  const slots = padded(offsets + 4 * (count + 1));
  const terms = slots + 4 * slotCount;
  return { values, offsets, slots, terms, end: terms + termBytes };
}

/** A copy starting at offset 0 of its own buffer (of the same kind, shared or not), so its arrays can be viewed. */
function alignedCopy(file: Uint8Array): Uint8Array {
  const buffer = file.buffer instanceof SharedArrayBuffer ? new SharedArrayBuffer(file.length) : new ArrayBuffer(file.length);
  const copy = new Uint8Array(buffer);
  copy.set(file);
  return copy;
}
