import { buildAutomaton, type Automaton } from "./aho-corasick.js";
import type { Checklist } from "./schema.js";

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
  readonly automaton: Automaton;
  readonly items: readonly CompiledItem[];
  /** per pattern: the indices of the items listing it in anyOf, ascending */
  readonly anyOfItems: readonly (readonly number[])[];
  /** per pattern: the items listing it in noneOf */
  readonly noneOfItems: readonly (readonly number[])[];
  /** per pattern: the items listing it in allOf */
  readonly allOfItems: readonly (readonly number[])[];
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
  const compiled = {
    automaton: buildAutomaton(patterns),
    items,
    anyOfItems: itemsListing((item) => item.anyOf),
    noneOfItems: itemsListing((item) => item.noneOf),
    allOfItems: itemsListing((item) => item.allOf),
  };
  cache.set(checklist, compiled);
  return compiled;
}
