import { describe, expect, it } from "vitest";
import { analyse } from "../../src/index.js";
import { RULES } from "../../src/review/index.js";

// remark-lint style: every rule's documented examples run as tests through the whole pipeline.
describe.each(RULES.map((rule) => [rule.id, rule] as const))("rule %s", (id, rule) => {
  const messagesOf = (input: string): string[] =>
    analyse(input, { segment: false }).flatMap((plan) => plan.findings.filter((f) => f.ruleId === id).map((f) => f.message));

  it.each(rule.examples.ok.map((input, i) => [i, input] as const))("ok example %i yields nothing", (_i, input) => {
    expect(messagesOf(input)).toEqual([]);
  });
  it.each(rule.examples.notOk.map((example) => [example.name, example] as const))("not-ok example: %s", (_name, example) => {
    expect(messagesOf(example.input)).toEqual(example.expected);
  });
  it("has an id, a description and a severity", () => {
    expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(rule.description.length).toBeGreaterThan(10);
    expect(["error", "warning", "info"]).toContain(rule.severity);
  });
});
