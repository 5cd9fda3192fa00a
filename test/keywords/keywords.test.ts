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
  it("drops stop words, single characters, numbers, counted words, punctuation and placeholders", () => {
    expect(keywordTerms(tokens(["的", "开展", "集体备课", "15", "，", "篇", "XX", "某县", "一次", "两项", "课后服务", ["每周", "r"], "2020年"]))).toEqual([
      "集体备课",
      "课后服务",
    ]);
  });
});

describe("extractKeywords (one plan, TF × jieba IDF)", () => {
  it("score = count × jieba's idf (asked once over the distinct terms); sorted by score then term", () => {
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
    const result = extractKeywords(tokens(["开展", "课后服务", "双减", "作业", "双减"]), { top: 3, segmenter });
    expect(asked).toEqual(["3:作业\n双减\n课后服务"]);
    expect(result).toEqual([
      { term: "双减", score: 10 },
      { term: "作业", score: 7 },
      { term: "课后服务", score: 5 },
    ]);
  });

  it("a term jieba does not return as itself gets the mean idf of the others", () => {
    const segmenter: Segmenter = { cut: () => [], extract: () => [{ word: "双减", weight: 4 }, { word: "作业", weight: 2 }] };
    expect(extractKeywords(tokens(["双减", "作业", "托管服务"]), { segmenter })).toEqual([
      { term: "双减", score: 4 },
      { term: "托管服务", score: 3 },
      { term: "作业", score: 2 },
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

describe("keywords on hostile inputs (safety net, not a benchmark)", { timeout: 120_000 }, () => {
  it.each([
    ["1 MB with no punctuation", "教研活动的开展".repeat(150_000)],
    ["100,000 × 一、", "一、".repeat(100_000)],
    ["100,000 × 不少于", "不少于".repeat(100_000)],
    ["a 1 MB run of digits", "1".repeat(1_000_000)],
    ["50,000 × (一)", "(一)".repeat(50_000)],
  ])("%s", (_name, text) => {
    const words = segment(text);
    const started = performance.now();
    extractKeywords(words);
    extractBatchKeywords([words, words.slice(0, 100)]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
