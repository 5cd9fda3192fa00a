import { DECIMAL_POINTS } from "../numerals/index.js";

/**
 * Where a matcher can start (Matcher.starts): a sorted superset of the offsets where its pattern matches,
 * so scanMatches tries a regex at a few hundred offsets instead of at every numeral character.
 * A leading numeral (NUM) begins at the first character of a numeral run; it reads some prefix of the run,
 * or the whole run and a decimal part, so the character right after it is a later character of the run,
 * the character after the run, or a decimal point.
 */

/** A membership table for characters that may directly follow a leading numeral (decimal points always may). */
export function followTable(chars: Iterable<string>): Uint8Array {
  const table = new Uint8Array(0x10000);
  for (const ch of [...chars, ...DECIMAL_POINTS]) table[ch.charCodeAt(0)] = 1;
  return table;
}

/** The first character of each word (all BMP characters). */
export const firstChars = (words: readonly string[]): string[] => words.map((w) => w.charAt(0));

/** True when some character after the run's first one, or the one right after the run, is in `follow`. */
export function runFollowedBy(text: string, start: number, end: number, follow: Uint8Array): boolean {
  for (let at = start + 1; at <= end && at < text.length; at += 1) if (follow[text.charCodeAt(at)] === 1) return true;
  return false;
}

/** First characters of the numeral runs (TextIndex.numeralRuns) that `follow` allows. */
export function runStartsFollowedBy(text: string, runs: readonly number[], follow: Uint8Array): number[] {
  const out: number[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] as number;
    if (runFollowedBy(text, start, runs[r + 1] as number, follow)) out.push(start);
  }
  return out;
}

/** Offsets of every occurrence of `literal` in `text`, ascending. */
export function occurrences(text: string, literal: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) out.push(at);
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
