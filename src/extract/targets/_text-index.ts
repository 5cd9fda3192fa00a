import { classSet } from "../../char-table.js";
import { CodeUnitBuffer } from "../../code-units.js";
import { INITIAL_CAPACITY, keptBufferFits, RETAINED_CAPACITY, resizedInt32 } from "../../int32-buffers.js";
import { NUMERAL_CLASS } from "../numerals/index.js";
import { runFollows } from "./_starts.js";
import { PAST_SENTENCE_MARKERS, QUOTE_PAIRS } from "./exclusions.js";

/**
 * What the matchers and refiners look up in a text (and where matchers can start), computed in one pass so every lookup is a binary search
 * or a walk over a short list (a 1 MB text with no punctuation must not make each target rescan the text).
 */
const SENTENCE_ENDS = "。！？!?\n";
const CLAUSE_ENDS = "，,；;：:";
/** Quotation marks (refiners/04-drop-excluded.ts pairs them up). */
export const ASCII_QUOTE = '"';
const QUOTATION_MARKS = [ASCII_QUOTE, ...QUOTE_PAIRS.flatMap(([open, close]) => [open, close])];

const SENTENCE = 1;
const CLAUSE = 2;
const NUMERAL = 3;
const QUOTATION = 4;
const EVERY = 5;
const FEN = 6;
const STATE = 7;
const INTERVAL = 8;
const KIND = new Uint8Array(0x10000);
const isNumeral = classSet(NUMERAL_CLASS);
for (let code = 0; code < KIND.length; code += 1) if (isNumeral(code)) KIND[code] = NUMERAL;
for (const ch of CLAUSE_ENDS) KIND[ch.charCodeAt(0)] = CLAUSE;
for (const ch of SENTENCE_ENDS) KIND[ch.charCodeAt(0)] = SENTENCE;
for (const ch of QUOTATION_MARKS) KIND[ch.charCodeAt(0)] = QUOTATION;
KIND["每".charCodeAt(0)] = EVERY;
KIND["分".charCodeAt(0)] = FEN;
for (const ch of "半隔双") KIND[ch.charCodeAt(0)] = INTERVAL;
for (const marker of PAST_SENTENCE_MARKERS) KIND[marker.charCodeAt(0)] = STATE;
const BIE = "别".charCodeAt(0);
/**
 * The characters of some kind, as a bitset tested before KIND: most characters are none, and their lookups touch
 * this 8 KB set instead of KIND's 64 KB (which the rest of the pipeline evicts from the cache between texts).
 */
const HAS_KIND = new Int32Array(0x800);
for (let code = 0; code < KIND.length; code += 1) if (KIND[code] !== 0) HAS_KIND[code >>> 5] = (HAS_KIND[code >>> 5] as number) | (1 << (code & 31));

export interface Boundaries {
  /** positions of boundary characters, ascending */
  readonly sentence: Int32Array;
  readonly clause: Int32Array;
  readonly length: number;
}

export interface TextIndex extends Boundaries {
  /** maximal runs of numeral characters (NUMERAL_CLASS), flat and ascending: start0, end0, start1, end1, … */
  readonly numeralRuns: Int32Array;
  /** for each numeral run, the bits of the matchers' Follows that can continue a match after it (see _starts.ts) */
  readonly runFollows: Uint16Array;
  /** positions of quotation marks (“”「」《》〈〉 and "), ascending */
  readonly quotationMarks: Int32Array;
  /** positions of 每, ascending */
  readonly every: Int32Array;
  /** positions of 分别, ascending */
  readonly respectively: Int32Array;
  /** positions of the first characters of PAST_SENTENCE_MARKERS (现有, 共有 …), ascending */
  readonly stateMarkers: Int32Array;
  /** positions of 半, 隔 and 双, ascending: where half quantities (半小时) and intervals (隔周一次, 双周一次, 半月一次) start */
  readonly intervalMarks: Int32Array;
}

const NO_POSITIONS = new Int32Array(0);

/** A list of positions in a buffer that is kept from one text to the next. */
class PositionList {
  private data: Int32Array = new Int32Array(INITIAL_CAPACITY);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) this.data = resizedInt32(this.data, this.length * 2, this.length);
    this.data[this.length++] = value;
  }

  /** The positions pushed since the last view: valid until the list is used again. */
  view(): Int32Array {
    if (this.length === 0) return NO_POSITIONS; // most texts have no 分别, many no 每 or quotation marks
    const view = this.data.subarray(0, this.length);
    this.length = 0;
    if (this.data.length > RETAINED_CAPACITY) this.data = new Int32Array(INITIAL_CAPACITY);
    return view;
  }
}

/** One Follow mask per numeral run (TextIndex.runFollows), kept between texts: a fresh one past 64 bytes is allocated off the heap. */
class MaskBuffer {
  private masks = new Uint16Array(INITIAL_CAPACITY);

  /** Room for `count` masks: valid until the buffer is used again. */
  sized(count: number): Uint16Array {
    if (!keptBufferFits(this.masks.length, count)) this.masks = new Uint16Array(Math.max(INITIAL_CAPACITY, count));
    return this.masks.subarray(0, count);
  }
}

/**
 * The buffers an index is built in (src/int32-buffers.ts). A text's lists hold up to a third of its length: built
 * in fresh arrays, a 640k-character plan cost ~4× per character what a 40k one did.
 */
export class IndexBuffers {
  readonly codeUnits = new CodeUnitBuffer();
  readonly runFollows = new MaskBuffer();
  readonly sentence = new PositionList();
  readonly clause = new PositionList();
  readonly numeralRuns = new PositionList();
  readonly quotationMarks = new PositionList();
  readonly every = new PositionList();
  readonly respectively = new PositionList();
  readonly stateMarkers = new PositionList();
  readonly intervalMarks = new PositionList();
}

/**
 * The TextIndex of `text`. Its lists are views into `buffers`: they stay valid until `buffers` is used for the
 * next text (the default, fresh buffers, never is).
 */
export function indexText(text: string, buffers: IndexBuffers = new IndexBuffers()): TextIndex {
  const { sentence, clause, numeralRuns, quotationMarks, every, respectively, stateMarkers, intervalMarks } = buffers;
  const units = buffers.codeUnits.of(text);
  const length = text.length;
  for (let i = 0; i < length; i += 1) {
    const code = units[i] as number;
    if (((HAS_KIND[code >>> 5] as number) & (1 << (code & 31))) === 0) continue;
    let kind = KIND[code] as number;
    if (kind === NUMERAL) {
      numeralRuns.push(i);
      while (i + 1 < length && (kind = KIND[units[i + 1] as number] as number) === NUMERAL) i += 1;
      numeralRuns.push((i += 1));
      if (i === length) break;
      if (kind === 0) continue;
    }
    // then the boundaries, the next most common
    if (kind <= CLAUSE) {
      if (kind === SENTENCE) sentence.push(i);
      clause.push(i);
    } else if (kind === QUOTATION) {
      quotationMarks.push(i);
    } else if (kind === EVERY) {
      every.push(i);
    } else if (kind === STATE) {
      stateMarkers.push(i);
    } else if (kind === INTERVAL) {
      intervalMarks.push(i);
    } else if (units[i + 1] === BIE && i + 1 < length) {
      respectively.push(i); // kind FEN
    }
  }
  const runs = numeralRuns.view();
  return {
    sentence: sentence.view(), clause: clause.view(), length: text.length, numeralRuns: runs, runFollows: runFollows(text, units, runs, buffers.runFollows.sized(runs.length >> 1)),
    quotationMarks: quotationMarks.view(), every: every.view(), respectively: respectively.view(), stateMarkers: stateMarkers.view(),
    intervalMarks: intervalMarks.view(),
  };
}

/** Index of the first item >= `value` in an ascending list (binary search). */
export function lowerBound(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index (even) in TextIndex.numeralRuns of the first run that ends after `at`. */
export function firstRunEndingAfter(runs: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = runs.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((runs[2 * mid + 1] as number) <= at) lo = mid + 1;
    else hi = mid;
  }
  return 2 * lo;
}

/** The span between the boundary before `at` and the boundary at or after `at` (boundary char excluded at start, included at end). */
export function enclosing(marks: ArrayLike<number>, length: number, start: number, end: number): { start: number; end: number } {
  const lo = lowerBound(marks, start);
  const before = lo > 0 ? (marks[lo - 1] ?? -1) : -1;
  let after = length;
  let i = lo;
  while (i < marks.length && (marks[i] ?? 0) < end) i += 1;
  if (i < marks.length) after = (marks[i] ?? length) + 1;
  return { start: before + 1, end: Math.min(after, length) };
}
