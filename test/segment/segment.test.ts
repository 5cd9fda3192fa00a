import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSegmenter, segment, type CreateBackend } from "../../src/segment/index.js";
import { chunkText } from "../../src/segment/chunk-text.js";
import { placeWords } from "../../src/segment/place-words.js";
import { HOSTILE_INPUTS } from "../helpers/hostile-inputs.js";

const expectSpans = (text: string, tokens: readonly { text: string; start: number; end: number }[]): void => {
  for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  for (let i = 1; i < tokens.length; i += 1) expect(tokens[i]!.start).toBeGreaterThanOrEqual(tokens[i - 1]!.end);
};

/** A dumb engine, one "word" per character, that records the user dictionaries it was built with. */
function fakeEngine(): { createBackend: CreateBackend; builds: string[] } {
  const builds: string[] = [];
  const createBackend: CreateBackend = (userDict) => {
    builds.push(new TextDecoder().decode(userDict));
    return { cut: (sentence) => [...sentence], tag: (sentence) => [...sentence].map((word) => ({ word, tag: "x" })) };
  };
  return { createBackend, builds };
}

describe("createSegmenter", () => {
  const userDict = join(mkdtempSync(join(tmpdir(), "planlens-dict-")), "a.utf8");
  writeFileSync(userDict, "双减 100000 n\n");

  it("builds nothing until the first cut, then builds once with the user dictionary's bytes", () => {
    const engine = fakeEngine();
    const segmenter = createSegmenter({ createBackend: engine.createBackend, userDict });
    expect(engine.builds).toEqual([]);
    segmenter.cut("双减");
    segmenter.cut("课后服务");
    expect(engine.builds).toEqual(["双减 100000 n\n"]);
  });

  it("empty text → no tokens and no build", () => {
    const engine = fakeEngine();
    expect(createSegmenter({ createBackend: engine.createBackend }).cut("")).toEqual([]);
    expect(engine.builds).toEqual([]);
  });

  it("tokens from the engine's words, with spans, tags only when asked", () => {
    const engine = fakeEngine();
    expect(createSegmenter({ createBackend: engine.createBackend, userDict }).cut("双 减")).toEqual([
      { text: "双", start: 0, end: 1 },
      { text: "减", start: 2, end: 3 },
    ]);
    expect(createSegmenter({ createBackend: engine.createBackend, userDict, tags: true }).cut("双")).toEqual([{ text: "双", start: 0, end: 1, tag: "x" }]);
  });
});

describe("placeWords", () => {
  it("a character jieba dropped is skipped, the next word lands after it", () => {
    const tokens = placeWords("双\u0000减", [{ word: "双", tag: "n" }, { word: "减", tag: "v" }], 10);
    expect(tokens).toEqual([
      { text: "双", start: 10, end: 11, tag: "n" },
      { text: "减", start: 12, end: 13, tag: "v" },
    ]);
  });

  it("a word jieba changed (lone surrogate → U+FFFD) is not placed; the rest still is", () => {
    const text = "作业\uD800管理";
    const tokens = placeWords(text, [{ word: "作业", tag: "n" }, { word: "\uFFFD", tag: "x" }, { word: "管理", tag: "v" }], 0);
    expect(tokens.map((token) => token.text)).toEqual(["作业", "管理"]);
    expectSpans(text, tokens);
  });

  it("whitespace words are dropped", () => {
    expect(placeWords("a  b", [{ word: "a", tag: "eng" }, { word: " ", tag: "x" }, { word: " ", tag: "x" }, { word: "b", tag: "eng" }], 0).map((t) => t.text)).toEqual(["a", "b"]);
  });
});

describe("chunkText", () => {
  it("pieces cover the text exactly and end at punctuation when there is one", () => {
    const text = "开展集体备课，落实教学常规。".repeat(100);
    const chunks = chunkText(text, 50);
    expect(chunks[0]!.start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < chunks.length; i += 1) expect(chunks[i]!.start).toBe(chunks[i - 1]!.end);
    for (const chunk of chunks.slice(0, -1)) expect("，。").toContain(text.charAt(chunk.end - 1));
  });

  it("never splits a surrogate pair in a run without punctuation", () => {
    const text = "𠀀".repeat(100);
    for (const chunk of chunkText(text, 7)) expect(chunk.start % 2).toBe(0);
  });
});

describe("segment (jieba with the domain dictionary)", { timeout: 60_000 }, () => {
  it("立德树人, 五育并举, 双减, 不少于, 课后服务 stay whole", () => {
    const text = "全面坚持立德树人，坚持五育并举，落实双减，课后服务每周不少于5天。";
    const tokens = segment(text);
    expectSpans(text, tokens);
    const words = tokens.map((token) => token.text);
    for (const term of ["立德树人", "五育并举", "双减", "不少于", "课后服务"]) expect(words).toContain(term);
  });

  it("tokens carry jieba's tag only when asked (tags: true)", () => {
    expect(createSegmenter({ tags: true }).cut("开展集体备课").find((token) => token.text === "集体备课")?.tag).toBe("n");
    expect(segment("开展集体备课").find((token) => token.text === "集体备课")).toEqual({ text: "集体备课", start: 2, end: 6 });
  });

  it("raw text: full-width forms, CR LF, tabs and astral characters keep their spans", () => {
    const text = "１５篇\r\n\t𠀀校本教研　（一）\u0000";
    const tokens = segment(text);
    expectSpans(text, tokens);
    expect(tokens.map((token) => token.text)).toContain("校本教研");
  });

  it("linear enough on hostile inputs (safety net, not a benchmark)", () => {
    for (const text of HOSTILE_INPUTS) {
      const started = performance.now();
      const tokens = segment(text);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(tokens.length).toBeGreaterThan(0);
      expect(text.slice(tokens.at(-1)!.start, tokens.at(-1)!.end)).toBe(tokens.at(-1)!.text);
    }
  });
});
