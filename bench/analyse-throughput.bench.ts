import { analyse } from "../dist/index.js";
import { fmt, megabytes, replicate, timeIt, type BenchContext, type Row } from "./_harness.js";

// analyse with default options and with segmentation off, as MB/s and as a ratio to bare jieba. V8 needs several
// passes over the 2 MB before the pipeline's ~200 functions and ~100 regexes are optimised (pass times fall for
// ~6 passes): the first pass is reported on its own, then 5 warm-up passes of each. Then 5 rounds, each timing the
// bare-jieba reference, default and segment-off passes back to back: this machine's speed drifts by ±30% between
// minutes, so a ratio is taken within a round, and the table gives the median round.
const ROUNDS = 5;

export async function run(context: BenchContext): Promise<Row[]> {
  const texts = replicate(context.corpus, 2e6);
  const mb = megabytes(texts);
  analyse(context.corpus[0]!); // loads jieba outside the timing (the reference excluded its load too)
  const pass = (options: { segment?: boolean }) => () => { for (const t of texts) analyse(t, options); };
  const firstPass = timeIt(pass({ segment: false }), 1, 0);
  const warmUps = warmUp(pass({}), pass({ segment: false }));
  const rounds = Array.from({ length: ROUNDS }, () => {
    const reference = timeIt(context.referencePass, 1, 0);
    return { reference, default: timeIt(pass({}), 1, 0), segmentOff: timeIt(pass({ segment: false }), 1, 0) };
  });
  const median = (values: number[]): number => values.sort((a, b) => a - b)[values.length >> 1]!;
  const row = (name: string, seconds: (round: (typeof rounds)[number]) => number): Row => ({
    scenario: "analyse", metric: `${name} MB/s (× jieba)`,
    value: `${fmt(mb / median(rounds.map(seconds)))} (${fmt(median(rounds.map((round) => round.reference / seconds(round))))}×)`,
    note: `ratio per round: ${rounds.map((round) => fmt(round.reference / seconds(round))).join(", ")}`,
  });
  return [
    { scenario: "analyse", metric: "segment off, first pass MB/s (JIT cold)", value: fmt(mb / firstPass), note: `then ${warmUps} warm-up passes of each before the rounds` },
    row("default", (round) => round.default),
    row("segment off", (round) => round.segmentOff),
  ];
}

/**
 * Passes of both until the fastest segment-off pass has not improved by more than 3% for 4 passes (at least 8, at
 * most 30): the number of warm-up passes of each.
 */
function warmUp(defaultPass: () => void, segmentOffPass: () => void): number {
  let best = Infinity;
  let sinceBest = 0;
  let passes = 0;
  while (passes < 30 && (passes < 8 || sinceBest < 4)) {
    defaultPass();
    const seconds = timeIt(segmentOffPass, 1, 0);
    passes += 1;
    if (seconds < best * 0.97) { best = seconds; sinceBest = 0; } else sinceBest += 1;
  }
  return passes;
}
