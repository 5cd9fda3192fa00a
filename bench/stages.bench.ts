import { analyse } from "../dist/index.js";
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

// The share of time per stage, each timed over the same ~2 MB of plans.
export async function run(context: BenchContext): Promise<Row[]> {
  const texts = replicate(context.corpus, 2e6);
  const bytes = texts.map((t) => new TextEncoder().encode(t));
  const prepared = texts.map((t) => prepareText(t));
  const slices = prepared.map((p) => splitCompilation(p.text).map((s) => ({ text: p.text.slice(s.start, s.end), title: s.title })));
  const plans = slices.flat();
  const anchors = plans.map((p) => detectAnchor(p.title, p.text));
  const sections = plans.map((p) => parseSections(p.text));
  const dates = plans.map((p, i) => extractDates(p.text, { anchor: anchors[i]! }));
  const targets = plans.map((p, i) => extractTargets(p.text, { sections: sections[i]!, dates: dates[i]! }));
  const results = texts.map((t) => analyse(t));
  const tokens = plans.map((p) => segment(p.text));

  const stages: [string, () => unknown][] = [
    ["load (decode)", () => bytes.forEach((b) => decodeBytes(b, "plan.txt"))],
    ["clean", () => texts.forEach((t) => prepareText(t))],
    ["split", () => prepared.forEach((p) => splitCompilation(p.text))],
    ["structure", () => plans.forEach((p, i) => { parseSections(p.text); detectAnchor(p.title, p.text); extractCalendar(p.text, sections[i]!, anchors[i]!); detectPlaceholders(p.text); })],
    ["targets", () => plans.forEach((p, i) => extractTargets(p.text, { sections: sections[i]!, dates: dates[i]! }))],
    ["dates", () => plans.forEach((p, i) => extractDates(p.text, { anchor: anchors[i]! }))],
    ["segmentation", () => plans.forEach((p) => segment(p.text))],
    ["keywords (TF × IDF table)", () => tokens.forEach((t) => extractKeywords(t, { top: 10 }))],
    ["coverage", () => plans.forEach((p, i) => scoreCoverage({ text: p.text, targets: targets[i]!, dates: dates[i]! }, DEFAULT_CHECKLIST))],
    ["review", () => results.forEach((r) => r.forEach((plan) => runRules(plan)))],
    ["output (JSON + CSV rows)", () => results.forEach((r, i) => {
      const file = { file: `f${i}.txt`, error: null, plans: r };
      JSON.stringify(file);
      toPlanRows(file, DEFAULT_CHECKLIST.items.map((item) => item.id));
    })],
  ];
  const seconds = stages.map(([, fn]) => { fn(); const t0 = performance.now(); fn(); return (performance.now() - t0) / 1000; });
  const total = seconds.reduce((a, b) => a + b, 0);
  return stages.map(([name], i) => ({
    scenario: "stages", metric: `${name} share`, value: `${fmt((seconds[i]! / total) * 100, 1)}%`, note: `${fmt(seconds[i]!, 3)} s`,
  }));
}
