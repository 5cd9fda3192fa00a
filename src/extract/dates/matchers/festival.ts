import { fromSpan } from "../_candidate.js";
import { NOT_AFTER_NUMBER, RELATIVE_YEAR, RELATIVE_YEAR_CHARS, RELATIVE_YEAR_LEAD, YEAR, YEAR_CHARS, YEAR_LEAD } from "../_patterns.js";
import { readWrittenYear } from "../_year-group.js";
import { dayInterval, single, toDay, yearForMonth } from "../resolve.js";
import { isoDate } from "../school-calendar.js";
import type { Matcher, WrittenParts } from "../_types.js";
import { LUNAR_FESTIVAL_DAYS, LUNAR_FIRST_YEAR } from "../data/lunar-festival-days.js";

/** Fixed-date festivals a school plan schedules around: 元旦, 教师节, 国庆节, 六一儿童节 … (清明 is taken as Apr 4). */
const FESTIVALS: Readonly<Record<string, readonly [number, number]>> = {
  元旦: [1, 1], 元旦节: [1, 1], 教师节: [9, 10], 国庆: [10, 1], 国庆节: [10, 1], 儿童节: [6, 1], 六一儿童节: [6, 1],
  六一: [6, 1], 劳动节: [5, 1], 五一劳动节: [5, 1], 青年节: [5, 4], 五四青年节: [5, 4], 妇女节: [3, 8], 三八妇女节: [3, 8],
  植树节: [3, 12], 建党节: [7, 1], 建军节: [8, 1], 圣诞节: [12, 25], 平安夜: [12, 24], 情人节: [2, 14], 愚人节: [4, 1],
  万圣节: [10, 31], 光棍节: [11, 11], 双十一: [11, 11], 清明节: [4, 4], 清明: [4, 4], 五一: [5, 1], 十一: [10, 1],
};

/**
 * Lunar festivals: the table each is read from, and the Gregorian month that picks its year, as a month does (an
 * autumn-2020 plan's 春节 is 2021-01-25 … 02-12, its 中秋 2020-10-01). Days come from data/lunar-festival-days.ts.
 */
const LUNAR: Readonly<Record<string, readonly [keyof typeof LUNAR_FESTIVAL_DAYS, number]>> = {
  春节: ["春节", 1], 元宵: ["元宵", 2], 元宵节: ["元宵", 2], 端午: ["端午", 5], 端午节: ["端午", 5],
  中秋: ["中秋", 9], 中秋节: ["中秋", 9], 重阳: ["重阳", 10], 重阳节: ["重阳", 10],
};

/**
 * The names start with a lead character; every name holds a rare key character (节 of 教师节, 旦 of 元旦, 五 of 五一 …)
 * and only `before` characters ahead of it: common keys such as 一, 年 or 师 would fire all over a plan. A written year
 * or 今年/明年 may come first ("2020年元旦" is 2020-01-01, whatever the plan's term).
 */
const TRIGGER = {
  lead: `十六五三元教国儿劳青妇植建圣平情愚万光双清春端中重${YEAR_LEAD}${RELATIVE_YEAR_LEAD}`,
  key: "节旦庆夜明六五双午秋宵阳假黄间",
  before: `三八妇女元教师国儿童劳动青年植树建党军圣诞平安情愚人万光棍清春端中重${YEAR_CHARS}${RELATIVE_YEAR_CHARS}年的十一小长放期\\s`,
};

/**
 * 十一 is National Day only before a holiday word (十一长假, 十一黄金周, 十一期间, 十一放假): elsewhere it is a number
 * (十一月, 第十一周, 二十一, 十一五期间). The holiday word is matched (it holds the trigger key) but not quoted, as 国庆假期
 * quotes 国庆; the day is 10-01, as 国庆 is (ANNOTATION gives holidays no span of their own).
 */
const NATIONAL_DAY_ELEVEN = "(?<![0-9一二三四五六七八九十百千第初高])十一(?=小?长假|黄金周|假期|放假|期间)";

/**
 * 节目 is a show, not a day ("迎春节目", "国庆节目" is a 国庆 show); 中秋 is not the 中 of 初中/高中 before 秋季, 秋游 …
 * ("高中秋季学期", "初中秋游").
 */
const PATTERN = new RegExp(
  `(?:(?:${NOT_AFTER_NUMBER}(?<year>${YEAR})\\s*年\\s*|(?<relYear>${RELATIVE_YEAR})的?)?` +
    `(?<name>六一儿童节|五一劳动节|五四青年节|三八妇女节|元旦节|元旦|教师节|国庆节|国庆|儿童节|劳动节|青年节|妇女节|植树节|建党节|建军节|圣诞节|平安夜|情人节|愚人节|万圣节|光棍节|双十一|清明节|清明|春节|元宵节|元宵|端午节|端午|(?<![高初])中秋节|(?<![高初])中秋(?![季学游收冬])|重阳节|重阳|(?<![0-9一二三四五六七八九十星期周拜])[六五]一(?![0-9一二三四五六七八九十班级中])` +
    `|${NATIONAL_DAY_ELEVEN}))(?<holiday>(?<=十一)(?:小?长假|黄金周|假期|放假|期间))?(?!目)`,
  "gu",
);

export const festival: Matcher = {
  name: "festival",
  pattern: PATTERN,
  trigger: TRIGGER,
  extract: (match, context) => {
    const g = match.groups ?? {};
    const name = g.name ?? "";
    const quoted = g.holiday === undefined ? match[0] : match[0].slice(0, match[0].length - g.holiday.length);
    const written = readWrittenYear(g, context);
    if (written?.placeholder === true) return fromSpan(match.index, quoted, "festival", { interval: null, grain: "day", placeholder: true });
    const md = FESTIVALS[name];
    if (md !== undefined) {
      const y = written === undefined ? yearForMonth(md[0], context) : written.year;
      const interval = y === null ? null : dayInterval(y, md[0], md[1]);
      return fromSpan(match.index, quoted, "festival", { interval, grain: "day", parts: writtenParts(written, interval?.from ?? null) });
    }
    const lunar = LUNAR[name];
    if (lunar === undefined) return null;
    const y = written === undefined ? yearForMonth(lunar[1], context) : written.year;
    const day = y === null ? null : lunarDay(y, lunar[0]);
    const interval = day === null ? null : single(day);
    return fromSpan(match.index, quoted, "festival", { interval, grain: "day", parts: writtenParts(written, day) });
  },
};

/**
 * What the year carry reads (refiners/year-carry.ts), as an absolute date gives it: a festival with a written year
 * carries it to the months after it ("2023年元旦…,1月5日" is 2023's); one with no year at all takes the year of a dated
 * range it follows. A relative year (明年元旦) carries nothing, like 明年1月.
 */
function writtenParts(written: ReturnType<typeof readWrittenYear>, day: string | null): WrittenParts | undefined {
  if (day === null) return undefined;
  const { month, day: dayOfMonth } = toDay(day);
  if (written === undefined) return { month, day: dayOfMonth };
  return written.explicit && written.year !== null ? { year: written.year, month, day: dayOfMonth } : undefined;
}

/** The ISO day of festival `name` (as the text writes it, no year) in `year`; null for another name or outside the table. */
export function festivalDay(name: string, year: number): string | null {
  const md = FESTIVALS[name];
  if (md !== undefined) return isoDate(year, md[0], md[1]);
  const lunar = LUNAR[name];
  return lunar === undefined ? null : lunarDay(year, lunar[0]);
}

/** The ISO day of a lunar festival in Gregorian year `year`, or null outside the table's years. */
function lunarDay(year: number, festival: keyof typeof LUNAR_FESTIVAL_DAYS): string | null {
  const monthDay = LUNAR_FESTIVAL_DAYS[festival][year - LUNAR_FIRST_YEAR];
  return monthDay === undefined ? null : isoDate(year, Math.floor(monthDay / 100), monthDay % 100);
}
