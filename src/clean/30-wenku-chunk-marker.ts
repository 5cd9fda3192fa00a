import { linePositionsWhere, lineTable, lineTrigger, type LineTable } from "./_lines.js";
import type { CleanRule, Edit } from "./_rule.js";

/** Shortest page chunk (in chars) accepted as a 文库 chunk. */
export const MIN_CHUNK_LENGTH = 40;
/** A chain of two chunks only: the first must be at least this long and end mid-sentence. */
export const MIN_PAIR_CHUNK_LENGTH = 200;
const SENTENCE_END = new Set([..."。！？!?；;…”」』"]);

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

/** The "N、" (1–4 digits, spaces around) opening the line at `lineStart`, read within its first 12 chars. */
function chunkMarker(text: string, lineStart: number, lineEnd: number): { value: number; end: number } | null {
  const limit = Math.min(lineEnd, lineStart + 12);
  let i = lineStart;
  while (i < limit && text.charCodeAt(i) === 0x20) i++;
  const digits = i;
  let value = 0;
  for (let c = text.charCodeAt(i); i < limit && c >= 0x30 && c <= 0x39; c = text.charCodeAt(++i)) value = value * 10 + (c - 0x30);
  if (i === digits || i - digits > 4 || i >= limit || text.charCodeAt(i) !== 0x3001) return null;
  i++;
  while (i < limit && text.charCodeAt(i) === 0x20) i++;
  return { value, end: i };
}

/** Every chunk marker line starts with a digit. */
const DIGIT_FIRST = lineTrigger({ startingWith: "0123456789" });

function findChunkChains(text: string): Marker[][] {
  const markers: Marker[] = [];
  const table = lineTable(text);
  for (const line of linePositionsWhere(text, DIGIT_FIRST)) {
    const lineStart = table.start[line]!;
    const lineEnd = table.end[line]!;
    const m = chunkMarker(text, lineStart, lineEnd);
    if (m !== null) markers.push({ lineStart, lineEnd, markerEnd: m.end, value: m.value, line });
  }
  const chains: Marker[][] = [];
  let current: Marker[] = [];
  for (const marker of markers) {
    const last = current[current.length - 1];
    if (last && marker.value === last.value + 1 && onlyBlankBetween(table, last.line, marker.line)) {
      current.push(marker);
      continue;
    }
    if (isChunkChain(text, current)) chains.push(current);
    current = marker.value === 1 ? [marker] : [];
  }
  if (isChunkChain(text, current)) chains.push(current);
  return chains;
}

/** Whether the lines strictly between positions `a` and `b` are all blank (the chunks are consecutive non-blank lines). */
function onlyBlankBetween(table: LineTable, a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (table.trimmedEnd[i] !== table.trimmedStart[i]) return false;
  return true;
}

function isChunkChain(text: string, chain: readonly Marker[]): boolean {
  if (chain.length < 2) return false;
  const chunks = chain.slice(0, -1);
  const lengths = chunks.map((m) => m.lineEnd - m.markerEnd);
  const first = lengths[0] ?? 0;
  // a page cut falls anywhere; a real list item ends its sentence
  const cuts = chunks.filter((m) => !SENTENCE_END.has(text[m.lineEnd - 1] ?? "。")).length;
  if (chain.length === 2) return first >= MIN_PAIR_CHUNK_LENGTH && cuts === 1;
  const min = Math.min(...lengths);
  const max = Math.max(...lengths);
  return min >= MIN_CHUNK_LENGTH && max - min <= Math.max(3, Math.round(first * 0.02)) && cuts * 2 > chunks.length;
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
