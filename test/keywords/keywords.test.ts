import { describe, expect, it } from "vitest";
import { extractBatchKeywords, extractKeywords } from "../../src/keywords/index.js";
import { keywordTerms } from "../../src/keywords/keyword-terms.js";
import type { Segmenter } from "../../src/segment/index.js";
import { segment } from "../../src/segment/index.js";
import type { Token } from "../../src/types.js";

/** Tokens from a list of words (spans laid end to end), without jieba. */
function tokens(words: readonly (string | [string, string])[]): Token[] {
  let at = 0;
  return words.map((entry) => {
    const [text, tag] = typeof entry === "string" ? [entry, "n"] : entry;
    const token = { text, start: at, end: at + text.length, tag };
    at += text.length;
    return token;
  });
}

describe("keywordTerms", () => {
  it("drops stop words, single characters, numbers, punctuation and placeholders", () => {
    expect(keywordTerms(tokens(["的", "开展", "集体备课", "15", "，", "篇", "XX", "课后服务", ["每周", "r"], "2020年"]))).toEqual([
      "集体备课",
      "课后服务",
    ]);
  });
});

describe("extractKeywords (one plan, TF × jieba IDF)", () => {
  it("asks the segmenter's IDF table, filters its answer, sorts by score then term", () => {
    const asked: string[] = [];
    const segmenter: Segmenter = {
      cut: () => [],
      extract: (text, top) => {
        asked.push(`${top}:${text}`);
        return [
          { word: "双减", weight: 5 },
          { word: "开展", weight: 9 },
          { word: "课后服务", weight: 5 },
          { word: "作业", weight: 7 },
        ];
      },
    };
    const result = extractKeywords(tokens(["开展", "课后服务", "双减", "作业"]), { top: 3, segmenter });
    expect(asked).toEqual(["12:课后服务\n双减\n作业"]);
    expect(result).toEqual([
      { term: "作业", score: 7 },
      { term: "双减", score: 5 },
      { term: "课后服务", score: 5 },
    ]);
  });

  it("no usable tokens → no keywords, jieba not asked", () => {
    const segmenter: Segmenter = { cut: () => [], extract: () => { throw new Error("asked"); } };
    expect(extractKeywords(tokens(["的", "15"]), { segmenter })).toEqual([]);
  });

  it("a plan about 课后服务 has 课后服务 among its keywords (real jieba)", { timeout: 60_000 }, () => {
    const text = "落实双减要求，做好课后服务。课后服务每周五天，课后服务内容丰富，开展课后服务社团活动。";
    const keywords = extractKeywords(segment(text), { top: 5 });
    expect(keywords.map((keyword) => keyword.term)).toContain("课后服务");
    expect(keywords.length).toBeLessThanOrEqual(5);
    expect(extractKeywords(segment(text), { top: 5 })).toEqual(keywords);
  });
});

describe("extractBatchKeywords (natural TF-IDF over the batch)", () => {
  it("a term every plan holds is not a keyword; the distinguishing terms are", () => {
    const batch = [
      tokens(["课题研究", "课题研究", "教研组", "集体备课"]),
      tokens(["课后服务", "教研组", "双减"]),
      tokens(["幼小衔接", "教研组"]),
    ];
    const result = extractBatchKeywords(batch, { top: 5 });
    expect(result).toHaveLength(3);
    expect(result.flat().map((keyword) => keyword.term)).not.toContain("教研组");
    expect(result[0]?.[0]?.term).toBe("课题研究");
    expect(result[0]?.[0]?.score).toBeGreaterThan(result[0]?.[1]?.score ?? Infinity);
    expect(result[1]?.map((keyword) => keyword.term)).toEqual(["双减", "课后服务"]); // equal scores: by term
    expect(result[2]?.map((keyword) => keyword.term)).toEqual(["幼小衔接"]);
  });

  it("empty batch → []; an empty plan → []", () => {
    expect(extractBatchKeywords([])).toEqual([]);
    expect(extractBatchKeywords([tokens(["双减"]), []])[1]).toEqual([]);
  });

  it("terms named like Object.prototype members do not break counting", () => {
    const result = extractBatchKeywords([tokens(["constructor", "toString"]), tokens(["双减"])]);
    expect(result[0]?.map((keyword) => keyword.term).sort()).toEqual(["constructor", "toString"]);
  });
});
