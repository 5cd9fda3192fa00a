// `npm run bench`: every scenario in one process, one table; every figure from this run.
import { availableParallelism, cpus } from "node:os";
import { loadCorpus, type BenchContext, type Row } from "./_harness.js";
import * as analyseThroughput from "./analyse-throughput.bench.js";
import * as batch from "./batch.bench.js";
import * as cliColdStart from "./cli-cold-start.bench.js";
import * as scaling from "./scaling.bench.js";
import * as reference from "./segment-reference.bench.js";
import * as stages from "./stages.bench.js";
import * as worstCases from "./worst-cases.bench.js";

const context: BenchContext = { corpus: loadCorpus(), referenceMbPerSecond: 0, referencePass: () => undefined };
const all = { reference, analyse: analyseThroughput, stages, scaling, "cli-cold-start": cliColdStart, batch, "worst-cases": worstCases };
// `npm run bench -- analyse batch` runs only those (the reference always runs: every ratio divides by it)
const only = process.argv.slice(2);
const unknown = only.filter((name) => !(name in all));
if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(", ")}: choose from ${Object.keys(all).join(", ")}`);
const scenarios = Object.entries(all).filter(([name]) => name === "reference" || only.length === 0 || only.includes(name)).map(([, scenario]) => scenario);
const rows: Row[] = [];
const started = performance.now();
for (const scenario of scenarios) {
  rows.push(...(await scenario.run(context)));
}
console.log(`planlens bench — Node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? "?"}), ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
console.log(`| scenario | metric | value | note |\n|---|---|---|---|`);
for (const row of rows) console.log(`| ${row.scenario} | ${row.metric} | ${row.value} | ${row.note ?? ""} |`);
