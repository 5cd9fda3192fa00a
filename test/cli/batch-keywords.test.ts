import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { addPlanTerms, scoreBatchKeywords, termCounts } from "../../src/cli/batch-keywords.js";
import { analyse, segment } from "../../src/index.js";
import { extractBatchKeywords } from "../../src/keywords/index.js";
import { planlens } from "../helpers/cli.js";

const CORPUS = new URL("../../corpus/", import.meta.url);
const texts = readdirSync(CORPUS).filter((n) => n.endsWith(".txt")).sort()
  .flatMap((name) => analyse(readFileSync(new URL(name, CORPUS), "utf8"), { segment: false }).map((plan) => plan.text));

describe("batch keywords in two streaming passes (document frequencies, then scores)", () => {
  const tokens = texts.map((text) => segment(text));

  it("termCounts: “每学期听课，每学期评课。听课记录” → 听课 tf 2, 评课 tf 1", () => {
    const counts = termCounts(segment("每学期听课，每学期评课。听课记录"));
    expect(counts.get("听课")).toBe(2);
    expect(counts.get("评课")).toBe(1);
  });

  it("gives exactly extractBatchKeywords' keywords for every corpus plan", () => {
    const df = new Map<string, number>();
    addPlanTerms(df, tokens.map((t) => [...termCounts(t).keys()]));
    const stats = { plans: tokens.length, df };
    const expected = extractBatchKeywords(tokens);
    expect(tokens.map((t) => scoreBatchKeywords(t, stats))).toEqual(expected);
    expect(expected[0]!.length).toBe(10);
  });
});

describe("planlens analyse --batch-keywords", () => {
  it("writes, for every corpus plan, the keywords extractBatchKeywords gives over the whole batch", () => {
    const run = planlens(["analyse", "corpus", "--format", "jsonl", "--batch-keywords", "--jobs", "2", "--quiet"]);
    expect(run.status).toBe(0);
    const keywords = run.stdout.split("\n").filter(Boolean)
      .flatMap((line) => (JSON.parse(line) as { plans: { keywords: unknown }[] }).plans.map((plan) => plan.keywords));
    const tokens = texts.map((text) => segment(text));
    expect(keywords).toEqual(extractBatchKeywords(tokens));
  });
});
