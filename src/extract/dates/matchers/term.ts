import { fromMatch } from "../_candidate.js";
import { readCalendarNumber } from "../_numerals.js";
import { currentSchoolYear, currentTerm, shiftTerm, termEdgeMonth, termMonth, termOfSchoolYear, termRange } from "../resolve.js";
import type { Matcher } from "../_types.js";

/**
 * The plan's term and its neighbours: "本学期", "这学期", "今学期", "新学期", "下学期" (the next term),
 * "上学期" (the previous one), "本学期初/末", "新学期伊始" (its first month), "本学期中期" (its third, like 期中), "第二学期" (of the plan's school year); "上学期期末", "本学期期中", "下学期期初"
 * are that term's point (the months term-part gives 期初/期中/期末, in the named term: a spring plan's "上学期期末质量分析"
 * is January, not July).
 * After a grade ("七年级上学期", "高二下学期") 上/下学期 are the first/second term of the plan's school year.
 * Not "每学期" (a frequency) nor "一学期" (a duration).
 */
const PATTERN =
  /(?:(?<rel>本|这|今|新|该|上|下|这个|上个|下个|上一|下一|上一个|下一个)学期|(?<![0-9〇零一二两三四五六七八九十每个年])第(?<nth>[一二12])学期)(?<edge>初(?![中一二三级])|伊始|末(?!考)|中[期段]|期(?:初|中|末))?/gu;

/** A grade right before: 七年级, 一年级, 初二, 高一. */
const GRADE_BEFORE = /(?:年级|[初高][一二三])$/u;

export const term: Matcher = {
  name: "term",
  pattern: PATTERN,
  trigger: { lead: "本这今新该上下第", key: "期", before: "本这今新该上下个一第二12学" },
  extract: (match, context) => {
    const g = match.groups ?? {};
    let target;
    // "七年级上学期", "初二下学期": after a grade, 上/下学期 is the grade's first/second term of the plan's school year
    // (a spring plan's 八年级下学期 is its own term, not the next one), like 第一/第二学期
    const afterGrade = (g.rel === "上" || g.rel === "下") && GRADE_BEFORE.test(context.text.slice(Math.max(0, match.index - 3), match.index));
    if (g.nth !== undefined || afterGrade) {
      const start = currentSchoolYear(context);
      const which = afterGrade ? (g.rel === "上" ? 1 : 2) : readCalendarNumber(g.nth ?? "") === 1 ? 1 : 2;
      target = start === null ? null : termOfSchoolYear(start, which);
    } else {
      const current = currentTerm(context);
      const shift = g.rel?.startsWith("上") ? -1 : g.rel?.startsWith("下") ? 1 : 0;
      target = current === null ? null : shiftTerm(current, shift);
    }
    if (g.edge !== undefined) {
      const interval = termMonth(target, termEdgeMonth(g.edge));
      return fromMatch(match, "term", { interval, grain: "month" });
    }
    return fromMatch(match, "term", { interval: termRange(target), grain: "term" });
  },
};
