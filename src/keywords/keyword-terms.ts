import type { Token } from "../types.js";
import { STOP_TAGS, STOP_WORDS } from "./stop-words.js";

/** A letter of any script or a Han character; terms without one (digits, punctuation) are dropped. */
const HAS_WORD_CHARACTER = /[\p{L}]/u;
const HAS_DIGIT = /\p{N}/u;
/** template placeholders and unnamed places: XX, ××, 某县, 某校 */
const PLACEHOLDER = /^(?:[xX×＊*]+|某.)$/u;
/** a numeral with a measure word: 一次, 两个, 三项 (jieba without tags gives no "m"/"mq" to drop them by) */
const COUNTED = /^[零一二两三四五六七八九十百千万几半]+[次个项名位节篇人天周月年届期批种条点份所遍轮]$/u;

/** Whether a term may be a keyword: ≥ 2 characters, no digits, a letter, not a stop word. */
export function isKeywordTerm(term: string): boolean {
  return (
    hasTwoCharacters(term) && HAS_WORD_CHARACTER.test(term) && !HAS_DIGIT.test(term) && !STOP_WORDS.has(term) &&
    !PLACEHOLDER.test(term) &&
    !COUNTED.test(term)
  );
}

/** At least two characters (code points), without spreading the string. */
function hasTwoCharacters(term: string): boolean {
  if (term.length !== 2) return term.length > 2;
  const first = term.charCodeAt(0);
  const second = term.charCodeAt(1);
  return !(first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff);
}

/**
 * isKeywordTerm, remembered: a plan repeats most of the vocabulary of the plans before it, and the test
 * (four regexes and a set) costs several times a Map lookup. Bounded: cleared at MAX_REMEMBERED terms.
 */
const verdicts = new Map<string, boolean>();
const MAX_REMEMBERED = 200_000;

export function mayBeKeyword(term: string): boolean {
  let verdict = verdicts.get(term);
  if (verdict === undefined) {
    if (verdicts.size >= MAX_REMEMBERED) verdicts.clear();
    verdicts.set(term, (verdict = isKeywordTerm(term)));
  }
  return verdict;
}

const isStopTagged = (token: Token): boolean => token.tag !== undefined && STOP_TAGS.has(token.tag);

/** The tokens that may be keywords, as terms in text order. */
export function keywordTerms(tokens: readonly Token[]): string[] {
  return tokens.filter((token) => !isStopTagged(token) && mayBeKeyword(token.text)).map((token) => token.text);
}

/**
 * How often each term that may be a keyword occurs in the tokens: one Map operation per token, the term
 * test once per distinct term. Same terms and counts as counting keywordTerms(tokens).
 */
export function countKeywordTerms(tokens: readonly Token[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of tokens) if (!isStopTagged(token)) counts.set(token.text, (counts.get(token.text) ?? 0) + 1);
  for (const term of counts.keys()) if (!mayBeKeyword(term)) counts.delete(term);
  return counts;
}
