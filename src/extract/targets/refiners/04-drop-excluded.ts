import type { Candidate, Refiner } from "../_types.js";
import {
  DESCRIPTIVE_BEFORE, EXCLUDED_AFTER, GENERIC_LESSON_BEFORE, GENERIC_LESSON_UNITS, LESSON_LENGTH_AFTER, LESSON_LENGTH_BEFORE, LESSON_LENGTH_NOUN, LESSON_LENGTH_UNITS,
  MANY_WORDS, ONE_AGAINST_MANY_WINDOW, QUOTE_PAIRS, SHORT_QUOTE, EXCLUDED_AFTER_SPAN, EXCLUDED_BEFORE, LIST_SEPARATORS, NAMED_NUMERALS,
  RANK_BEFORE, RANK_UNITS, SECONDARY_FORMS, SPAN_OFFSET_BEFORE, SUMMARY_AFTER_MARKS, SUMMARY_CLASSIFIERS,
  SUMMARY_ITEM_LENGTH, SUMMARY_NOUN_LENGTH, TIME_SPAN_UNITS,
} from "../exclusions.js";
import { NUMERAL_CLASS } from "../../numerals/index.js";
import { RANGE_SEPARATORS } from "../_patterns.js";
import { charSet, classSet, isWhiteSpace } from "../../../char-table.js";
import { ASCII_QUOTE, enclosing, type Boundaries } from "../_text-index.js";
import { occursAt, Words } from "../_words.js";

/** A numeral character other than an ASCII digit right after the number: "一人一课" is a slogan. */
const NUMERAL_AFTER = classSet(NUMERAL_CLASS.replace("0-9", ""));
const IS_NUMERAL = classSet(NUMERAL_CLASS);
const HAN = /^\p{Script=Han}/u;
/** Tiny sets as code lists (a 64 KB table per set costs cache misses, not time saved). */
const codesOf = (chars: string): readonly number[] => [...chars].map((ch) => ch.charCodeAt(0));
const BARE_MAGNITUDES = codesOf("百千万亿");
/** How far before the number and after the quote the word lists are looked up. */
const BEFORE = 2;
const AFTER = 3;
/** the longest offset word before a time span (结束前, 考试前) */
const SPAN_OFFSET_WINDOW = Math.max(...SPAN_OFFSET_BEFORE.map((word) => word.length));
const OPEN_PARENS = codesOf("(（");
const WORDS_EXCLUDED_BEFORE = new Words(EXCLUDED_BEFORE);
const WORDS_RANK_BEFORE = new Words(RANK_BEFORE);
const WORDS_EXCLUDED_AFTER = new Words(EXCLUDED_AFTER);
const WORDS_EXCLUDED_AFTER_SPAN = new Words(EXCLUDED_AFTER_SPAN);
const WORDS_SPAN_OFFSET_BEFORE = new Words(SPAN_OFFSET_BEFORE);
const WORDS_DESCRIPTIVE_BEFORE = new Words(DESCRIPTIVE_BEFORE);
const WORDS_LESSON_LENGTH_BEFORE = new Words(LESSON_LENGTH_BEFORE);
const WORDS_LESSON_LENGTH_AFTER = new Words(LESSON_LENGTH_AFTER);
const LESSON_LENGTH_AFTER_WINDOW = Math.max(...LESSON_LENGTH_AFTER.map((word) => word.length));
/** 课堂 right after the unit, with no Han character after it: the lesson itself (打造高效40分钟课堂。). */
function endsWithLesson(text: string, end: number): boolean {
  const after = end + LESSON_LENGTH_NOUN.length;
  return occursAt(text, end, LESSON_LENGTH_NOUN) && (after >= text.length || !HAN.test(text.charAt(after)));
}
const WORDS_GENERIC_LESSON_BEFORE = new Words(GENERIC_LESSON_BEFORE);
const LESSON_LENGTH_UNIT = new Set(LESSON_LENGTH_UNITS);
const GENERIC_LESSON_UNIT = new Set(GENERIC_LESSON_UNITS);
const MANY = codesOf(MANY_WORDS.join(""));
const LESSON = "课".charCodeAt(0);
const WORDS_SUMMARY_AFTER_MARKS = new Words(SUMMARY_AFTER_MARKS);
const CLOSE_PARENS = codesOf(")）");
const WORDS_LIST_SEPARATORS = new Words(LIST_SEPARATORS);
const NOUN_BEFORE_COLON = /^\p{Script=Han}{0,6}[:：]/u;
const COLON = ":".charCodeAt(0);
const FULL_WIDTH_COLON = "：".charCodeAt(0);
const QUESTION_MARK = "?".charCodeAt(0);
const FULL_WIDTH_QUESTION_MARK = "？".charCodeAt(0);
const ONE = "一".charCodeAt(0);
const RANK_UNIT = new Set(RANK_UNITS);
const TIME_SPAN_UNIT = new Set(TIME_SPAN_UNITS);
const SUMMARY_CLASSIFIER = new Set(SUMMARY_CLASSIFIERS);
const PLAIN_COUNT = "targets/plain-count";
const INTERVAL_FREQUENCY = "targets/interval-frequency";
/** "一个学段一学期…": 一个X is distributive ("for each X"), followed by 一 + a period. */
const DISTRIBUTIVE_AFTER = /^\p{Script=Han}{1,4}?一(?:学期|学年|年|月|周|天)/u;

const NAMED_MAX_LENGTH = Math.max(0, ...NAMED_NUMERALS.map((name) => name.length));

/**
 * NAMED_NUMERALS by their first and second code units (every name has two or more), so a lookup tries only the
 * names that can start there: most start with a numeral, and the scan passes over the number itself.
 */
const NAMES_BY_START = new Map<number, Map<number, string[]>>();
const NAME_FIRST = charSet(NAMED_NUMERALS.map((name) => name.charAt(0)));
for (const name of NAMED_NUMERALS) {
  const bySecond = NAMES_BY_START.get(name.charCodeAt(0)) ?? new Map<number, string[]>();
  NAMES_BY_START.set(name.charCodeAt(0), bySecond);
  bySecond.set(name.charCodeAt(1), [...(bySecond.get(name.charCodeAt(1)) ?? []), name]);
}

/** true when an occurrence of a NAMED_NUMERALS name overlaps [start, end) (it starts at most NAMED_MAX_LENGTH - 1 before). */
function inName(text: string, start: number, end: number): boolean {
  for (let at = Math.max(0, start - NAMED_MAX_LENGTH + 1); at < end; at += 1) {
    if (!NAME_FIRST(text.charCodeAt(at))) continue;
    const names = NAMES_BY_START.get(text.charCodeAt(at))?.get(text.charCodeAt(at + 1));
    if (names === undefined) continue;
    for (const name of names) if (at + name.length > start && occursAt(text, at, name)) return true;
  }
  return false;
}

/** The opening and closing mark of each QUOTE_PAIRS kind (a QUOTE_PAIRS index). */
const OPENING: readonly number[] = QUOTE_PAIRS.map(([open]) => open.charCodeAt(0));
const CLOSING: readonly number[] = QUOTE_PAIRS.map(([, close]) => close.charCodeAt(0));
const ASCII_QUOTE_CODE = ASCII_QUOTE.charCodeAt(0);

/** Spans of text inside quotation marks, in the order they close (so sorted by end). */
interface QuotedSpans {
  readonly ends: readonly number[];
  /** firstStart[i]: the smallest start among spans i..n-1 */
  readonly firstStart: readonly number[];
}

const NOT_QUOTED: QuotedSpans = { ends: [], firstStart: [] };

/**
 * The insides of short “…” quotations, ASCII "…" pairs on one line, and 《…》 titles (QUOTE_PAIRS), from the
 * positions of the quotation marks: each kind pairs an open mark with the next close mark.
 */
function quotedSpans(text: string, marks: Int32Array): QuotedSpans {
  if (marks.length === 0) return NOT_QUOTED;
  const starts: number[] = [];
  const ends: number[] = [];
  const openAt = new Array<number>(QUOTE_PAIRS.length).fill(-1);
  let asciiOpenAt = -1;
  let lineEnd = -1; // the first line break at or after asciiOpenAt (text.length when none)
  for (const at of marks) {
    const code = text.charCodeAt(at);
    if (code === ASCII_QUOTE_CODE) {
      // ASCII quotes pair up within a line: a line break forgets an open quote
      if (asciiOpenAt >= 0 && lineEnd < at) asciiOpenAt = -1;
      if (asciiOpenAt < 0) {
        asciiOpenAt = at;
        if (lineEnd < at) {
          lineEnd = text.indexOf("\n", at);
          if (lineEnd < 0) lineEnd = text.length;
        }
      } else {
        if (at - asciiOpenAt - 1 <= SHORT_QUOTE && at > asciiOpenAt + 1) {
          starts.push(asciiOpenAt + 1);
          ends.push(at);
        }
        asciiOpenAt = -1;
      }
      continue;
    }
    const opens = OPENING.indexOf(code);
    if (opens >= 0) {
      if ((openAt[opens] as number) < 0) openAt[opens] = at;
      continue;
    }
    const closes = CLOSING.indexOf(code);
    const from = openAt[closes] ?? -1;
    if (from < 0) continue;
    if (at - from - 1 <= (QUOTE_PAIRS[closes]?.[2] ?? 0) && at > from + 1) {
      starts.push(from + 1);
      ends.push(at);
    }
    openAt[closes] = -1;
  }
  const firstStart = [...starts];
  for (let i = firstStart.length - 2; i >= 0; i -= 1) firstStart[i] = Math.min(firstStart[i] as number, firstStart[i + 1] as number);
  return { ends, firstStart };
}

/** true when a quoted span overlaps [start, end): among the spans ending after `start`, one starts before `end`. */
function inQuote({ ends, firstStart }: QuotedSpans, start: number, end: number): boolean {
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((ends[middle] as number) <= start) low = middle + 1;
    else high = middle;
  }
  return end > start && low < ends.length && (firstStart[low] as number) < end;
}

/** "从A、B和C三个维度", "“甲”和“乙”两项工程", "…等五个方面", "抓好五项工作：一是…". */
function isSummaryCount(c: Candidate, text: string, bounds: Boundaries): boolean {
  if (!SUMMARY_CLASSIFIER.has(c.unit) || c.comparator !== "=") return false;
  const clause = enclosing(bounds.clause, bounds.length, c.coreStart, c.coreEnd);
  const leadStart = Math.max(clause.start, c.coreStart - 20);
  const mark = WORDS_SUMMARY_AFTER_MARKS.endingAt(text, c.coreStart, c.coreStart - leadStart);
  if (mark !== undefined && !countsOneQuotedName(text, leadStart, c)) return true;
  // a separator in the SUMMARY_ITEM_LENGTH characters before the one right before the count
  if (WORDS_LIST_SEPARATORS.occursIn(text, Math.max(leadStart, c.coreStart - SUMMARY_ITEM_LENGTH - 1), c.coreStart - 1)) return true;
  const tailEnd = c.end + SUMMARY_NOUN_LENGTH + 1;
  return (hasCodeIn(text, COLON, c.end, tailEnd) || hasCodeIn(text, FULL_WIDTH_COLON, c.end, tailEnd)) &&
    NOUN_BEFORE_COLON.test(text.slice(c.end, tailEnd));
}

const NAME_CLOSE = "”」』\"";
const NAME_OPEN = "“「『\"";
/**
 * "评选“书香班级”5个，": the count after a single quoted name that ends its clause counts that name (5 书香班级), not
 * the items of a list (“甲”“乙”两项 has a closing mark before the name; “甲”和“乙”两项工程 a noun after the count).
 */
function countsOneQuotedName(text: string, leadStart: number, c: Candidate): boolean {
  const close = c.coreStart - 1;
  if (!NAME_CLOSE.includes(text.charAt(close)) || HAN.test(text.charAt(c.end))) return false;
  let open = close - 1;
  while (open >= leadStart && !NAME_OPEN.includes(text.charAt(open))) open -= 1;
  return open >= leadStart && !NAME_CLOSE.includes(text.charAt(open - 1));
}

/** Whether the code unit `code` occurs in text[from, to). */
function hasCodeIn(text: string, code: number, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) if (text.charCodeAt(at) === code) return true;
  return false;
}

/**
 * 二次学习: "二次" directly followed by a Han character is "secondary", not a count (二次以上 is caught by the end).
 * A comparator before it makes it a count: "至少开展二次主题教研活动".
 */
function isSecondaryForm(c: Candidate, text: string): boolean {
  if (c.end !== c.coreEnd || c.comparator !== "=") return false;
  for (const form of SECONDARY_FORMS) {
    if (form.length === c.coreEnd - c.coreStart && occursAt(text, c.coreStart, form)) return HAN.test(text.slice(c.end, c.end + 3));
  }
  return false;
}

function isQuestion(c: Candidate, text: string, bounds: Boundaries): boolean {
  const sentence = enclosing(bounds.sentence, bounds.length, c.start, c.end);
  let at = sentence.end - 1;
  while (at > sentence.start && isWhiteSpace(text.charCodeAt(at))) at -= 1;
  const last = text.charCodeAt(at);
  return last === QUESTION_MARK || last === FULL_WIDTH_QUESTION_MARK;
}

/** 一个学段一学期…: 一 right after the count can open the distributive form (a cheap test before the regex). */
function isDistributive(text: string, coreEnd: number): boolean {
  return hasCodeIn(text, ONE, coreEnd + 1, coreEnd + 8) && DISTRIBUTIVE_AFTER.test(text.slice(coreEnd, coreEnd + 8));
}

/**
 * 是一项 / 成为一名 / 为一个: a copula before the indefinite article 一 and a classifier (DESCRIPTIVE_BEFORE). Another
 * number (为20节), or a time span (时间为一小时), is the quantity the copula states.
 */
const isDescription = (c: Candidate, text: string): boolean =>
  text.charCodeAt(c.coreStart) === ONE && c.coreEnd - c.coreStart === 1 + c.unit.length && !TIME_SPAN_UNIT.has(c.unit) &&
  WORDS_DESCRIPTIVE_BEFORE.endingAt(text, c.coreStart, BEFORE) !== undefined;

/** 上好一堂课: 一 + 堂/节 + 课 right after "V好". */
const isGenericLesson = (c: Candidate, text: string): boolean =>
  GENERIC_LESSON_UNIT.has(c.unit) && text.charCodeAt(c.end) === LESSON &&
  WORDS_GENERIC_LESSON_BEFORE.endingAt(text, c.coreStart, BEFORE) !== undefined;

/** 一人学习，多人受益: 多/众 + the same unit follows within the window. */
function isOneAgainstMany(c: Candidate, text: string): boolean {
  const limit = Math.min(text.length - c.unit.length, c.end + ONE_AGAINST_MANY_WINDOW);
  for (let at = c.end; at < limit; at += 1) {
    if (MANY.includes(text.charCodeAt(at)) && occursAt(text, at + 1, c.unit)) return true;
  }
  return false;
}

/** How many characters after the unit name the counted thing when a count refers back ("两套试卷"). */
const REFERENCE_NOUN = 2;
const LINE_FEED = "\n".charCodeAt(0);

/**
 * "…出a、b两套试卷。两套试卷相同知识点不能超过30%": a count opening a sentence that repeats the count and the noun after it
 * from the sentence before, on the same line, refers back to those items; it is not a second commitment.
 */
function isBackReference(c: Candidate, text: string, bounds: Boundaries): boolean {
  const sentence = enclosing(bounds.sentence, bounds.length, c.start, c.end);
  let at = sentence.start;
  while (at < c.start && isWhiteSpace(text.charCodeAt(at))) at += 1;
  if (at !== c.coreStart || sentence.start === 0 || text.charCodeAt(sentence.start - 1) === LINE_FEED) return false;
  const phraseEnd = c.end + REFERENCE_NOUN;
  if (phraseEnd > text.length || !HAN.test(text.slice(c.end, phraseEnd))) return false;
  const previous = enclosing(bounds.sentence, bounds.length, sentence.start - 1, sentence.start - 1);
  return text.slice(previous.start, previous.end).includes(text.slice(c.coreStart, phraseEnd));
}

const RANGE_SEPARATOR_CODES = codesOf(RANGE_SEPARATORS.join(""));

/**
 * "第1-2周": a plain count right after a numeral and a range separator is the upper bound of a range; the range
 * matcher reads the whole (or it was dropped, as an ordinal here), so the tail alone is never a quantity.
 */
const isRangeTail = (text: string, coreStart: number): boolean =>
  RANGE_SEPARATOR_CODES.includes(text.charCodeAt(coreStart - 1)) && IS_NUMERAL(text.charCodeAt(coreStart - 2));

const VAGUE_BEFORE = codesOf("几幾");
const SOME = "数".charCodeAt(0);
const MAGNITUDES = codesOf("十百千万");

/**
 * "几十名教师", "数十篇论文", "数百人": 几 or 数 before a magnitude make the number vague (tens, hundreds), so the
 * 十 the matchers read is not the quantity. (数 only before a magnitude: 人数20人 is a count.)
 */
const isVague = (text: string, coreStart: number): boolean =>
  VAGUE_BEFORE.includes(text.charCodeAt(coreStart - 1)) ||
  (text.charCodeAt(coreStart - 1) === SOME && MAGNITUDES.includes(text.charCodeAt(coreStart)));

/** "(十五篇)": the count is all that stands in parentheses. */
const inParentheses = (text: string, start: number, end: number): boolean =>
  OPEN_PARENS.includes(text.charCodeAt(start - 1)) && CLOSE_PARENS.includes(text.charCodeAt(end));

/**
 * Drops what ANNOTATION.md excludes: numbers inside names (exclusions.ts NAMED_NUMERALS), short quoted
 * slogans and book titles, ordinals (第三批), ranks (前三名), 每一位, 新一轮, 初三, grades and ages (三年级, 3岁),
 * 一次性, 二次学习, slogans "一人一课" (a numeral right after the unit), time points written as spans
 * (三周后, 开学后一周), descriptions (是一项…), summary counts of a listed enumeration, bare 百所 (a name),
 * distributive 一个X一学期, a lesson's own length (课堂40分钟), any lesson (上好一堂课), one against many
 * (一人学习，多人受益), the upper bound of a range alone (第1-2周), vague numbers (几十名, 数十篇), a count opening a sentence that refers back to the one before (…两套试卷。两套试卷…), a parenthetical count "(十五篇)" (a title note), and anything in a question.
 */
export const dropExcluded: Refiner = (candidates, { text, bounds }) => {
  if (candidates.length === 0) return candidates;
  const quoted = quotedSpans(text, bounds.quotationMarks);
  const kept: Candidate[] = [];
  for (const c of candidates) if (!isExcluded(c, text, bounds, quoted)) kept.push(c);
  return kept;
};

function isExcluded(c: Candidate, text: string, bounds: Boundaries, quoted: QuotedSpans): boolean {
  const { coreStart, coreEnd, end } = c;
  if (coreEnd > coreStart && inName(text, coreStart, coreEnd)) return true;
  if (inQuote(quoted, coreStart, coreEnd)) return true;
  const plain = c.matcher === PLAIN_COUNT;
  if (c.matcher !== INTERVAL_FREQUENCY && WORDS_EXCLUDED_BEFORE.endingAt(text, coreStart, BEFORE) !== undefined) return true;
  if (RANK_UNIT.has(c.unit) && WORDS_RANK_BEFORE.endingAt(text, coreStart, BEFORE) !== undefined) return true;
  if (WORDS_EXCLUDED_AFTER.startingAt(text, end, AFTER) !== undefined) return true;
  if (TIME_SPAN_UNIT.has(c.unit) && c.comparator === "=") {
    if (WORDS_EXCLUDED_AFTER_SPAN.startingAt(text, end, AFTER) !== undefined) return true;
    if (WORDS_SPAN_OFFSET_BEFORE.endingAt(text, coreStart, SPAN_OFFSET_WINDOW) !== undefined) return true;
  }
  if (plain && NUMERAL_AFTER(text.charCodeAt(coreEnd))) return true;
  if (plain && isRangeTail(text, coreStart)) return true;
  if (isVague(text, coreStart)) return true;
  if (plain && isDescription(c, text)) return true;
  if (plain && isSecondaryForm(c, text)) return true;
  if (plain && coreEnd - coreStart === 1 + c.unit.length && BARE_MAGNITUDES.includes(text.charCodeAt(coreStart))) return true;
  if (plain && c.value === 1 && isDistributive(text, coreEnd)) return true;
  if (plain && c.value === 1 && (isGenericLesson(c, text) || isOneAgainstMany(c, text))) return true;
  if (plain && c.comparator === "=" && isBackReference(c, text, bounds)) return true;
  if (LESSON_LENGTH_UNIT.has(c.unit) && c.comparator === "=" && (WORDS_LESSON_LENGTH_BEFORE.endingAt(text, coreStart, BEFORE) !== undefined ||
    WORDS_LESSON_LENGTH_AFTER.startingAt(text, end, LESSON_LENGTH_AFTER_WINDOW) !== undefined || endsWithLesson(text, end))) return true;
  if (inParentheses(text, coreStart, end)) return true;
  if (plain && isSummaryCount(c, text, bounds)) return true;
  return isQuestion(c, text, bounds);
}
