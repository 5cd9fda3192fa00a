import { SECTION_VOCABULARY } from "./section-vocabulary.js";
import type { SectionKind } from "../types.js";
import { charSet } from "./_chars.js";

interface SectionWord {
  readonly term: string;
  readonly kind: SectionKind;
  /** char codes of the term's second and third characters (every term has two or more; NaN for a third that is not there) */
  readonly second: number;
  readonly third: number;
}

/** Section words by the char code of their first character, longest first: a lookup at one offset costs a few comparisons. */
const BY_FIRST_CHAR = new Map<number, SectionWord[]>();
const byLength = Object.entries(SECTION_VOCABULARY)
  .flatMap(([kind, terms]) => terms.map((term) => ({ term, kind: kind as SectionKind, second: term.charCodeAt(1), third: term.charCodeAt(2) })))
  .sort((a, b) => b.term.length - a.term.length);
for (const word of byLength) {
  const list = BY_FIRST_CHAR.get(word.term.charCodeAt(0)) ?? [];
  list.push(word);
  BY_FIRST_CHAR.set(word.term.charCodeAt(0), list);
}
/** A bitmap of the first characters, checked before the map: most characters start no section word. */
const isFirstChar = charSet(byLength.map((word) => word.term.charAt(0)));
const NONE: readonly SectionWord[] = [];

/** The section words with the first character found at `offset`, longest first (isAt says which are there). */
export function sectionWordsFrom(text: string, offset: number): readonly SectionWord[] {
  const code = text.charCodeAt(offset);
  return (isFirstChar(code) ? BY_FIRST_CHAR.get(code) : undefined) ?? NONE;
}

/** Whether a word of sectionWordsFrom(text, offset) is there. */
export function isAt(word: SectionWord, text: string, offset: number): boolean {
  // char codes first: a dozen terms start with 工作, and a plan's titles are full of 工作
  return (
    text.charCodeAt(offset + 1) === word.second &&
    (word.term.length === 2 || text.charCodeAt(offset + 2) === word.third) &&
    text.startsWith(word.term, offset)
  );
}

/** The longest section word starting at `offset`, or undefined. */
export function sectionWordAt(text: string, offset: number): SectionWord | undefined {
  for (const word of sectionWordsFrom(text, offset)) if (isAt(word, text, offset)) return word;
  return undefined;
}
