import { addDays } from "../resolve.js";
import type { Candidate, Refiner } from "../_types.js";

/**
 * "2020年9月1日(星期二)", "9月1日周二": a weekday written after a day restates it; it joins the day's span
 * and the day's values are kept (the weekday alone would need a reference day).
 *
 * "第18周周三", "12月第二周星期五", "开学第一周周一": a bare weekday written after one week names that week's day; it joins
 * the week's span and the interval becomes the day (weeks run Monday–Sunday). Not after a run of weeks ("第3—5周周三" is
 * every Wednesday of them): that stays as it was.
 */
const OPEN = /^[ \t]*[(（]?[ \t]*$/u;
const CLOSE = /^[ \t]*[)）]/u;
const BARE_WEEKDAY = /^(?:周|星期|礼拜)([一二三四五六日天1-7])$/u;
const WEEKDAY: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7,
};

/** The day `weekday` names inside `week` when week is one Monday–Sunday week; undefined otherwise. */
function dayOfWeek(week: Candidate, weekday: Candidate): string | undefined {
  if (week.grain !== "week" || week.from === null || week.to === null || addDays(week.from, 6) !== week.to) return undefined;
  const wd = BARE_WEEKDAY.exec(weekday.text)?.[1];
  const n = wd === undefined ? undefined : WEEKDAY[wd];
  return n === undefined ? undefined : addDays(week.from, n - 1);
}

export const weekdayAttach: Refiner = (candidates, context) => {
  const out: Candidate[] = [];
  for (const candidate of candidates) {
    const last = out[out.length - 1];
    const near = last !== undefined && candidate.start - last.end <= 2;
    const between = near ? context.text.slice(last.end, candidate.start) : "";
    const attaches = near && candidate.matcher === "dates/weekday" && OPEN.test(between);
    const day = attaches ? dayOfWeek(last, candidate) : undefined;
    if (attaches && (last.grain === "day" || day !== undefined)) {
      const close = between.trim().length > 0 ? CLOSE.exec(context.text.slice(candidate.end, candidate.end + 3)) : null;
      const end = candidate.end + (close ? close[0].length : 0);
      const text = context.text.slice(last.start, end);
      out[out.length - 1] = day === undefined ? { ...last, end, text } : { ...last, end, text, from: day, to: day, grain: "day" };
    } else {
      out.push(candidate);
    }
  }
  return out;
};
