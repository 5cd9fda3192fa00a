import type { Candidate, Refiner } from "../_types.js";
import { alternation } from "../_patterns.js";
import { ADVERB_COMPARATORS, ADVERB_GAP, PREFIX_COMPARATORS, PROPORTION_WHOLE, SUFFIX_COMPARATORS } from "../comparators.js";
import { Words } from "../_words.js";

const PREFIX = new Words(Object.keys(PREFIX_COMPARATORS));
const SUFFIX = new Words(Object.keys(SUFFIX_COMPARATORS));
const ADVERB = new RegExp(`(?<word>${alternation(ADVERB_COMPARATORS)})(?<gap>[\\p{Script=Han}]{1,${ADVERB_GAP}})$`, "u");
const WINDOW = 6;
/** How far before the number an adverb and its gap are read. */
const ADVERB_WINDOW = Math.max(...ADVERB_COMPARATORS.map((word) => word.length)) + ADVERB_GAP;
/** Last characters of the adverbs: ADVERB needs one before its gap of 1–ADVERB_GAP characters (1–2 code units each). */
const ADVERB_LASTS: readonly number[] = ADVERB_COMPARATORS.map((word) => word.charCodeAt(word.length - 1));

function adverbMayEndBefore(text: string, start: number): boolean {
  for (let at = Math.max(0, start - 1 - 2 * ADVERB_GAP); at <= start - 2; at += 1) if (ADVERB_LASTS.includes(text.charCodeAt(at))) return true;
  return false;
}

const OF = "的".charCodeAt(0);
const WHOLE_CHAR = /^[\p{Script=Han}]$/u;
const NOT_WHOLE = /[每一二两三四五六七八九十百千万0-9，。；、]/u;

/** 不低于总学时的 + a percentage: the comparator before the whole the proportion is of (see PROPORTION_WHOLE). */
function proportionPrefixBefore(text: string, start: number): { word: string; length: number } | null {
  if (text.charCodeAt(start - 1) !== OF) return null;
  for (let wholeStart = start - 2; wholeStart >= Math.max(0, start - 1 - PROPORTION_WHOLE); wholeStart -= 1) {
    const ch = text.charAt(wholeStart);
    if (!WHOLE_CHAR.test(ch) || NOT_WHOLE.test(ch)) return null;
    const word = PREFIX.endingAt(text, wholeStart, WINDOW);
    if (word !== undefined) return { word, length: start - wholeStart + word.length };
  }
  return null;
}

/**
 * The comparator word before `start`, directly, (for 至少-type adverbs) with a short verb between, or (for a
 * percentage) before the whole it is a proportion of.
 */
function prefixBefore(text: string, start: number, unit: string): { word: string; length: number } | null {
  const direct = PREFIX.endingAt(text, start, WINDOW);
  if (direct !== undefined) return { word: direct, length: direct.length };
  if (unit === "%") {
    const proportion = proportionPrefixBefore(text, start);
    if (proportion !== null) return proportion;
  }
  if (!adverbMayEndBefore(text, start)) return null;
  const adverb = ADVERB.exec(text.slice(Math.max(0, start - ADVERB_WINDOW), start))?.groups;
  if (adverb?.word !== undefined && adverb.gap !== undefined && !/[每一二两三四五六七八九十]/u.test(adverb.gap) && !adverb.gap.startsWith("的")) {
    return { word: adverb.word, length: adverb.word.length + adverb.gap.length };
  }
  return null;
}

/**
 * Reads the comparator right before the number (不少于, 不超过, 控制在 …) or right after the unit (以上, 以下,
 * 以内 — inclusive) and widens the quote to hold it. A prefix wins over a suffix ("不少于3次以上" is >=).
 * A range keeps comparator "range" even with 以上 ("5-6篇以上": the bounds are explicit, see matchers/range.ts).
 */
export const attachComparator: Refiner = (candidates, { text }) => {
  const out: Candidate[] = [];
  for (const c of candidates) out.push(withComparator(c, text));
  return out;
};

function withComparator(c: Candidate, text: string): Candidate {
  let { start, end, comparator } = c;
  const after = SUFFIX.startingAt(text, end, WINDOW);
  if (after !== undefined) end += after.length;
  if (c.comparatorFixed || c.comparator === "range") return after === undefined ? c : { ...c, end };
  const before = prefixBefore(text, start, c.unit);
  if (before !== null) {
    start -= before.length;
    comparator = PREFIX_COMPARATORS[before.word] ?? comparator;
  } else if (after !== undefined && comparator === "=") {
    comparator = SUFFIX_COMPARATORS[after] ?? comparator;
  }
  if (before === null && after === undefined) return c;
  return { ...c, start, end, comparator };
}
