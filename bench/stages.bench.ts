import { analyse, type PlanResult } from "../dist/index.js";
import { DEFAULT_CHECKLIST, scoreCoverage } from "../dist/checklist/index.js";
import { prepareText } from "../dist/clean/index.js";
import { extractDates } from "../dist/extract/dates/index.js";
import { extractTargets } from "../dist/extract/targets/index.js";
import { decodeBytes } from "../dist/load/index.js";
import { toPlanRows } from "../dist/report/index.js";
import { runRules } from "../dist/review/index.js";
import { extractKeywords } from "../dist/keywords/index.js";
import { segment } from "../dist/segment/index.js";
import { detectPlaceholders, splitCompilation } from "../dist/split/index.js";
import { detectAnchor, extractCalendar, parseSections } from "../dist/structure/index.js";
import { fmt, replicate, type BenchContext, type Row } from "./_harness.js";

const STAGES = [
  "load (decode)", "clean", "split", "structure", "dates", "targets", "segmentation", "keywords (TF × IDF table)", "coverage",
  "review", "output (JSON + CSV rows)",
] as const;
const [LOAD, CLEAN, SPLIT, STRUCTURE, DATES, TARGETS, SEGMENTATION, KEYWORDS, COVERAGE, REVIEW, OUTPUT] = STAGES.map((_, index) => index) as number[];
const WARM_UPS = 8;
const PASSES = 5;

// The share of time per stage in the pipeline itself: the same ~2 MB of plan files taken the way the CLI takes one
// file (decode, analyse with default options as analyse.ts does it, JSON and CSV rows), each stage's calls timed
// where they run, summed over 5 passes after 8 warm-up passes. Timed inside the pipeline rather than one stage over
// every plan at a time: a stage costs more between the others (caches, branch predictors) than alone; the JS stages
// take ~1.3x as long with segmentation running between them.
export async function run(context: BenchContext): Promise<Row[]> {
  const texts = replicate(context.corpus, 2e6);
  const files = texts.map((text) => new TextEncoder().encode(text));
  const itemIds = DEFAULT_CHECKLIST.items.map((item) => item.id);
  const spent = new Float64Array(STAGES.length);
  const timed = <T>(stage: number, work: () => T): T => {
    const t0 = performance.now();
    const result = work();
    spent[stage] = spent[stage]! + performance.now() - t0;
    return result;
  };
  const analyseFile = (bytes: Uint8Array, index: number): PlanResult[] => {
    const loaded = timed(LOAD!, () => decodeBytes(bytes, "plan.txt"));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const prepared = timed(CLEAN!, () => prepareText(loaded.text));
    const slices = timed(SPLIT!, () => splitCompilation(prepared.text));
    const plans = slices.map((slice): PlanResult => {
      const text = prepared.text.slice(slice.start, slice.end);
      const title = slice.title;
      const { anchor, sections } = timed(STRUCTURE!, () => {
        const anchor = detectAnchor(title, text);
        return { anchor, sections: parseSections(text) };
      });
      const dates = timed(DATES!, () => extractDates(text, { anchor }));
      const targets = timed(TARGETS!, () => extractTargets(text, { sections, dates }));
      const { calendar, placeholders } = timed(STRUCTURE!, () => ({ calendar: extractCalendar(text, sections, anchor), placeholders: detectPlaceholders(text) }));
      const tokens = timed(SEGMENTATION!, () => segment(text));
      const keywords = timed(KEYWORDS!, () => extractKeywords(tokens, { top: 10 }));
      const coverage = timed(COVERAGE!, () => scoreCoverage({ text, targets, dates }, DEFAULT_CHECKLIST));
      const plan: PlanResult = { title, anchor, text, sections, targets, dates, calendar, coverage, findings: [], keywords, placeholders };
      return { ...plan, findings: timed(REVIEW!, () => runRules(plan, { settings: {} })) };
    });
    timed(OUTPUT!, () => {
      const file = { file: `f${index}.txt`, error: null, plans };
      JSON.stringify(file);
      toPlanRows(file, itemIds);
    });
    return plans;
  };
  // the stages above must stay the pipeline analyse runs
  if (JSON.stringify(analyseFile(files[0]!, 0)) !== JSON.stringify(analyse(texts[0]!))) {
    throw new Error("bench/stages.bench.ts no longer runs the stages as analyse does: update it");
  }
  for (let pass = 0; pass < WARM_UPS; pass += 1) files.forEach(analyseFile);
  spent.fill(0);
  for (let pass = 0; pass < PASSES; pass += 1) files.forEach(analyseFile);
  const total = spent.reduce((a, b) => a + b, 0);
  return STAGES.map((name, stage) => ({
    scenario: "stages", metric: `${name} share`, value: `${fmt((spent[stage]! / total) * 100, 1)}%`,
    note: `${fmt(spent[stage]! / PASSES / 1000, 3)} s per pass`,
  }));
}
