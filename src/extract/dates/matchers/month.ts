import { fromMatch, fromSpan } from "../_candidate.js";
import { readCalendarNumber } from "../_numerals.js";
import { CONNECTOR, MONTH, RELATIVE_YEAR, SHORT_YEAR, YEAR, YEAR_LEAD, SHORT_YEAR_LEAD, RELATIVE_YEAR_LEAD, MONTH_LEAD, YEAR_CHARS, MONTH_CHARS, RELATIVE_YEAR_CHARS, CONNECTOR_CHARS, NOT_AFTER_NUMBER } from "../_patterns.js";
import { readWrittenYear, type WrittenYear } from "../_year-group.js";
import { monthPart, span, yearForMonth } from "../resolve.js";
import type { IsoInterval } from "../school-calendar.js";
import type { Candidate, DateContext, Matcher } from "../_types.js";

/**
 * A month, a part of one, or a run of months: "9月", "9月份", "九月", "2020年9月", "今年3月底", "12月底",
 * "十二月月底", "3月上旬", "9—10月", "9、10月份" (consecutive months listed: one run), "xx年8月" (placeholder).
 * Not a grade: "初二月考", "高一月考" (a Chinese numeral after 初/高 names the grade; 月考 is the monthly test).
 * Policy: 月底/月初/月末 denote the whole month (ANNOTATION, HARD-CASES row 13); 上旬/中旬/下旬 are 1–10, 11–20, 21–end,
 * 上中旬 1–20 and 中下旬 11–end.
 */
/**
 * 上旬, 中旬, 下旬 and a run of them: "11月中下旬", "9月上、中旬", "11月中旬至下旬" (resolve.ts's monthPart spans from the
 * first to the last).
 */
const TEN_DAYS = `(?:上、?中|中、?下|上旬?\\s*${CONNECTOR}\\s*[中下]|中旬?\\s*${CONNECTOR}\\s*下|[上中下])旬`;

const PATTERN = new RegExp(
  `(?<!第|(?:周|拜|星期)(?=[一二三四五六七日天1-7](?![0-9])))${NOT_AFTER_NUMBER}(?:(?<year>${YEAR})\\s*年\\s*|(?<shortYear>${SHORT_YEAR})\\s*年\\s*(?=${MONTH}\\s*月)|(?<relYear>${RELATIVE_YEAR}))?` +
    `(?:(?<month>${MONTH})(?:\\s*${CONNECTOR}\\s*(?<month2>${MONTH})|(?<list>(?:、${MONTH})+))?|(?<pmonth>[xX×Ｘ]{1,2}))\\s*月(?:份)?` +
    `(?<part>${TEN_DAYS}|月底|月末|月初|底|末|初(?![中一二三级]))?`,
  "gu",
);

const FREQUENCY_AFTER = /^[一两二三四五六七八九十0-9]{1,3}[次节篇个]/u;
/** "一月内", "一月之内": within one month (a duration), not in January. */
const WITHIN_AFTER = /^[之以]?内/u;

export const month: Matcher = {
  name: "month",
  pattern: PATTERN,
  trigger: {
    lead: `${YEAR_LEAD}${SHORT_YEAR_LEAD}${RELATIVE_YEAR_LEAD}${MONTH_LEAD}xX×Ｘ`,
    key: "月",
    before: `${YEAR_CHARS}${MONTH_CHARS}${RELATIVE_YEAR_CHARS}${CONNECTOR_CHARS}年、\\s`,
  },
  extract: (match, context) => {
    const g = match.groups ?? {};
    const written = readWrittenYear(g, context);
    if (g.pmonth !== undefined) {
      return fromMatch(match, "month", { interval: null, grain: "month", placeholder: true });
    }
    // "初二月考", "高一月份": the grade 初二 / 高一, not February / January
    if (written === undefined && /^[一二三四五六七八九十]/u.test(g.month ?? "") && /[初高]$/u.test(context.text.slice(Math.max(0, match.index - 1), match.index))) {
      return null;
    }
    if (g.list !== undefined) {
      const run = listedRun(match, context.text, written === undefined);
      if (run === null) return listTail(match, context);
      return fromMatch(match, "month", {
        interval: runInterval(run.first, run.last, g.part, written, context),
        grain: "month",
        placeholder: written?.placeholder ?? false,
        parts: written?.explicit && written.year !== null ? { year: written.year, month: run.last } : { month: run.last },
      });
    }
    // "1月3至2月": a run of months cannot start right after another month's 月
    if (g.month2 !== undefined && context.text.charAt(match.index - 1) === "月") return null;
    // "一月一次", "两月一次": a frequency (once a month), not January; "一月内": within a month
    const after = context.text.slice(match.index + match[0].length, match.index + match[0].length + 4);
    if (/^[一两]$/u.test(g.month ?? "") && g.month2 === undefined && match[0].endsWith("月") && (FREQUENCY_AFTER.test(after) || WITHIN_AFTER.test(after))) {
      return null;
    }
    const first = readCalendarNumber(g.month ?? "");
    const last = g.month2 === undefined ? first : readCalendarNumber(g.month2);
    if (!(first >= 1 && first <= 12 && last >= 1 && last <= 12)) return null;
    return fromMatch(match, "month", {
      interval: runInterval(first, last, g.part, written, context),
      grain: "month",
      placeholder: written?.placeholder ?? false,
      parts: written?.explicit && written.year !== null ? { year: written.year, month: last } : { month: last },
    });
  },
};

/** The interval of months first..last (one month when equal), `part` applying to the last. */
function runInterval(first: number, last: number, part: string | undefined, written: WrittenYear | undefined, context: DateContext): IsoInterval | null {
  const year = written ? written.year : yearForMonth(first, context);
  if (year === null) return null;
  if (first === last) return monthPart(year, first, part);
  // an explicit year carries the run forward ("2020年11—1月" ends in 2021); otherwise each month
  // takes its own year from the anchor (autumn: 1月 is next year) unless that would run backwards
  const forward = last < first ? year + 1 : year;
  const anchored = written ? null : yearForMonth(last, context);
  // a run goes forward: in an autumn plan "1—3月" starts in the next year (1月 → 2021), so its 3月 is 2021's too,
  // not the anchor's 2020
  const lastYear = anchored === null || anchored * 12 + last < year * 12 + first ? forward : anchored;
  return span(monthPart(year, first, undefined), monthPart(lastYear, last, part));
}

/**
 * "9、10月份", "十一、十二月": months listed with 、 that follow each other are one run, first..last. null when they do
 * not follow each other ("3、6月": two separate months), or when the list opens a line with no year and starts before
 * September: there "二、三月份" is more likely item 二 of a spring calendar (items 1–6 hold February–July) than February
 * and March; a numbered list rarely reaches item 9 ("9、10月份：" opening a line is the months).
 */
function listedRun(match: RegExpExecArray, text: string, noYear: boolean): { first: number; last: number } | null {
  const months = [match.groups?.month ?? "", ...(match.groups?.list ?? "").split("、").slice(1)].map(readCalendarNumber);
  for (let i = 1; i < months.length; i += 1) {
    if (months[i] !== ((months[i - 1] as number) % 12) + 1) return null;
  }
  if (noYear && (months[0] as number) < 9) {
    let at = match.index - 1;
    while (at >= 0 && (text.charAt(at) === " " || text.charAt(at) === "\t" || text.charAt(at) === "\u3000")) at -= 1;
    if ((at < 0 || text.charAt(at) === "\n") && numberedLine(text, at + 1, match.index + match[0].length, match.groups?.month ?? "")) return null;
  }
  return { first: months[0] as number, last: months[months.length - 1] as number };
}

/** What a numbered line opens with: 1–2 digits or a Chinese numeral, then 、. */
const LINE_NUMBER = /^[ \t\u3000]*([0-9]{1,2}|[一二三四五六七八九十]{1,3})、/u;
/** A line that opens with a month: "5月份：", "五月：" (a month-by-month calendar). */
const LINE_MONTH = /^[ \t\u3000]*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月/u;
/** How far around the line its neighbours are looked for. */
const NEIGHBOURHOOD = 400;

/**
 * Whether "N、M月" opening a line (lineStart..matchEnd) is item N of a numbered list rather than months N–M: its
 * neighbours decide. Item N when the nearest line above that opens with a number in the same style (digits or Chinese)
 * is N−1, or the nearest below is N+1 ("一、二月份 … 二、三月份 … 三、四月份" in a spring calendar); the months when the
 * numbered lines around do not continue N ("3、4月份 … 5、6月份"), or, with none around, when the line above or below
 * opens with a month ("3、4月份：读书活动 / 5月份：…"). With nothing around, the list number (the older reading).
 */
function numberedLine(text: string, lineStart: number, matchEnd: number, first: string): boolean {
  const n = readCalendarNumber(first);
  const digits = /^[0-9]/u.test(first);
  const above = text.slice(Math.max(0, lineStart - NEIGHBOURHOOD), Math.max(0, lineStart - 1)).split("\n").reverse();
  const lineEnd = text.indexOf("\n", matchEnd);
  const below = lineEnd < 0 ? [] : text.slice(lineEnd + 1, lineEnd + 1 + NEIGHBOURHOOD).split("\n");
  const numberOf = (lines: readonly string[]): number | undefined => {
    for (const line of lines) {
      const raw = LINE_NUMBER.exec(line)?.[1];
      if (raw !== undefined && /^[0-9]/u.test(raw) === digits) return readCalendarNumber(raw);
    }
    return undefined;
  };
  const before = numberOf(above);
  const after = numberOf(below);
  if (before === n - 1 || after === n + 1) return true;
  if (before !== undefined || after !== undefined) return false;
  const nextLine = (lines: readonly string[]): string => lines.find((line) => line.trim() !== "") ?? "";
  return !(LINE_MONTH.test(nextLine(above)) || LINE_MONTH.test(nextLine(below)));
}

/** A list that is not one run: only its last month, with what follows it ("3、6月" keeps 6月, as before lists were read). */
function listTail(match: RegExpExecArray, context: DateContext): Candidate | null {
  const list = match.groups?.list ?? "";
  const cut = match[0].indexOf(list) + list.lastIndexOf("、") + 1;
  const tail = match[0].slice(cut);
  const last = readCalendarNumber(tail.replace(/月[\s\S]*$/u, "").trim());
  if (!(last >= 1 && last <= 12)) return null;
  const g = match.groups ?? {};
  return fromSpan(match.index + cut, tail, "month", {
    interval: runInterval(last, last, g.part, undefined, context),
    grain: "month",
    parts: { month: last },
  });
}
