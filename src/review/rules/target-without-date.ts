import { charSet } from "../../char-table.js";
import type { CalendarEntry, PlanResult, Span } from "../../types.js";
import type { Rule, RuleFinding } from "../rule.js";
import { countLess } from "./_count-less.js";
import { inOrderOfStart } from "./_in-order-of-start.js";

/**
 * target-without-date: a measurable target with no time expression in its clause, so nobody can tell
 * when it is due ("开展一次评选" — by when?). "12月前开展一次评选" and "本学期开展一次评选" are fine.
 *
 * A frequency (每周一次, 每学期不少于15篇, 二周一次) carries its own time frame and is not reported.
 * The clause is the stretch between ，；。！？ (and line breaks) around the target. Two more places date a target,
 * as a reader takes them: a sentence opened by a clause that only names a time ("本学期，…", "开学初，…",
 * "从本学期起，…") is about that time throughout, up to its 。 or ；; and a target in an item of the 行事历 is
 * dated by the item's month ("10月份：青年教师赛课，评出一等奖3名"). A leading clause that also says what is
 * done ("9月底前完成方案，完成一次检查") is that work's deadline, not the sentence's. Severity info: a date for
 * the whole section may still cover it.
 */

const CLAUSE_BREAK = charSet("，,；;。！？!?\n");
const COMMA = charSet("，,");
/** A list marker and spaces opening a sentence: "1." "（3）" "二、" */
const LEADING_MARKER = /^[\s\u3000]*(?:[(（][0-9一二三四五六七八九十]{1,3}[)）]|[0-9一二三四五六七八九十]{1,3}[、.．)）])?[\s\u3000]*/u;
/** Characters a bare time clause may hold besides its time: 在/于/从 … 起/内/前 ("从本学期起", "在国庆节前"). */
const TIME_CLAUSE_SLACK = 2;

interface DateIndex {
  /** whether some span overlaps `from`..`to` */
  readonly overlaps: (from: number, to: number) => boolean;
  /** how many characters of `from`..`to` the spans lying wholly inside it cover */
  readonly lengthWithin: (from: number, to: number) => number;
}

/**
 * Lookups over spans (dates, 行事历 items) sorted by start with the running maximum of their ends, so a lookup is
 * a binary search (a plan with thousands of targets and dates stays near-linear).
 */
function spanIndex(spans: readonly Span[]): DateIndex {
  const sorted = inOrderOfStart(spans);
  const starts = sorted.map((d) => d.start);
  const maxEnd: number[] = [];
  for (const d of sorted) maxEnd.push(Math.max(d.end, maxEnd.at(-1) ?? -Infinity));
  return {
    overlaps: (from, to) => {
      const before = countLess(starts, to); // the spans starting before `to`
      return before > 0 && maxEnd[before - 1]! > from;
    },
    lengthWithin: (from, to) => {
      let covered = 0;
      let reached = from; // dates may overlap ("12月" inside "12月底前"): count each character once
      for (let i = countLess(starts, from); i < sorted.length && sorted[i]!.start < to; i += 1) {
        const span = sorted[i]!;
        if (span.end > to) continue;
        covered += Math.max(0, span.end - Math.max(span.start, reached));
        reached = Math.max(reached, span.end);
      }
      return covered;
    },
  };
}

/** The items of the 行事历 entries that name a time: a target inside one is dated by its entry. */
function calendarItems(calendar: readonly CalendarEntry[]): Span[] {
  const items: Span[] = [];
  for (const entry of calendar) {
    if (entry.when.from === null) continue;
    for (const item of entry.items) items.push(item);
  }
  return items;
}

/** Whether a date overlaps the target's clause: the stretch around it up to a clause break, at most `limit` characters each way. */
function clauseHasDate(
  text: string,
  target: Span,
  dates: DateIndex,
  limit = 200,
): boolean {
  let start = target.start;
  while (start > 0 && target.start - start < limit && !CLAUSE_BREAK(text.charCodeAt(start - 1))) start -= 1;
  let end = target.end;
  while (end < text.length && end - target.end < limit && !CLAUSE_BREAK(text.charCodeAt(end))) end += 1;
  return dates.overlaps(start, end) || opensWithTimeClause(text, start, dates, limit);
}

/**
 * Whether the sentence holding the clause that starts at `clauseStart` opens with a clause that only names a
 * time: back over commas to the sentence start (。；！？ or a line break), then its first clause, less a list
 * marker, must be dates but for TIME_CLAUSE_SLACK characters.
 */
function opensWithTimeClause(text: string, clauseStart: number, dates: DateIndex, limit: number): boolean {
  let start = clauseStart;
  // only a comma before the clause continues its sentence
  while (start > 0 && clauseStart - start < limit && COMMA(text.charCodeAt(start - 1))) {
    start -= 1;
    while (start > 0 && clauseStart - start < limit && !CLAUSE_BREAK(text.charCodeAt(start - 1))) start -= 1;
  }
  if (start === clauseStart) return false; // the target's clause opens its sentence: already checked
  let end = start;
  while (!COMMA(text.charCodeAt(end))) end += 1; // a comma follows: the loop above went back over one
  const clause = text.slice(start, end);
  const from = start + (LEADING_MARKER.exec(clause)?.[0].length ?? 0);
  const dated = dates.lengthWithin(from, end);
  return dated > 0 && end - from - dated <= TIME_CLAUSE_SLACK;
}

function undatedTargets(plan: PlanResult): RuleFinding[] {
  const findings: RuleFinding[] = [];
  // the indexes are built for the first target that needs them: many plans have none
  let dates: DateIndex | null = null;
  let inCalendar: DateIndex | null = null;
  for (const target of plan.targets) {
    if (target.per !== null || target.deadline !== null) continue;
    dates ??= spanIndex(plan.dates);
    inCalendar ??= spanIndex(calendarItems(plan.calendar));
    if (inCalendar.overlaps(target.start, target.end) || clauseHasDate(plan.text, target, dates)) continue;
    findings.push({
      start: target.start,
      end: target.end,
      message: `Found target ${target.text} with no date in its clause, expected a time such as 12月底前 or 本学期`,
      actual: target.text,
    });
  }
  return findings;
}

export const rule: Rule = {
  id: "target-without-date",
  severity: "info",
  description: "A measurable target with no time expression in its clause",
  check: ({ plan }) => undatedTargets(plan),
  examples: {
    ok: [
      "2020年秋季工作计划\n一、工作措施\n12月底前开展一次优秀案例评选。本学期组织讲座两次以上。每周开展一次集体备课。",
    ],
    notOk: [
      {
        name: "a count with no time",
        input: "2020年秋季工作计划\n一、工作措施\n12月底前开展一次优秀案例评选。组织讲座两次以上。",
        expected: ["Found target 两次以上 with no date in its clause, expected a time such as 12月底前 or 本学期"],
      },
    ],
  },
};
