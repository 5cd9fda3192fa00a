import type { Candidate, Matcher } from "../_types.js";
import { baseCandidate, NUM, NUM_LEAD } from "../_patterns.js";
import { parseChineseNumber } from "../../numerals/index.js";
import { Follow, runStartsFollowedBy } from "../_starts.js";

/** "十分之一" → 10 %, "三分之二" → 66.67 %: a fraction read as a percentage. */
const PATTERN = new RegExp(`${NUM("denominator")}分之${NUM("numerator")}`, "gu");
const FOLLOW = new Follow({ wordsBeforeNumeral: ["分之"] });

export const fraction: Matcher = {
  name: "fraction",
  pattern: PATTERN,
  lead: NUM_LEAD,
  starts: (_text, index) => runStartsFollowedBy(index, FOLLOW),
  extract(match): readonly Candidate[] {
    const g = match.groups ?? {};
    const den = parseChineseNumber(g.denominator ?? "");
    const num = parseChineseNumber(g.numerator ?? "");
    if (den === null || num === null || den === 0 || num > den) return [];
    const value = Number(((num / den) * 100).toFixed(2));
    return [baseCandidate(match.index, match.index + match[0].length, value, "%", "targets/fraction")];
  },
};
