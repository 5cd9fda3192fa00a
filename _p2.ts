import { numeralPattern } from "./src/extract/numerals/chars.js";
const t = "一、".repeat(100_000);
const simple = new RegExp(numeralPattern("n"), "g");
let t0 = performance.now(); let n = 0; for (const m of t.matchAll(simple)) n++; console.log("simple", n, performance.now() - t0);
const noLB = /[0-9一二三四五六七八九十百千万]+/g;
t0 = performance.now(); n = 0; for (const m of t.matchAll(noLB)) n++; console.log("noLB", n, performance.now() - t0);
console.log(numeralPattern("n").length);
