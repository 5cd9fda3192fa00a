import type { Candidate, Refiner } from "../_types.js";

/**
 * Due points: a suffix "前", "底前", "之前", "以前", "以内", "之内", "为止" (kept in the span, as in the gold
 * quote "12月底前") or a prefix "完成于", "截止", "截至", "不迟于" (left out of the span) → deadline: true.
 *
 * A completion verb in the same clause right after the expression ("本学期完成…", "开学后一周交至…",
 * "期末一并交至…") also makes it a due point (the gold's rule).
 *
 * Policy for a bare "内" ("9月内", "年内", HARD-CASES row 12): kept in the span but NOT a deadline — it
 * places the work inside the period ("在9月内召开" = during September), like the gold does; only
 * 以内/之内 mark a due point.
 */
const SUFFIX = /^(?:之前|以前|以内|之内|为止|前(?![期后列沿景往夕来身面提瞻端台排])|止)/u;
const INSIDE = /^内(?![容涵部外在务蒙科地核需化省市县区])/u;
const COMPLETION_AFTER = /^[^，,。；;：:、\n()（）]{0,3}?(?:完成|交至|交到|交给|上交|提交|报送|交齐|上报)/u;
const PREFIX = /(?:完成于|完成时间[:：]?|截止(?:到|至|于|时间[:：]?)?|截至|最迟于?|不迟于|不晚于|务必于|须于|必须于)\s*$/u;

function extension(text: string, end: number): { length: number; deadline: boolean } {
  const suffix = SUFFIX.exec(text.slice(end, end + 3));
  if (suffix) return { length: suffix[0].length, deadline: true };
  const inside = INSIDE.exec(text.slice(end, end + 2));
  return inside ? { length: inside[0].length, deadline: false } : { length: 0, deadline: false };
}

export const deadlineMarking: Refiner = (candidates, context) =>
  candidates.map((candidate): Candidate => {
    const text = context.text;
    const grown = extension(text, candidate.end);
    const end = candidate.end + grown.length;
    const deadline =
      candidate.deadline ||
      grown.deadline ||
      COMPLETION_AFTER.test(text.slice(end, end + 8)) ||
      PREFIX.test(text.slice(Math.max(0, candidate.start - 6), candidate.start));
    if (end === candidate.end && deadline === candidate.deadline) return candidate;
    return { ...candidate, end, text: text.slice(candidate.start, end), deadline };
  });
