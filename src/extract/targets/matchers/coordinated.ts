import type { Candidate, Matcher } from "../_types.js";
import type { Comparator } from "../../../types.js";
import { alternation, baseCandidate, countValue, NUM, UNIT } from "../_patterns.js";
import { PREFIX_COMPARATORS } from "../comparators.js";

/**
 * "分别不少于3次和4次" → two targets, 3 次 >= and 4 次 >= (分别 distributes the comparator; a missing first
 * unit is taken from the second: "分别为3和4篇").
 */
const PATTERN = new RegExp(
  `分别(?:为|是|达到)?(?<cmp>${alternation(Object.keys(PREFIX_COMPARATORS))})?${NUM("first")}(?<firstUnit>${UNIT.slice("(?<unit>".length)}?(?:和|与|、|及|或)${NUM("second")}${UNIT}`,
  "dgu",
);

export const coordinated: Matcher = {
  name: "coordinated",
  pattern: PATTERN,
  lead: "分",
  starts: (_text, index) => index.respectively,
  extract(match): readonly Candidate[] {
    const g = match.groups ?? {};
    const first = countValue(g.first);
    const second = countValue(g.second);
    if (first === null || second === null || g.unit === undefined || g.first === undefined || g.second === undefined) return [];
    const comparator: Comparator = g.cmp === undefined ? "=" : (PREFIX_COMPARATORS[g.cmp] ?? "=");
    const at = match.indices?.groups ?? {};
    const firstSpan = at.first;
    const secondSpan = at.second;
    if (firstSpan === undefined || secondSpan === undefined) return [];
    const end = match.index + match[0].length;
    const quoteStart = at.cmp?.[0] ?? firstSpan[0];
    const firstEnd = at.firstUnit?.[1] ?? firstSpan[1];
    const one = Object.assign(baseCandidate(quoteStart, firstEnd, first, g.firstUnit ?? g.unit, "targets/coordinated"), { comparator, comparatorFixed: true });
    const two = Object.assign(baseCandidate(secondSpan[0], end, second, g.unit, "targets/coordinated"), { comparator, comparatorFixed: true });
    return [{ ...one, coreStart: firstSpan[0] }, two];
  },
};
