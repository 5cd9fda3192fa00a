import { isoDate, lastDayOfMonth } from "../school-calendar.js";
import type { Candidate, Refiner } from "../_types.js";

/**
 * Joins "A—B", "A至B", "A到B", "从A到B" (从/自/由 kept in the span), "A起至B", "A开始至B" into one range: from of A, to of B. When B wrote no year
 * ("2020年9月28日—10月8日"), it takes A's written year (the next one if its month comes earlier).
 */
const BETWEEN = /^\s*(?:起|开始)?\s*(?:[—–\-~～]{1,2}|至|到|至到)\s*$/u;

function inheritYear(a: Candidate, b: Candidate): string | null {
  const year = a.parts?.year;
  const month = b.parts?.month ?? a.parts?.month;
  if (year === undefined || b.parts?.year !== undefined || month === undefined) return b.to;
  const y = a.parts?.month !== undefined && month < a.parts.month ? year + 1 : year;
  const day = b.parts?.day;
  if (day !== undefined) return day <= lastDayOfMonth(y, month) ? isoDate(y, month, day) : null;
  return isoDate(y, month, lastDayOfMonth(y, month));
}

/** B's end a year later: a range runs forward, so B that wrote no year and ends before A starts is in the next year. */
function forward(a: Candidate, b: Candidate, to: string | null): string | null {
  if (to === null || a.from === null || to >= a.from || b.parts?.year !== undefined) return to;
  const year = Number(to.slice(0, 4)) + 1;
  const month = Number(to.slice(5, 7));
  const later = isoDate(year, month, Math.min(Number(to.slice(8, 10)), lastDayOfMonth(year, month)));
  return later >= a.from ? later : to;
}

function merge(a: Candidate, b: Candidate, text: string): Candidate {
  // "1月至3月" in an autumn-2020 plan: 1月 is January 2021 (the term's), so its 3月 is March 2021, not the anchor's 2020
  const to = forward(a, b, inheritYear(a, b));
  const start = /[从自由]$/u.test(text.slice(Math.max(0, a.start - 1), a.start)) ? a.start - 1 : a.start;
  const valid = a.from !== null && to !== null && to >= a.from && !a.placeholder && !b.placeholder;
  const { parts: _parts, ...rest } = a;
  const merged: Candidate = Object.assign({}, rest, {
    start,
    end: b.end,
    text: text.slice(start, b.end),
    from: valid ? a.from : null,
    to: valid ? to : null,
    grain: a.grain === b.grain ? a.grain : "period",
    placeholder: a.placeholder || b.placeholder,
    matcher: a.matcher === b.matcher ? a.matcher : `${a.matcher}+${b.matcher.replace(/^dates\//, "")}`,
  });
  return b.parts ? Object.assign(merged, { parts: Object.assign({}, a.parts, b.parts) }) : merged;
}

export const mergeRanges: Refiner = (candidates, context) => {
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const last = out[out.length - 1];
    if (last !== undefined && candidate.start - last.end <= 4 && BETWEEN.test(context.text.slice(last.end, candidate.start))) {
      out[out.length - 1] = merge(last, candidate, context.text);
    } else {
      out.push(candidate);
    }
  }
  return out;
};
