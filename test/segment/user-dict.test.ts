import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { DEFAULT_USER_DICT, segment } from "../../src/segment/index.js";

const lines = readFileSync(fileURLToPath(DEFAULT_USER_DICT), "utf8").split("\n").filter((line) => line.length > 0);
const TERMS = lines.map((line) => line.split(" ")[0] as string);
const corpusDir = fileURLToPath(new URL("../../corpus/", import.meta.url));
const CORPUS = readdirSync(corpusDir)
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .map((file) => ({ file, text: readFileSync(corpusDir + file, "utf8") }));

interface Occurrence {
  readonly term: string;
  readonly start: number;
  readonly end: number;
}

function occurrences(text: string): Occurrence[] {
  const found: Occurrence[] = [];
  for (const term of TERMS) {
    for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) found.push({ term, start: at, end: at + term.length });
  }
  return found;
}

/**
 * Places where a dictionary term's characters occur across two real words, so jieba is right to cut
 * inside them: 各学科|组织 (not 学科组).
 */
const ACROSS_WORDS: readonly { readonly term: string; readonly context: string }[] = [{ term: "学科组", context: "学科组织" }];
const acrossWords = (text: string, occurrence: Occurrence): boolean =>
  ACROSS_WORDS.some(({ term, context }) => {
    if (term !== occurrence.term) return false;
    const offset = context.indexOf(term);
    return text.startsWith(context, occurrence.start - offset);
  });

/** Two terms that overlap without one holding the other (集体备课|备课组 in 集体备课组) cannot both stay whole. */
const crosses = (a: Occurrence, b: Occurrence): boolean =>
  (b.start < a.start && b.end > a.start && b.end < a.end) || (b.start > a.start && b.start < a.end && b.end > a.end);

describe("user dictionary", () => {
  it("is 'word freq tag' lines, ≥ 300 distinct terms, the issue's terms among them", () => {
    for (const line of lines) expect(line).toMatch(/^\S+ \d+ [a-z]+$/);
    expect(new Set(TERMS).size).toBe(TERMS.length);
    expect(TERMS.length).toBeGreaterThanOrEqual(300);
    for (const term of ["五育并举", "立德树人", "同课异构", "集体备课", "校本研修", "校本教研", "双减", "课后服务", "名师工作室", "不少于", "幼小衔接", "小初衔接", "核心素养", "教学常规", "课题研究"]) {
      expect(TERMS).toContain(term);
    }
  });

  it("segmenting the whole corpus keeps every dictionary term whole (no token boundary inside an occurrence)", { timeout: 60_000 }, () => {
    let checked = 0;
    const seen = new Set<string>();
    const broken: string[] = [];
    for (const { file, text } of CORPUS) {
      const tokens = segment(text);
      const boundaries = new Set(tokens.flatMap((token) => [token.start, token.end]));
      const all = occurrences(text);
      for (const occurrence of all) {
        if (all.some((other) => crosses(occurrence, other)) || acrossWords(text, occurrence)) continue;
        checked += 1;
        seen.add(occurrence.term);
        for (let at = occurrence.start + 1; at < occurrence.end; at += 1) {
          if (boundaries.has(at)) {
            broken.push(`${file}@${occurrence.start}: ${occurrence.term} in “${text.slice(occurrence.start - 3, occurrence.end + 3)}”`);
            break;
          }
        }
      }
    }
    expect(broken).toEqual([]);
    // the check is not vacuous: most of the dictionary occurs in the corpus
    expect(checked).toBeGreaterThan(1500);
    expect(seen.size).toBeGreaterThan(250);
  });
});
