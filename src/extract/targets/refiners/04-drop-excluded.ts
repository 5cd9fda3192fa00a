import type { Candidate, Refiner } from "../_types.js";
import {
  DESCRIPTIVE_BEFORE, EXCLUDED_AFTER, EXCLUDED_AFTER_SPAN, EXCLUDED_BEFORE, LIST_SEPARATORS, NAMED_NUMERALS,
  RANK_BEFORE, RANK_UNITS, SECONDARY_FORMS, SPAN_OFFSET_BEFORE, SUMMARY_AFTER_MARKS, SUMMARY_CLASSIFIERS,
  SUMMARY_ITEM_LENGTH, SUMMARY_NOUN_LENGTH, TIME_SPAN_UNITS,
} from "../exclusions.js";
import { NUMERAL_CLASS } from "../../numerals/index.js";
import { enclosing, type Boundaries } from "../_text-index.js";

const NUMERAL_AFTER = new RegExp(`^[${NUMERAL_CLASS.replace("0-9", "")}]`, "u");
const HAN = /^\p{Script=Han}/u;
const BARE_MAGNITUDE = /^[百千万亿]/u;
/** "一个学段一学期…": 一个X is distributive ("for each X"), followed by 一 + a period. */
const DISTRIBUTIVE_AFTER = /^\p{Script=Han}{1,4}?一(?:学期|学年|年|月|周|天)/u;
/** A quotation this short is a name or slogan ("一标三维", "三个一"), not a commitment. */
const SHORT_QUOTE = 10;
const OPEN_CLOSE: ReadonlyArray<readonly [string, string, number]> = [["“", "”", SHORT_QUOTE], ["「", "」", SHORT_QUOTE], ["《", "》", 200], ["〈", "〉", 200]];

const NAMED_MAX_LENGTH = Math.max(0, ...NAMED_NUMERALS.map((name) => name.length));

/** NAMED_NUMERALS by the code unit they start with, so a lookup tries only the names that can start there. */
const NAMES_BY_FIRST = new Map<number, string[]>();
for (const name of NAMED_NUMERALS) {
  const first = name.charCodeAt(0);
  const list = NAMES_BY_FIRST.get(first) ?? [];
  list.push(name);
  NAMES_BY_FIRST.set(first, list);
}

/** true when an occurrence of a NAMED_NUMERALS name overlaps [start, end) (it starts at most NAMED_MAX_LENGTH - 1 before). */
function inName(text: string, start: number, end: number): boolean {
  for (let at = Math.max(0, start - NAMED_MAX_LENGTH + 1); at < end; at += 1) {
    const names = NAMES_BY_FIRST.get(text.charCodeAt(at));
    if (names === undefined) continue;
    for (const name of names) if (at + name.length > start && text.startsWith(name, at)) return true;
  }
  return false;
}

const QUOTE = '"';

/** Marks characters inside short “…” quotations, ASCII "…" pairs on one line, and 《…》 titles. */
function quotedSpans(text: string): Uint8Array {
  const covered = new Uint8Array(text.length + 1);
  for (const [open, close, limit] of OPEN_CLOSE) {
    let at = text.indexOf(open);
    while (at >= 0) {
      const end = text.indexOf(close, at + 1);
      if (end < 0) break;
      if (end - at - 1 <= limit) covered.fill(1, at + 1, end);
      at = text.indexOf(open, end + 1);
    }
  }
  // ASCII quotes pair up within a line: a line break forgets an open quote
  let openAt = -1;
  let lineEnd = -1; // the first line break at or after openAt (text.length when none)
  for (let at = text.indexOf(QUOTE); at >= 0; at = text.indexOf(QUOTE, at + 1)) {
    if (openAt >= 0 && lineEnd < at) openAt = -1;
    if (openAt < 0) {
      openAt = at;
      if (lineEnd < at) {
        lineEnd = text.indexOf("\n", at);
        if (lineEnd < 0) lineEnd = text.length;
      }
      continue;
    }
    if (at - openAt - 1 <= SHORT_QUOTE) covered.fill(1, openAt + 1, at);
    openAt = -1;
  }
  return covered;
}

const anyCovered = (covered: Uint8Array, start: number, end: number): boolean => {
  for (let i = start; i < end; i += 1) if (covered[i] === 1) return true;
  return false;
};

/** "从A、B和C三个维度", "“甲”和“乙”两项工程", "…等五个方面", "抓好五项工作：一是…". */
function isSummaryCount(c: Candidate, text: string, bounds: Boundaries): boolean {
  if (!SUMMARY_CLASSIFIERS.includes(c.unit) || c.comparator !== "=") return false;
  const clause = enclosing(bounds.clause, bounds.length, c.coreStart, c.coreEnd);
  const lead = text.slice(Math.max(clause.start, c.coreStart - 20), c.coreStart);
  if (SUMMARY_AFTER_MARKS.some((m) => lead.endsWith(m))) return true;
  const item = lead.slice(-SUMMARY_ITEM_LENGTH - 1);
  if (LIST_SEPARATORS.some((s) => item.slice(0, -1).includes(s))) return true;
  const tail = text.slice(c.end, c.end + SUMMARY_NOUN_LENGTH + 1);
  return /^\p{Script=Han}{0,6}[:：]/u.test(tail);
}

function isQuestion(c: Candidate, text: string, bounds: Boundaries): boolean {
  const sentence = enclosing(bounds.sentence, bounds.length, c.start, c.end);
  let at = sentence.end - 1;
  while (at > sentence.start && /\s/u.test(text.charAt(at))) at -= 1;
  const last = text.charAt(at);
  return last === "?" || last === "？";
}

/**
 * Drops what ANNOTATION.md excludes: numbers inside names (exclusions.ts NAMED_NUMERALS), short quoted
 * slogans and book titles, ordinals (第三批), ranks (前三名), 每一位, 新一轮, 初三, grades and ages (三年级, 3岁),
 * 一次性, 二次学习, slogans "一人一课" (a numeral right after the unit), time points written as spans
 * (三周后, 开学后一周), descriptions (是一项…), summary counts of a listed enumeration, bare 百所 (a name),
 * distributive 一个X一学期, a parenthetical count "(十五篇)" (a title note), and anything in a question.
 */
export const dropExcluded: Refiner = (candidates, { text, bounds }) => {
  if (candidates.length === 0) return candidates;
  const quoted = quotedSpans(text);
  return candidates.filter((c: Candidate) => {
    if (c.coreEnd > c.coreStart && inName(text, c.coreStart, c.coreEnd)) return false;
    if (anyCovered(quoted, c.coreStart, c.coreEnd)) return false;
    const before = text.slice(Math.max(0, c.coreStart - 2), c.coreStart);
    const after = text.slice(c.end, c.end + 3);
    const core = text.slice(c.coreStart, c.coreEnd);
    const plain = c.matcher === "targets/plain-count";
    if (c.matcher !== "targets/interval-frequency" && EXCLUDED_BEFORE.some((w) => before.endsWith(w))) return false;
    if (RANK_UNITS.includes(c.unit) && RANK_BEFORE.some((w) => before.endsWith(w))) return false;
    if (EXCLUDED_AFTER.some((w) => after.startsWith(w))) return false;
    if (TIME_SPAN_UNITS.includes(c.unit) && c.comparator === "=") {
      if (EXCLUDED_AFTER_SPAN.some((w) => after.startsWith(w))) return false;
      if (SPAN_OFFSET_BEFORE.some((w) => before.endsWith(w))) return false;
    }
    if (plain && NUMERAL_AFTER.test(text.slice(c.coreEnd, c.coreEnd + 1))) return false;
    if (plain && DESCRIPTIVE_BEFORE.some((w) => before.endsWith(w))) return false;
    if (plain && c.end === c.coreEnd && SECONDARY_FORMS.includes(core) && HAN.test(after)) return false;
    if (plain && core.length === 1 + c.unit.length && BARE_MAGNITUDE.test(core)) return false;
    if (plain && c.value === 1 && DISTRIBUTIVE_AFTER.test(text.slice(c.coreEnd, c.coreEnd + 8))) return false;
    if (/[(（]$/u.test(before) && /^[)）]/u.test(after)) return false;
    if (plain && isSummaryCount(c, text, bounds)) return false;
    return !isQuestion(c, text, bounds);
  });
};
