import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSubject } from "../../../src/extract/targets/_context.js";
import { alternation } from "../../../src/extract/targets/_patterns.js";
import { SUBJECT_HEADS, SUBJECT_NOUNS, SUBJECT_WORDS } from "../../../src/extract/targets/subjects.js";

/** The definition findSubject implements without slicing: the subject regex run over slices of the text. */
const SUBJECT = new RegExp(`(?:${alternation(SUBJECT_HEADS)})(?:${alternation(SUBJECT_NOUNS)})|${alternation(SUBJECT_WORDS)}`, "gu");
const SUBJECT_FIRST = new RegExp(SUBJECT.source, "u");
function bySlices(text: string, sentenceStart: number, clauseStart: number, at: number): string | null {
  const from = Math.max(sentenceStart, at - 60);
  const own = text.slice(Math.max(from, clauseStart), at).match(SUBJECT_FIRST);
  if (own !== null) return own[0];
  let found: string | null = null;
  for (const m of text.slice(from, at).matchAll(SUBJECT)) found = m[0];
  return found;
}

const PIECES = [..."每各全所位名个一教师学生校班人组长，。", "教研组长", "教研组", "每一位", "青年教师", "学科带头人", "班主任", "年级组", "所有", "全体"];

describe("findSubject", () => {
  it("random strings of heads, nouns and words: same subject as the regex over slices", () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
      const text = pieces.join("");
      const at = text.length;
      const clauseStart = text.lastIndexOf("，") + 1;
      const sentenceStart = Math.min(clauseStart, a % (at + 1), b % (at + 1));
      const sentence = { start: sentenceStart, end: at };
      const clause = { start: Math.max(clauseStart, sentenceStart), end: at };
      expect(findSubject(text, sentence, clause, at)).toBe(bySlices(text, sentence.start, clause.start, at));
    }), { numRuns: 3000 });
  });
});
