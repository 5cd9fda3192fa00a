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
 */
import type { Matcher } from "./_types.js";

export type MatchLists = RegExpExecArray[][];

/** Per UTF-16 code unit, lazily: LEAD / BEFORE bits for one matcher, KNOWN once classified. */
const LEAD = 1;
const BEFORE = 2;
const KNOWN = 4;

interface Scan {
  readonly sticky: RegExp;
  readonly lead: RegExp;
  readonly before: RegExp;
  readonly classes: Uint8Array;
}

/** Builds the finder for a fixed list of matchers (at most 32): the tables are built once and reused. */
export function matchFinder(matchers: readonly Matcher[]): (text: string) => MatchLists {
  if (matchers.length > 32) throw new RangeError("at most 32 matchers per finder");
  const keyMasks = new Uint32Array(0x10000);
  matchers.forEach((matcher, bit) => {
    for (const ch of matcher.trigger.key) keyMasks[ch.charCodeAt(0)] = ((keyMasks[ch.charCodeAt(0)] as number) | (1 << bit)) >>> 0;
  });
  const scans: Scan[] = matchers.map((matcher) => ({
    sticky: new RegExp(matcher.pattern.source, `${matcher.pattern.flags.replace("g", "")}y`),
    lead: new RegExp(`^[${matcher.lead}]$`, "u"),
    before: new RegExp(`^[${matcher.trigger.before}]$`, "u"),
    classes: new Uint8Array(0x10000),
  }));
  return (text) => {
    const keys = keyPositions(text, keyMasks, matchers.length);
    return scans.map((scan, index) => matchesAround(text, scan, keys[index] as number[]));
  };
}

/** For each matcher, the ascending offsets of its key characters. */
function keyPositions(text: string, keyMasks: Uint32Array, count: number): number[][] {
  const out: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < text.length; i += 1) {
    let mask = keyMasks[text.charCodeAt(i)] as number;
    while (mask !== 0) {
      const bit = 31 - Math.clz32(mask);
      (out[bit] as number[]).push(i);
      mask = (mask & ~(1 << bit)) >>> 0;
    }
  }
  return out;
}

function classesOf(scan: Scan, code: number): number {
  let classes = scan.classes[code] as number;
  if (classes === 0) {
    const ch = String.fromCharCode(code);
    classes = KNOWN | (scan.lead.test(ch) ? LEAD : 0) | (scan.before.test(ch) ? BEFORE : 0);
    scan.classes[code] = classes;
  }
  return classes;
}

function matchesAround(text: string, scan: Scan, keys: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0; // end of the last match: the next one starts here or later
  let tried = 0; // every position below this was tried already
  for (const key of keys) {
    if (key < tried) continue;
    let start = key;
    while (start > tried && (classesOf(scan, text.charCodeAt(start - 1)) & BEFORE) !== 0) start -= 1;
    for (let at = Math.max(start, from); at <= key; at += 1) {
      if (at < from || (classesOf(scan, text.charCodeAt(at)) & LEAD) === 0) continue;
      scan.sticky.lastIndex = at;
      const match = scan.sticky.exec(text);
      if (match === null) continue;
      out.push(match);
      from = at + Math.max(match[0].length, 1);
    }
    tried = Math.max(key + 1, from);
  }
  return out;
}
