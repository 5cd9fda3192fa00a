import type { Span } from "../types.js";

/** The words a plan title ends with. */
export const PLAN_TITLE_WORDS = ["计划书", "计划", "要点", "方案", "规划", "安排", "思路", "意见"] as const;

const WORDS = PLAN_TITLE_WORDS.join("|");
/** a whole line that is a title: no sentence punctuation, no 《》, ends with a plan word (+ "(试行)") */
const WHOLE_LINE = new RegExp(`^(?<title>[^。，,；;:：！!？?《》]{2,60}?(?:${WORDS}))(?:\\((?:草案|试行|征求意见稿|修订)\\))?$`, "u");
/** a title run into the body: "2022年中小学校本教研工作方案为了贯彻落实…" */
const RUN_IN = new RegExp(`^(?<title>[^。，,；;:：！!？?《》\\s]{4,40}?(?:工作计划|工作方案|工作要点|实施方案|${WORDS}))`, "u");
/** lines of a 红头 notice that carry the title only as a quotation */
export const NOTICE = /关于印发|的通知|印发给|文件$|〔\d{4}〕|\[\d{4}\]\d+号/u;
const QUOTED = /^《(?<title>[^《》]{2,60})》$/u;
/** a line opening with a list or heading marker is a heading or an item, never the plan title */
export const LIST_ITEM = /^(?:[一二三四五六七八九十]{1,3}[、.]|\d{1,3}[、.。]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[①-⑳])/u;

/** How many non-blank lines at the top are searched for the title. */
export const TITLE_SEARCH_LINES = 20;

export interface PlanTitle {
  readonly title: string;
  readonly titleSpan: Span;
  /** start of the line that holds the title: the plan starts here */
  readonly lineStart: number;
}

/**
 * The title of a single plan, searched in the first lines of `text` (from `from` to `to`), in this order:
 * 1. a whole line ending with a plan word ("江油市2020-2021学年度(2020年秋)教科研培工作要点"), skipping the
 *    lines of a 红头 notice ("…文件 江教体发〔2020〕73号", "关于印发《…》的通知") and 《》 quotations;
 * 2. a title run into its body ("2022年中小学校本教研工作方案为了贯彻落实…" → "2022年中小学校本教研工作方案");
 * 3. a 《》 quotation alone on a line, without the brackets;
 * 4. the first non-blank line when it is short (≤ 60 chars) and not a list item or heading ("" otherwise).
 * Lines opening with a list marker ("一、", "1、", "(一)") are never titles.
 * null when the text has no non-blank line.
 */
export function detectPlanTitle(text: string, from = 0, to = text.length): PlanTitle | null {
  const rows: { start: number; trimmed: string; trimmedStart: number }[] = [];
  let start = from;
  while (start < to && rows.length < TITLE_SEARCH_LINES) {
    let end = text.indexOf("\n", start);
    if (end < 0 || end > to) end = to;
    const raw = text.slice(start, Math.min(end, start + 400));
    const trimmed = raw.trim();
    if (trimmed.length > 0) rows.push({ start, trimmed, trimmedStart: start + raw.length - raw.trimStart().length });
    start = end + 1;
  }
  const make = (row: (typeof rows)[number], title: string, offset: number): PlanTitle => ({
    title,
    titleSpan: { start: row.trimmedStart + offset, end: row.trimmedStart + offset + title.length },
    lineStart: row.start,
  });
  for (const row of rows) {
    if (row.trimmed.length > 80 || NOTICE.test(row.trimmed) || LIST_ITEM.test(row.trimmed)) continue;
    const m = WHOLE_LINE.exec(row.trimmed);
    if (m) return make(row, row.trimmed, 0);
  }
  for (const row of rows) {
    if (NOTICE.test(row.trimmed) || LIST_ITEM.test(row.trimmed)) continue;
    const title = RUN_IN.exec(row.trimmed)?.groups?.["title"];
    if (title !== undefined) return make(row, title, 0);
  }
  for (const row of rows) {
    const title = QUOTED.exec(row.trimmed)?.groups?.["title"];
    if (title !== undefined) return make(row, title, 1);
  }
  const first = rows[0];
  if (!first) return null;
  const usable = first.trimmed.length <= 60 && !LIST_ITEM.test(first.trimmed);
  return make(first, usable ? first.trimmed : "", 0);
}
