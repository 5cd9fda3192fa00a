import { charSet } from "../../../char-table.js";
import type { Candidate, DateContext, Refiner } from "../_types.js";

/**
 * Drops recurrences: "每周一", "每年3月", "每月底", "每学期末" are frequencies (targets' `per`), not dates
 * (ANNOTATION; HARD-CASES rows 21–22), and so does whatever lies inside one ("每学期开学第一周": its 第一周). Weeks and
 * weekdays inside a sentence that opened with a recurrence ("每周一,教科室将把上周…和下周…", "每月最后一周周五") are
 * relative to each recurring day, week or month, so they go too.
 */
const RECURRENCE_BEFORE = /(?:每|每个|每一个?|每年|每月|每周|每学期|每学年|隔周|逢)的?\s*$/u;
const HABITUAL_SENTENCE = /每(?:周|星期|礼拜|天|日|个?月|学期|学年|年)/u;
const SENTENCE_BREAK = /[。！？!?；;\n]/u;
const RELATIVE_TO_A_DAY = new Set(["dates/weekday", "dates/relative-day"]);
/** RECURRENCE_BEFORE holds one of these in the four characters it reads: the regex runs only then. */
const RECURRENCE_FIRST = charSet("每隔逢");

function recurrenceBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - 4);
  for (let at = from; at < start; at += 1) {
    if (RECURRENCE_FIRST(text.charCodeAt(at))) return RECURRENCE_BEFORE.test(text.slice(from, start));
  }
  return false;
}

function sentenceBefore(candidate: Candidate, context: DateContext): string {
  const from = Math.max(0, candidate.start - 80);
  const before = context.text.slice(from, candidate.start);
  let cut = -1;
  for (let i = before.length - 1; i >= 0; i--) {
    if (SENTENCE_BREAK.test(before.charAt(i))) {
      cut = i;
      break;
    }
  }
  return before.slice(cut + 1);
}

export const frequencyFilter: Refiner = (candidates, context) => {
  // candidates come sorted by start, the longest first: one inside a dropped recurrence comes after it and ends
  // no later ("每学期开学第一周" drops 开学第一周, and with it the 第一周 inside)
  let droppedEnd = -1;
  return candidates.filter((c) => {
    if (c.end <= droppedEnd) return false;
    if (recurrenceBefore(context.text, c.start)) {
      droppedEnd = Math.max(droppedEnd, c.end);
      return false;
    }
    return !(RELATIVE_TO_A_DAY.has(c.matcher) && HABITUAL_SENTENCE.test(sentenceBefore(c, context)));
  });
};
