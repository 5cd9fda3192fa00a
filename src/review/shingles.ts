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

/** Everything that is not Han, a letter or a digit (a linear character class, no backtracking). */
const NOT_CONTENT = /[^\p{Script=Han}\p{L}\p{N}]+/gu;

/** The Han/letter/digit characters of a text, as one string. */
function contentOf(text: string): string {
  return text.replace(NOT_CONTENT, "");
}

/** FNV-1a over `size` UTF-16 units from `at`, then murmur3's fmix32 so that the low hashes are a uniform sample. */
function hashAt(content: string, at: number, size: number): number {
  let hash = 0x811c9dc5;
  for (let i = at; i < at + size; i += 1) {
    hash ^= content.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A text's fingerprint: pure, deterministic, linear in the text (plus a sort of its hashes). */
export function fingerprintText(text: string, size: number = SHINGLE_SIZE, sketchSize: number = SKETCH_SIZE): TextFingerprint {
  const content = contentOf(text);
  const count = Math.max(0, content.length - size + 1);
  const hashes = new Uint32Array(count);
  for (let i = 0; i < count; i += 1) hashes[i] = hashAt(content, i, size);
  hashes.sort();
  const sketch: number[] = [];
  let distinct = 0;
  for (let i = 0; i < count; i += 1) {
    if (i > 0 && hashes[i] === hashes[i - 1]) continue;
    distinct += 1;
    if (sketch.length < sketchSize) sketch.push(hashes[i]!);
  }
  return { size: distinct, sketch };
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
