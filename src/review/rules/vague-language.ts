import { SLOGANS, VAGUE_DENSITY_THRESHOLD } from "../data/slogans.js";
import type { Rule } from "../rule.js";

/** Slogan indices by their first UTF-16 code unit (most characters start none). */
const SLOGANS_BY_FIRST = new Map<number, number[]>();
SLOGANS.forEach((slogan, index) => {
  const first = slogan.charCodeAt(0);
  SLOGANS_BY_FIRST.set(first, [...(SLOGANS_BY_FIRST.get(first) ?? []), index]);
});
const STARTS_SLOGAN = new Uint8Array(0x10000);
for (const first of SLOGANS_BY_FIRST.keys()) STARTS_SLOGAN[first] = 1;

/**
 * Occurrences of each slogan, counted without overlap per slogan (as an indexOf loop per slogan would), in one
 * pass over the text instead of one pass per slogan.
 */
export function countSlogans(text: string): number {
  let count = 0;
  // per slogan: the first offset where its next occurrence may start
  const resumeAt = new Array<number>(SLOGANS.length).fill(0);
  for (let at = 0; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (STARTS_SLOGAN[code] === 0) continue;
    for (const index of SLOGANS_BY_FIRST.get(code) ?? []) {
      const slogan = SLOGANS[index] as string;
      if (at >= (resumeAt[index] as number) && text.startsWith(slogan, at)) {
        count += 1;
        resumeAt[index] = at + slogan.length;
      }
    }
  }
  return count;
}

/**
 * vague-language: slogan density (进一步, 大力, 积极, 努力, 切实 …) per 1,000 characters above
 * VAGUE_DENSITY_THRESHOLD. Plans under 200 characters are not judged: the density of a few lines means little.
 */
export const rule: Rule = {
  id: "vague-language",
  severity: "info",
  description: `More than ${VAGUE_DENSITY_THRESHOLD} slogan words (进一步, 大力, 积极 …) per 1,000 characters`,
  check: ({ plan }) => {
    if (plan.text.length < 200) return [];
    const density = (countSlogans(plan.text) * 1000) / plan.text.length;
    if (density <= VAGUE_DENSITY_THRESHOLD) return [];
    return [
      {
        start: 0,
        end: plan.text.length,
        message: `Found ${density.toFixed(1)} slogan words per 1,000 characters, expected at most ${VAGUE_DENSITY_THRESHOLD}`,
        note: "Slogans (进一步, 大力, 积极, 切实 …) promise effort, not results: replace some with what will be done, by when and how much.",
        actual: density.toFixed(1),
      },
    ];
  },
  examples: {
    ok: [`2022年教研工作计划\n一、工作目标\n${"每位教师每学期听课不少于15节，12月底前完成课题结题。".repeat(8)}`],
    notOk: [
      {
        name: "slogans only",
        input: `2022年教研工作计划\n一、工作目标\n${"进一步大力积极切实努力推进，不断扎实深入开展工作。".repeat(10)}`,
        expected: ["Found 297.4 slogan words per 1,000 characters, expected at most 20"],
      },
    ],
  },
};
