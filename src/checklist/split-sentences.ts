import { charTable, isWhiteSpace } from "../char-table.js";
import type { Span } from "../types.js";

/** Sentence ends for evidence: 。！？； (and their ASCII forms) and line breaks. */
const SENTENCE_END = charTable("。！？；!?;\n");

/** Sentence spans with surrounding whitespace trimmed; empty sentences dropped. Linear. */
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (SENTENCE_END[code] !== 1) continue;
    // the end mark stays in its sentence; a line break does not
    pushTrimmed(text, start, code === 0x0a ? i : i + 1, sentences);
    start = i + 1;
  }
  pushTrimmed(text, start, text.length, sentences);
  return sentences;
}

function pushTrimmed(text: string, from: number, to: number, sentences: Span[]): void {
  while (from < to && isWhiteSpace(text.charCodeAt(from))) from += 1;
  while (to > from && isWhiteSpace(text.charCodeAt(to - 1))) to -= 1;
  if (to > from) sentences.push({ start: from, end: to });
}

/** Index of the sentence holding `offset` (binary search), or -1. */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle] as Span;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return -1;
}
