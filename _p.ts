import { extractNumbers } from "./src/extract/numerals/index.js";
import { extractTargets } from "./src/extract/targets/index.js";
for (const [n, t] of [["一、", "一、".repeat(100_000)], ["(一)", "(一)".repeat(50_000)], ["digits", "7".repeat(1_000_000)], ["line", "教师听课评课".repeat(175_000)], ["不少于", "不少于".repeat(100_000)], ["两次", "每周两次，".repeat(100_000)]] as const) {
  let t0 = performance.now(); const a = extractNumbers(t); const t1 = performance.now(); const b = extractTargets(t); const t2 = performance.now();
  console.log(n, a.length, (t1 - t0).toFixed(0), b.length, (t2 - t1).toFixed(0));
}
