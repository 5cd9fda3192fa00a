import type { Coverage, CoverageItem, Quote, Span } from "../types.js";
import { compileChecklist } from "./compile-checklist.js";
import { DEFAULT_CHECKLIST } from "./default-checklist.js";
import type { Checklist } from "./schema.js";
import { INITIAL_CAPACITY, RETAINED_CAPACITY } from "../int32-buffers.js";
import { tallyMentions, type Mentions } from "./tally-mentions.js";

/** What coverage needs from a plan: its text and, optionally, the spans of its targets and dates. */
export interface CoveragePlan {
  readonly text: string;
  readonly targets?: readonly Span[];
  readonly dates?: readonly Span[];
}

/** Evidence quotes kept per item (the strength counts every mention). */
export const MAX_EVIDENCE = 5;

/**
 * How much of a checklist a plan addresses, with the sentences that prove it. Pure; no jieba.
 *
 * Matching: every phrase of the checklist is found in one Aho–Corasick pass over `plan.text`
 * (overlapping occurrences included). A match of an `anyOf` phrase counts unless it lies inside an
 * occurrence of one of the item's `noneOf` phrases (微课 inside 微课题). A match nested inside a longer
 * match of the same item (德智体美劳 inside 德智体美劳全面发展) is one mention, not two. Negation is not
 * special: "不布置书面作业" is a commitment about homework, so it covers homework. With `allOf`, a
 * sentence counts only when it also holds every allOf phrase. A match inside the 《title》 of a document cited as
 * the plan's basis (根据《…纲要》, 以《…》为指导, 《…意见》精神) is not counted: it names a source.
 *
 * Per item:
 * - covered: at least one counted mention. Evidence = the sentences (split on 。！？；\n) that hold a
 *   counted mention, each a quote with a span into plan.text, in text order; at most
 *   {@link MAX_EVIDENCE}: when more sentences hold a mention, those with the most distinct phrases
 *   (then the most mentions, then the earliest) are quoted.
 * - strength = 1 − 0.6^d × 0.85^(m − d), rounded to 2 decimals, where d = distinct phrases matched and
 *   m = mentions: one phrase once → 0.40, two distinct phrases → 0.64, three → 0.78; repeating a phrase
 *   adds less than a new phrase does, and the value saturates towards 1. 0 when not covered.
 * - hasTarget / hasDate: a target / date span starts or ends inside one of the item's evidence sentences
 *   (all of them, not only the quoted five).
 *
 * Overall: score = 100 × Σ weightᵢ × coveredᵢ / Σ weightᵢ, rounded to 1 decimal — the weighted share
 * of checklist items the plan covers (strength is reported per item and does not enter the score).
 */
export function scoreCoverage(plan: CoveragePlan, checklist: Checklist = DEFAULT_CHECKLIST): Coverage {
  const compiled = compileChecklist(checklist);
  const { text } = plan;
  const tally = tallyMentions(compiled, text);
  const withTarget = markEntries(tally, plan.targets ?? [], WITH_TARGET);
  const withDate = markEntries(tally, plan.dates ?? [], WITH_DATE);
  WITH_TARGET = retained(withTarget, WITH_TARGET);
  WITH_DATE = retained(withDate, WITH_DATE);

  const items: CoverageItem[] = [];
  let total = 0;
  let coveredWeight = 0;
  for (let index = 0; index < compiled.items.length; index += 1) {
    const item = compiled.items[index]!;
    const first = tally.firstEntry[index]!;
    const covered = first >= 0;
    const distinct = tally.phrases[index]!;
    total += item.weight;
    if (covered) coveredWeight += item.weight;
    items.push({
      id: item.id,
      label: item.label,
      covered,
      strength: covered ? round(1 - power(POWERS_OF_0_6, distinct) * power(POWERS_OF_0_85, tally.mentions[index]! - distinct), 2) : 0,
      hasTarget: anyMarked(tally, first, withTarget),
      hasDate: anyMarked(tally, first, withDate),
      evidence: quoteEvidence(text, tally, index),
    });
  }
  return { checklist: checklist.id, score: total > 0 ? round((100 * coveredWeight) / total, 1) : 0, items };
}

/**
 * The quoted sentences of an item, in text order: all of them, or when more than MAX_EVIDENCE hold a mention,
 * the ones with the most distinct phrases, then the most mentions, then the earliest.
 */
function quoteEvidence(text: string, tally: Mentions, item: number): Quote[] {
  const quotes: Quote[] = [];
  const chosen = tally.entries[item]! > MAX_EVIDENCE ? bestEntries(tally, item) : null;
  for (let entry = tally.firstEntry[item]!; entry >= 0; entry = tally.nextEntry[entry]!) {
    if (chosen !== null && !chosen.includes(entry)) continue;
    const start = tally.sentenceStart[entry]!;
    const end = tally.sentenceEnd[entry]!;
    quotes.push({ text: text.slice(start, end), start, end });
  }
  return quotes;
}

/** The MAX_EVIDENCE best entries of an item (it has more), best first. */
function bestEntries(tally: Mentions, item: number): number[] {
  const best: number[] = [];
  for (let entry = tally.firstEntry[item]!; entry >= 0; entry = tally.nextEntry[entry]!) {
    // an entry goes after those that rank as high: they came earlier
    let at = Math.min(best.length, MAX_EVIDENCE - 1);
    if (best.length === MAX_EVIDENCE && !outranks(tally, entry, best[at]!)) continue;
    while (at > 0 && outranks(tally, entry, best[at - 1]!)) {
      best[at] = best[at - 1]!;
      at -= 1;
    }
    best[at] = entry;
  }
  return best;
}

/** More distinct phrases, or as many and more mentions. */
function outranks(tally: Mentions, entry: number, other: number): boolean {
  const byPhrases = tally.phrasesIn[entry]! - tally.phrasesIn[other]!;
  return byPhrases > 0 || (byPhrases === 0 && tally.mentionsIn[entry]! > tally.mentionsIn[other]!);
}

/**
 * Per entry, into `marked`: whether a span starts or ends (its last character) in its sentence. Entries come in
 * text order. `marked` and the offsets are buffers kept between calls (up to RETAINED_CAPACITY).
 */
function markEntries(tally: Mentions, spans: readonly Span[], marked: Uint8Array): Uint8Array {
  const entries = tally.entryCount;
  if (marked.length < entries) marked = new Uint8Array(Math.max(entries, 2 * marked.length));
  if (entries === 0 || spans.length === 0) return marked.fill(0, 0, entries);
  const count = 2 * spans.length;
  const buffer = OFFSETS.length < count ? new Int32Array(Math.max(count, 2 * OFFSETS.length)) : OFFSETS;
  OFFSETS = retained(buffer, OFFSETS);
  let sorted = true;
  for (let k = 0; k < spans.length; k += 1) {
    const span = spans[k]!;
    if (k > 0 && span.start < buffer[2 * k - 1]!) sorted = false;
    buffer[2 * k] = span.start;
    buffer[2 * k + 1] = Math.max(span.start, span.end - 1);
  }
  // spans in text order that do not overlap (dates and targets usually) need no sort
  const offsets = sorted ? buffer : buffer.subarray(0, count).sort();
  let next = 0;
  for (let entry = 0; entry < entries; entry += 1) {
    const start = tally.sentenceStart[entry]!;
    while (next < count && offsets[next]! < start) next += 1;
    marked[entry] = next < count && offsets[next]! < tally.sentenceEnd[entry]! ? 1 : 0;
  }
  return marked;
}

let OFFSETS: Int32Array = new Int32Array(INITIAL_CAPACITY);
let WITH_TARGET: Uint8Array = new Uint8Array(INITIAL_CAPACITY);
let WITH_DATE: Uint8Array = new Uint8Array(INITIAL_CAPACITY);

/** The buffer to keep for the next call: `grown`, unless a huge plan grew it past RETAINED_CAPACITY. */
function retained<T extends Int32Array | Uint8Array>(grown: T, kept: T): T {
  return grown.length <= RETAINED_CAPACITY ? grown : kept;
}

function anyMarked(tally: Mentions, first: number, marked: Uint8Array): boolean {
  for (let entry = first; entry >= 0; entry = tally.nextEntry[entry]!) if (marked[entry] === 1) return true;
  return false;
}

/** base ** exponent for the exponents strength meets most (the same values as `**`, without calling pow). */
const POWERS_OF_0_6 = Array.from({ length: 64 }, (_, exponent) => 0.6 ** exponent);
const POWERS_OF_0_85 = Array.from({ length: 64 }, (_, exponent) => 0.85 ** exponent);

function power(powers: readonly number[], exponent: number): number {
  return exponent < powers.length ? powers[exponent]! : powers[1]! ** exponent;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
