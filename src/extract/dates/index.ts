/**
 * extractDates: every time expression of a plan, resolved against its school period.
 *
 * The pipeline is chrono's: every matcher runs over the whole text (only where its trigger says a match can be,
 * ./_find-matches.ts), the candidates are sorted by start (the longest first), then the refiners fold over the
 * list. Nothing reads the clock: without `anchor`/`reference`, what needs them comes out with from/to null.
 *
 * Not dates (by design): frequencies (每周, 每月, 每周一次, 每学期), durations (三年以内的青年教师, 教龄不足三年,
 * 一学期), plan-period names ("十三五", "十四五期间": names, excluded like ANNOTATION excludes them from
 * targets), clock times alone, document numbers (〔2020〕73号), ordinals (第23届).
 */
import type { Anchor, TimeExpression } from "../../types.js";
import { absoluteDate } from "./matchers/absolute-date.js";
import { dayOfMonth } from "./matchers/day-of-month.js";
import { dottedDate } from "./matchers/dotted-date.js";
import { dottedMonthDay } from "./matchers/dotted-month-day.js";
import { festival } from "./matchers/festival.js";
import { halfYear } from "./matchers/half-year.js";
import { month } from "./matchers/month.js";
import { monthWeek } from "./matchers/month-week.js";
import { quarter } from "./matchers/quarter.js";
import { relativeMonth } from "./matchers/relative-month.js";
import { placeholderRange } from "./matchers/placeholder-range.js";
import { relativeDay } from "./matchers/relative-day.js";
import { relativeYear } from "./matchers/relative-year.js";
import { schoolBreak } from "./matchers/school-break.js";
import { schoolYear } from "./matchers/school-year.js";
import { seasonTerm } from "./matchers/season-term.js";
import { termPart } from "./matchers/term-part.js";
import { termWeekMatcher } from "./matchers/term-week.js";
import { term } from "./matchers/term.js";
import { weekday } from "./matchers/weekday.js";
import { year } from "./matchers/year.js";
import { yearRange } from "./matchers/year-range.js";
import { deadlineMarking } from "./refiners/deadline-marking.js";
import { frequencyFilter } from "./refiners/frequency-filter.js";
import { mergeRanges } from "./refiners/merge-ranges.js";
import { byStartThenLongest, overlapRemoval } from "./refiners/overlap-removal.js";
import { weekdayAttach } from "./refiners/weekday-attach.js";
import { yearCarry } from "./refiners/year-carry.js";
import { parseReference } from "./resolve.js";
import { matchFinder } from "./_find-matches.js";
import type { Candidate, DateContext, Matcher, Refiner } from "./_types.js";

export {
  isoDate, lastDayOfMonth, monthInterval, resolveMonth, termInterval, yearInterval, yearOfMonth, type IsoInterval,
} from "./school-calendar.js";

export interface ExtractDatesOptions {
  /** the plan's school period (from its title); resolves 本学期, 一月份, 第七周 … */
  readonly anchor?: Anchor;
  /** YYYY-MM-DD: the day 明天, 下周三, 29日 are relative to */
  readonly reference?: string;
}

/** Matchers, one pattern family each; order does not matter (overlap removal keeps the longest). */
export const MATCHERS: readonly Matcher[] = [
  absoluteDate,
  dottedDate,
  dottedMonthDay,
  month,
  monthWeek,
  relativeMonth,
  quarter,
  year,
  yearRange,
  halfYear,
  relativeYear,
  schoolYear,
  seasonTerm,
  term,
  termPart,
  termWeekMatcher,
  schoolBreak,
  festival,
  relativeDay,
  weekday,
  dayOfMonth,
  placeholderRange,
];

const findMatches = matchFinder(MATCHERS);

/** Refiners, in order. */
export const REFINERS: readonly Refiner[] = [
  frequencyFilter,
  overlapRemoval,
  weekdayAttach,
  mergeRanges,
  yearCarry,
  deadlineMarking,
  overlapRemoval,
];

export function extractDates(text: string, options: ExtractDatesOptions = {}): TimeExpression[] {
  // matchers read a copy with variant characters folded (same length), results quote the original text
  const found = findMatches(text);
  const context: DateContext = {
    text: found.text,
    anchor: options.anchor ?? null,
    reference: parseReference(options.reference),
  };
  let candidates: Candidate[] = [];
  MATCHERS.forEach((matcher, index) => {
    for (const match of found.matches[index] ?? []) {
      const candidate = matcher.extract(match, context);
      if (candidate !== null) candidates.push(candidate);
    }
  });
  candidates.sort(byStartThenLongest);
  for (const refine of REFINERS) candidates = refine(candidates, context);
  // the last refiner (overlap removal) leaves them sorted by start and disjoint
  return candidates.map((c) => toTimeExpression(c, text.slice(c.start, c.end)));
}

function toTimeExpression(candidate: Candidate, text: string): TimeExpression {
  return {
    text,
    start: candidate.start,
    end: candidate.end,
    from: candidate.from,
    to: candidate.to,
    deadline: candidate.deadline,
    grain: candidate.grain,
    placeholder: candidate.placeholder,
    matcher: candidate.matcher,
  };
}
