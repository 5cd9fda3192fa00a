import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyse, analyseDocument } from "../src/index.js";
import { expectSpansHold } from "./helpers/spans.js";

const corpusDir = new URL("../corpus/", import.meta.url).pathname;
const corpus = readdirSync(corpusDir).filter((name) => name.endsWith(".txt")).sort();

describe("analyse over the corpus", () => {
  it.each(corpus)("%s: every span holds its text, the output is deterministic", (name) => {
    const raw = readFileSync(corpusDir + name, "utf8");
    const plans = analyse(raw, { segment: false });
    expect(plans.length).toBeGreaterThan(0);
    plans.forEach(expectSpansHold);
    expect(JSON.stringify(analyse(raw, { segment: false }))).toBe(JSON.stringify(plans));
  });

  it("seed 003 (a 十五篇 compilation) becomes 15 plans; the others one each", () => {
    const counts = corpus.map((name) => analyse(readFileSync(corpusDir + name, "utf8"), { segment: false }).length);
    expect(counts).toEqual(corpus.map((name) => (name.startsWith("003_") ? 15 : 1)));
  });

  it("maps plan offsets back to the raw input", () => {
    const raw = readFileSync(corpusDir + corpus[0]!, "utf8");
    const document = analyseDocument(raw, { segment: false });
    const plan = document.plans[0]!;
    const target = plan.targets[0]!;
    const at = document.toOriginal(0, target.start);
    expect(raw.slice(at, at + target.text.length)).toBe(target.text);
  });

  it("refuses bad options with a message naming the field", () => {
    expect(() => analyse("x", { anchor: { year: 2020, term: "winter" } } as never)).toThrow(/anchor\.term/);
    expect(() => analyse("x", { reference: "2020/1/1" })).toThrow(/reference/);
    expect(() => analyse("x", { colour: true } as never)).toThrow(/colour|Unrecognized/);
  });
});

describe("analyse with a custom checklist", () => {
  const checklist = {
    id: "reading-only", title: "阅读", version: "1",
    items: [{ id: "reading", label: "阅读", phrases: { anyOf: ["阅读", "读书"] } }],
  };
  it("validates it once, fills defaults, and scores with it", () => {
    const [plan] = analyse("2022年工作计划\n一、工作目标\n开展读书活动，每学期不少于2次。", { checklist: checklist as never, segment: false });
    expect(plan!.coverage).toMatchObject({ checklist: "reading-only", score: 100 });
    expect(plan!.coverage!.items.map((item) => item.id)).toEqual(["reading"]);
  });
  it("refuses an invalid one with a message naming the field", () => {
    const bad = { ...checklist, items: [{ id: "reading", label: "阅读", phrases: { anyOf: "阅读" } }] };
    expect(() => analyse("x", { checklist: bad as never })).toThrow(/checklist: items\[0\]\.phrases\.anyOf/);
  });
});
