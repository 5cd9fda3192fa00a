import type { Candidate, Refiner } from "../_types.js";
import { alternation, PERIOD_ALTERNATION } from "../_patterns.js";
import { normalisePeriod } from "../periods.js";
import { ADJACENT_ONE_PERIODS, ONE_PERIODS } from "../units.js";
import { enclosing } from "../_text-index.js";

/** 每学期 / 每个月 / 每一周 / 每半月 … ; the last one in the clause before the number is the period. */
const EVERY = new RegExp(`每(?<half>半)?(?:一|个)?(?<period>${PERIOD_ALTERNATION})`, "gu");
const ADJACENT = new RegExp(`(?:每(?<half>半)?(?:一|个)?|一(?:个)?(?=(?:${alternation(ADJACENT_ONE_PERIODS)})$))(?<period>${PERIOD_ALTERNATION})$`, "u");
const SLASHES = "/／";
const SLASH = new RegExp(`^[${SLASHES}](?<period>${PERIOD_ALTERNATION})`, "u");
const ONE = new RegExp(`一(?:个)?(?<period>${alternation(ONE_PERIODS)})`, "gu");
const CLAUSE_WINDOW = 40;

interface Found { readonly period: string; readonly count: number }

function lastPeriod(pattern: RegExp, lead: string): Found | null {
  let found: Found | null = null;
  for (const m of lead.matchAll(pattern)) {
    if (m.groups?.period !== undefined) found = { period: m.groups.period, count: m.groups.half === undefined ? 1 : 0.5 };
  }
  return found;
}

/** The last 每X in the lead, else the last 一学期/一学年 (each pattern needs its first character: a cheap test first). */
function lastEveryPeriod(lead: string): Found | null {
  const every = lead.includes("每") ? lastPeriod(EVERY, lead) : null;
  return every ?? (lead.includes("一") ? lastPeriod(ONE, lead) : null);
}

const isSlash = (ch: string): boolean => ch !== "" && SLASHES.includes(ch);

/**
 * "每学期不少于15篇" → per 学期, the quote widens to hold 每学期 (it touches the comparator or number);
 * "一日不少于1小时" → per 天; "2节/年" → per 年; "每学期听课不得少于8次" → per 学期, quote unchanged;
 * "每半月提供一次" → per 月, perCount 0.5; "一学期…不少于3次" → per 学期. "本学期" is not a period.
 */
export const attachPeriod: Refiner = (candidates, { text, bounds }) => {
  return candidates.map((c): Candidate => {
    if (c.per !== null) return c;
    const near = text.slice(Math.max(0, c.start - 5), c.start);
    // ADJACENT begins with 每 or 一: test for them before running it
    const adjacent = near.includes("每") || near.includes("一") ? ADJACENT.exec(near) : null;
    if (adjacent?.groups?.period !== undefined) {
      const perCount = adjacent.groups.half === undefined ? 1 : 0.5;
      return { ...c, start: c.start - adjacent[0].length, per: normalisePeriod(adjacent.groups.period), perCount };
    }
    const slash = isSlash(text.charAt(c.end)) ? SLASH.exec(text.slice(c.end, c.end + 4)) : null;
    if (slash?.groups?.period !== undefined) {
      return { ...c, end: c.end + slash[0].length, per: normalisePeriod(slash.groups.period), perCount: 1 };
    }
    const clause = enclosing(bounds.clause, bounds.length, c.start, c.end);
    const lead = text.slice(Math.max(clause.start, c.start - CLAUSE_WINDOW), c.start);
    const found = lastEveryPeriod(lead);
    return found === null ? c : { ...c, per: normalisePeriod(found.period), perCount: found.count };
  });
};
