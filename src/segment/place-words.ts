import { isWhiteSpace } from "../char-table.js";
import type { Token } from "../types.js";

/** How far past the cursor a word may start (jieba dropped characters before it). */
const LOOKAHEAD = 16;
const WHITESPACE = /^\s+$/u;

/**
 * Places jieba's words back into `text` (which starts at `offset` in the full text), appending the
 * tokens to `into`: each word is looked for at the cursor, then within a short window after it
 * (characters jieba dropped); a word jieba changed (a lone surrogate turned into U+FFFD …) is not
 * found and skipped. Whitespace words are dropped. Linear in the text length.
 */
export function placeWords(
  text: string,
  words: readonly (string | { readonly word: string; readonly tag: string })[],
  offset: number,
  into: Token[] = [],
): Token[] {
  let cursor = 0;
  for (const entry of words) {
    const word = typeof entry === "string" ? entry : entry.word;
    if (word.length === 0) continue;
    const at = text.startsWith(word, cursor) ? cursor : findNear(text, word, cursor);
    if (at < 0) continue;
    cursor = at + word.length;
    if (isWhiteSpace(word.charCodeAt(0)) && WHITESPACE.test(word)) continue;
    into.push(
      typeof entry === "string"
        ? { text: word, start: offset + at, end: offset + cursor }
        : { text: word, start: offset + at, end: offset + cursor, tag: entry.tag },
    );
  }
  return into;
}

function findNear(text: string, word: string, cursor: number): number {
  const found = text.slice(cursor, cursor + LOOKAHEAD + word.length).indexOf(word);
  return found < 0 ? -1 : cursor + found;
}
