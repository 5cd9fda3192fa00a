/** Regex source fragments shared by the matchers (no capture groups: matchers name their own). */

/** A four-digit year: digits, Chinese digits, or a template placeholder (20xx, xx, XXXX). */
export const YEAR = "(?:[12]\\d{3}|[一二][〇零○一二三四五六七八九]{3}|(?:20|19|二〇|二零)?[xX×Ｘ]{2}|[xX×Ｘ]{4})";

/** A two-digit year ("15年3月", "零七年八月"): only ever used right before a month. */
export const SHORT_YEAR = "(?:\\d{2}|[〇零一二三四五六七八九]{2})";

/** "15" → 2015, "98" → 1998 (00–49 → 20xx, 50–99 → 19xx). */
export function expandShortYear(value: number): number {
  return value < 50 ? 2000 + value : 1900 + value;
}

/**
 * A month 1–12 in digits or Chinese (十一/十二 before 十 so that 十一月 stays November), or 元月 (January) where 元 opens the
 * phrase: at the start, after a non-Han character or after 年 and the prepositions a date follows (于, 在, 至 …) — not the
 * 元 of 单元月考, 万元月薪, 状元.
 */
export const MONTH = "(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|(?<=^|[^\\u4e00-\\u9fff]|[年于在至到及和与从自])元)";

/** A day 1–31 in digits or Chinese. */
export const DAY = "(?:3[01]|[12][0-9]|0?[1-9]|[二三]十[一二三四五六七八九]?|廿[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])";

/** A small count (weeks, terms): digits or Chinese. */
export const COUNT = "(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})";

/** Range connectors: dashes, tildes, 至, 到. */
export const CONNECTOR = "(?:[—–\\-~～]{1,2}|至|到)";

/**
 * A lookbehind: not right after a digit, nor after a "." that follows a number ("2020.9月", "3.5"), except the "." of
 * list numbering, 1–2 digits at the start or after a non-digit ("1.9月中下旬开展…", "3.2021年1月28日前…": item 1,
 * September). The matchers that read a year or month put it where their match starts.
 */
export const NOT_AFTER_NUMBER = "(?<![0-9])(?<!(?<!(?:^|[^0-9.])[0-9]{1,2})\\.)";

/** Relative years written before a month (今年3月底). */
export const RELATIVE_YEAR = "(?:今年|明年|去年|前年|后年|本年)";

/** true when a year group holds a template placeholder (20xx, XX …). */
export function isPlaceholderYear(raw: string | undefined): boolean {
  return raw !== undefined && /[xX×Ｘ]/.test(raw);
}

/** 今年 → 0, 明年 → 1, 去年 → -1, 前年 → -2, 后年 → 2. */
export const RELATIVE_YEAR_OFFSET: Readonly<Record<string, number>> = {
  今年: 0, 本年: 0, 本年度: 0, 下年度: 1, 上年度: -1, 上年: -1, 下年: 1, 次年: 1, 明年: 1, 去年: -1, 前年: -2, 后年: 2,
};

/**
 * Leads (character-class bodies of the characters a fragment can start with), for Matcher.trigger.lead
 * (./_find-matches.ts). A lead may hold more, never less.
 */
export const YEAR_LEAD = "12一二xX×Ｘ";
export const SHORT_YEAR_LEAD = "0-9〇零一二三四五六七八九";
export const MONTH_LEAD = "0-9十一二三四五六七八九元";
export const RELATIVE_YEAR_LEAD = "今明去前后本";

/**
 * Every character a fragment can hold, as character-class bodies, for Matcher.trigger.before (./_find-matches.ts).
 * Like leads, they may hold more, never less.
 */
export const YEAR_CHARS = "0-9〇零○一二三四五六七八九xX×Ｘ";
export const MONTH_CHARS = "0-9十一二三四五六七八九元";
export const RELATIVE_YEAR_CHARS = "今明去前后本年";
export const CONNECTOR_CHARS = "—–\\-~～至到";
/** The connector characters one by one (a trigger key). */
export const CONNECTOR_KEY = "—–-~～至到";
