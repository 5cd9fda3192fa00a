import type { Placeholder } from "../types.js";

// "20xx", "20XX", "20××" (+ optional 年) and "xx年" → year; runs of X/x/× next to Han characters
// ("XX县", "XXXX小学", "××") → name; "X月X日" → other. Latin words ("STEAM", "Excel") never match:
// a run must not touch another latin letter.
const PLACEHOLDER =
  /(?<![A-Za-z])(?:(?<year>(?:19|20)[xX×]{2}(?![A-Za-z])|[xX×]{2,4}(?=年))|(?<date>[xX×]{1,2}月[xX×]{1,2}日)|(?<name>[xX×]{2,8})(?![A-Za-z]))/gu;
const HAN = /\p{Script=Han}/u;

/**
 * Template placeholders left in a plan ("20xx年", "xx年8月", "XX县", "XX省", "XXXX小学", "××", "X月X日").
 * The quote is the placeholder itself ("20xx", "XX", "X月X日"); sorted by start. A run of x that touches
 * no Han character (a formula, "xx" alone in latin text) is not reported; a lone "×" is a multiplication sign.
 */
export function detectPlaceholders(text: string): Placeholder[] {
  const input = typeof text === "string" ? text : "";
  const found: Placeholder[] = [];
  if (!input.includes("x") && !input.includes("X") && !input.includes("×")) return found;
  for (const m of input.matchAll(PLACEHOLDER)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = input[start - 1] ?? "";
    const after = input[end] ?? "";
    const g = m.groups ?? {};
    if (g["year"] !== undefined) {
      found.push({ text: m[0], start, end, kind: "year" });
    } else if (g["date"] !== undefined) {
      found.push({ text: m[0], start, end, kind: "other" });
    } else {
      const hanBefore = HAN.test(before);
      const hanAfter = HAN.test(after);
      if (!hanBefore && !hanAfter && !/[“"《(]/u.test(before)) continue;
      found.push({ text: m[0], start, end, kind: hanAfter ? "name" : "other" });
    }
  }
  return found;
}
