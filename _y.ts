import { readFileSync } from "node:fs";
import { scoreCorpus } from "./test/extract/targets/_gold.js";
const s = scoreCorpus();
for (const d of s.docs) { const text = readFileSync(`corpus/${d.id}.txt`, "utf8"); for (const m of d.misses) { const i = text.indexOf(m.quote); console.log(d.id.slice(0,3), m.quote, "|", text.slice(Math.max(0,i-80), i+10).replace(/\n/g," ")); } }
