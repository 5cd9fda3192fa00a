import { INITIAL_CAPACITY, RETAINED_CAPACITY, resizedInt32 } from "../int32-buffers.js";

/**
 * Pattern occurrences as parallel typed arrays (no object per match), kept in order of start, then longest first:
 * occurrence k is pattern `pattern[k]` at `start[k]`–`end[k]`, for k < `length`. One list can be refilled for
 * every text (`clear`), so a scan allocates nothing once the list has grown to the usual size.
 */
export class OccurrenceList {
  pattern: Int32Array = new Int32Array(INITIAL_CAPACITY);
  start: Int32Array = new Int32Array(INITIAL_CAPACITY);
  end: Int32Array = new Int32Array(INITIAL_CAPACITY);
  length = 0;

  /** Empties the list; a list grown past RETAINED_CAPACITY by a huge text gives its memory back. */
  clear(): void {
    this.length = 0;
    if (this.pattern.length > RETAINED_CAPACITY) this.resize(INITIAL_CAPACITY);
  }

  /**
   * Adds an occurrence found by a left-to-right scan, which finds them in order of end (then longest first).
   * The ones it moves back past start later, or as early and end sooner: they are nested inside it, so how far
   * it moves is bounded by the patterns, not the text. Occurrences with the same span keep the order they came in.
   */
  add(pattern: number, start: number, end: number): void {
    if (this.length === this.pattern.length) this.resize(this.length * 2);
    let at = this.length;
    while (at > 0 && (this.start[at - 1]! > start || (this.start[at - 1] === start && this.end[at - 1]! < end))) {
      this.pattern[at] = this.pattern[at - 1]!;
      this.start[at] = this.start[at - 1]!;
      this.end[at] = this.end[at - 1]!;
      at -= 1;
    }
    this.pattern[at] = pattern;
    this.start[at] = start;
    this.end[at] = end;
    this.length += 1;
  }

  private resize(capacity: number): void {
    this.pattern = resizedInt32(this.pattern, capacity, this.length);
    this.start = resizedInt32(this.start, capacity, this.length);
    this.end = resizedInt32(this.end, capacity, this.length);
  }
}
