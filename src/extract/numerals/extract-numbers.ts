import type { NumberMention } from "../../types.js";
import { numeralPattern } from "./chars.js";
import { NON_NUMERIC_WORDS } from "./non-numeric-words.js";
import { parseChineseNumber } from "./parse-chinese-number.js";

/** Two adjacent digits that mean "about N to N+1": 两三个, 三五天, 七八十. */
const PAIR = "(?<pair>(?<![一二两三四五六七八九十])(?:一两|两三|二三|三四|三五|四五|五六|六七|七八|八九)(?![一二三四五六七八九]))";
const RANGE_SEPARATOR = "(?:到|至|~|～|-|—|－|–)";

/**
 * Alternatives in priority order at one position (leftmost match wins, then the first alternative).
 * Each numeral is a maximal run (numeralPattern never starts inside a run), so scanning is linear.
 */
const NUMBER_PATTERN = new RegExp(
  [
    `(?<percentWord>百分之${numeralPattern("pw")}(?:${RANGE_SEPARATOR}(?:百分之)?${numeralPattern("pwMax")})?)`,
    `(?<fraction>${numeralPattern("den")}分之${numeralPattern("num")})`,
    `(?<ordinal>第${numeralPattern("ord")})`,
    PAIR,
    `(?<range>${numeralPattern("lo")}[%％]?${RANGE_SEPARATOR}${numeralPattern("hi")}(?<rangePercent>[%％])?)`,
    `(?<approxTens>${numeralPattern("tens")}(?:几|多|余)(?<approxBig>[十百千万亿])?)`,
    `(?<fewTens>几(?<fewUnit>[十百千万]))`,
    `(?<plain>${numeralPattern("n")}(?<points>个百分点)?(?<percentSign>[%％])?)`,
  ].join("|"),
  "gu",
);

/** Start/end of every non-number word occurrence, so "一些", "进一步" are skipped. */
function nonNumericSpans(text: string): ReadonlyArray<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  for (const word of NON_NUMERIC_WORDS) {
    let at = text.indexOf(word);
    while (at >= 0) {
      spans.push([at, at + word.length]);
      at = text.indexOf(word, at + 1);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

function insideAny(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.[0] ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  // spans starting at or before `start`; words are short, so look back a few entries
  for (let i = lo - 1; i >= 0 && i >= lo - 12; i -= 1) {
    const s = spans[i];
    if (s && s[0] <= start && s[1] >= end) return true;
  }
  return false;
}

const PAIR_VALUES: Readonly<Record<string, readonly [number, number]>> = {
  一两: [1, 2], 两三: [2, 3], 二三: [2, 3], 三四: [3, 4], 三五: [3, 5], 四五: [4, 5], 五六: [5, 6], 六七: [6, 7], 七八: [7, 8], 八九: [8, 9],
};

function toMention(m: RegExpExecArray): NumberMention | null {
  const g = m.groups ?? {};
  const base = { text: m[0], start: m.index, end: m.index + m[0].length };
  const num = (s: string | undefined): number | null => (s === undefined ? null : parseChineseNumber(s));
  if (g.percentWord !== undefined) {
    const value = num(g.pw);
    if (value === null) return null;
    const max = num(g.pwMax);
    return { ...base, value, max, kind: max === null ? "percent" : "range" };
  }
  if (g.fraction !== undefined) {
    const den = num(g.den);
    const top = num(g.num);
    if (den === null || top === null || den === 0) return null;
    return { ...base, value: Number(((top / den) * 100).toPrecision(12)), max: null, kind: "percent" };
  }
  if (g.ordinal !== undefined) {
    const value = num(g.ord);
    return value === null ? null : { ...base, value, max: null, kind: "ordinal" };
  }
  if (g.pair !== undefined) {
    const pair = PAIR_VALUES[g.pair];
    return pair ? { ...base, value: pair[0], max: pair[1], kind: "range", approximate: true } : null;
  }
  if (g.range !== undefined) {
    const lo = num(g.lo);
    const hi = num(g.hi);
    if (lo === null || hi === null || hi < lo) return null;
    return { ...base, value: lo, max: hi, kind: "range" };
  }
  if (g.approxTens !== undefined) {
    const value = num(g.tens);
    if (value === null) return null;
    const big = g.approxBig === undefined ? 1 : (parseChineseNumber(g.approxBig) ?? 1);
    return { ...base, value: value * big, max: null, kind: "number", approximate: true };
  }
  if (g.fewTens !== undefined) {
    const unit = parseChineseNumber(g.fewUnit ?? "") ?? 10;
    return { ...base, value: unit, max: unit * 9, kind: "range", approximate: true };
  }
  const value = num(g.n);
  if (value === null) return null;
  const percent = g.points !== undefined || g.percentSign !== undefined;
  return { ...base, value, max: null, kind: percent ? "percent" : "number" };
}

/**
 * Every number mentioned in `text`, converted per span (offsets into `text`, never rewritten):
 * plain numbers, percents (百分之九十五, 95%, 十分之一 → 10), ordinals (第三批), ranges (一到两次, 1-2篇,
 * 两三个) and approximations (十几, 二十多). Sorted by start, then end.
 */
export function extractNumbers(text: string): NumberMention[] {
  const skip = nonNumericSpans(text);
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER_PATTERN)) {
    const mention = toMention(m as RegExpExecArray);
    if (mention === null) continue;
    if (mention.kind === "number" && insideAny(skip, mention.start, mention.end)) continue;
    out.push(mention);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
