/**
 * Peer suite for extractNumbers: /work/shared/peer/numbers.json (971 cases converted from the test suites of
 * Microsoft Recognizers-Text, JioNLP, chrono and cn2an; see ../shared/peer/README.md).
 *
 * A case passes when every expected mention is found with the same text and the same value (relative
 * tolerance 1e-9; ranges compare [min, max]). "parse" cases (the whole input is one number) also pass when
 * parseChineseNumber(input) gives the value. Full-width digits and punctuation are mapped to half-width
 * one-for-one first (offsets unchanged), as the cleaning stage does before extraction.
 * Prints nothing; `npm run eval` prints the result.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractNumbers, parseChineseNumber } from "../../src/extract/numerals/index.js";
import type { NumberMention } from "../../src/types.js";

interface PeerExpected {
  readonly text: string;
  readonly value: number | readonly (number | null)[];
}
interface PeerCase {
  readonly source: string;
  readonly task: "extract" | "parse";
  readonly input: string;
  readonly expected: readonly PeerExpected[];
}

export interface PeerNumbersResult {
  total: number;
  passed: number;
  bySource: Record<string, { total: number; passed: number }>;
}

const DEFAULT_PATH = join(import.meta.dirname, "../../../shared/peer/numbers.json");

/** Full-width ASCII (！–～) → half-width, one UTF-16 unit each, so offsets are unchanged. */
function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function near(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameValue(expected: PeerExpected["value"], m: NumberMention): boolean {
  if (Array.isArray(expected)) return near(expected[0] ?? null, m.value) && near(expected[1] ?? null, m.max);
  return near(expected as number, m.value);
}

function passes(c: PeerCase): boolean {
  const input = toHalfWidth(c.input);
  if (c.task === "parse" && c.expected.length === 1) {
    const [e] = c.expected;
    if (e !== undefined && !Array.isArray(e.value) && near(parseChineseNumber(input), e.value as number)) return true;
  }
  const mentions = extractNumbers(input);
  return c.expected.every((e) => {
    const text = toHalfWidth(e.text);
    return mentions.some((m) => m.text === text && sameValue(e.value, m));
  });
}

export function evalPeerNumbers(path: string = DEFAULT_PATH): PeerNumbersResult {
  const result: PeerNumbersResult = { total: 0, passed: 0, bySource: {} };
  if (!existsSync(path)) return result;
  let cases: PeerCase[];
  try {
    cases = JSON.parse(readFileSync(path, "utf8")) as PeerCase[];
  } catch {
    return result;
  }
  for (const c of cases) {
    const bucket = (result.bySource[c.source] ??= { total: 0, passed: 0 });
    const ok = passes(c);
    result.total += 1;
    bucket.total += 1;
    if (ok) {
      result.passed += 1;
      bucket.passed += 1;
    }
  }
  return result;
}
