import { plainCount } from "./src/extract/targets/matchers/plain-count.js";
import { parseChineseNumber } from "./src/extract/numerals/index.js";
import { countValue } from "./src/extract/targets/_patterns.js";
const text = "教师每周听课两次".repeat(125_000);
for (let r = 0; r < 3; r++) {
let a = performance.now(); const ms = [...text.matchAll(plainCount.pattern)]; console.log("match", (performance.now() - a).toFixed(0));
a = performance.now(); for (const m of ms) parseChineseNumber("两"); console.log("parse", (performance.now() - a).toFixed(0));
a = performance.now(); for (const m of ms) countValue("两"); console.log("count", (performance.now() - a).toFixed(0));
a = performance.now(); const out: any[] = []; for (const m of ms) out.push(...plainCount.extract(m as any, text)); console.log("extract", (performance.now() - a).toFixed(0));
}
