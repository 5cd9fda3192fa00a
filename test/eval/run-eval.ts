// `npm run eval`: accuracy on the corpus gold and pass rates on the peer suites, printed as tables.
import { scoreCorpus, type Accuracy, type Scores } from "./gold.js";

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const f = (x: number): string => x.toFixed(3);

const corpus = scoreCorpus();
console.log("Corpus gold (corpus/*.gold.json)\n");
console.log("field            precision  recall     F1     tp   fp   fn");
const row = (name: string, s: Scores): void =>
  console.log(`${name.padEnd(16)} ${f(s.precision).padStart(9)} ${f(s.recall).padStart(7)} ${f(s.f1).padStart(6)} ${String(s.tp).padStart(5)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}`);
row("sections", corpus.sections);
row("section kinds", corpus.sectionKinds);
row("targets", corpus.targets);
row("dates", corpus.dates);
console.log("\naccuracy                        right/total");
const acc = (name: string, a: Accuracy): void => console.log(`${name.padEnd(30)} ${pct(a.accuracy).padStart(7)}  ${a.right}/${a.total}`);
acc("plans per file", corpus.plans);
acc("anchors", corpus.anchors);
acc("target comparator (matched)", corpus.comparators);
acc("target unit (matched)", corpus.targetUnits);
acc("target per (matched)", corpus.targetPers);
acc("date resolution from+to", corpus.dateResolution);
acc("  … where gold is not null", corpus.dateResolutionResolved);
acc("date deadline flag", corpus.deadlines);
console.log("\nper file F1: sections / targets / dates");
for (const [id, s] of Object.entries(corpus.perFile)) {
  console.log(`  ${id}  ${f(s.sections.f1)} / ${f(s.targets.f1)} / ${f(s.dates.f1)}`);
}

const peers: [string, string, string][] = [["numbers", "./peer-numbers.js", "evalPeerNumbers"], ["dates", "./peer-dates.js", "evalPeerDates"]];
console.log("\nPeer suites (../shared/peer)");
for (const [name, path, fn] of peers) {
  try {
    const module = (await import(path)) as Record<string, () => { total: number; passed: number; bySource: Record<string, { total: number; passed: number }> }>;
    const result = module[fn]!();
    console.log(`  ${name}: ${result.passed}/${result.total} passed (${pct(result.total ? result.passed / result.total : 0)})`);
    for (const [source, r] of Object.entries(result.bySource)) console.log(`    ${source.padEnd(12)} ${r.passed}/${r.total} (${pct(r.total ? r.passed / r.total : 0)})`);
  } catch (error) {
    console.log(`  ${name}: not available (${(error as Error).message})`);
  }
}
