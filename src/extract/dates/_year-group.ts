import { readYear } from "./_numerals.js";
import { expandShortYear, isPlaceholderYear, RELATIVE_YEAR_OFFSET } from "./_patterns.js";
import { readCalendarNumber } from "./_numerals.js";
import { currentYear } from "./resolve.js";
import type { DateContext } from "./_types.js";

export interface WrittenYear {
  /** the resolved year, or null when it cannot be known */
  readonly year: number | null;
  /** the year was written as digits (not 今年 or implied) */
  readonly explicit: boolean;
  readonly placeholder: boolean;
}

/**
 * Reads the year a match wrote: `year` (2020, 二〇二〇, 20xx), `shortYear` (15 → 2015) or `relYear` (今年, 明年 …).
 * undefined when the match wrote no year at all.
 */
export function readWrittenYear(
  groups: Readonly<Record<string, string | undefined>>,
  context: DateContext,
): WrittenYear | undefined {
  const raw = groups.year;
  if (raw !== undefined) {
    if (isPlaceholderYear(raw)) return { year: null, explicit: true, placeholder: true };
    const year = readYear(raw);
    return { year: Number.isNaN(year) ? null : year, explicit: true, placeholder: false };
  }
  if (groups.shortYear !== undefined) {
    const value = readCalendarNumber(groups.shortYear);
    return { year: Number.isNaN(value) ? null : expandShortYear(value), explicit: true, placeholder: false };
  }
  const rel = groups.relYear;
  if (rel !== undefined) {
    const base = currentYear(context);
    const offset = RELATIVE_YEAR_OFFSET[rel] ?? 0;
    return { year: base === null ? null : base + offset, explicit: false, placeholder: false };
  }
  return undefined;
}
