/**
 * Text fingerprints for template-copy: a bounded sample of a text's character-shingle hashes, small enough to keep
 * one per plan for a whole batch, and a containment estimate from two fingerprints alone (no texts needed).
 *
 * Sampling is "bottom-k" (the k smallest distinct hashes). Comparing A with B looks only at hashes below both
 * fingerprints' thresholds, where each fingerprint holds every hash of its text: so the estimate is a uniform
 * sample of A's shingles tested for membership in B (Broder's containment, conditional random sampling).
 */

/** Characters per shingle, counted over Han/letter/digit content only (punctuation and spaces ignored). */
export const SHINGLE_SIZE = 8;
/** Hashes kept per fingerprint. */
export const SKETCH_SIZE = 256;
/** Below this many sampled shingles in common range, two fingerprints are not compared (too little to judge). */
export const MIN_SAMPLE = 16;

export interface TextFingerprint {
  /** distinct shingle hashes of the text */
  readonly size: number;
  /** the min(size, SKETCH_SIZE) smallest distinct hashes, ascending (unsigned 32-bit) */
  readonly sketch: readonly number[];
}

/** A Han character, a letter or a digit (one code point). */
const CONTENT = /^[\p{Script=Han}\p{L}\p{N}]$/u;

/** Per BMP code unit: 0 not yet known, 1 content, 2 not content. Filled as characters are met (bounded: 64 KB). */
const contentKind = new Uint8Array(0x10000);

function isContentUnit(code: number): boolean {
  let kind = contentKind[code]!;
  if (kind === 0) contentKind[code] = kind = CONTENT.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1;
}

/**
 * The Han/letter/digit characters of a text, as UTF-16 units back to back (a surrogate pair is one character:
 * kept or dropped whole; a lone surrogate is not content).
 */
function contentOf(text: string): { readonly units: Uint16Array; readonly length: number } {
  const units = new Uint16Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) {
      if (isContentUnit(code)) units[length++] = code;
      continue;
    }
    const low = text.charCodeAt(i + 1);
    if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
      if (CONTENT.test(text.slice(i, i + 2))) {
        units[length++] = code;
        units[length++] = low;
      }
      i += 1;
    }
  }
  return { units, length };
}

/** FNV-1a over `size` UTF-16 units from `at`, then murmur3's fmix32 so that the low hashes are a uniform sample. */
function hashAt(units: Uint16Array, at: number, size: number): number {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + size; i += 1) {
    hash ^= units[i]!;
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A text's fingerprint: pure, deterministic, linear in the text (plus a sort of its smallest hashes). */
export function fingerprintText(text: string, size: number = SHINGLE_SIZE, sketchSize: number = SKETCH_SIZE): TextFingerprint {
  const content = contentOf(text);
  const count = Math.max(0, content.length - size + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) hashes[i] = hashAt(content.units, i, size);
  return { size: countDistinct(hashes), sketch: smallestDistinct(hashes, sketchSize) };
}

/** How many different values `values` holds (an open-addressing set: linear, where sorting was n log n). */
function countDistinct(values: Uint32Array): number {
  let capacity = 16;
  while (capacity < values.length * 2) capacity *= 2;
  const slots = new Uint32Array(capacity);
  const used = new Uint8Array(capacity);
  const mask = capacity - 1;
  let distinct = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    let slot = Math.imul(value, 0x9e3779b1) >>> 0 & mask;
    while (used[slot] === 1 && slots[slot] !== value) slot = (slot + 1) & mask;
    if (used[slot] === 1) continue;
    used[slot] = 1;
    slots[slot] = value;
    distinct += 1;
  }
  return distinct;
}

/**
 * The `k` smallest different values of `values`, ascending. The hashes are uniform, so the k smallest almost always
 * lie below a threshold a few times k / n of the range: only those are sorted, and all of them when that falls short.
 */
function smallestDistinct(values: Uint32Array, k: number): number[] {
  const threshold = Math.floor((0x100000000 * 4 * k) / Math.max(1, values.length));
  if (threshold < 0xffffffff) {
    const below = values.filter((value) => value <= threshold);
    if (below.length >= k) {
      const smallest = distinctAscending(below.sort(), k);
      if (smallest.length === k) return smallest;
    }
  }
  return distinctAscending(values.slice().sort(), k);
}

/** The first `k` different values of an ascending array. */
function distinctAscending(sorted: Uint32Array, k: number): number[] {
  const distinct: number[] = [];
  for (let i = 0; i < sorted.length && distinct.length < k; i += 1) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) distinct.push(sorted[i]!);
  }
  return distinct;
}

/** The largest hash a fingerprint is complete up to: its last hash when the sketch is full, else no limit. */
export function fingerprintLimit(print: TextFingerprint, sketchSize: number = SKETCH_SIZE): number {
  return print.sketch.length >= sketchSize ? (print.sketch[print.sketch.length - 1] ?? 0) : 0xffffffff;
}

/** How many of a sorted sketch's hashes are <= limit (binary search). */
export function countUpTo(sketch: readonly number[], limit: number): number {
  let low = 0;
  let high = sketch.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sketch[middle] ?? 0) <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Estimated share of `a`'s shingles that also occur in `b` (containment, not Jaccard: a short plan copied into a
 * long one still counts). null when the fingerprints have fewer than MIN_SAMPLE hashes in common range.
 */
export function estimateContainment(a: TextFingerprint, b: TextFingerprint, sketchSize: number = SKETCH_SIZE): number | null {
  const limit = Math.min(fingerprintLimit(a, sketchSize), fingerprintLimit(b, sketchSize));
  const sample = countUpTo(a.sketch, limit);
  if (sample < MIN_SAMPLE) return null;
  const inB = new Set(b.sketch);
  let shared = 0;
  for (let i = 0; i < sample; i += 1) if (inB.has(a.sketch[i]!)) shared += 1;
  return shared / sample;
}
