import { SECTION_VOCABULARY } from "./section-vocabulary.js";
import type { SectionKind } from "../types.js";
import { charSet } from "./_chars.js";

interface SectionWord {
  readonly term: string;
  readonly kind: SectionKind;
}

/** Section words by the char code of their first character, longest first: a lookup at one offset costs a few comparisons. */
const BY_FIRST_CHAR = new Map<number, SectionWord[]>();
for (const [kind, terms] of Object.entries(SECTION_VOCABULARY) as [SectionKind, readonly string[]][]) {
  for (const term of terms) {
    const list = BY_FIRST_CHAR.get(term.charCodeAt(0)) ?? [];
    list.push({ term, kind });
    BY_FIRST_CHAR.set(term.charCodeAt(0), list);
  }
}
for (const list of BY_FIRST_CHAR.values()) list.sort((a, b) => b.term.length - a.term.length);
/** A bitmap of the first characters, checked before the map: most characters start no section word. */
const isFirstChar = charSet(String.fromCharCode(...BY_FIRST_CHAR.keys()));

/** The longest section word starting at `offset`, or undefined. */
export function sectionWordAt(text: string, offset: number): SectionWord | undefined {
  const code = text.charCodeAt(offset);
  const words = isFirstChar(code) ? BY_FIRST_CHAR.get(code) : undefined;
  if (words === undefined) return undefined;
  for (const word of words) if (text.startsWith(word.term, offset)) return word;
  return undefined;
}

/** Every section word in a (short) title, with where it starts; several may start at one place. */
export function sectionWordsIn(title: string): { readonly start: number; readonly end: number; readonly kind: SectionKind }[] {
  const hits: { start: number; end: number; kind: SectionKind }[] = [];
  for (let i = 0; i < title.length; i += 1) {
    const code = title.charCodeAt(i);
    const words = isFirstChar(code) ? BY_FIRST_CHAR.get(code) : undefined;
    if (words === undefined) continue;
    for (const { term, kind } of words) {
      if (title.startsWith(term, i)) hits.push({ start: i, end: i + term.length, kind });
    }
  }
  return hits;
}
