import { readFileSync } from "node:fs";
import { scoreCorpus } from "./test/extract/targets/_gold.js";
const s = scoreCorpus();
for (const d of s.docs) {
  const text = readFileSync(`corpus/${d.id}.txt`, "utf8");
  for (const e of d.extras) console.log(d.id.slice(0,3), "EXTRA", e.text, "|", text.slice(Math.max(e.start-30, e.sentence.start), Math.min(e.end+20, e.sentence.end)).replace(/\n/g," "));
}
