import type { Candidate, Matcher } from "../../../../src/extract/targets/index.js";

/** All candidates one matcher finds in `text`, as [quote, value, max, unit]. */
export function run(matcher: Matcher, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(matcher.pattern)) out.push(...matcher.extract(m as RegExpExecArray, text));
  return out;
}
export const quoteOf = (text: string) => (c: Candidate): readonly unknown[] => [text.slice(c.start, c.end), c.value, c.max, c.unit];
