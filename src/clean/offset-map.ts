/**
 * An OffsetMap takes an offset in an OUTPUT text back to the INPUT text it was made from.
 *
 * It is a sorted list of segments over the output. A segment covers output [outStart, outEnd) and
 * came from input [inStart, inEnd). A *linear* segment has equal lengths and maps char by char
 * (copied text, or a 1:1 replacement such as "１" → "1"); a non-linear one (e.g. "\r\n" → "\n",
 * "2、 " → "\n") maps every output char to inStart. Input text not covered by any segment was deleted.
 * Lookups are a binary search (O(log n)); builders append in order (linear).
 */
export interface OffsetMap {
  readonly inputLength: number;
  readonly outputLength: number;
  /** parallel arrays, one entry per segment, sorted by outStart; outEnd of one = outStart of the next */
  readonly outStart: readonly number[];
  readonly inStart: readonly number[];
  readonly inEnd: readonly number[];
  readonly linear: readonly boolean[];
}

export interface MapBuilder {
  /** copy input [position, to) unchanged */
  copyTo(to: number): void;
  /** replace input [position, to) with `output` (empty output = deletion) */
  replaceTo(to: number, output: string): void;
  /** the input offset up to which the builder has consumed */
  position(): number;
  /** copy the rest of the input and return the output text with its map */
  finish(): { text: string; map: OffsetMap };
}

export function createMapBuilder(input: string): MapBuilder {
  return new SegmentBuilder(input);
}

class SegmentBuilder implements MapBuilder {
  private readonly pieces: string[] = [];
  private readonly outStart: number[] = [];
  private readonly inStart: number[] = [];
  private readonly inEnd: number[] = [];
  private readonly linear: boolean[] = [];
  private inPos = 0;
  private outPos = 0;

  constructor(private readonly input: string) {}

  copyTo(to: number): void {
    const end = Math.min(Math.max(to, this.inPos), this.input.length);
    if (end > this.inPos) this.push(this.inPos, end, this.input.slice(this.inPos, end), true);
    this.inPos = end;
  }

  replaceTo(to: number, output: string): void {
    const end = Math.min(Math.max(to, this.inPos), this.input.length);
    this.push(this.inPos, end, output, output.length === end - this.inPos);
    this.inPos = end;
  }

  position(): number {
    return this.inPos;
  }

  finish(): { text: string; map: OffsetMap } {
    this.copyTo(this.input.length);
    const { pieces, outStart, inStart, inEnd, linear } = this;
    const text = pieces.length === 1 ? (pieces[0] ?? "") : pieces.join("");
    return { text, map: { inputLength: this.input.length, outputLength: text.length, outStart, inStart, inEnd, linear } };
  }

  private push(inFrom: number, inTo: number, output: string, isLinear: boolean): void {
    if (output.length === 0) return;
    this.pieces.push(output);
    const { outStart, inStart, inEnd, linear } = this;
    const last = outStart.length - 1;
    if (isLinear && last >= 0 && linear[last] === true && inEnd[last] === inFrom) {
      inEnd[last] = inTo;
    } else {
      outStart.push(this.outPos);
      inStart.push(inFrom);
      inEnd.push(inTo);
      linear.push(isLinear);
    }
    this.outPos += output.length;
  }
}

/** The map of a step that changed nothing. */
export function identityMap(length: number): OffsetMap {
  return length === 0
    ? { inputLength: 0, outputLength: 0, outStart: [], inStart: [], inEnd: [], linear: [] }
    : { inputLength: length, outputLength: length, outStart: [0], inStart: [0], inEnd: [length], linear: [true] };
}

/** Index of the segment holding output offset `offset` (binary search). */
export function segmentAt(map: OffsetMap, offset: number): number {
  let lo = 0;
  let hi = map.outStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((map.outStart[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function clampOffset(map: OffsetMap, offset: number): number {
  if (!Number.isFinite(offset) || offset <= 0) return 0;
  return Math.min(Math.floor(offset), map.outputLength);
}

/**
 * Input offset of the output char at `offset` (a start offset). `outputLength` maps to the end of the
 * last kept input char, so a span ending at the end of the text does not swallow a removed footer.
 */
export function toOriginal(map: OffsetMap, offset: number): number {
  const o = clampOffset(map, offset);
  if (map.outStart.length === 0) return 0;
  if (o >= map.outputLength) return map.inEnd[map.inEnd.length - 1] ?? 0;
  const s = segmentAt(map, o);
  const start = map.inStart[s] ?? 0;
  return map.linear[s] === true ? start + (o - (map.outStart[s] ?? 0)) : start;
}

/** Input offset for an END offset: just after the input char of output char `offset - 1`. */
export function toOriginalEnd(map: OffsetMap, offset: number): number {
  const o = clampOffset(map, offset);
  if (o === 0 || map.outStart.length === 0) return toOriginal(map, 0);
  const s = segmentAt(map, o - 1);
  if (map.linear[s] === true) return (map.inStart[s] ?? 0) + (o - 1 - (map.outStart[s] ?? 0)) + 1;
  return map.inEnd[s] ?? 0;
}

/** An output span [start, end) as an input span. */
export function toOriginalSpan(map: OffsetMap, start: number, end: number): { start: number; end: number } {
  const from = toOriginal(map, start);
  if (end <= start) return { start: from, end: from };
  return { start: from, end: Math.max(from, toOriginalEnd(map, end)) };
}

/**
 * `first` maps B → A, `second` maps C → B; the result maps C → A. Linear in the number of segments:
 * a linear segment of `second` is cut where it crosses segments of `first`.
 */
export function composeMaps(first: OffsetMap, second: OffsetMap): OffsetMap {
  if (isIdentity(first) && first.outputLength === second.inputLength) return second;
  if (isIdentity(second) && second.inputLength === first.outputLength) return first;
  const segments: Segments = { outStart: [], inStart: [], inEnd: [], linear: [] };
  let t = 0;
  const n = second.outStart.length;
  for (let s = 0; s < n; s++) {
    const oS = second.outStart[s] ?? 0;
    const oE = s + 1 < n ? (second.outStart[s + 1] ?? 0) : second.outputLength;
    const bS = second.inStart[s] ?? 0;
    const bE = second.inEnd[s] ?? 0;
    if (second.linear[s] !== true || bE <= bS) {
      pushSegment(segments, oS, toOriginal(first, bS), Math.max(toOriginal(first, bS), toOriginalEnd(first, bE)), false);
      continue;
    }
    // walk first's segments over B [bS, bE)
    while (t + 1 < first.outStart.length && (first.outStart[t + 1] ?? 0) <= bS) t++;
    let x = bS;
    let u = t;
    while (x < bE && u < first.outStart.length) {
      const fS = first.outStart[u] ?? 0;
      const fE = u + 1 < first.outStart.length ? (first.outStart[u + 1] ?? 0) : first.outputLength;
      const y = Math.min(bE, fE);
      if (y > x) {
        const aS = first.inStart[u] ?? 0;
        if (first.linear[u] === true) pushSegment(segments, oS + (x - bS), aS + (x - fS), aS + (y - fS), true);
        else pushSegment(segments, oS + (x - bS), aS, first.inEnd[u] ?? aS, false);
        x = y;
      }
      if (fE <= bE) u++;
      else break;
    }
    t = Math.max(t, u - 1, 0);
    void oE;
  }
  const { outStart, inStart, inEnd, linear } = segments;
  return { inputLength: first.inputLength, outputLength: second.outputLength, outStart, inStart, inEnd, linear };
}

interface Segments {
  readonly outStart: number[];
  readonly inStart: number[];
  readonly inEnd: number[];
  readonly linear: boolean[];
}

function pushSegment(segments: Segments, o: number, i: number, e: number, isLinear: boolean): void {
  const { outStart, inStart, inEnd, linear } = segments;
  const last = outStart.length - 1;
  if (isLinear && last >= 0 && linear[last] === true && inEnd[last] === i) {
    inEnd[last] = e;
    return;
  }
  if (last >= 0 && outStart[last] === o) {
    inStart[last] = i;
    inEnd[last] = e;
    linear[last] = isLinear;
    return;
  }
  outStart.push(o);
  inStart.push(i);
  inEnd.push(e);
  linear.push(isLinear);
}

/** True when the map changes nothing (one linear segment over the whole text, or both texts empty). */
export function isIdentity(map: OffsetMap): boolean {
  if (map.inputLength !== map.outputLength) return false;
  if (map.outStart.length === 0) return map.inputLength === 0;
  return map.outStart.length === 1 && map.linear[0] === true && map.inStart[0] === 0 && map.inEnd[0] === map.inputLength;
}
