import { readFileSync } from "node:fs";
import { scoreCorpus } from "./test/extract/targets/_gold.js";
const s = scoreCorpus();
let n = 0, per = 0, unit = 0, exact = 0, max = 0;
for (const d of s.docs) {
  const text = readFileSync(`corpus/${d.id}.txt`, "utf8");
  for (const [g, t] of d.pairs) {
    n++; if (g.per === t.per) per++; if (g.unit === t.unit) unit++; if (g.quote === t.text) exact++; if (g.max === t.max) max++;
    if (g.per !== t.per || g.unit !== t.unit || g.quote !== t.text) console.log(d.id.slice(0,3), g.quote, g.per, g.unit, "| got", t.text, t.per, t.unit, "|", text.slice(Math.max(t.sentence.start, t.start-25), t.end+5).replace(/\n/g," "));
  }
}
console.log({ n, per: per/n, unit: unit/n, exact: exact/n, max: max/n });
