import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { chunkText, createJiebaRsBackend, DEFAULT_USER_DICT } from "../../src/segment/index.js";

// planlens segments with jieba-rs (@node-rs/jieba); nodejieba, the bench's reference, was the engine
// before. This measures how far the two agree on the corpus, piece by piece as the segmenter cuts.
const corpusDir = fileURLToPath(new URL("../../corpus/", import.meta.url));
const PIECES = readdirSync(corpusDir)
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .flatMap((file) => {
    const text = readFileSync(corpusDir + file, "utf8");
    return chunkText(text).map(({ start, end }) => text.slice(start, end));
  });

interface NodeJieba {
  load(options?: { userDict?: string }): void;
  cut(sentence: string): string[];
}

/** nodejieba cuts digit and Latin runs one character at a time ("2020" → 2|0|2|0); jieba-rs keeps them. */
function mergeAsciiRuns(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const last = out.at(-1);
    if (last !== undefined && /^[\x21-\x7e]+$/.test(word) && /^[\x21-\x7e]+$/.test(last)) out[out.length - 1] = last + word;
    else out.push(word);
  }
  return out;
}

/** Word spans laid end to end (both engines return every character of the piece, in order). */
function spans(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  let at = 0;
  for (const word of words) out.add(`${at}:${(at += word.length)}`);
  return out;
}

/** Pieces cut identically, and the share of words the engines agree on (F1 of word spans). */
function agreement(nodejieba: NodeJieba, jiebaRs: ReturnType<typeof createJiebaRsBackend>): { differing: string[]; wordF1: number } {
  const differing: string[] = [];
  let common = 0;
  let total = 0;
  for (const piece of PIECES) {
    const a = mergeAsciiRuns(nodejieba.cut(piece));
    const b = mergeAsciiRuns(jiebaRs.cut(piece));
    if (a.join("|") !== b.join("|")) differing.push(piece.slice(0, 30));
    const sa = spans(a);
    const sb = spans(b);
    for (const span of sa) if (sb.has(span)) common += 1;
    total += sa.size + sb.size;
  }
  return { differing, wordF1: (2 * common) / total };
}

describe("jieba-rs against nodejieba on the corpus", { timeout: 120_000 }, () => {
  const nodejieba = createRequire(import.meta.url)("nodejieba") as NodeJieba;

  it("with jieba's dictionary alone: the same words in every piece", () => {
    nodejieba.load();
    const { differing } = agreement(nodejieba, createJiebaRsBackend(new Uint8Array()));
    expect(PIECES.length).toBeGreaterThan(80);
    expect(differing).toEqual([]);
  });

  it("with the domain dictionary: ≥ 99% of words the same (the engines weigh user words differently)", () => {
    nodejieba.load({ userDict: fileURLToPath(DEFAULT_USER_DICT) });
    const { wordF1 } = agreement(nodejieba, createJiebaRsBackend(readFileSync(DEFAULT_USER_DICT)));
    console.log(`jieba-rs vs nodejieba with the domain dictionary: word-span F1 ${wordF1.toFixed(4)}`);
    expect(wordF1).toBeGreaterThanOrEqual(0.99);
  });
});
