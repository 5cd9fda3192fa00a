import { fromMatch } from "../_candidate.js";
import { addDays, dayIso, mondayOf, single, weekday as weekdayOf } from "../resolve.js";
import type { Matcher } from "../_types.js";

/**
 * Weeks and weekdays relative to the reference day (weeks run Monday–Sunday): "下周三", "本周五", "上周一",
 * "这个星期一", "周日" (a bare weekday: the next one on or after the reference day), "下周", "下下周". Not "每周一" (dropped by the frequency filter) nor "一周一次"/"二周".
 */
const PATTERN =
  /(?:(?<rel>下下个|上上个|下下|上上|下个|上个|下一个|上一个|下一|上一|这一|这个|本|这|今|下|上)(?:周|星期|礼拜)(?:的?(?:周|星期|礼拜))?(?<wd>[一二三四五六日天](?!十)|[1-7](?![0-9]))?|(?<![0-9一二两三四五六七八九十几每个半多数])(?:周|星期|礼拜)(?<bwd>[一二三四五六日天](?![十年]))|(?<![0-9一二两三四五六七八九十几每个半多数])(?:星期|礼拜)(?<bwd2>[1-7])(?![0-9]))/gu;

const WEEKDAY: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7,
};

function weekShift(rel: string | undefined): number {
  if (rel === undefined) return 0;
  if (rel.startsWith("下下")) return 2;
  if (rel.startsWith("上上")) return -2;
  if (rel.startsWith("下")) return 1;
  if (rel.startsWith("上")) return -1;
  return 0;
}

export const weekday: Matcher = {
  name: "weekday",
  pattern: PATTERN,
  trigger: { lead: "下上这本今周星礼", key: "周星礼", before: "下上个一这本今" },
  extract: (match, context) => {
    const g = match.groups ?? {};
    const wdRaw = g.wd ?? g.bwd ?? g.bwd2;
    if (context.reference === null) {
      return fromMatch(match, "weekday", { interval: null, grain: wdRaw === undefined ? "week" : "day" });
    }
    const monday = addDays(mondayOf(dayIso(context.reference)), 7 * weekShift(g.rel));
    if (wdRaw === undefined) {
      return fromMatch(match, "weekday", { interval: { from: monday, to: addDays(monday, 6) }, grain: "week" });
    }
    const wd = WEEKDAY[wdRaw] ?? 1;
    if (g.rel === undefined) {
      // a bare weekday is the next one on or after the reference day (chrono's forwardDate, Recognizers)
      const ref = dayIso(context.reference);
      const ahead = (wd - weekdayOf(ref) + 7) % 7;
      return fromMatch(match, "weekday", { interval: single(addDays(ref, ahead)), grain: "day" });
    }
    return fromMatch(match, "weekday", { interval: single(addDays(monday, wd - 1)), grain: "day" });
  },
};
