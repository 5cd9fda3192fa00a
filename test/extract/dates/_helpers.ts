import { expect } from "vitest";
import { extractDates, type ExtractDatesOptions } from "../../../src/extract/dates/index.js";
import type { Anchor, TimeExpression } from "../../../src/types.js";

export const AUTUMN_2020: Anchor = { year: 2020, term: "autumn" };
export const SPRING_2022: Anchor = { year: 2022, term: "spring" };
export const YEAR_2022: Anchor = { year: 2022, term: "year" };

/** extractDates + the span invariant checked on every item. */
export function dates(text: string, options: ExtractDatesOptions = { anchor: AUTUMN_2020 }): TimeExpression[] {
  const found = extractDates(text, options);
  for (const item of found) expect(text.slice(item.start, item.end)).toBe(item.text);
  return found;
}

/** The single time expression in text (fails when there is not exactly one). */
export function only(text: string, options?: ExtractDatesOptions): TimeExpression {
  const found = dates(text, options);
  expect(found.map((d) => d.text)).toHaveLength(1);
  return found[0] as TimeExpression;
}

/** [text, from, to] triples, for compact assertions. */
export function triples(text: string, options?: ExtractDatesOptions): [string, string | null, string | null][] {
  return dates(text, options).map((d) => [d.text, d.from, d.to]);
}
