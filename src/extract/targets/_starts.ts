import { BIG_UNITS, DECIMAL_DIGIT_CLASS, DECIMAL_POINTS, NUMERAL_CLASS } from "../numerals/index.js";
import { charSet, classSet } from "../../char-table.js";
import { occursAt } from "./_words.js";
import type { TextIndex } from "./_text-index.js";

/**
 * Where a matcher can start (Matcher.starts): a sorted superset of the offsets where its pattern matches,
 * so scanMatches tries a regex at a few hundred offsets instead of at every numeral character.
 * A leading numeral (NUM, numerals/chars.ts) begins at the first character of a numeral run and reads a
 * prefix of the run, or the whole run and a decimal part (3.5, 三点五万); a matcher's `Follow` says whether
 * what comes right after it can continue a match.
 */

const NUMERAL = classSet(NUMERAL_CLASS);
const DECIMAL_POINT = charSet(DECIMAL_POINTS);
const DECIMAL_DIGIT = classSet(DECIMAL_DIGIT_CLASS);
const BIG_UNIT = charSet(Object.keys(BIG_UNITS));

export const isNumeralAt = (text: string, at: number): boolean => NUMERAL(text.charCodeAt(at));

/** Every Follow, in creation order: Follow i owns bit i of the masks below. */
const FOLLOWS: Follow[] = [];
const MAX_FOLLOWS = 16;
/** For each code unit, the Follows with it among their chars, and those with a word starting with it (shared tables). */
const CHAR_OF = new Uint16Array(0x10000);
const WORD_START_OF = new Uint16Array(0x10000);
/** The code units with a bit in either table, as a bitset tested first: 8 KB, where the tables' lines are cold. */
const IN_SOME_FOLLOW = new Int32Array(0x800);

function addBit(table: Uint16Array, chars: readonly string[], bit: number): void {
  for (const ch of chars) {
    const code = ch.charCodeAt(0);
    table[code] = (table[code] as number) | bit;
    IN_SOME_FOLLOW[code >>> 5] = (IN_SOME_FOLLOW[code >>> 5] as number) | (1 << (code & 31));
  }
}

/**
 * Whether a match can continue at an offset, right after its leading numeral: one of `chars` is there, or one of
 * `wordsBeforeNumeral` with a numeral right after it ("周" in 二周一次, "到" in 一到两次). Follows are module
 * constants of the matchers: each owns a bit, and runFollows asks all of them about a numeral run in one pass.
 */
export class Follow {
  readonly bit: number;
  private readonly words: readonly string[];

  constructor({ chars = [], wordsBeforeNumeral = [] }: { chars?: readonly string[]; wordsBeforeNumeral?: readonly string[] }) {
    if (FOLLOWS.length >= MAX_FOLLOWS) throw new RangeError(`at most ${MAX_FOLLOWS} Follows`);
    this.bit = 1 << FOLLOWS.length;
    FOLLOWS.push(this);
    this.words = wordsBeforeNumeral;
    addBit(CHAR_OF, chars, this.bit);
    addBit(WORD_START_OF, firstChars(wordsBeforeNumeral), this.bit);
  }

  accepts(text: string, at: number): boolean {
    const code = text.charCodeAt(at);
    if (((CHAR_OF[code] as number) & this.bit) !== 0) return true;
    if (((WORD_START_OF[code] as number) & this.bit) === 0) return false;
    for (const w of this.words) if (occursAt(text, at, w) && isNumeralAt(text, at + w.length)) return true;
    return false;
  }
}

/** The bits of the Follows (not yet in `known`) that accept `at`, where the code unit is `code` (0 past the end). */
function acceptedAt(text: string, code: number, at: number, known: number): number {
  if (((IN_SOME_FOLLOW[code >>> 5] as number) & (1 << (code & 31))) === 0) return 0;
  let candidates = ((CHAR_OF[code] as number) | (WORD_START_OF[code] as number)) & ~known;
  let accepted = 0;
  while (candidates !== 0) {
    const bit = candidates & -candidates;
    if ((FOLLOWS[31 - Math.clz32(bit)] as Follow).accepts(text, at)) accepted |= bit;
    candidates &= ~bit;
  }
  return accepted;
}

/** The code unit at `at` from the copied `units` of `text`; 0 (in no table) past its end. */
const codeAt = (text: string, units: Uint16Array, at: number): number => (at < text.length ? (units[at] as number) : 0);

/**
 * For each numeral run [start, end) (TextIndex.numeralRuns), the bits of the Follows that accept what can come
 * right after a leading numeral starting it: after any of its digits but the first, or after the whole run, a
 * decimal point, decimal digits and 万/亿 (3.5, 三点五万). One pass over the runs for every Follow; `units` holds the
 * text's code units (TextIndex's copy); written into `masks` (one per run), which it returns.
 */
export function runFollows(text: string, units: Uint16Array, runs: ArrayLike<number>, masks: Uint16Array): Uint16Array {
  for (let r = 0; r < runs.length; r += 2) {
    const end = runs[r + 1] as number;
    let mask = 0;
    for (let at = (runs[r] as number) + 1; at <= end; at += 1) mask |= acceptedAt(text, codeAt(text, units, at), at, mask);
    if (DECIMAL_POINT(codeAt(text, units, end))) {
      let at = end + 1;
      while (DECIMAL_DIGIT(codeAt(text, units, at))) {
        at += 1;
        mask |= acceptedAt(text, codeAt(text, units, at), at, mask);
      }
      if (at > end + 1) {
        while (BIG_UNIT(codeAt(text, units, at))) {
          at += 1;
          mask |= acceptedAt(text, codeAt(text, units, at), at, mask);
        }
      }
    }
    masks[r >> 1] = mask;
  }
  return masks;
}

/** The first character of each word (all BMP characters). */
export const firstChars = (words: readonly string[]): string[] => words.map((w) => w.charAt(0));

/** True when a leading numeral starting the run at `r` (an even index into TextIndex.numeralRuns) can be followed by what `follow` accepts. */
export const runFollowedBy = (index: TextIndex, r: number, follow: Follow): boolean =>
  ((index.runFollows[r >> 1] as number) & follow.bit) !== 0;

/** First characters of the numeral runs (TextIndex.numeralRuns) whose leading numeral `follow` allows. */
export function runStartsFollowedBy(index: TextIndex, follow: Follow): number[] {
  const out: number[] = [];
  const runs = index.numeralRuns;
  for (let r = 0; r < runs.length; r += 2) if (runFollowedBy(index, r, follow)) out.push(runs[r] as number);
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
