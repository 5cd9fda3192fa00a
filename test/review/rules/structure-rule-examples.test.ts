import { describe, expect, it } from "vitest";
import { rule as emptySection } from "../../../src/review/rules/empty-section.js";
import { rule as missingSection } from "../../../src/review/rules/missing-section.js";
import { rule as numberingGap } from "../../../src/review/rules/numbering-gap.js";
import { planOf } from "./_plan.js";

// The shared runner runs every example through the full pipeline; this runs them on sections and calendar alone.
describe.each([missingSection, numberingGap, emptySection])("$id examples", (rule) => {
  it.each(rule.examples.ok)("ok: %j → nothing", (input) => {
    expect(rule.check({ plan: planOf(input) })).toEqual([]);
  });
  it.each(rule.examples.notOk.map((example) => [example.name, example] as const))("not ok: %s", (_name, example) => {
    // the runner orders findings at one place by message; compare as sorted lists
    const byMessage = (a: string, b: string): number => a.localeCompare(b);
    expect(rule.check({ plan: planOf(example.input) }).map((f) => f.message).sort(byMessage)).toEqual([...example.expected].sort(byMessage));
  });
  it("has a kebab-case id and a description", () => {
    expect(rule.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
    expect(rule.description.length).toBeGreaterThan(10);
  });
});
