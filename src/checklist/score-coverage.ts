import type { Coverage, CoverageItem, Quote, Span } from "../types.js";
import { findAll, type PatternMatch } from "./aho-corasick.js";
import { compileChecklist, type CompiledChecklist, type CompiledItem } from "./compile-checklist.js";
import { DEFAULT_CHECKLIST } from "./default-checklist.js";
import type { Checklist } from "./schema.js";
import { sentenceAt, splitSentences } from "./split-sentences.js";

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
 * sentence counts only when it also holds every allOf phrase.
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
  const sentences = splitSentences(text);
  const tallies = tallyMentions(compiled, findAll(compiled.automaton, text), sentences);
  const withTarget = markSentences(sentences, plan.targets ?? []);
  const withDate = markSentences(sentences, plan.dates ?? []);

  const items = compiled.items.map((item, index): CoverageItem => {
    const found = tallies[index] ?? NO_MENTION;
    const covered = found.sentences.length > 0;
    const distinct = found.phrases.length;
    return {
      id: item.id,
      label: item.label,
      covered,
      strength: covered ? round(1 - 0.6 ** distinct * 0.85 ** (found.mentions - distinct), 2) : 0,
      hasTarget: anyMarked(found.sentences, withTarget),
      hasDate: anyMarked(found.sentences, withDate),
      evidence: pickEvidence(found).map((sentence): Quote => {
        const span = sentences[sentence] as Span;
        return { text: text.slice(span.start, span.end), start: span.start, end: span.end };
      }),
    };
  });

  let total = 0;
  let covered = 0;
  compiled.items.forEach((item, index) => {
    total += item.weight;
    if (items[index]?.covered) covered += item.weight;
  });
  return { checklist: checklist.id, score: total > 0 ? round((100 * covered) / total, 1) : 0, items };
}

/** What one item collects while its counted mentions go by in text order. */
interface Tally {
  /** sentence indices with a counted mention, ascending */
  readonly sentences: number[];
  /** per entry of `sentences`: the distinct phrases and the mentions in that sentence */
  readonly phrasesIn: number[];
  readonly mentionsIn: number[];
  /** the distinct phrases of the last sentence */
  readonly lastSentencePhrases: number[];
  /** the distinct phrases over all sentences */
  readonly phrases: number[];
  mentions: number;
  /** the furthest end of a mention so far: a mention ending there or before is nested in a longer one */
  maxEnd: number;
}

/**
 * Per item, its counted mentions: one pass over the matches in order of start (then longest first), each
 * handed to the items listing its phrase in anyOf. In that order a mention nested in a longer one of the same
 * item comes after it, and the sentence indices never decrease. Items without a counted mention stay undefined.
 */
function tallyMentions(compiled: CompiledChecklist, matches: PatternMatch[], sentences: readonly Span[]): (Tally | undefined)[] {
  const tallies = new Array<Tally | undefined>(compiled.items.length);
  if (matches.length === 0) return tallies;
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const blocked = blockedSpans(compiled, matches);
  const qualifying = allOfSentences(compiled, matches, sentences, blocked);
  let sentence = 0;
  for (const match of matches) {
    const owners = compiled.anyOfItems[match.pattern] as readonly number[];
    if (owners.length === 0) continue;
    while (sentence < sentences.length && (sentences[sentence] as Span).end <= match.start) sentence += 1;
    const inSentence = sentence < sentences.length && (sentences[sentence] as Span).start <= match.start ? sentence : -1;
    for (const owner of owners) {
      if (isBlocked(blocked[owner], match)) continue;
      const tally = (tallies[owner] ??= newTally());
      if (match.end <= tally.maxEnd) continue;
      tally.maxEnd = match.end;
      const qualifies = qualifying[owner];
      if (inSentence < 0 || (qualifies && !qualifies.has(inSentence))) continue;
      count(tally, inSentence, match.pattern);
    }
  }
  return tallies;
}

/** The tally of an item no match was handed to (never written to). */
const NO_MENTION: Tally = newTally();

function newTally(): Tally {
  return { sentences: [], phrasesIn: [], mentionsIn: [], lastSentencePhrases: [], phrases: [], mentions: 0, maxEnd: -1 };
}

function count(tally: Tally, sentence: number, phrase: number): void {
  if (tally.sentences[tally.sentences.length - 1] !== sentence) {
    tally.sentences.push(sentence);
    tally.phrasesIn.push(0);
    tally.mentionsIn.push(0);
    tally.lastSentencePhrases.length = 0;
  }
  const last = tally.sentences.length - 1;
  tally.mentionsIn[last] = (tally.mentionsIn[last] as number) + 1;
  if (!tally.lastSentencePhrases.includes(phrase)) {
    tally.lastSentencePhrases.push(phrase);
    tally.phrasesIn[last] = (tally.phrasesIn[last] as number) + 1;
  }
  if (!tally.phrases.includes(phrase)) tally.phrases.push(phrase);
  tally.mentions += 1;
}

/**
 * The quoted sentences: when more than MAX_EVIDENCE hold a mention, the ones with the most distinct
 * phrases, then the most mentions, then the earliest; returned in text order.
 */
function pickEvidence(found: Tally): readonly number[] {
  if (found.sentences.length <= MAX_EVIDENCE) return found.sentences;
  const { sentences, phrasesIn, mentionsIn } = found;
  return sentences
    .map((_, entry) => entry)
    .sort((a, b) => (phrasesIn[b] as number) - (phrasesIn[a] as number) || (mentionsIn[b] as number) - (mentionsIn[a] as number) || a - b)
    .slice(0, MAX_EVIDENCE)
    .sort((a, b) => a - b)
    .map((entry) => sentences[entry] as number);
}

/** An item's noneOf occurrences in order of start, with the running maximum of their ends. */
interface Blocked {
  readonly starts: number[];
  readonly maxEnds: number[];
}

/** Per item, its blocked spans; undefined when none of its noneOf phrases occurs. `matches` in order of start. */
function blockedSpans(compiled: CompiledChecklist, matches: readonly PatternMatch[]): (Blocked | undefined)[] {
  const blocked = new Array<Blocked | undefined>(compiled.items.length);
  for (const match of matches) {
    for (const owner of compiled.noneOfItems[match.pattern] as readonly number[]) {
      const spans = (blocked[owner] ??= { starts: [], maxEnds: [] });
      spans.maxEnds.push(Math.max(match.end, spans.maxEnds[spans.maxEnds.length - 1] ?? -1));
      spans.starts.push(match.start);
    }
  }
  return blocked;
}

/** True when an occurrence starting at or before the match ends at or after it (the match lies inside). */
function isBlocked(blocked: Blocked | undefined, match: PatternMatch): boolean {
  if (blocked === undefined) return false;
  let low = 0;
  let high = blocked.starts.length - 1;
  let last = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((blocked.starts[middle] as number) <= match.start) {
      last = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return last >= 0 && (blocked.maxEnds[last] as number) >= match.end;
}

/** Per item with allOf: the sentences holding a counted occurrence of every allOf phrase; null for the others. */
function allOfSentences(
  compiled: CompiledChecklist,
  matches: readonly PatternMatch[],
  sentences: readonly Span[],
  blocked: readonly (Blocked | undefined)[],
): (Set<number> | null)[] {
  const qualifying = compiled.items.map((item) => (item.allOf.length > 0 ? new Set<number>() : null));
  // per item, per allOf phrase: the sentences holding a counted occurrence
  const found = new Array<Map<number, Set<number>> | undefined>(compiled.items.length);
  for (const match of matches) {
    for (const owner of compiled.allOfItems[match.pattern] as readonly number[]) {
      if (isBlocked(blocked[owner], match)) continue;
      const byPhrase = (found[owner] ??= new Map());
      let holding = byPhrase.get(match.pattern);
      if (holding === undefined) byPhrase.set(match.pattern, (holding = new Set()));
      holding.add(sentenceAt(sentences, match.start));
    }
  }
  found.forEach((byPhrase, index) => {
    if (byPhrase === undefined) return;
    const [first, ...rest] = (compiled.items[index] as CompiledItem).allOf.map((phrase) => byPhrase.get(phrase) ?? new Set<number>());
    for (const sentence of first ?? []) {
      if (sentence >= 0 && rest.every((set) => set.has(sentence))) qualifying[index]?.add(sentence);
    }
  });
  return qualifying;
}

/** true for each sentence in which a span starts or ends (a plain array: small typed arrays cost the GC more). */
function markSentences(sentences: readonly Span[], spans: readonly Span[]): boolean[] {
  const marked = new Array<boolean>(sentences.length).fill(false);
  for (const span of spans) {
    const first = sentenceAt(sentences, span.start);
    if (first >= 0) marked[first] = true;
    const last = sentenceAt(sentences, Math.max(span.start, span.end - 1));
    if (last >= 0) marked[last] = true;
  }
  return marked;
}

function anyMarked(sentences: readonly number[], marked: readonly boolean[]): boolean {
  for (const sentence of sentences) if (marked[sentence] === true) return true;
  return false;
}

function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
