import { extractTargets } from "./src/extract/targets/index.js";
import { MATCHERS, REFINERS } from "./src/extract/targets/index.js";
const text = "教师每周听课两次".repeat(125_000);
let t0 = performance.now();
const out: any[] = [];
for (const m of MATCHERS) { const a = performance.now(); for (const x of text.matchAll(m.pattern)) out.push(...m.extract(x as any, text)); console.log(m.name, (performance.now()-a).toFixed(0)); }
let list: any = out;
for (const r of REFINERS) { const a = performance.now(); list = r(list, { text, sections: [], dates: [] }); console.log("refiner", (performance.now()-a).toFixed(0), list.length); }
t0 = performance.now(); extractTargets(text); console.log("total", performance.now() - t0);
