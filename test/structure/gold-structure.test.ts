import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { prepareText } from "../../src/clean/index.js";
import { splitCompilation } from "../../src/split/index.js";
import { detectAnchor, parseSections } from "../../src/structure/index.js";
import type { Anchor, SectionKind } from "../../src/types.js";
import { expectSectionInvariants } from "./_helpers.js";

/** Recorded floor for section-kind F1 over corpus/*.gold.json (exact titles, measured 0.956 when written). */
const SECTION_KIND_F1_FLOOR = 0.93;

interface Gold {
  readonly plans: number;
  readonly anchor: Anchor;
  readonly planAnchors?: readonly Anchor[];
  readonly sections: readonly { readonly plan?: number; readonly kind: SectionKind; readonly title: string }[];
}

const dir = fileURLToPath(new URL("../../corpus/", import.meta.url));
const norm = (text: string): string => text.replace(/[\s\u3000]/g, "").replace(/[—–－]/g, "-");

const corpus = readdirSync(dir)
  .filter((name) => name.endsWith(".gold.json"))
  .sort()
  .map((name) => {
    const id = name.replace(/\.gold\.json$/, "");
    const gold = JSON.parse(readFileSync(`${dir}${name}`, "utf8")) as Gold;
    const text = prepareText(readFileSync(`${dir}${id}.txt`, "utf8"), { traditionalToSimplified: false }).text;
    const plans = splitCompilation(text).map((slice) => {
      const planText = text.slice(slice.start, slice.end);
      return { text: planText, anchor: detectAnchor(slice.title, planText), sections: parseSections(planText) };
    });
    return { id, gold, plans };
  });

describe("structure against the corpus gold", () => {
  it.each(corpus.map((entry) => [entry.id, entry] as const))("%s: section spans hold", (_id, { plans }) => {
    for (const plan of plans) expectSectionInvariants(plan.text, plan.sections);
  });

  it("every plan anchor matches the gold", () => {
    const wrong = corpus.flatMap(({ id, gold, plans }) =>
      (gold.planAnchors ?? [gold.anchor]).flatMap((anchor, index) =>
        JSON.stringify(plans[index]?.anchor) === JSON.stringify(anchor) ? [] : [`${id} plan ${index}: ${JSON.stringify(plans[index]?.anchor)}`],
      ),
    );
    expect(wrong).toEqual([]);
  });

  it(`top-level section kinds: F1 ≥ ${SECTION_KIND_F1_FLOOR} with exact titles`, () => {
    let tp = 0;
    let extracted = 0;
    let expected = 0;
    for (const { gold, plans } of corpus) {
      const ours = plans.flatMap((plan, index) => plan.sections.map((section) => ({ plan: index, title: norm(section.title), kind: section.kind })));
      const used = new Set<number>();
      for (const section of gold.sections) {
        const plan = gold.plans > 1 ? (section.plan ?? 0) : 0;
        const index = ours.findIndex((o, i) => !used.has(i) && o.plan === plan && o.title === norm(section.title) && o.kind === section.kind);
        if (index >= 0) {
          used.add(index);
          tp += 1;
        }
      }
      extracted += ours.length;
      expected += gold.sections.length;
    }
    const precision = tp / extracted;
    const recall = tp / expected;
    const f1 = (2 * precision * recall) / (precision + recall);
    expect(f1).toBeGreaterThanOrEqual(SECTION_KIND_F1_FLOOR);
  });
});
