import type { Candidate, Refiner } from "../_types.js";
import { alternation } from "../_patterns.js";
import { ADVERB_COMPARATORS, ADVERB_GAP, PREFIX_COMPARATORS, SUFFIX_COMPARATORS } from "../comparators.js";
import { Words } from "../_words.js";

const PREFIX = new Words(Object.keys(PREFIX_COMPARATORS));
const SUFFIX = new Words(Object.keys(SUFFIX_COMPARATORS));
const ADVERB = new RegExp(`(?<word>${alternation(ADVERB_COMPARATORS)})(?<gap>[\\p{Script=Han}]{1,${ADVERB_GAP}})$`, "u");
const WINDOW = 6;
/** Last characters of the adverbs: ADVERB needs one before its gap of 1–ADVERB_GAP characters (1–2 code units each). */
const ADVERB_LASTS: readonly number[] = ADVERB_COMPARATORS.map((word) => word.charCodeAt(word.length - 1));

function adverbMayEndBefore(text: string, start: number): boolean {
  for (let at = Math.max(0, start - 1 - 2 * ADVERB_GAP); at <= start - 2; at += 1) if (ADVERB_LASTS.includes(text.charCodeAt(at))) return true;
  return false;
}

/** The comparator word before `start`, directly or (for 至少-type adverbs) with a short verb between. */
function prefixBefore(text: string, start: number): { word: string; length: number } | null {
  const direct = PREFIX.endingAt(text, start, WINDOW);
  if (direct !== undefined) return { word: direct, length: direct.length };
  if (!adverbMayEndBefore(text, start)) return null;
  const adverb = ADVERB.exec(text.slice(Math.max(0, start - WINDOW), start))?.groups;
  if (adverb?.word !== undefined && adverb.gap !== undefined && !/[每一二两三四五六七八九十]/u.test(adverb.gap)) {
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
  const before = prefixBefore(text, start);
  if (before !== null) {
    start -= before.length;
    comparator = PREFIX_COMPARATORS[before.word] ?? comparator;
  } else if (after !== undefined && comparator === "=") {
    comparator = SUFFIX_COMPARATORS[after] ?? comparator;
  }
  if (before === null && after === undefined) return c;
  return { ...c, start, end, comparator };
}
