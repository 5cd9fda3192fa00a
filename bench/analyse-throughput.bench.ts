import { analyse } from "../dist/index.js";
import { fmt, megabytes, replicate, timeIt, type BenchContext, type Row } from "./_harness.js";

// analyse with default options and with segmentation off, as MB/s and as a ratio to bare jieba. V8 needs several
// passes over the 2 MB before the pipeline's ~200 functions and ~100 regexes are optimised (pass times fall for
// ~6 passes): the first pass is reported on its own, then the median of 5 after 5 warm-up passes.
export async function run(context: BenchContext): Promise<Row[]> {
  const texts = replicate(context.corpus, 2e6);
  const mb = megabytes(texts);
  analyse(context.corpus[0]!); // loads jieba outside the timing (the reference excluded its load too)
  const rows: Row[] = [];
  const firstPass = timeIt(() => { for (const t of texts) analyse(t, { segment: false }); }, 1, 0);
  rows.push({ scenario: "analyse", metric: "segment off, first pass MB/s (JIT cold)", value: fmt(mb / firstPass) });
  for (const [name, options] of [["default", {}], ["segment off", { segment: false }]] as const) {
    const seconds = timeIt(() => { for (const t of texts) analyse(t, options); }, 5, 5);
    rows.push({
      scenario: "analyse", metric: `${name} MB/s (× jieba)`,
      value: `${fmt(mb / seconds)} (${fmt(mb / seconds / context.referenceMbPerSecond)}×)`,
    });
  }
  return rows;
}
