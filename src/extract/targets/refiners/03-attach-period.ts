import type { Candidate, Refiner } from "../_types.js";
import { normalisePeriod } from "../periods.js";
import { ADJACENT_ONE_PERIODS, ONE_PERIODS, PERIODS, UNITS } from "../units.js";
import { enclosing, firstRunEndingAfter, lowerBound, type TextIndex } from "../_text-index.js";
import { occursAt, Words } from "../_words.js";
import { hasSubject } from "../_context.js";
import { charSet, classSet } from "../../../char-table.js";
import { NUMERAL_CLASS, parseChineseNumber } from "../../numerals/index.js";
import { PREFIX_COMPARATORS } from "../comparators.js";

/**
 * The period words are looked up in place (no slicing, no regex per candidate). The forms read, as patterns:
 * every `每(隔)?(半|N{1,3})?(个)?PERIOD(?!(?<=年)级)` (N a digit of EVERY_COUNT: 每两周开展一次 is every 2 weeks), one
 * `(?<!第)一(个)?(学期|学年)`, adjacent `(每…PERIOD|一(个)?PERIOD)` ending at the number (after 一 only ADJACENT_ONE_PERIODS),
 * slash `[/／]PERIOD`. Alternatives are tried as a regex would: 半 or the longest numeral before none, 个 before
 * nothing, the longest period first.
 */
const PERIOD = new Words(PERIODS);
const ONE_PERIOD = new Words(ONE_PERIODS);
const ADJACENT_ONE_PERIOD = new Words(ADJACENT_ONE_PERIODS);
const EVERY = "每".charCodeAt(0);
const HALF = "半".charCodeAt(0);
const ONE = "一".charCodeAt(0);
const PIECE = "个".charCodeAt(0);
const GE = "隔".charCodeAt(0);
const ORDINAL = "第".charCodeAt(0);
const GRADE = "级".charCodeAt(0);
const SUBSET = "其中";
/** Clause ends that do not end the sentence (a 其中 clause continues the one before them). */
const CLAUSE_ONLY_END = charSet("，,；;");
/** Digits of the count between 每 and a period (每两周, 每3个月, 每十天): at most EVERY_COUNT_LENGTH of them. */
const EVERY_COUNT = charSet("一二两三四五六七八九十0123456789");
const EVERY_COUNT_LENGTH = 3;
const SLASH = "/".charCodeAt(0);
const FULL_WIDTH_SLASH = "／".charCodeAt(0);
const ADJACENT_WINDOW = 5;
const CLAUSE_WINDOW = 40;

const COMPARATOR = new Words(Object.keys(PREFIX_COMPARATORS));
const COMPARATOR_WINDOW = 6;
const IS_NUMERAL = classSet(NUMERAL_CLASS);

interface Found { readonly start: number; readonly end: number; readonly period: string; readonly count: number }

/** Whether `words` holds exactly text[from, to). */
function holdsExactly(words: Words, text: string, from: number, to: number): boolean {
  return from < to && words.endingAt(text, to, to - from)?.length === to - from;
}

/** Where the 个 after 每(count) can end: after 个, or right there. */
function measureEnds(text: string, at: number): number[] {
  return text.charCodeAt(at) === PIECE ? [at + 1, at] : [at];
}

/**
 * The counts 每(隔) can take at `at`, as [end, count], in the order a regex tries them: 半 (0.5), a numeral of
 * 1–EVERY_COUNT_LENGTH digits, longest first (每两周 → 2, 每一学期 → 1), then none (1).
 */
function everyCounts(text: string, at: number): Array<readonly [number, number]> {
  if (text.charCodeAt(at) === HALF) return [[at + 1, 0.5], [at, 1]];
  let end = at;
  while (end - at < EVERY_COUNT_LENGTH && EVERY_COUNT(text.charCodeAt(end))) end += 1;
  const counts: Array<readonly [number, number]> = [];
  for (let k = end; k > at; k -= 1) counts.push([k, parseChineseNumber(text.slice(at, k)) ?? 1]);
  counts.push([at, 1]);
  return counts;
}

/** `每(隔)?(半|N)?(个)?` + a period from PERIOD at `at`, within `limit`; `exactEnd`: the period must end at `limit`. */
function everyPeriodAt(text: string, at: number, limit: number, exactEnd: boolean): Found | null {
  if (text.charCodeAt(at) !== EVERY) return null;
  const countAt = text.charCodeAt(at + 1) === GE ? at + 2 : at + 1;
  for (const [countEnd, count] of everyCounts(text, countAt)) {
    for (const periodAt of measureEnds(text, countEnd)) {
      if (exactEnd) {
        if (holdsExactly(PERIOD, text, periodAt, limit)) return { start: at, end: limit, period: text.slice(periodAt, limit), count };
        continue;
      }
      const period = PERIOD.startingAt(text, periodAt, limit - periodAt);
      // 每个年级 / 每三个年级 count grades: 年级 is not a year
      if (period !== undefined && !(period.endsWith("年") && text.charCodeAt(periodAt + period.length) === GRADE)) return { start: at, end: periodAt + period.length, period, count };
    }
  }
  return null;
}

/** `一(个)?` + a period of `periods` at `at`, within `limit`; `exactEnd`: the period must end at `limit`. */
function onePeriodAt(text: string, at: number, limit: number, periods: Words, exactEnd: boolean): Found | null {
  if (text.charCodeAt(at) !== ONE) return null;
  const periodStarts = text.charCodeAt(at + 1) === PIECE ? [at + 2, at + 1] : [at + 1];
  for (const periodAt of periodStarts) {
    if (exactEnd) {
      if (holdsExactly(periods, text, periodAt, limit)) return { start: at, end: limit, period: text.slice(periodAt, limit), count: 1 };
      continue;
    }
    const period = periods.startingAt(text, periodAt, limit - periodAt);
    if (period !== undefined) return { start: at, end: periodAt + period.length, period, count: 1 };
  }
  return null;
}

/** The leftmost (so longest) 每X / 一X that ends right at `end`, starting at most ADJACENT_WINDOW before it. */
function adjacentPeriod(text: string, end: number): Found | null {
  for (let at = Math.max(0, end - ADJACENT_WINDOW); at < end; at += 1) {
    const found = everyPeriodAt(text, at, end, true) ?? onePeriodAt(text, at, end, ADJACENT_ONE_PERIOD, true);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The last 每X in [from, to), else the last 一学期/一学年, each scanning left to right with matches not
 * overlapping. A 每X starts at a 每 (TextIndex.every); a 一学期 at a 一 that ends a numeral run (个 or 学 follows).
 */
function lastEveryPeriod(text: string, index: TextIndex, from: number, to: number): Found | null {
  let last: Found | null = null;
  const { every, numeralRuns: runs } = index;
  for (let i = lowerBound(every, from); i < every.length && (every[i] as number) < to; i += 1) {
    const at = every[i] as number;
    if (last !== null && at < last.end) continue;
    last = everyPeriodAt(text, at, to, false) ?? last;
  }
  if (last !== null) return last;
  for (let r = firstRunEndingAfter(runs, from); r < runs.length && (runs[r + 1] as number) <= to; r += 2) {
    const at = (runs[r + 1] as number) - 1;
    if (last !== null && at < last.end) continue;
    // 第一学期 is the first term (a date), not "in one term"
    if (at > from && text.charCodeAt(at - 1) === ORDINAL) continue;
    last = onePeriodAt(text, at, to, ONE_PERIOD, false) ?? last;
  }
  return last;
}

/**
 * "每学期不少于15篇" → per 学期, the quote widens to hold 每学期 (it touches the comparator or number);
 * "一日不少于1小时" → per 天; "2节/年" → per 年; "每学期听课不得少于8次" → per 学期, quote unchanged;
 * "每半月提供一次" → per 月, perCount 0.5; "一学期…不少于3次" → per 学期. "本学期" is not a period.
 */
export const attachPeriod: Refiner = (candidates, { text, bounds }) => {
  const out: Candidate[] = [];
  for (const c of candidates) out.push(withPeriod(c, text, bounds));
  return out;
};

/**
 * "至少每周3次", "不少于每学期2次", "至少每周听课1节": a comparator right before the 每X of a plain quantity bounds the
 * quantity (the comparator refiner stops at 每): the candidate so bounded, with that period. null when no comparator
 * stands there, or another number stands between the period and the quantity.
 */
function boundByComparator(c: Candidate, text: string, period: Found): Candidate | null {
  if (c.comparator !== "=" || c.comparatorFixed || text.charCodeAt(period.start) !== EVERY) return null;
  const word = COMPARATOR.endingAt(text, period.start, COMPARATOR_WINDOW);
  if (word === undefined) return null;
  for (let at = period.end; at < c.start; at += 1) if (IS_NUMERAL(text.charCodeAt(at))) return null;
  return { ...c, start: period.start - word.length, comparator: PREFIX_COMPARATORS[word] ?? c.comparator, per: normalisePeriod(period.period), perCount: period.count };
}

function withPeriod(c: Candidate, text: string, bounds: TextIndex): Candidate {
  if (c.per !== null) return c;
  const adjacent = adjacentPeriod(text, c.start);
  if (adjacent !== null) {
    return boundByComparator(c, text, adjacent) ?? { ...c, start: adjacent.start, per: normalisePeriod(adjacent.period), perCount: adjacent.count };
  }
  const slash = text.charCodeAt(c.end) === SLASH || text.charCodeAt(c.end) === FULL_WIDTH_SLASH;
  const slashPeriod = slash ? PERIOD.startingAt(text, c.end + 1, 3) : undefined;
  if (slashPeriod !== undefined) {
    return { ...c, end: c.end + 1 + slashPeriod.length, per: normalisePeriod(slashPeriod), perCount: 1 };
  }
  const clause = enclosing(bounds.clause, bounds.length, c.start, c.end);
  const every = lastEveryPeriod(text, bounds, Math.max(clause.start, c.start - CLAUSE_WINDOW), c.start);
  const bound = every === null ? null : boundByComparator(c, text, every);
  if (bound !== null) return bound;
  const found = every ?? subsetPeriod(text, bounds, clause.start) ?? carriedPeriod(c, text, bounds, clause.start);
  return found === null ? c : { ...c, per: normalisePeriod(found.period), perCount: found.count };
}

/**
 * "每学期听课不少于15节，其中跨学科不少于3节": a clause opening with 其中 ("of which") counts part of the quantity
 * before it, so it takes the period of the clause before (in the same sentence), when that clause has one.
 */
function subsetPeriod(text: string, bounds: TextIndex, clauseStart: number): Found | null {
  if (!CLAUSE_ONLY_END(text.charCodeAt(clauseStart - 1)) || !occursAt(text, clauseStart, SUBSET)) return null;
  const previous = enclosing(bounds.clause, bounds.length, clauseStart - 1, clauseStart - 1);
  return lastEveryPeriod(text, bounds, Math.max(previous.start, clauseStart - 1 - CLAUSE_WINDOW), clauseStart - 1);
}

/** Clause ends a distributed period carries over: commas only (a 、 list is one clause, a ； often a new item). */
const CARRY_END = charSet("，,");
/** Units that measure a span in periods: 坚持15周 after 每周一次 is how long, not how often. */
const SPAN_UNITS = new Set(["学年", "学期", "年度", "季度", "年", "个月", "月", "个星期", "星期", "周", "天", "日"]);
const UNIT = new Words(UNITS);
/** Units that count events: 次, 场 (场次), 轮. */
const EVENT_COUNT = charSet("次场轮");
/** How many clauses back a period carries (每人每年读书2本，写心得2篇，做摘抄10页: two). */
const CARRY_CLAUSES = 3;
/**
 * A clause that names a time of its own (全年, 本学期, 期末, 12月, 周末, 天天), another 每 (每次, 每篇, 每人), or a total
 * (共, 总, 累计, 合计) states its own frame: a period of an earlier clause does not reach into or across it.
 */
const OWN_FRAME = charSet("年月日期周天每共总累合");

/** Whether text[from, to) names a frame or a subject of its own (OWN_FRAME, or 学生/教研组长/各班 … ). */
function statesOwnFrame(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (OWN_FRAME(text.charCodeAt(at))) return true;
  return hasSubject(text, from, to);
}

/**
 * "每人每年读书不少于2本，写读书心得不少于2篇": a 每X that opens the quantities of a clause distributes over the
 * comma clauses after it that go on listing what the same subject does, so 2篇 is per 年 too. Only when
 * - the quantity is a count, not a rate (%) or a time span measured in periods (坚持15周);
 * - its clause (up to the quantity) and every clause in between name no time, 每, total or subject of their own
 *   (每周一次，全年不少于30次: 全年; 教师每周听课1节，学生…: 学生);
 * - the 每X stands before every number of its clause and some number follows it there (每学期开会，完成两次 does not
 *   distribute: no quantity of its own);
 * - within the sentence, over commas only, at most CARRY_CLAUSES clauses back, each at most CLAUSE_WINDOW long.
 */
function carriedPeriod(c: Candidate, text: string, bounds: TextIndex, clauseStart: number): Found | null {
  if (c.unit === "%" || SPAN_UNITS.has(c.unit) || !CARRY_END(text.charCodeAt(clauseStart - 1))) return null;
  if (c.coreStart - clauseStart > CLAUSE_WINDOW || statesOwnFrame(text, clauseStart, c.coreStart)) return null;
  let start = clauseStart;
  for (let hop = 0; hop < CARRY_CLAUSES; hop += 1) {
    if (!CARRY_END(text.charCodeAt(start - 1))) return null;
    const previous = enclosing(bounds.clause, bounds.length, start - 1, start - 1);
    // a list item is short: a long clause is read no further (and a text without punctuation costs no rescans)
    if (start - 1 - previous.start > CLAUSE_WINDOW) return null;
    const every = lastEveryPeriod(text, bounds, previous.start, start - 1);
    if (every !== null) return distributes(text, bounds, previous.start, every, start - 1, c.unit) ? every : null;
    if (statesOwnFrame(text, previous.start, start - 1)) return null;
    start = previous.start;
  }
  return null;
}

/**
 * Whether the 每X opens the quantities of its clause [from, to): no number stands before it and one follows it. When
 * that quantity counts events (每周开展一次集体备课), the clauses after it describe each event (确定1名中心发言人,
 * 时间1小时), so only another event count takes the period (每年组织培训2次，邀请专家讲座3次).
 */
function distributes(text: string, bounds: TextIndex, from: number, every: Found, to: number, unit: string): boolean {
  const runs = bounds.numeralRuns;
  const first = firstRunEndingAfter(runs, from);
  if (first < runs.length && (runs[first] as number) < every.start) return false;
  // the first number with a unit (每周五下午 names a weekday), not an ordinal
  for (let r = firstRunEndingAfter(runs, every.end); r < runs.length && (runs[r + 1] as number) < to; r += 2) {
    const runEnd = runs[r + 1] as number;
    // 第二节课后 is an ordinal, not a quantity
    if (UNIT.startingAt(text, runEnd, to - runEnd) === undefined || text.charCodeAt((runs[r] as number) - 1) === ORDINAL) continue;
    return !EVENT_COUNT(text.charCodeAt(runEnd)) || EVENT_COUNT(unit.charCodeAt(0));
  }
  return false;
}
