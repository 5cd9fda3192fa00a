import { BIG_UNITS, DECIMAL_DIGIT_CLASS, DECIMAL_POINTS, NUMERAL_CLASS } from "../numerals/index.js";
import { charTable, classTable } from "../../char-table.js";
import { occursAt } from "./_words.js";

/**
 * Where a matcher can start (Matcher.starts): a sorted superset of the offsets where its pattern matches,
 * so scanMatches tries a regex at a few hundred offsets instead of at every numeral character.
 * A leading numeral (NUM, numerals/chars.ts) begins at the first character of a numeral run and reads a
 * prefix of the run, or the whole run and a decimal part (3.5, 三点五万); a matcher's `Follow` says whether
 * what comes right after it can continue a match.
 */

const NUMERAL = classTable(NUMERAL_CLASS);
const DECIMAL_POINT = charTable(DECIMAL_POINTS);
const DECIMAL_DIGIT = classTable(DECIMAL_DIGIT_CLASS);
const BIG_UNIT = charTable(Object.keys(BIG_UNITS));

export const isNumeralAt = (text: string, at: number): boolean => NUMERAL[text.charCodeAt(at)] === 1;

/**
 * Whether a match can continue at an offset, right after its leading numeral: one of `chars` is there, or one of
 * `wordsBeforeNumeral` with a numeral right after it ("周" in 二周一次, "到" in 一到两次). One class for every
 * matcher (not a closure each), so the loops that ask it stay monomorphic.
 */
export class Follow {
  private readonly chars: Uint8Array;
  private readonly wordFirsts: Uint8Array;
  private readonly words: readonly string[];

  constructor({ chars = [], wordsBeforeNumeral = [] }: { chars?: readonly string[]; wordsBeforeNumeral?: readonly string[] }) {
    this.chars = charTable(chars);
    this.wordFirsts = charTable(firstChars(wordsBeforeNumeral));
    this.words = wordsBeforeNumeral;
  }

  accepts(text: string, at: number): boolean {
    const code = text.charCodeAt(at);
    if (this.chars[code] === 1) return true;
    if (this.wordFirsts[code] !== 1) return false;
    for (const w of this.words) if (occursAt(text, at, w) && isNumeralAt(text, at + w.length)) return true;
    return false;
  }
}

/** The first character of each word (all BMP characters). */
export const firstChars = (words: readonly string[]): string[] => words.map((w) => w.charAt(0));

/** True when a leading numeral starting the run [start, end) can be followed by what `follow` accepts. */
export function runFollowedBy(text: string, start: number, end: number, follow: Follow): boolean {
  for (let at = start + 1; at <= end; at += 1) if (follow.accepts(text, at)) return true;
  // the whole run, a decimal point, decimal digits and 万/亿: a match can continue after any of these digits
  if (DECIMAL_POINT[text.charCodeAt(end)] !== 1) return false;
  let at = end + 1;
  while (DECIMAL_DIGIT[text.charCodeAt(at)] === 1) {
    at += 1;
    if (follow.accepts(text, at)) return true;
  }
  if (at === end + 1) return false;
  while (BIG_UNIT[text.charCodeAt(at)] === 1) {
    at += 1;
    if (follow.accepts(text, at)) return true;
  }
  return false;
}

/** First characters of the numeral runs (TextIndex.numeralRuns) whose leading numeral `follow` allows. */
export function runStartsFollowedBy(text: string, runs: readonly number[], follow: Follow): number[] {
  const out: number[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] as number;
    if (runFollowedBy(text, start, runs[r + 1] as number, follow)) out.push(start);
  }
  return out;
}

/** The sorted union of two ascending lists (an offset in both appears once). */
export function union(a: readonly number[], b: readonly number[]): readonly number[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Number.POSITIVE_INFINITY;
    const y = b[j] ?? Number.POSITIVE_INFINITY;
    if (x <= y) i += 1;
    if (y <= x) j += 1;
    out.push(Math.min(x, y));
  }
  return out;
}
