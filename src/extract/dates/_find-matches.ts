/**
 * Every matcher's matches, exactly as `text.matchAll(matcher.pattern)` gives them, trying the pattern only where
 * a match can be.
 *
 * A matcher names its `trigger`: `key`, characters of which every match holds at least one (月, 年, 学期's 期 …,
 * rare in running text), and `before`, every character a match can hold before its first key character. One pass
 * over the text lists where the keys are; a match then starts at or before a key, no further back than the run of
 * `before` characters in front of it, on a `lead` character. A sticky copy of the pattern runs at those few
 * positions only, in ascending order, skipping those inside the previous match: that is matchAll's walk with
 * the positions where no match can start left out.
 *
 * The same pass looks for variant characters (週, 學 …): the matchers read the folded text (./_fold-variants.ts).
 */
import { classBits, hasBit } from "../../char-table.js";
import { foldVariants, VARIANT_CHARACTERS } from "./_fold-variants.js";
import type { Matcher } from "./_types.js";

export interface FoundMatches {
  /** the text the matchers read: the input with variant characters folded (same length) */
  readonly text: string;
  /** per matcher, in the order given, its matches */
  readonly matches: readonly (readonly RegExpExecArray[])[];
}

/** Bit of the key table set on variant characters; the bits below it are the keys'. */
const VARIANT = 1 << 31;
const MAX_KEYS = 31;

interface Scan {
  readonly sticky: RegExp;
  /** the trigger's lead and before as bitsets of code units (triggerClass), read inline per character */
  readonly lead: Int32Array;
  readonly before: Int32Array;
  /** the index of the matcher's key among the distinct keys (its bit in the key table) */
  readonly key: number;
}

/** Builds the finder for a fixed list of matchers: the tables are built once and reused. */
export function matchFinder(matchers: readonly Matcher[]): (text: string) => FoundMatches {
  const distinctKeys = [...new Set(matchers.map((matcher) => matcher.trigger.key))];
  if (distinctKeys.length > MAX_KEYS) throw new RangeError(`at most ${MAX_KEYS} distinct trigger keys per finder`);
  const keyTable = new Int32Array(0x10000);
  const mark = (chars: string, bits: number): void => {
    for (const ch of chars) keyTable[ch.charCodeAt(0)] = (keyTable[ch.charCodeAt(0)] as number) | bits;
  };
  mark(VARIANT_CHARACTERS, VARIANT);
  distinctKeys.forEach((key, bit) => mark(key, 1 << bit));
  const marked = new Int32Array(0x800);
  keyTable.forEach((bits, code) => {
    if (bits !== 0) marked[code >>> 5] = (marked[code >>> 5] as number) | (1 << (code & 31));
  });
  const scans: Scan[] = matchers.map((matcher) => ({
    sticky: new RegExp(matcher.pattern.source, `${matcher.pattern.flags.replace("g", "")}y`),
    lead: triggerClass(matcher.trigger.lead),
    before: triggerClass(matcher.trigger.before),
    key: distinctKeys.indexOf(matcher.trigger.key),
  }));
  return (input) => {
    const inInput = keyPositions(input, marked, keyTable, distinctKeys.length);
    const text = inInput === null ? foldVariants(input) : input;
    const byKey = inInput ?? keyPositions(text, marked, keyTable, distinctKeys.length) ?? [];
    return { text, matches: scans.map((scan) => matchesAround(text, scan, byKey[scan.key] ?? NONE)) };
  };
}

const NONE: readonly number[] = [];

/**
 * For each distinct key, the ascending offsets of its characters (undefined: none); null when a variant occurs.
 * `marked` is a bitset of the characters with bits in `keyTable`, tested first: 8 KB stay in cache across the
 * pipeline where the 256 KB table does not, and almost every character is in neither.
 */
function keyPositions(text: string, marked: Int32Array, keyTable: Int32Array, count: number): (number[] | undefined)[] | null {
  const out = new Array<number[] | undefined>(count).fill(undefined);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (((marked[code >>> 5] as number) & (1 << (code & 31))) === 0) continue;
    let bits = keyTable[code] as number;
    if (bits < 0) return null; // the VARIANT bit is the sign bit
    while (bits !== 0) {
      const key = 31 - Math.clz32(bits);
      const list = out[key];
      if (list === undefined) out[key] = [i];
      else list.push(i);
      bits &= ~(1 << key);
    }
  }
  return out;
}

const CLASSES = new Map<string, Int32Array>();

/** A trigger's character-class body as a bitset (classBits): one per distinct body (matchers share most of theirs). */
export function triggerClass(body: string): Int32Array {
  let bits = CLASSES.get(body);
  if (bits === undefined) CLASSES.set(body, (bits = classBits(body)));
  return bits;
}

/** The matches of one matcher, trying its pattern around the positions of its key characters. */
function matchesAround(text: string, scan: Scan, keys: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0; // end of the last match: the next one starts here or later
  let tried = 0; // every position below this was tried already
  for (const key of keys) {
    if (key < tried) continue;
    let start = key;
    while (start > tried && hasBit(scan.before, text.charCodeAt(start - 1))) start -= 1;
    for (let at = Math.max(start, from); at <= key; at += 1) {
      if (!hasBit(scan.lead, text.charCodeAt(at))) continue;
      scan.sticky.lastIndex = at;
      const match = scan.sticky.exec(text);
      if (match === null) continue;
      out.push(match);
      from = at + Math.max(match[0].length, 1);
      at = from - 1;
    }
    tried = Math.max(key + 1, from);
  }
  return out;
}
