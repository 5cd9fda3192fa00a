import { charSet, isWhiteSpace } from "../../../char-table.js";
import type { Candidate, Refiner } from "../_types.js";

/**
 * Due points: a suffix "前", "底前", "之前", "以前", "以内", "之内", "为止" (kept in the span, as in the gold
 * quote "12月底前") or a prefix "完成于", "截止", "截至", "截止日期：", "不迟于" (left out of the span) → deadline: true.
 *
 * A completion verb in the same clause right after the expression ("本学期完成…", "开学后一周交至…",
 * "期末一并交至…") also makes it a due point (the gold's rule), and so does a closing date ("11月30日截止").
 *
 * So does a 到/至 that opens the clause before it ("到2022年底，…": by the end of 2022; byPoint below).
 *
 * Policy for a bare "内" ("9月内", "年内", HARD-CASES row 12): kept in the span but NOT a deadline — it
 * places the work inside the period ("在9月内召开" = during September), like the gold does; only
 * 以内/之内 mark a due point.
 */
const SUFFIX = /^(?:之前|以前|以内|之内|为止|前(?![期后列沿景往夕来身面提瞻端台排])|止)/u;
const INSIDE = /^内(?![容涵部外在务蒙科地核需化省市县区])/u;
const COMPLETION_AFTER = /^[^，,。；;：:、\n()（）]{0,3}?(?:完成|交至|交到|交给|上交|提交|报送|交齐|上报|截止|截至)/u;
const PREFIX = /(?:完成于|完成(?:时间|日期)[:：]?|截[止至](?:到|至|于|(?:时间|日期)[:：]?)?|最迟于?|不迟于|不晚于|务必于|须于|必须于)\s*$/u;

/** First characters of SUFFIX and of COMPLETION_AFTER's verbs, last characters of PREFIX: the regexes run only near them. */
const SUFFIX_FIRST = charSet("之以为前止");
const INSIDE_FIRST = "内".charCodeAt(0);
const VERB_FIRST = charSet("完交上提报截");
const PREFIX_LAST = charSet("于间期:：止到至迟");

interface Extension {
  readonly length: number;
  readonly deadline: boolean;
}
const NO_EXTENSION: Extension = { length: 0, deadline: false };

function extension(text: string, end: number): Extension {
  const next = text.charCodeAt(end);
  if (SUFFIX_FIRST(next)) {
    const suffix = SUFFIX.exec(text.slice(end, end + 3));
    if (suffix) return { length: suffix[0].length, deadline: true };
  }
  if (next !== INSIDE_FIRST) return NO_EXTENSION;
  const inside = INSIDE.exec(text.slice(end, end + 2));
  return inside ? { length: inside[0].length, deadline: false } : NO_EXTENSION;
}

/** COMPLETION_AFTER at `end`: its verb starts within the first four characters. */
function completionAfter(text: string, end: number): boolean {
  for (let at = end; at < end + 4; at += 1) {
    if (VERB_FIRST(text.charCodeAt(at))) return COMPLETION_AFTER.test(text.slice(end, end + 8));
  }
  return false;
}

/** PREFIX right before `start` (in the six characters before it): it ends in one of PREFIX_LAST, then spaces. */
function prefixBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 6);
  let last = start - 1;
  while (last >= from && isWhiteSpace(text.charCodeAt(last))) last -= 1;
  return last >= from && PREFIX_LAST(text.charCodeAt(last)) && PREFIX.test(text.slice(from, start));
}

/**
 * "到2022年底，全校…", "力争到2025年，…", "至12月底，完成…": a 到/至 opening its clause (or after 力争, 争取 …) before the
 * expression says "by then" — a due point. Not a 到 inside a clause ("推迟到10月", "延续到年底"), nor the 到 of a range
 * ("从9月到12月": merge-ranges made that one expression).
 */
const BY_OPENING = /(?:[，,。；;：:！!？?、（(\s]|力争|争取|计划|预计|确保|力求|要求|目标)$/u;
const TO_FIRST = charSet("到至");

function byPoint(text: string, start: number): boolean {
  let at = start - 1;
  while (at >= 0 && isWhiteSpace(text.charCodeAt(at))) at -= 1;
  if (at < 0 || !TO_FIRST(text.charCodeAt(at))) return false;
  return at === 0 || BY_OPENING.test(text.slice(Math.max(0, at - 2), at));
}

export const deadlineMarking: Refiner = (candidates, context) =>
  candidates.map((candidate): Candidate => {
    const text = context.text;
    const grown = extension(text, candidate.end);
    const end = candidate.end + grown.length;
    const deadline = candidate.deadline || grown.deadline || completionAfter(text, end) || prefixBefore(text, candidate.start) || byPoint(text, candidate.start);
    if (end === candidate.end && deadline === candidate.deadline) return candidate;
    return { ...candidate, end, text: text.slice(candidate.start, end), deadline };
  });
