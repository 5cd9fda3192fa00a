import type { Token } from "../types.js";
import { STOP_TAGS, STOP_WORDS } from "./stop-words.js";

/** A letter of any script or a Han character; terms without one (digits, punctuation) are dropped. */
const HAS_WORD_CHARACTER = /[\p{L}]/u;
const HAS_DIGIT = /\p{N}/u;
/** template placeholders: XX县, ××小学 */
const PLACEHOLDER = /^[xX×＊*]+$/u;

/** Whether a term may be a keyword: ≥ 2 characters, no digits, a letter, not a stop word. */
export function isKeywordTerm(term: string): boolean {
  return (
    [...term].length >= 2 && HAS_WORD_CHARACTER.test(term) && !HAS_DIGIT.test(term) && !STOP_WORDS.has(term) &&
    !PLACEHOLDER.test(term)
  );
}

/** The tokens that may be keywords, as terms in text order. */
export function keywordTerms(tokens: readonly Token[]): string[] {
  return tokens
    .filter((token) => !(token.tag !== undefined && STOP_TAGS.has(token.tag)) && isKeywordTerm(token.text))
    .map((token) => token.text);
}
