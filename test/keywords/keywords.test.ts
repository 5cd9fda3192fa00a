import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractBatchKeywords, extractKeywords, jiebaIdfTable, parseIdfTable } from "../../src/keywords/index.js";
import { idfTableOf, packIdf } from "../../src/keywords/idf-table.js";
import { keywordTerms } from "../../src/keywords/keyword-terms.js";
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
  const idf = parseIdfTable(new TextEncoder().encode("双减 5\n开展 9\n课后服务 5\n作业 7\n教研 3\n"));

  it("whatever plans were scored before, a plan's keywords are tf × idf over its own keywordTerms", () => {
    const vocabulary = ["双减", "开展", "课后服务", "作业", "教研", "托管", "的", "15", "某县", "集体备课", "课题"];
    const expected = (list: Token[], top: number) => {
      const counts = new Map<string, number>();
      for (const term of keywordTerms(list)) counts.set(term, (counts.get(term) ?? 0) + 1);
      const scored = [...counts].map(([term, count]) => ({ term, score: Math.round(count * (idf.get(term) ?? idf.median) * 1e4) / 1e4 }));
      return scored.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : 1)).slice(0, top);
    };
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...vocabulary), { maxLength: 30 }), { maxLength: 6 }), fc.integer({ min: 1, max: 4 }), (plans, top) => {
        for (const words of plans) expect(extractKeywords(tokens(words), { top, idf })).toEqual(expected(tokens(words), top));
      }),
      { numRuns: 200 },
    );
  });

  it("score = count × the term's idf; sorted by score then term; stop words (开展) dropped", () => {
    const result = extractKeywords(tokens(["开展", "课后服务", "双减", "作业", "双减", "教研"]), { top: 3, idf });
    expect(result).toEqual([
      { term: "双减", score: 10 },
      { term: "作业", score: 7 },
      { term: "课后服务", score: 5 },
    ]);
  });

  it("a term the table does not hold gets the table's median idf", () => {
    expect(idf.median).toBe(5);
    expect(extractKeywords(tokens(["作业", "托管服务", "托管服务"]), { idf })).toEqual([
      { term: "托管服务", score: 10 },
      { term: "作业", score: 7 },
    ]);
  });

  it("no usable tokens → no keywords, no table read", () => {
    const unread = { get: () => { throw new Error("read"); }, median: 0 };
    expect(extractKeywords(tokens(["的", "15"]), { idf: unread })).toEqual([]);
  });

  it("a plan about 课后服务 has 课后服务 among its keywords (real jieba)", { timeout: 60_000 }, () => {
    const text = "落实双减要求，做好课后服务。课后服务每周五天，课后服务内容丰富，开展课后服务社团活动。";
    const keywords = extractKeywords(segment(text), { top: 5 });
    expect(keywords.map((keyword) => keyword.term)).toContain("课后服务");
    expect(keywords.length).toBeLessThanOrEqual(5);
    expect(extractKeywords(segment(text), { top: 5 })).toEqual(keywords);
  });
});

describe("IDF table", () => {
  it("reads 'term idf' lines; skips malformed ones; CRLF and a missing last newline are fine", () => {
    const table = parseIdfTable(new TextEncoder().encode("双减 4.5\r\n坏行\n空值 \n课后 服务 2\n作业 1e1\n作业本 11.9547675029"));
    expect(table.get("双减")).toBe(4.5);
    expect(table.get("课后 服务")).toBe(2);
    expect(table.get("作业")).toBe(10);
    expect(table.get("作业本")).toBe(11.9547675029);
    expect([table.get("坏行"), table.get("空值"), table.get("作"), table.get("")]).toEqual([undefined, undefined, undefined, undefined]);
    expect(table.median).toBe(10);
  });

  it("looks up astral characters, Latin and long terms; a lone surrogate reads as U+FFFD (as UTF-8 encoders write it)", () => {
    const long = "课".repeat(300);
    const table = parseIdfTable(new TextEncoder().encode(`𠀀字 3\n\uFFFD 4\nabc 5\n${long} 6\n`));
    expect([table.get("𠀀字"), table.get("\uD800"), table.get("abc"), table.get(long), table.get("𠀀")]).toEqual([3, 4, 5, 6, undefined]);
  });

  it("holds every line of jieba's table with the value written there", () => {
    const text = readFileSync(createRequire(import.meta.url).resolve("@node-rs/jieba/idf.txt"), "utf8");
    const table = jiebaIdfTable();
    const lines = text.split("\n").filter((line) => line.length > 0);
    expect(lines.length).toBeGreaterThan(250_000);
    const wrong = lines.filter((line) => {
      const space = line.lastIndexOf(" ");
      return table.get(line.slice(0, space)) !== Number(line.slice(space + 1));
    });
    expect(wrong).toEqual([]);
  });

  it("a table packed in shared memory reads the same after a structured clone (as a worker receives it), sharing the bytes", () => {
    const bytes = new TextEncoder().encode("双减 4.5\n作业 10\n课后服务 2\n");
    const packed = packIdf(bytes, true);
    expect(packed.terms.buffer).toBeInstanceOf(SharedArrayBuffer);
    const received = structuredClone(packed);
    const table = idfTableOf(received);
    const plain = parseIdfTable(bytes);
    expect(["双减", "作业", "课后服务", "教研"].map((term) => table.get(term))).toEqual(["双减", "作业", "课后服务", "教研"].map((term) => plain.get(term)));
    expect(table.median).toBe(plain.median);
    new Int32Array(packed.slots.buffer).fill(-1); // the clone sees the sender's memory: every slot now empty
    expect(table.get("双减")).toBeUndefined();
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
