import { scoreCorpus } from "./test/extract/targets/_gold.js";
const s = scoreCorpus();
console.log({ p: s.precision, r: s.recall, f1: s.f1, cmp: s.comparatorAccuracy });
for (const d of s.docs) {
  console.log("==", d.id, d.gold, d.predicted, d.matched);
  for (const m of d.misses) console.log("  MISS", m.quote, m.value);
  for (const e of d.extras) console.log("  EXTRA", e.text, "|", JSON.stringify(e.sentence), e.matcher);
  for (const [g, t] of d.wrongComparator) console.log("  CMP", g.quote, g.comparator, t.text, t.comparator);
}
import { readFileSync } from "node:fs";
import { extractTargets } from "./src/extract/targets/index.js";
for (const d of s.docs) {
  const gold = JSON.parse(readFileSync(`corpus/${d.id}.gold.json`, "utf8")).targets;
  const pred = extractTargets(readFileSync(`corpus/${d.id}.txt`, "utf8"));
  for (const g of gold) {
    const t = pred.find((t) => (t.text.includes(g.quote) || g.quote.includes(t.text)) && t.value === g.value);
    if (t && (t.per !== g.per || t.unit !== g.unit || t.max !== g.max || t.text !== g.quote)) console.log("FIELD", d.id.slice(0,3), g.quote, g.per, g.unit, g.max, "| got", t.text, t.per, t.perCount, t.unit, t.max);
  }
}
