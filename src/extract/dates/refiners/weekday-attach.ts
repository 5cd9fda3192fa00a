import type { Candidate, Refiner } from "../_types.js";

/**
 * "2020年9月1日(星期二)", "9月1日周二": a weekday written after a day restates it; it joins the day's span
 * and the day's values are kept (the weekday alone would need a reference day).
 */
const OPEN = /^[ \t]*[(（]?[ \t]*$/u;
const CLOSE = /^[ \t]*[)）]/u;

export const weekdayAttach: Refiner = (candidates, context) => {
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const last = out[out.length - 1];
    const near = last !== undefined && candidate.start - last.end <= 2;
    const between = near ? context.text.slice(last.end, candidate.start) : "";
    if (near && last.grain === "day" && candidate.matcher === "dates/weekday" && OPEN.test(between)) {
      const close = between.trim().length > 0 ? CLOSE.exec(context.text.slice(candidate.end, candidate.end + 3)) : null;
      const end = candidate.end + (close ? close[0].length : 0);
      out[out.length - 1] = { ...last, end, text: context.text.slice(last.start, end) };
    } else {
      out.push(candidate);
    }
  }
  return out;
};
