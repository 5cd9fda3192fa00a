import type { Candidate, Refiner } from "../_types.js";
import { PERIOD_ALTERNATION } from "../_patterns.js";
import { normalisePeriod } from "../periods.js";
import { ONE_PERIODS } from "../units.js";
import { computeBoundaries, enclosing } from "../_text-boundaries.js";

/** 每学期 / 每个月 / 每一周 … ; the last one in the clause before the number is the period. */
const EVERY = new RegExp(`每(?:一|个)?(?<period>${PERIOD_ALTERNATION})`, "gu");
const ADJACENT = new RegExp(`每(?:一|个)?(?<period>${PERIOD_ALTERNATION})$`, "u");
const ONE = new RegExp(`一(?:个)?(?<period>${ONE_PERIODS.join("|")})`, "gu");
const CLAUSE_WINDOW = 40;

function lastPeriod(pattern: RegExp, lead: string): string | null {
  let found: string | null = null;
  for (const m of lead.matchAll(pattern)) found = m.groups?.period ?? found;
  return found;
}

/**
 * "每学期不少于15篇" → per 学期 (the quote widens to hold 每学期 when it touches the comparator or number);
 * "每学期听课不得少于8次" → per 学期 (quote unchanged); "一学期…不少于3次" → per 学期.
 */
export const attachPeriod: Refiner = (candidates, { text }) => {
  const bounds = computeBoundaries(text);
  return candidates.map((c): Candidate => {
    if (c.per !== null) return c;
    const adjacent = ADJACENT.exec(text.slice(Math.max(0, c.start - 5), c.start));
    if (adjacent?.groups?.period !== undefined) {
      return { ...c, start: c.start - adjacent[0].length, per: normalisePeriod(adjacent.groups.period), perCount: 1 };
    }
    const clause = enclosing(bounds.clause, bounds.length, c.start, c.end);
    const lead = text.slice(Math.max(clause.start, c.start - CLAUSE_WINDOW), c.start);
    const period = lastPeriod(EVERY, lead) ?? lastPeriod(ONE, lead);
    return period === null ? c : { ...c, per: normalisePeriod(period), perCount: 1 };
  });
};
