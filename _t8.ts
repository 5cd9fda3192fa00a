import { readFileSync } from "node:fs";
import { extractNumbers, parseChineseNumber } from "./src/extract/numerals/index.js";
const cases = JSON.parse(readFileSync("../shared/peer/numbers.json", "utf8"));
const hw = (s: string) => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const src = process.argv[2];
for (const c of cases) {
  if (src && c.source !== src) continue;
  const ms = extractNumbers(hw(c.input));
  const exp = c.expected.map((e: any) => `${hw(e.text)}=${JSON.stringify(e.value)}`).join(" ");
  const got = ms.map((m) => `${m.text}=${m.value}${m.max !== null ? "~" + m.max : ""}`).join(" ");
  const ok = c.expected.every((e: any) => ms.some((m) => m.text === hw(e.text) && (Array.isArray(e.value) ? Math.abs(e.value[0] - m.value) < 1e-6 && (e.value[1] ?? null) === m.max : Math.abs(e.value - m.value) <= 1e-9 * Math.max(1, Math.abs(e.value)))));
  const p = c.task === "parse" && c.expected.length === 1 && !Array.isArray(c.expected[0].value) && Math.abs((parseChineseNumber(hw(c.input)) ?? NaN) - c.expected[0].value) <= 1e-9 * Math.max(1, Math.abs(c.expected[0].value));
  if (!ok && !p) console.log(c.task, "|", c.input.slice(0, 60), "| exp", exp.slice(0, 100), "| got", got.slice(0, 100));
}
