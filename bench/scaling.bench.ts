import { analyse, prepareText } from "../dist/index.js";
import { fmt, type BenchContext, type Row } from "./_harness.js";

const SIZES = [1, 4, 16];
const WARM_UP_ROUNDS = 3;
const ROUNDS = 10;

// The corpus ×1, ×4, ×16 as ONE document: cost per character must stay flat (no super-linear step).
// Built from the cleaned texts: raw pages end in "猜你喜欢…" boilerplate, which cleaning cuts with all that follows.
export async function run(context: BenchContext): Promise<Row[]> {
  const once = context.corpus.map((text) => prepareText(text).text).join("\n\n");
  const sizes = SIZES.map((times) => ({ times, text: Array.from({ length: times }, () => once).join("\n\n"), best: Infinity }));
  // Each sample is 16 corpora of work (×1 sixteen times, ×4 four times, ×16 once), the sizes taken in turn in every
  // round so that they see the same machine state; the fastest sample per size, as interference from the rest of the
  // machine only ever adds time (this machine's speed drifts by ±30% between minutes).
  for (let round = 0; round < WARM_UP_ROUNDS + ROUNDS; round += 1) {
    for (const size of sizes) {
      const t0 = performance.now();
      for (let k = 0; k < 16 / size.times; k += 1) analyse(size.text, { segment: false });
      const seconds = (performance.now() - t0) / 1000 / (16 / size.times);
      if (round >= WARM_UP_ROUNDS) size.best = Math.min(size.best, seconds);
    }
  }
  const perChar = sizes.map((size) => size.best / size.text.length);
  return [
    ...sizes.map((size, index): Row => ({
      scenario: "scaling", metric: `corpus ×${size.times} (${(size.text.length / 1e6).toFixed(2)} M chars) s`, value: fmt(size.best, 3),
      note: `${fmt(perChar[index]! * 1e9, 0)} ns/char`,
    })),
    { scenario: "scaling", metric: "cost per char ×16 / ×1", value: fmt(perChar[2]! / perChar[0]!) },
  ];
}
