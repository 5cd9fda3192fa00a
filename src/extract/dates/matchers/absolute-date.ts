import { fromMatch } from "../_candidate.js";
import { readCalendarNumber } from "../_numerals.js";
import { CONNECTOR, DAY, MONTH, RELATIVE_YEAR, SHORT_YEAR, YEAR, YEAR_LEAD, SHORT_YEAR_LEAD, RELATIVE_YEAR_LEAD, MONTH_LEAD, YEAR_CHARS, MONTH_CHARS, RELATIVE_YEAR_CHARS, NOT_AFTER_NUMBER } from "../_patterns.js";
import { readWrittenYear } from "../_year-group.js";
import { dayInterval, span, yearForMonth } from "../resolve.js";
import type { Matcher } from "../_types.js";

/**
 * A day with its month: "2021年1月29日", "十一月十日", "9月1号", "2020年9月21日—25日", "9月28日至10月8日",
 * "10月22" (no 日 at the end of a phrase). The year comes from the text, else from the anchor/reference.
 */
const PATTERN = new RegExp(
  `(?<!第|(?:周|拜|星期)(?=[一二三四五六七日天1-7](?![0-9])))${NOT_AFTER_NUMBER}(?:(?<year>${YEAR})\\s*年[，,]?\\s*|(?<shortYear>${SHORT_YEAR})\\s*年\\s*(?=${MONTH}\\s*月)|(?<relYear>${RELATIVE_YEAR}))?` +
    `(?<month>${MONTH})\\s*月\\s*(?<day>${DAY})(?:(?<daySuffix>\\s*[日号])|(?![0-9]))` +
    `(?:\\s*${CONNECTOR}\\s*(?:(?<month2>${MONTH})\\s*月\\s*)?(?<day2>${DAY})\\s*[日号])?`,
  "gu",
);

export const absoluteDate: Matcher = {
  name: "absolute-date",
  pattern: PATTERN,
  trigger: {
    lead: `${YEAR_LEAD}${SHORT_YEAR_LEAD}${RELATIVE_YEAR_LEAD}${MONTH_LEAD}`,
    key: "月",
    before: `${YEAR_CHARS}${MONTH_CHARS}${RELATIVE_YEAR_CHARS}年，,\\s`,
  },
  extract: (match, context) => {
    const g = match.groups ?? {};
    const month = readCalendarNumber(g.month ?? "");
    const day = readCalendarNumber(g.day ?? "");
    // "9月1" with no 日 and no range: only when the phrase ends there (not "9月1次")
    if (g.daySuffix === undefined && g.day2 === undefined) {
      const next = context.text.charAt(match.index + match[0].length);
      if (/[0-9〇零一二两三四五六七八九十百千万个次项名人节篇届期号日月年周天%.]/u.test(next)) return null;
    }
    const written = readWrittenYear(g, context);
    const year = written ? written.year : yearForMonth(month, context);
    const placeholder = written?.placeholder ?? false;
    const first = year === null ? null : dayInterval(year, month, day);
    // 2月30日 (or 2月29日 in a common year): a date expression that names no day → from/to null
    let interval = first;
    if (g.day2 !== undefined) {
      const month2 = g.month2 === undefined ? month : readCalendarNumber(g.month2);
      const day2 = readCalendarNumber(g.day2);
      const year2 = year === null ? null : month2 < month ? year + 1 : year;
      interval = year2 === null ? null : span(first, dayInterval(year2, month2, day2));
    }
    return fromMatch(match, "absolute-date", {
      interval,
      grain: "day",
      placeholder,
      parts: written?.explicit && written.year !== null ? { year: written.year, month, day } : { month, day },
    });
  },
};
