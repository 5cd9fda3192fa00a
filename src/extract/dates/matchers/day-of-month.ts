import { fromMatch } from "../_candidate.js";
import { addMonths, dayInterval } from "../resolve.js";
import type { Matcher } from "../_types.js";

/**
 * A day of the month alone, "29日" / "29号", resolved in the reference day's month. Not document numbers
 * ("〔2020〕13号", "1号文件"), house numbers or ordinals ("第3号"), nor "5日内" (a duration: within five days).
 */
const PATTERN = /(?<![0-9.〕\]）)第月年期])(?<day>3[01]|[12][0-9]|0?[1-9])(?<suffix>日|号)(?![0-9楼院线路令文件码位栋室车床]|之内|以内|内)/gu;

export const dayOfMonth: Matcher = {
  name: "day-of-month",
  pattern: PATTERN,
  trigger: { lead: "0-9", key: "日号", before: "0-9" },
  extract: (match, context) => {
    const day = Number(match.groups?.day);
    const ref = context.reference;
    // a day the reference month lacks (29日 in February 2018) is the next month's
    const next = ref ? addMonths(ref.year, ref.month, 1) : null;
    const interval = ref && next ? (dayInterval(ref.year, ref.month, day) ?? dayInterval(next.year, next.month, day)) : null;
    return fromMatch(match, "day-of-month", { interval, grain: "day", parts: { day } });
  },
};
