import { readFileSync } from "node:fs";
import { extractNumbers, parseChineseNumber } from "/work/main/src/extract/numerals/index.js";
const cases = JSON.parse(readFileSync("/work/shared/peer/numbers.json", "utf8"));
const hw = (s: string) => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const near = (a: any, b: any) => a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
let shown = 0;
for (const c of cases) {
  if (c.source !== process.argv[2]) continue;
  const input = hw(c.input);
  if (c.task === "parse" && c.expected.length === 1 && !Array.isArray(c.expected[0].value) && near(parseChineseNumber(input), c.expected[0].value)) continue;
  const ms = extractNumbers(input);
  const ok = c.expected.every((e: any) => ms.some((m) => m.text === hw(e.text) && (Array.isArray(e.value) ? near(e.value[0], m.value) && near(e.value[1], m.max) : near(e.value, m.value))));
  if (!ok && shown++ < Number(process.argv[3] ?? 40)) console.log(JSON.stringify(c.input).slice(0, 70), "| want", JSON.stringify(c.expected.map((e: any) => [e.text, e.value])).slice(0, 90), "| got", JSON.stringify(ms.map((m) => [m.text, m.value, m.max])).slice(0, 90));
}
