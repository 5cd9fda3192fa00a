import { SLOGANS, VAGUE_DENSITY_THRESHOLD } from "../data/slogans.js";
import type { Rule } from "../rule.js";

/** Groups of slogan indices sharing a first UTF-16 code unit; FIRST_GROUP maps a code unit to its group + 1 (0: none). */
const GROUPS: number[][] = [];
const FIRST_GROUP = new Uint16Array(0x10000);
SLOGANS.forEach((slogan, index) => {
  const first = slogan.charCodeAt(0);
  if (FIRST_GROUP[first] === 0) FIRST_GROUP[first] = GROUPS.push([]);
  GROUPS[(FIRST_GROUP[first] as number) - 1]?.push(index);
});

/**
 * Finds the next offset where some slogan starts: the regex engine skips the text in between several times faster
 * than a loop over its characters. Global, so it keeps its place in lastIndex (reset by each count).
 */
const ANY_SLOGAN = new RegExp(SLOGANS.map((slogan) => slogan.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");

/**
 * Occurrences of each slogan, counted without overlap per slogan (as an indexOf loop per slogan would), in one
 * pass over the text instead of one pass per slogan.
 */
export function countSlogans(text: string): number {
  let count = 0;
  // per slogan: the first offset where its next occurrence may start
  const resumeAt = new Array<number>(SLOGANS.length).fill(0);
  ANY_SLOGAN.lastIndex = 0;
  for (let found = ANY_SLOGAN.exec(text); found !== null; found = ANY_SLOGAN.exec(text)) {
    const at = found.index;
    // every slogan starting here counts, not only the one the regex matched
    for (const index of GROUPS[(FIRST_GROUP[text.charCodeAt(at)] as number) - 1] as number[]) {
      const slogan = SLOGANS[index] as string;
      if (at >= (resumeAt[index] as number) && text.startsWith(slogan, at)) {
        count += 1;
        resumeAt[index] = at + slogan.length;
      }
    }
    ANY_SLOGAN.lastIndex = at + 1;
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
