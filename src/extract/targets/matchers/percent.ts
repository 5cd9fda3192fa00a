import type { Candidate, Matcher } from "../_types.js";
import { baseCandidate, NUM, RANGE_SEPARATOR, RANGE_SEPARATORS, NUM_LEAD } from "../_patterns.js";
import { parseChineseNumber } from "../../numerals/index.js";
import type { TextIndex } from "../_text-index.js";
import { Follow, runFollowedBy } from "../_starts.js";

/** "百分之九十五", "97%", "95％", "90%-95%", "百分之八十到九十", "百分百" (spoken 100 %): a percentage (unit "%"). */
const PATTERN = new RegExp(
  [
    "(?<full>百分百)",
    `百分之${NUM("word")}(?:${RANGE_SEPARATOR}(?:百分之)?${NUM("wordMax")})?`,
    `${NUM("value")}(?:[%％]${RANGE_SEPARATOR}|${RANGE_SEPARATOR})${NUM("max")}[%％]`,
    `${NUM("sign")}[%％]`,
  ].join("|"),
  "gu",
);
const FOLLOW = new Follow({ chars: ["%", "％"], wordsBeforeNumeral: RANGE_SEPARATORS });
const WORD_FOLLOW = new Follow({ wordsBeforeNumeral: ["分之"] });
const HUNDRED = "百".charCodeAt(0);
const FEN = "分".charCodeAt(0);

/** Run starts that FOLLOW allows, and each 百 that ends a run before 分之 and a numeral (百分之九十五) or before 分百. */
function percentStarts(text: string, index: TextIndex): number[] {
  const runs = index.numeralRuns;
  const out: number[] = [];
  for (let r = 0; r < runs.length; r += 2) {
    const start = runs[r] as number;
    const end = runs[r + 1] as number;
    if (runFollowedBy(index, r, FOLLOW)) out.push(start);
    const hundred = end - 1;
    const fullFollows = text.charCodeAt(end) === FEN && text.charCodeAt(end + 1) === HUNDRED;
    if (text.charCodeAt(hundred) === HUNDRED && (WORD_FOLLOW.accepts(text, end) || fullFollows) && out[out.length - 1] !== hundred) out.push(hundred);
  }
  return out;
}

export const percent: Matcher = {
  name: "percent",
  pattern: PATTERN,
  lead: NUM_LEAD,
  starts: percentStarts,
  extract(match): readonly Candidate[] {
    const g = match.groups ?? {};
    const lo = g.full !== undefined ? 100 : parseChineseNumber(g.word ?? g.value ?? g.sign ?? "");
    const hiText = g.wordMax ?? g.max;
    const hi = hiText === undefined ? null : parseChineseNumber(hiText);
    if (lo === null) return [];
    const start = match.index;
    const base = baseCandidate(start, start + match[0].length, lo, "%", "targets/percent");
    if (hiText === undefined) return [base];
    if (hi === null || hi <= lo) return [];
    return [{ ...base, max: hi, comparator: "range" }];
  },
};
