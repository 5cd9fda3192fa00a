import { buildAutomaton, type Automaton } from "./aho-corasick.js";
import type { Checklist } from "./schema.js";
import { SENTENCE_ENDS } from "./split-sentences.js";

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
  readonly items: readonly CompiledItem[];
  /** per phrase pattern: the indices of the items listing it in anyOf, ascending */
  readonly anyOfItems: readonly (readonly number[])[];
  /**
   * per pattern: the number of its first (pattern, item) anyOf listing; the listings of one pattern are numbered
   * consecutively in the order of anyOfItems, so per-listing state fits in one flat array of `anyOfListings` entries
   */
  readonly anyOfListing: readonly number[];
  readonly anyOfListings: number;
  /** per pattern: the items listing it in noneOf */
  readonly noneOfItems: readonly (readonly number[])[];
  /** per pattern: the items listing it in allOf, and the number of its first allOf listing (as for anyOf) */
  readonly allOfItems: readonly (readonly number[])[];
  readonly allOfListing: readonly number[];
  readonly allOfListings: number;
  /** per item: its distinct allOf phrases (0: no allOf) */
  readonly allOfPhrases: readonly number[];
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
  const itemsListing = (list: (item: CompiledItem) => readonly number[]): number[][] =>
    patterns.map((_, pattern) => items.flatMap((item, index) => (list(item).includes(pattern) ? [index] : [])));
  const anyOfItems = itemsListing((item) => item.anyOf);
  const allOfItems = itemsListing((item) => item.allOf);
  const compiled: CompiledChecklist = {
    automaton: buildAutomaton([...patterns, ...SENTENCE_ENDS]),
    firstSentenceEnd: patterns.length,
    items,
    anyOfItems,
    anyOfListing: firstListings(anyOfItems),
    anyOfListings: anyOfItems.reduce((sum, owners) => sum + owners.length, 0),
    noneOfItems: itemsListing((item) => item.noneOf),
    allOfItems,
    allOfListing: firstListings(allOfItems),
    allOfListings: allOfItems.reduce((sum, owners) => sum + owners.length, 0),
    allOfPhrases: items.map((item) => new Set(item.allOf).size),
    hasAllOf: items.some((item) => item.allOf.length > 0),
  };
  cache.set(checklist, compiled);
  return compiled;
}

/** Per pattern, the running count of the listings before it. */
function firstListings(ownersByPattern: readonly (readonly number[])[]): number[] {
  let listings = 0;
  return ownersByPattern.map((owners) => {
    const first = listings;
    listings += owners.length;
    return first;
  });
}
