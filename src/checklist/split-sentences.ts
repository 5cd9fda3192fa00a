import { charSet, isWhiteSpace } from "../char-table.js";
import type { Span } from "../types.js";

/** Sentence ends for evidence: 。！？； (and their ASCII forms) and line breaks. */
export const SENTENCE_ENDS = "。！？；!?;\n";
const SENTENCE_END = charSet(SENTENCE_ENDS);

/** The marks around a document's or book's title: the opening one, then the closing one. */
export const TITLE_MARKS = "《》";

/** Sentence spans with surrounding whitespace trimmed; empty sentences dropped. Linear. */
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (!SENTENCE_END(code)) continue;
    pushTrimmed(text, start, sentenceStop(text, i), sentences);
    start = i + 1;
  }
  pushTrimmed(text, start, text.length, sentences);
  return sentences;
}

/** Where the sentence ended by the mark at `end` stops: the end mark stays in its sentence; a line break does not. */
export function sentenceStop(text: string, end: number): number {
  return text.charCodeAt(end) === 0x0a ? end : end + 1;
}

/** The first offset in from..to that is not whitespace (`to` when none). */
export function trimStart(text: string, from: number, to: number): number {
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from += 1;
  return from;
}

/** The offset after the last character in from..to that is not whitespace (`from` when none). */
export function trimEnd(text: string, from: number, to: number): number {
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to -= 1;
  return to;
}

function pushTrimmed(text: string, from: number, to: number, sentences: Span[]): void {
  const start = trimStart(text, from, to);
  const end = trimEnd(text, start, to);
  if (end > start) sentences.push({ start, end });
}
