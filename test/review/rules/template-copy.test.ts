import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/index.js";
import { estimateContainment, fingerprintText } from "../../../src/review/shingles.js";
import { findTemplateCopies, rule, TEMPLATE_COPY_THRESHOLD } from "../../../src/review/rules/template-copy.js";
import type { PlanResult } from "../../../src/types.js";

const CORPUS = new URL("../../../corpus/", import.meta.url);
const files = readdirSync(CORPUS).filter((name) => name.endsWith(".txt")).sort();
const plansOf = (name: string, text = readFileSync(new URL(name, CORPUS), "utf8")): PlanResult[] => analyse(text, { segment: false });
const ORIGINAL = "004_cfc0ada556cb5cd9.txt";
const original = plansOf(ORIGINAL)[0]!;
const copy = plansOf("copy.txt", readFileSync(new URL(ORIGINAL, CORPUS), "utf8").replaceAll("XXXX小学", "阳光实验小学"))[0]!;

describe("template-copy rule (library: runRules with a batch)", () => {
  it("a plan copied from another with a changed school name → a finding naming the other plan's title", () => {
    const found = rule.check({ plan: copy, batch: [original, copy] });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("XXXX小学2022年学校工作计划及推进方案");
    expect(Number(found[0]!.actual)).toBeGreaterThanOrEqual(90);
    expect(copy.text.slice(found[0]!.start, found[0]!.end)).toBe(copy.title);
  });

  it("without a batch (analyse on one text) it stays silent", () => {
    expect(rule.check({ plan: copy })).toEqual([]);
  });

  it("the five corpus files' plans are distinct: no finding across files", () => {
    const byFile = files.map((name) => plansOf(name));
    byFile.forEach((plans, index) => {
      const others = byFile.filter((_, j) => j !== index).flat();
      for (const plan of plans) expect(rule.check({ plan, batch: [plan, ...others] })).toEqual([]);
    });
  });
});

describe("findTemplateCopies (the CLI's batch check, on fingerprints only)", () => {
  const entries = [
    ...files.flatMap((name) => plansOf(name).map((plan) => ({ group: name, plan }))),
    { group: "copy.txt", plan: copy },
  ];
  const prints = entries.map(({ group, plan }) => ({ group, length: plan.text.length, fingerprint: fingerprintText(plan.text) }));

  it("flags exactly the original and its copy, each naming the other", () => {
    const copies = findTemplateCopies(prints);
    const named = copies.map(({ index, other }) => [entries[index]!.group, entries[other]!.group]);
    expect(named).toEqual([[ORIGINAL, "copy.txt"], ["copy.txt", ORIGINAL]]);
  });

  const pairwise = (threshold: number) =>
    prints.flatMap((a, index) => {
      if (a.length < 200) return [];
      let best: { index: number; other: number; share: number } | null = null;
      prints.forEach((b, other) => {
        if (other === index || b.group === a.group) return;
        const share = estimateContainment(a.fingerprint, b.fingerprint);
        if (share !== null && share > threshold && (best === null || share > best.share)) best = { index, other, share };
      });
      return best ? [best] : [];
    });

  it.each([TEMPLATE_COPY_THRESHOLD, 0])("agrees with pairwise estimateContainment at threshold %s (the inverted index loses no candidate)", (threshold) => {
    const expected = pairwise(threshold);
    expect(findTemplateCopies(prints, threshold)).toEqual(expected);
    if (threshold === 0) expect(expected.length).toBeGreaterThan(2);
  });

  it("plans in the same file (a compilation of 范文) are not compared with each other", () => {
    const compilation = plansOf("003_0f9a1944ed2eba0a.txt");
    const same = compilation.map((plan) => ({ group: "003", length: plan.text.length, fingerprint: fingerprintText(plan.text) }));
    expect(findTemplateCopies(same)).toEqual([]);
    const apart = same.map((print, i) => ({ ...print, group: `003#${i}` }));
    expect(findTemplateCopies(apart).length).toBeGreaterThan(0);
  });
});
