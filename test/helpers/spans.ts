import { expect } from "vitest";
import type { PlanResult, Quote, Section, Span } from "../../src/types.js";

const inBounds = (text: string, span: Span, what: string): void => {
  expect(span.start, `${what} start`).toBeGreaterThanOrEqual(0);
  expect(span.end, `${what} end`).toBeLessThanOrEqual(text.length);
  expect(span.start, `${what} start <= end`).toBeLessThanOrEqual(span.end);
};

const quoteHolds = (text: string, quote: Quote, what: string): void => {
  inBounds(text, quote, what);
  expect(text.slice(quote.start, quote.end), what).toBe(quote.text);
};

const sortedByStart = (items: readonly Span[], what: string): void => {
  for (let i = 1; i < items.length; i += 1) {
    expect(items[i]!.start, `${what} sorted by start`).toBeGreaterThanOrEqual(items[i - 1]!.start);
  }
};

function sectionsHold(text: string, sections: readonly Section[]): void {
  sortedByStart(sections, "sections");
  for (const section of sections) {
    inBounds(text, section, `section ${section.title}`);
    expect(text.slice(section.titleSpan.start, section.titleSpan.end), "section title").toBe(section.title);
    sectionsHold(text, section.children);
  }
}

/** The span invariant for everything a plan carries: text.slice(start, end) === item.text, within bounds, sorted. */
export function expectSpansHold(plan: PlanResult): void {
  const { text } = plan;
  sectionsHold(text, plan.sections);
  plan.targets.forEach((t) => {
    quoteHolds(text, t, `target ${t.text}`);
    inBounds(text, t.sentence, "target sentence");
    if (t.deadline) quoteHolds(text, t.deadline, "target deadline");
  });
  sortedByStart(plan.targets, "targets");
  plan.dates.forEach((d) => quoteHolds(text, d, `date ${d.text}`));
  sortedByStart(plan.dates, "dates");
  plan.calendar.forEach((entry) => {
    quoteHolds(text, entry.when, "calendar when");
    entry.items.forEach((item) => quoteHolds(text, item, "calendar item"));
  });
  plan.placeholders.forEach((p) => quoteHolds(text, p, "placeholder"));
  plan.coverage?.items.forEach((item) => item.evidence.forEach((e) => quoteHolds(text, e, `evidence ${item.id}`)));
  plan.findings.forEach((f) => inBounds(text, f, `finding ${f.ruleId}`));
  sortedByStart(plan.findings, "findings");
}
