import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLOGANS } from "../../src/review/data/slogans.js";
import { countSlogans } from "../../src/review/rules/vague-language.js";

/** The definition: per slogan, occurrences found by an indexOf loop that resumes after each one. */
function countByIndexOf(text: string): number {
  let count = 0;
  for (const slogan of SLOGANS) {
    for (let at = text.indexOf(slogan); at !== -1; at = text.indexOf(slogan, at + slogan.length)) count += 1;
  }
  return count;
}

describe("countSlogans", () => {
  it("counts as one indexOf loop per slogan would (overlaps within a slogan skipped)", () => {
    const pieces = [...SLOGANS, "全", "进一", "步", "力", "，", "。", "工作"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        expect(countSlogans(text)).toBe(countByIndexOf(text));
      }),
    );
  });
});
