import { buildAutomaton, type Automaton } from "./aho-corasick.js";
import type { Checklist } from "./schema.js";
import { SENTENCE_ENDS, TITLE_MARKS } from "./split-sentences.js";

/** An item with its phrases as indices into the automaton's pattern list. */
export interface CompiledItem {
  readonly id: string;
  readonly label: string;
  readonly weight: number;
  readonly anyOf: readonly number[];
  readonly allOf: readonly number[];
  readonly noneOf: readonly number[];
}

export interface CompiledChecklist {
  /**
   * The phrases, then each sentence end mark as a pattern of its own (from `firstSentenceEnd` on): a scan reports
   * the ends in place among the phrase matches, after every match starting at the same offset.
   */
  readonly automaton: Automaton;
  readonly firstSentenceEnd: number;
  /** The title marks 《 and 》, after the sentence ends: `firstTitleMark` is 《, the next pattern 》. */
  readonly firstTitleMark: number;
  readonly items: readonly CompiledItem[];
  /**
   * Who lists each phrase pattern p, in anyOf, allOf and noneOf: the items anyOfItem[anyOfStart[p] …
   * anyOfStart[p + 1]], ascending (the same for allOf and noneOf). A position in anyOfItem (allOfItem) numbers one
   * (phrase, item) listing, so per-listing state fits in one flat array of anyOfItem.length entries.
   */
  readonly anyOfStart: Int32Array;
  readonly anyOfItem: Int32Array;
  readonly allOfStart: Int32Array;
  readonly allOfItem: Int32Array;
  readonly noneOfStart: Int32Array;
  readonly noneOfItem: Int32Array;
  /** per item: its distinct allOf phrases (0: no allOf) */
  readonly allOfPhrases: Int32Array;
  readonly hasAllOf: boolean;
}

const cache = new WeakMap<Checklist, CompiledChecklist>();

/** One automaton over every distinct phrase of the checklist; memoised per checklist object. */
export function compileChecklist(checklist: Checklist): CompiledChecklist {
  const cached = cache.get(checklist);
  if (cached) return cached;
  const patterns: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (phrase: string): number => {
    const known = indexOf.get(phrase);
    if (known !== undefined) return known;
    patterns.push(phrase);
    indexOf.set(phrase, patterns.length - 1);
    return patterns.length - 1;
  };
  const items = checklist.items.map((item) => ({
    id: item.id,
    label: item.label,
    weight: item.weight,
    anyOf: item.phrases.anyOf.map(intern),
    allOf: (item.phrases.allOf ?? []).map(intern),
    noneOf: (item.phrases.noneOf ?? []).map(intern),
  }));
  const anyOf = listings(patterns.length, items, (item) => item.anyOf);
  const allOf = listings(patterns.length, items, (item) => item.allOf);
  const noneOf = listings(patterns.length, items, (item) => item.noneOf);
  const compiled: CompiledChecklist = {
    automaton: buildAutomaton([...patterns, ...SENTENCE_ENDS, ...TITLE_MARKS]),
    firstSentenceEnd: patterns.length,
    firstTitleMark: patterns.length + SENTENCE_ENDS.length,
    items,
    anyOfStart: anyOf.start,
    anyOfItem: anyOf.item,
    allOfStart: allOf.start,
    allOfItem: allOf.item,
    noneOfStart: noneOf.start,
    noneOfItem: noneOf.item,
    allOfPhrases: Int32Array.from(items, (item) => new Set(item.allOf).size),
    hasAllOf: items.some((item) => item.allOf.length > 0),
  };
  cache.set(checklist, compiled);
  return compiled;
}

/** Per pattern, the items listing it (in the list `list` picks), ascending, as one flat array with offsets. */
function listings(
  patterns: number,
  items: readonly CompiledItem[],
  list: (item: CompiledItem) => readonly number[],
): { start: Int32Array; item: Int32Array } {
  const start = new Int32Array(patterns + 1);
  const listed: number[] = [];
  for (let pattern = 0; pattern < patterns; pattern += 1) {
    items.forEach((item, index) => {
      if (list(item).includes(pattern)) listed.push(index);
    });
    start[pattern + 1] = listed.length;
  }
  return { start, item: Int32Array.from(listed) };
}
