import type { Span } from "../types.js";

/** Longest piece handed to jieba in one call: its cost grows faster than linearly with sentence length. */
export const MAX_CHUNK = 512;

const SOFT_BREAK = /[，,、：:；;。！？!?\s]/u;

/**
 * Cuts text into pieces of at most `max` UTF-16 units that end at a line break or sentence end
 * (。！？；), else at the last comma/space in the piece, else hard (a run with no punctuation; only
 * there can a word be split, in a run of more than `max` characters without a break).
 * Linear: every position is looked at a bounded number of times.
 */
export function chunkText(text: string, max: number = MAX_CHUNK): Span[] {
  const chunks: Span[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) end = softEnd(text, start, end);
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

function softEnd(text: string, start: number, end: number): number {
  for (let index = end - 1; index > start; index -= 1) {
    if (SOFT_BREAK.test(text.charAt(index))) return index + 1;
  }
  // never split a surrogate pair
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}
