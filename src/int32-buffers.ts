/**
 * Typed buffers reused from one text to the next (position lists, match lists, tallies): growing fresh arrays as
 * large as a big plan cost several times per item what small ones do, so a buffer is kept, grown by doubling.
 */

/** A copy of `array` with room for `capacity` items, holding its first min(`length`, `capacity`). */
export function resizedInt32(array: Int32Array, capacity: number, length: number): Int32Array {
  const resized = new Int32Array(capacity);
  resized.set(array.subarray(0, Math.min(length, capacity)));
  return resized;
}

/** Room a reused buffer starts with. */
export const INITIAL_CAPACITY = 256;

/** Items an emptied buffer keeps room for: one a huge text grew past this gives its memory back. */
export const RETAINED_CAPACITY = 1 << 16;

/** Whether a kept buffer of `capacity` items suits `count`: it holds them, and is not a huge text's leftover room. */
export const keptBufferFits = (capacity: number, count: number): boolean =>
  capacity >= count && capacity <= Math.max(RETAINED_CAPACITY, 2 * count);
