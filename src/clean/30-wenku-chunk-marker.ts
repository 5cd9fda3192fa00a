import { linePositionsWhere, lineTable, lineTrigger, type LineTable } from "./_lines.js";
import type { CleanRule, Edit } from "./_rule.js";

/** Shortest page chunk (in chars) accepted as a 文库 chunk. */
export const MIN_CHUNK_LENGTH = 40;
/** A chain of two chunks only: the first must be at least this long and end mid-sentence. */
export const MIN_PAIR_CHUNK_LENGTH = 200;
const SENTENCE_END = new Set([..."。！？!?；;…”」』"].map((c) => c.charCodeAt(0)));

interface Marker {
  /** offset of the line start */
  readonly lineStart: number;
  /** offset of the "\n" ending the line (or text end) */
  readonly lineEnd: number;
  /** offset just after "N、" and the spaces after it */
  readonly markerEnd: number;
  readonly value: number;
  /** position of the line in lineTable(text) */
  readonly line: number;
}

/**
 * 文库 sites cut a document into equal page chunks and number them "1、", "2、" … at the start of a line,
 * cutting sentences in two. A chain is accepted when the numbers run 1, 2, 3 … on consecutive
 * non-blank lines, each chunk is exactly one line, every chunk but the last has (nearly) the same length,
 * and most chunks end mid-sentence — real list items ("1、加强…") are uneven and end with "。".
 */
export function detectChunkChains(text: string): Marker[][] {
  if (text === cachedText) return cachedChains;
  cachedChains = findChunkChains(text);
  cachedText = text;
  return cachedChains;
}

// the chunk and heading marker rules of one phase ask about the same text
let cachedText: string | null = null;
let cachedChains: Marker[][] = [];

/** The end of the "N、" (1–4 digits, spaces around) opening the line at `lineStart`, read within its first 12 chars; -1 if none. */
function chunkMarkerEnd(text: string, lineStart: number, lineEnd: number): number {
  const limit = Math.min(lineEnd, lineStart + 12);
  let i = skipSpaces(text, lineStart, limit);
  const digits = i;
  while (i < limit && isDigit(text.charCodeAt(i))) i++;
  if (i === digits || i - digits > 4 || i >= limit || text.charCodeAt(i) !== 0x3001) return -1;
  return skipSpaces(text, i + 1, limit);
}

/** The N of the chunk marker opening the line at `lineStart`. */
function chunkMarkerValue(text: string, lineStart: number): number {
  let value = 0;
  for (let i = skipSpaces(text, lineStart, text.length), c = text.charCodeAt(i); isDigit(c); c = text.charCodeAt(++i)) value = value * 10 + (c - 0x30);
  return value;
}

function skipSpaces(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && text.charCodeAt(i) === 0x20) i++;
  return i;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** Every chunk marker line starts with a digit. */
const DIGIT_FIRST = lineTrigger({ startingWith: "0123456789" });

function findChunkChains(text: string): Marker[][] {
  const table = lineTable(text);
  const chains: Marker[][] = [];
  // the chain being read; a marker is made only for a line that starts or continues one
  let current = NO_CHAIN;
  for (const line of linePositionsWhere(text, DIGIT_FIRST)) {
    const lineStart = table.start[line]!;
    const lineEnd = table.end[line]!;
    const markerEnd = chunkMarkerEnd(text, lineStart, lineEnd);
    if (markerEnd < 0) continue;
    const value = chunkMarkerValue(text, lineStart);
    const last = current[current.length - 1];
    if (last === undefined || value !== last.value + 1 || !onlyBlankBetween(table, last.line, line)) {
      if (isChunkChain(text, current)) chains.push(current);
      if (value !== 1) {
        current = NO_CHAIN;
        continue;
      }
      current = [];
    }
    current.push({ lineStart, lineEnd, markerEnd, value, line });
  }
  if (isChunkChain(text, current)) chains.push(current);
  return chains;
}

/** No chain being read (never added to: a marker only continues a chain it follows). */
const NO_CHAIN: Marker[] = [];

/** Whether the lines strictly between positions `a` and `b` are all blank (the chunks are consecutive non-blank lines). */
function onlyBlankBetween(table: LineTable, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (table.trimmedEnd[i] !== table.trimmedStart[i]) return false;
  return true;
}

function isChunkChain(text: string, chain: readonly Marker[]): boolean {
  const chunks = chain.length - 1; // the last marker's line is not a cut page: it runs to the document's end
  if (chunks < 1) return false;
  const first = chain[0]!.lineEnd - chain[0]!.markerEnd;
  let min = first;
  let max = first;
  // a page cut falls anywhere; a real list item ends its sentence
  let cuts = 0;
  for (let i = 0; i < chunks; i++) {
    const { lineEnd, markerEnd } = chain[i]!;
    const length = lineEnd - markerEnd;
    if (length < min) min = length;
    if (length > max) max = length;
    if (!SENTENCE_END.has(text.charCodeAt(lineEnd - 1))) cuts++;
  }
  if (chunks === 1) return first >= MIN_PAIR_CHUNK_LENGTH && cuts === 1;
  return min >= MIN_CHUNK_LENGTH && max - min <= Math.max(3, Math.round(first * 0.02)) && cuts * 2 > chunks;
}

/** "…富有本校特色的\n\n2、课程体系…" → "…富有本校特色的课程体系…"; the first "1、" is dropped too. */
export const wenkuChunkMarker: CleanRule = {
  id: "wenku-chunk-marker",
  find: (text) => {
    const edits: Edit[] = [];
    for (const chain of detectChunkChains(text)) {
      chain.forEach((marker, i) => {
        const previous = chain[i - 1];
        const start = previous ? previous.lineEnd : marker.lineStart;
        edits.push({ start, end: marker.markerEnd, replacement: "", rule: "wenku-chunk-marker" });
      });
    }
    return edits;
  },
};
