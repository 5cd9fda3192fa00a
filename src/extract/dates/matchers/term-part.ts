import { fromMatch } from "../_candidate.js";
import { readCalendarNumber, readYear } from "../_numerals.js";
import { COUNT, isPlaceholderYear, NOT_AFTER_NUMBER, YEAR, YEAR_CHARS, YEAR_LEAD } from "../_patterns.js";
import { addDays, addMonths, currentTerm, shiftTerm, single, span, termMonth, termRange, termWeek, toDay } from "../resolve.js";
import { isoDate, lastDayOfMonth } from "../school-calendar.js";
import type { Anchor } from "../../../types.js";
import type { DateContext, Matcher } from "../_types.js";

/**
 * Points of the plan's term: "学期初", "期初", "开学初" (first month), "期中" (third month), "期末", "学期末"
 * (last month), "学期结束" (last month), "上半学期" (first three months), "下半学期" (the rest), "半期" (= 期中), "开学前" (due by the first day: deadline), "开学时", "开学后" (first month),
 * "学期中期", "学期中段", "学期中间" and a "学期中" listed with other points ("学期初、学期中、学期末"; not "本学期中", "新学期中":
 * during the term) (= 期中), "开学第一天", "开学当天", "开学首日" (the first day), "开学第三天" (two days on), "开学" before a range
 * connector ("开学至10月底": the first day, merge-ranges makes the range), "开学二周后" (week 3), "开学前一周", "开学前三天" (that long before the first day: a point; "开学前一周内" up to its eve), "开学后一周" and "开学一周内" (weeks 1–1), "开学一个月内" (the first month), "开学第2周" and "开学后第2周" (week 2: 后 does not shift
 * an ordinal week), "(每期|学期)结束前一个月/两周/十天" (that long
 * before the term's last day); "期末前一周", "期末考试前两周", "学期末前十天" likewise (期末 is where the term ends; the
 * week before it is no longer the whole last month, nor a due point without a completion verb).
 * "开学前后" is around the first day: that day, not a due point; "期中考试前后" is 期中 (the exam's name joins only before a
 * 前 that is not 前后, which is no due point).
 * "春季开学后", "秋季开学前" are about the term the season names (namedTerm below), "2020年秋季开学初" the autumn term of 2020,
 * "下学期开学前", "寒假开学前", "暑假开学" the term that opening starts (openedTerm below); "开学伊始" = 开学初, "学期伊始" =
 * 学期初; "开学一个月后" is the term's second month.
 * 期中/期末 must not be the tail of another word (时期中, 假期末 …). "期末考试前", "期中检测前": the exam's name joins the span
 * only when a 前 follows (deadline-marking then makes it a due point); "期末考试" alone stays "期末", as the gold quotes it.
 */
const PATTERN = new RegExp(
  `(?:(?:(?<endOf>每期|本?学期)(?:结束|末)|(?<![时假周长短星日同定延近到预为分初学后前上下中远工刑任限学])期末(?:考试|检测|测试|考)?)前(?<endN>${COUNT})(?:个)?(?<endUnit>周|星期|月|天)|(?<halfTerm>[上下前后])半学期|学期(?<te>初(?![中一二三级])|伊始|末(?!考)|结束|中[期段间]|(?<![本这该此上下每一整全个半在新]学期)中(?=[、，,和与及或；;]))|(?<![上下前后大小多一两每])半期(?<half>)(?![内间])|(?<![时假周长短星日同定延近到预为分初学后前上下中远工刑任限学])期(?<pe>初|中|末)(?![期国])(?:(?:考试|检测|测试|考)(?=[之以]?前(?!后)))?|` +
    `(?:(?:${NOT_AFTER_NUMBER}(?<year>${YEAR})\\s*年\\s*)?(?<season>[春秋]季)|(?<namer>下学期|[寒暑]假后?))?开学(?:(?<n>${COUNT})(?:个)?(?:周|星期)后|前(?<beforeN>${COUNT})(?:个)?(?<beforeUnit>周|星期|天)|(?<monthsAfter>${COUNT})个?月[以之]?后|后(?<within>${COUNT})(?:个)?(?:周|星期)|后?(?<inside>${COUNT})(?:个)?(?:周|星期)(?=[之以]?内)|后?(?<insideMonths>${COUNT})个?月(?=[之以]?内)|后?第(?<wk>${COUNT})(?:周|个?星期)|第(?<dayN>${COUNT})[天日]|(?<oe>前后|前|初|伊始|时|后|当天|首日)|(?<bare>)(?=\\s*(?:起|开始)?\\s*(?:至|到(?![校岗位])|[—–~～-]))))`,
  "gu",
);

/** 内, 之内, 以内 right after: "开学前一周内" is a stretch, not a point. */
const WITHIN_AFTER = /^[之以]?内/u;

export const termPart: Matcher = {
  name: "term-part",
  pattern: PATTERN,
  trigger: {
    lead: `上下前后学半期开每本春秋寒暑${YEAR_LEAD}`,
    key: "期开",
    before: `上下前后半学每本春秋季寒暑假${YEAR_CHARS}年\\s`,
  },
  extract: (match, context) => {
    const g = match.groups ?? {};
    if (isPlaceholderYear(g.year)) return fromMatch(match, "term-part", { interval: null, grain: "day", placeholder: true });
    const term = openedTerm(g, context);
    // 学期中期 / 学期中段 / 学期中间 are 期中
    const edge = g.half !== undefined || g.te?.startsWith("中") === true ? "中" : (g.te ?? g.pe ?? g.oe);
    if (g.endN !== undefined) {
      // a point before the term's last day: "每期结束前一个月" is one month before it (not a due point: no 前 after it)
      const n = readCalendarNumber(g.endN);
      const range = termRange(term);
      const days = g.endUnit === "天" ? n : g.endUnit === "月" ? null : 7 * n;
      const point = range === null ? null : days === null ? monthsBefore(range.to, n) : addDays(range.to, -days);
      return fromMatch(match, "term-part", { interval: point === null ? null : single(point), grain: "day" });
    }
    if (g.beforeN !== undefined) {
      // "开学前一周", "开学前三天": that long before the term's first day, a point like 学期结束前两周 (no 前 after it: not
      // a due point unless a completion verb follows)
      const range = termRange(term);
      const n = readCalendarNumber(g.beforeN);
      const point = range === null ? null : addDays(range.from, -(g.beforeUnit === "天" ? n : 7 * n));
      // "开学前一周内": the days from that point to the eve of the first day
      const end = match.index + match[0].length;
      const inside = WITHIN_AFTER.test(context.text.slice(end, end + 2));
      const interval = range === null || point === null ? null : inside ? { from: point, to: addDays(range.from, -1) } : single(point);
      return fromMatch(match, "term-part", { interval, grain: "day" });
    }
    if (g.n !== undefined) {
      const n = readCalendarNumber(g.n);
      return fromMatch(match, "term-part", { interval: termWeek(term, n + 1), grain: "week" });
    }
    if (g.within !== undefined || g.inside !== undefined) {
      const n = readCalendarNumber(g.within ?? g.inside ?? "");
      return fromMatch(match, "term-part", { interval: termWeek(term, 1, n), grain: "week" });
    }
    if (g.monthsAfter !== undefined) {
      // "开学一个月后": the term's second month, as 开学二周后 is its third week
      return fromMatch(match, "term-part", { interval: termMonth(term, readCalendarNumber(g.monthsAfter)), grain: "month" });
    }
    if (g.insideMonths !== undefined) {
      // "开学一个月内", "开学后两个月内": the term's first n months
      const n = readCalendarNumber(g.insideMonths);
      return fromMatch(match, "term-part", { interval: span(termMonth(term, 0), termMonth(term, n - 1)), grain: "month" });
    }
    if (g.wk !== undefined) {
      return fromMatch(match, "term-part", { interval: termWeek(term, readCalendarNumber(g.wk)), grain: "week" });
    }
    if (g.dayN !== undefined) {
      // "开学第一天": the term's first day; "开学第三天" two days after it
      const range = termRange(term);
      const n = readCalendarNumber(g.dayN);
      return fromMatch(match, "term-part", { interval: range === null || n < 1 ? null : single(addDays(range.from, n - 1)), grain: "day" });
    }
    if (g.bare !== undefined) {
      // "开学至10月底": the term's first day, the start of a range (merge-ranges joins the two)
      const range = termRange(term);
      return fromMatch(match, "term-part", { interval: range && single(range.from), grain: "day" });
    }
    if (g.halfTerm !== undefined) {
      const first = g.halfTerm === "上" || g.halfTerm === "前";
      const interval = first ? span(termMonth(term, 0), termMonth(term, 2)) : span(termMonth(term, 3), termMonth(term, -1));
      return fromMatch(match, "term-part", { interval, grain: "period" });
    }
    const range = termRange(term);
    switch (edge === "结束" ? "末" : edge) {
      case "前":
        return fromMatch(match, "term-part", { interval: range && single(range.from), grain: "day", deadline: true });
      case "前后": // "开学前后": around the first day, not a due point
      case "时":
      case "当天":
      case "首日":
        return fromMatch(match, "term-part", { interval: range && single(range.from), grain: "day" });
      case "中":
        return fromMatch(match, "term-part", { interval: termMonth(term, 2), grain: "month" });
      case "末":
        return fromMatch(match, "term-part", { interval: termMonth(term, -1), grain: "month" });
      default: // 初, 伊始, 后
        return fromMatch(match, "term-part", { interval: termMonth(term, 0), grain: "month" });
    }
  },
};

/** The ISO day `n` months before `iso` (the month's last day when it has fewer days: 03-31 − 1 month = 02-28/29). */
function monthsBefore(iso: string, n: number): string {
  const day = toDay(iso);
  const { year, month } = addMonths(day.year, day.month, -n);
  return isoDate(year, month, Math.min(day.day, lastDayOfMonth(year, month)));
}

/**
 * The term whose opening (开学) the match names: "2021年春季开学" that year's spring term; "春季开学" as namedTerm reads it;
 * "下学期开学前" the next term; "寒假开学", "寒假后开学" the spring term after the winter break, "暑假开学" the autumn term
 * (an autumn-2020 plan's 寒假开学前 is 2021-02-01, not its own 2020-09-01); otherwise the plan's term.
 */
function openedTerm(g: Readonly<Record<string, string | undefined>>, context: DateContext): Anchor | null {
  if (g.season !== undefined) {
    const kind = g.season.startsWith("春") ? "spring" : "autumn";
    const year = g.year === undefined ? Number.NaN : readYear(g.year);
    if (g.year !== undefined) return Number.isNaN(year) ? null : { year, term: kind };
    return namedTerm(g.season, context);
  }
  if (g.namer === undefined) return currentTerm(context);
  if (g.namer === "下学期") {
    const current = currentTerm(context);
    return current === null ? null : shiftTerm(current, 1);
  }
  return namedTerm(g.namer.startsWith("寒") ? "春" : "秋", context);
}

/**
 * "春季开学后", "秋季开学前": the start of the term the season names, the plan's own term or the next one of that season
 * (an autumn-2020 plan's 春季开学 is February 2021, a spring-2021 plan's 秋季开学 September 2021), or that season in the
 * plan's calendar year for a year plan.
 */
function namedTerm(season: string, context: DateContext): Anchor | null {
  const kind = season.startsWith("春") ? "spring" : "autumn";
  const anchor = context.anchor;
  if (anchor && anchor.year !== null && anchor.term === "year") return { year: anchor.year, term: kind };
  const current = currentTerm(context);
  if (current === null) return null;
  return current.term === kind ? current : shiftTerm(current, 1);
}
