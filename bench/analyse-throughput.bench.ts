import { analyse } from "../src/index.js";
import { fmt, megabytes, replicate, timeIt, type BenchContext, type Row } from "./_harness.js";

// analyse with default options and with segmentation off, as MB/s and as a ratio to bare jieba.
export async function run(context: BenchContext): Promise<Row[]> {
  const texts = replicate(context.corpus, 2e6);
  const mb = megabytes(texts);
  analyse(context.corpus[0]!); // loads jieba outside the timing (the reference excluded its load too)
  const rows: Row[] = [];
  for (const [name, options] of [["default", {}], ["segment off", { segment: false }]] as const) {
    const seconds = timeIt(() => { for (const t of texts) analyse(t, options); }, 3, 1);
    rows.push({
      scenario: "analyse", metric: `${name} MB/s (× jieba)`,
      value: `${fmt(mb / seconds)} (${fmt(mb / seconds / context.referenceMbPerSecond)}×)`,
    });
  }
  return rows;
}
