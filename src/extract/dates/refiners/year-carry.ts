import { isoDate, lastDayOfMonth } from "../school-calendar.js";
import type { Candidate, Refiner } from "../_types.js";

/**
 * A month or day written without a year, close after another dated expression on the same line, takes the
 * year that one ended in (the next year when its month comes earlier): "2021年1月29日学生离校,2月1日教师离校;
 * 2月26日教师返校,2月28日学生报到注册,3月1日正式上课" puts 3月1日 in 2021, not in the anchor's 2020.
 */
const MAX_GAP = 20;
const CARRIES = new Set(["dates/absolute-date", "dates/month"]);

function shiftYear(iso: string, delta: number): string {
  const year = Number(iso.slice(0, 4)) + delta;
  const month = Number(iso.slice(5, 7));
  const day = Math.min(Number(iso.slice(8, 10)), lastDayOfMonth(year, month));
  return isoDate(year, month, day);
}

export const yearCarry: Refiner = (candidates, context) => {
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const previous = out[out.length - 1];
    const month = candidate.parts?.month;
    const previousMonth = previous?.parts?.month;
    if (
      previous === undefined || month === undefined || previousMonth === undefined ||
      candidate.parts?.year !== undefined || candidate.from === null || candidate.to === null || previous.to === null ||
      !CARRIES.has(candidate.matcher) || candidate.start - previous.end > MAX_GAP ||
      context.text.slice(previous.end, candidate.start).includes("\n")
    ) {
      out.push(candidate);
      continue;
    }
    const expected = Number(previous.to.slice(0, 4)) + (month < previousMonth ? 1 : 0);
    const delta = expected - Number(candidate.from.slice(0, 4));
    out.push(delta === 0 ? candidate : { ...candidate, from: shiftYear(candidate.from, delta), to: shiftYear(candidate.to, delta) });
  }
  return out;
};
