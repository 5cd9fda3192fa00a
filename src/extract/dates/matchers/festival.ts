import { fromMatch } from "../_candidate.js";
import { dayInterval, yearForMonth } from "../resolve.js";
import type { Matcher } from "../_types.js";

/** Fixed-date festivals a school plan schedules around: 元旦, 教师节, 国庆节, 六一儿童节 … (lunar ones are left out; 清明 is taken as Apr 4). */
const FESTIVALS: Readonly<Record<string, readonly [number, number]>> = {
  元旦: [1, 1], 元旦节: [1, 1], 教师节: [9, 10], 国庆: [10, 1], 国庆节: [10, 1], 儿童节: [6, 1], 六一儿童节: [6, 1],
  六一: [6, 1], 劳动节: [5, 1], 五一劳动节: [5, 1], 青年节: [5, 4], 五四青年节: [5, 4], 妇女节: [3, 8], 三八妇女节: [3, 8],
  植树节: [3, 12], 建党节: [7, 1], 建军节: [8, 1], 圣诞节: [12, 25], 平安夜: [12, 24], 情人节: [2, 14], 愚人节: [4, 1],
  万圣节: [10, 31], 光棍节: [11, 11], 双十一: [11, 11], 清明节: [4, 4], 清明: [4, 4], 五一: [5, 1],
};

/**
 * The names start with a lead character; every name holds a rare key character (节 of 教师节, 旦 of 元旦, 五 of 五一 …)
 * and only `before` characters ahead of it: common keys such as 一, 年 or 师 would fire all over a plan.
 */
const TRIGGER = {
  lead: "六五三元教国儿劳青妇植建圣平情愚万光双清",
  key: "节旦庆夜明六五双",
  before: "三八妇女元教师国儿童劳动青年植树建党军圣诞平安情愚人万光棍清",
};

const PATTERN =
  /(?<name>六一儿童节|五一劳动节|五四青年节|三八妇女节|元旦节|元旦|教师节|国庆节|国庆|儿童节|劳动节|青年节|妇女节|植树节|建党节|建军节|圣诞节|平安夜|情人节|愚人节|万圣节|光棍节|双十一|清明节|清明|(?<![0-9一二三四五六七八九十星期周拜])[六五]一(?![0-9一二三四五六七八九十班级中]))/gu;

export const festival: Matcher = {
  name: "festival",
  pattern: PATTERN,
  trigger: TRIGGER,
  extract: (match, context) => {
    const md = FESTIVALS[match.groups?.name ?? ""];
    if (md === undefined) return null;
    const y = yearForMonth(md[0], context);
    const interval = y === null ? null : dayInterval(y, md[0], md[1]);
    return fromMatch(match, "festival", { interval, grain: "day" });
  },
};
