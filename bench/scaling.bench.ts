import { analyse, prepareText } from "../dist/index.js";
import { fmt, timeIt, type BenchContext, type Row } from "./_harness.js";

// The corpus ×1, ×4, ×16 as ONE document: cost per character must stay flat (no super-linear step).
// Built from the cleaned texts: raw pages end in "猜你喜欢…" boilerplate, which cleaning cuts with all that follows.
export async function run(context: BenchContext): Promise<Row[]> {
  const once = context.corpus.map((text) => prepareText(text).text).join("\n\n");
  const perChar: number[] = [];
  const rows: Row[] = [];
  for (const times of [1, 4, 16]) {
    const text = Array.from({ length: times }, () => once).join("\n\n");
    // the same total work per size (~64 × the corpus) so ×1 is not a handful of JIT-cold milliseconds; the fastest
    // run, as interference from the rest of the machine only ever adds time (medians swung ±20% between runs)
    const seconds = timeIt(() => analyse(text, { segment: false }), Math.max(5, 64 / times), 3, "min");
    perChar.push(seconds / text.length);
    rows.push({ scenario: "scaling", metric: `corpus ×${times} (${(text.length / 1e6).toFixed(2)} M chars) s`, value: fmt(seconds, 3), note: `${fmt((seconds / text.length) * 1e9, 0)} ns/char` });
  }
  rows.push({ scenario: "scaling", metric: "cost per char ×16 / ×1", value: fmt(perChar[2]! / perChar[0]!) });
  return rows;
}
