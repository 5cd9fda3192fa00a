/**
 * evalPeerDates: how extractDates does on other projects' own date tests (../shared/peer/, README there).
 *
 * dates.json — a case passes when every expected expression is matched by an extracted one that overlaps
 *   its span (any extracted one when the source gave no span) and whose `from` equals the expected start
 *   day (YYYY-MM-DD; an alternative start the source lists counts too; when the source gives only an end,
 *   `from` or `to` must equal it). A case expecting nothing passes when nothing is extracted.
 * spans.json (kind "time" only; the money cases are not dates) — a case passes when every expected text is
 *   extracted with exactly its span, and a case expecting nothing (调高24点5度) passes when nothing is.
 * `reference` (the day part) is passed as the reference day; no anchor. Prints nothing.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractDates } from "../../src/extract/dates/index.js";
import type { TimeExpression } from "../../src/types.js";

export interface PeerScore {
  total: number;
  passed: number;
  bySource: Record<string, { total: number; passed: number }>;
}

interface PeerExpected {
  readonly text?: string | null;
  readonly start?: string | null;
  readonly end?: string | null;
  readonly span?: readonly [number, number] | null;
  readonly alternatives?: readonly { readonly start?: string | null; readonly end?: string | null }[];
}

interface PeerCase {
  readonly source: string;
  readonly input: string;
  readonly reference?: string | null;
  readonly kind?: string;
  readonly expected: readonly PeerExpected[];
}

const PEER_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "shared", "peer");

function readCases(file: string): PeerCase[] {
  const path = join(PEER_DIR, file);
  if (!existsSync(path)) return [];
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  return Array.isArray(parsed) ? (parsed as PeerCase[]) : [];
}

const day = (iso: string | null | undefined): string | null => (iso ? iso.slice(0, 10) : null);

function run(item: PeerCase): TimeExpression[] {
  const reference = day(item.reference ?? null);
  return extractDates(item.input, reference ? { reference } : {});
}

function matchesDate(found: readonly TimeExpression[], expected: PeerExpected): boolean {
  const starts = [expected.start, ...(expected.alternatives ?? []).map((a) => a.start)].map(day).filter((s) => s !== null);
  const end = day(expected.end ?? null);
  return found.some((d) => {
    if (expected.span) {
      const [s, e] = expected.span;
      if (d.end <= s || d.start >= e) return false;
    }
    if (starts.length > 0) return d.from !== null && starts.includes(d.from);
    if (end !== null) return d.from === end || d.to === end;
    return true;
  });
}

function passesDates(item: PeerCase): boolean {
  const found = run(item);
  if (item.expected.length === 0) return found.length === 0;
  return item.expected.every((e) => matchesDate(found, e));
}

function passesSpans(item: PeerCase): boolean {
  const found = run(item);
  if (item.expected.length === 0) return found.length === 0;
  return item.expected.every((e) => e.span && found.some((d) => d.start === e.span?.[0] && d.end === e.span?.[1]));
}

export function evalPeerDates(): PeerScore {
  const score: PeerScore = { total: 0, passed: 0, bySource: {} };
  const add = (source: string, ok: boolean): void => {
    const entry = (score.bySource[source] ??= { total: 0, passed: 0 });
    entry.total++;
    score.total++;
    if (ok) {
      entry.passed++;
      score.passed++;
    }
  };
  for (const item of readCases("dates.json")) add(item.source, passesDates(item));
  for (const item of readCases("spans.json")) {
    if (item.kind !== undefined && item.kind !== "time") continue;
    add(item.source, passesSpans(item));
  }
  return score;
}
