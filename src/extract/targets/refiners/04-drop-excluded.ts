import type { Candidate, Refiner } from "../_types.js";
import {
  DESCRIPTIVE_BEFORE, EXCLUDED_AFTER, EXCLUDED_AFTER_SPAN, EXCLUDED_BEFORE, LIST_SEPARATORS, NAMED_NUMERALS,
  RANK_BEFORE, RANK_UNITS, SECONDARY_FORMS, SPAN_OFFSET_BEFORE, SUMMARY_AFTER_MARKS, SUMMARY_CLASSIFIERS,
  SUMMARY_ITEM_LENGTH, SUMMARY_NOUN_LENGTH, TIME_SPAN_UNITS,
} from "../exclusions.js";
import { NUMERAL_CLASS } from "../../numerals/index.js";
import { enclosing, type Boundaries } from "../_text-boundaries.js";

const NUMERAL_AFTER = new RegExp(`^[${NUMERAL_CLASS.replace("0-9", "")}]`, "u");
const HAN = /^\p{Script=Han}/u;
const BARE_MAGNITUDE = /^[百千万亿]/u;
/** "一个学段一学期…": 一个X is distributive ("for each X"), followed by 一 + a period. */
const DISTRIBUTIVE_AFTER = /^\p{Script=Han}{1,4}?一(?:学期|学年|年|月|周|天)/u;
/** A quotation this short is a name or slogan ("一标三维", "三个一"), not a commitment. */
const SHORT_QUOTE = 10;
const OPEN_CLOSE: ReadonlyArray<readonly [string, string, number]> = [["“", "”", SHORT_QUOTE], ["「", "」", SHORT_QUOTE], ["《", "》", 200], ["〈", "〉", 200]];

const NAMED_MAX_LENGTH = Math.max(0, ...NAMED_NUMERALS.map((name) => name.length));

/** true when an occurrence of one of `names` (the NAMED_NUMERALS the text holds) overlaps [start, end). */
function inName(text: string, names: readonly string[], start: number, end: number): boolean {
  // any overlapping occurrence lies entirely inside this window
  const from = Math.max(0, start - NAMED_MAX_LENGTH + 1);
  const window = text.slice(from, end + NAMED_MAX_LENGTH - 1);
  for (const name of names) {
    let at = window.indexOf(name);
    while (at >= 0) {
      if (from + at < end && from + at + name.length > start) return true;
      at = window.indexOf(name, at + 1);
    }
  }
  return false;
}

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
  let openAt = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === "\n") openAt = -1;
    else if (ch === '"') {
      if (openAt < 0) openAt = i;
      else {
        if (i - openAt - 1 <= SHORT_QUOTE) covered.fill(1, openAt + 1, i);
        openAt = -1;
      }
    }
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
  const names = NAMED_NUMERALS.filter((name) => text.includes(name));
  const quoted = quotedSpans(text);
  return candidates.filter((c: Candidate) => {
    if (names.length > 0 && c.coreEnd > c.coreStart && inName(text, names, c.coreStart, c.coreEnd)) return false;
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
