import type { Span } from "../types.js";

/** Sentence ends for evidence: 。！？； (and their ASCII forms) and line breaks. */
const SENTENCE_END = new Set([..."。！？；!?;\n"].map((ch) => ch.charCodeAt(0)));

/** Sentence spans with surrounding whitespace trimmed; empty sentences dropped. Linear. */
export function splitSentences(text: string): Span[] {
  const sentences: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i += 1) {
    if (i < text.length && !SENTENCE_END.has(text.charCodeAt(i))) continue;
    const end = i < text.length && text.charAt(i) !== "\n" ? i + 1 : i;
    let from = start;
    let to = end;
    while (from < to && /\s/u.test(text.charAt(from))) from += 1;
    while (to > from && /\s/u.test(text.charAt(to - 1))) to -= 1;
    if (to > from) sentences.push({ start: from, end: to });
    start = i + 1;
  }
  return sentences;
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
