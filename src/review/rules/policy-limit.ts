import { DEFAULT_CHECKLIST, type Checklist, type ChecklistLimit } from "../../checklist/index.js";
import type { PlanResult, Target } from "../../types.js";
import type { Rule, RuleFinding } from "../rule.js";
import { gradesInLimitWords } from "../data/grade-words.js";
import { NATIONAL_LIMITS } from "../data/national-limits.js";

/** Factors to a limit's unit. */
const UNIT_FACTORS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  分钟: { 分钟: 1, 分: 1, 小时: 60, 个小时: 60, 钟头: 60 },
  小时: { 小时: 1, 个小时: 1, 钟头: 1, 分钟: 1 / 60, 分: 1 / 60 },
  课时: { 课时: 1, 节: 1, 节课: 1 },
};

/**
 * policy-limit: a measurable target that commits to more than a national limit allows (or less than
 * a floor requires). The limits are data on checklist items (`limits`); this rule checks those of the
 * default `compulsory-education` checklist, which follow national documents and so apply whatever
 * checklist scored the coverage. For a custom checklist's limits, build the rule with
 * `createPolicyLimitRule(checklist)` and run it in place of this one (the runner takes a rule list).
 *
 * A limit applies to a target when every `when` entry (alternatives split by |) occurs in its scope
 * and no `unless` phrase does; the scope is the target's clause, widened clause by clause towards the
 * start of its sentence only as far as the `when` entries need; units are compared in the limit's unit (小时 →
 * 分钟 …), the target's period must be the limit's (天 = 日; a target without a period counts when its
 * sentence says 每天/每日/日均). The amount a target commits to is its upper value for a range, else
 * its value. Per target, only the strictest broken limit is reported.
 *
 * Sources: 教育部办公厅《关于加强义务教育学校作业管理的通知》2021 (written homework: none in grades
 * 1–2, ≤ 60 minutes a day in grades 3–6, ≤ 90 in junior high); 《义务教育课程方案（2022年版）》
 * (劳动 at least 1 课时 a week); the limits no checklist item holds (sleep) are review data (NATIONAL_LIMITS), checked by
 * the default rule and by a custom one given them as `extra`.
 */
export function createPolicyLimitRule(checklist: Checklist, extra: readonly ChecklistLimit[] = []): Rule {
  const limits = [...checklist.items.flatMap((item) => item.limits ?? []), ...extra];
  // the target units some limit can be compared in: a target in any other unit (篇, 次, 人 …) breaks no limit
  const comparableUnits = new Set(limits.flatMap((limit) => [limit.unit, ...Object.keys(UNIT_FACTORS[limit.unit] ?? {})]));
  return {
    id: "policy-limit",
    severity: "warning",
    description: "A target that commits to more (or less) than a national policy limit allows",
    check: ({ plan }) => {
      const findings: RuleFinding[] = [];
      for (const target of plan.targets) {
        if (comparableUnits.has(target.unit)) findings.push(...checkTarget(plan, target, limits));
      }
      return findings;
    },
    examples: {
      ok: [
        "2022年学校工作计划\n一、工作措施\n严控作业总量，三至六年级每天书面作业不超过60分钟。",
        "2022年学校工作计划\n一、工作措施\n每学期听课不少于15节。",
      ],
      notOk: [
        {
          name: "90 minutes of written homework a day in a primary school",
          input: "2022年学校工作计划\n一、工作措施\n小学三至六年级每天书面作业不超过90分钟。",
          expected: ["Found 书面作业 90分钟 per 天, expected at most 60分钟 (作业管理通知 2021)"],
        },
      ],
    },
  };
}

export const rule: Rule = createPolicyLimitRule(DEFAULT_CHECKLIST, NATIONAL_LIMITS);

const PER_ALIASES: Readonly<Record<string, readonly string[]>> = {
  天: ["天", "日"],
  周: ["周", "星期"],
  月: ["月"],
  学期: ["学期"],
  年: ["年", "学年"],
};

const DAILY_WORDS: Readonly<Record<string, readonly string[]>> = {
  天: ["每天", "每日", "日均", "一天", "天天"],
  周: ["每周", "每星期", "周均"],
};

function checkTarget(plan: PlanResult, target: Target, limits: readonly ChecklistLimit[]): RuleFinding[] {
  // most targets (篇, 次, 人 …) break no limit whatever their sentence says: skip the scope work for them
  if (!limits.some((limit) => breachOf(limit, amountIn(limit.unit, target)) !== null)) return [];
  const holds = target.sentence.start <= target.start && target.end <= target.sentence.end;
  const sentence = holds ? plan.text.slice(target.sentence.start, target.sentence.end) : target.text;
  const at = holds ? target.start - target.sentence.start : 0;
  const others = holds ? otherTargetsIn(plan, target) : [];
  const clauses = clauseWindows(sentence, at, at + target.end - target.start, others);
  const windows = new Map(limits.map((limit) => [limit, scopeOf(limit, clauses)] as const));
  const broken = limits
    .filter((limit) => windows.get(limit) !== null && samePeriod(limit, target, sentence))
    .filter((limit) => {
      const widened = windows.get(limit) !== clauses.windows[0];
      return !floorOfAnotherThing(limit, target, widened) && !amountOfAnotherThing(limit, widened, clauses.ownPrefix);
    })
    .map((limit) => ({ limit, breach: breachOf(limit, amountIn(limit.unit, target)) }))
    .filter((entry): entry is { limit: ChecklistLimit; breach: string } => entry.breach !== null)
    .sort((a, b) => strictness(a.limit) - strictness(b.limit));
  const first = broken[0];
  if (!first) return [];
  const { limit, breach } = first;
  const what = firstWhen(limit, windows.get(limit) ?? sentence);
  const per = target.per ?? limit.per;
  const found = `${what}${what ? " " : ""}${formatNumber(target)}${target.unit}${per ? ` per ${per}` : ""}`;
  return [
    {
      start: target.start,
      end: target.end,
      message: `Found ${found}, expected ${breach}${limit.unit} (${limit.source})`,
      note: limit.note,
      actual: target.text,
      expected: [`${breach}${limit.unit}${limit.per ? ` per ${limit.per}` : ""}`],
    },
  ];
}

/**
 * Whether the target is a floor (不少于2小时) that only a wider scope ties to a ceiling's subject: plans give
 * homework ceilings and give floors to sleep, PE and 课后服务, so a floor in a clause that does not itself name the
 * limited thing is about something else ("三至六年级书面作业每天不超过60分钟，课后服务每天不少于2小时"). A floor
 * in the thing's own clause still breaks a lower ceiling ("读书笔记每学期不少于20篇" against at most 10).
 */
function floorOfAnotherThing(limit: ChecklistLimit, target: Target, widened: boolean): boolean {
  return widened && limit.max !== undefined && (target.comparator === ">=" || target.comparator === ">");
}

/**
 * Whether a floor's thing reaches the target only through a wider scope while the target's own clause names something
 * else: "保证充足睡眠，每天锻炼1小时" is exercise, not sleep. A clause naming only who and how often goes on with the
 * thing named before ("睡眠时间：小学生每天不少于10小时，初中生不少于9小时").
 */
function amountOfAnotherThing(limit: ChecklistLimit, widened: boolean, ownPrefix: string): boolean {
  return widened && limit.min !== undefined && ownPrefix.replace(WHO_AND_HOW_OFTEN, "") !== "";
}

const WHO_AND_HOW_OFTEN =
  /小学|初中|高中|中学|[一二三四五六七八九]年级|[低中高](?:年级|段)|学生|生|每天|每日|每周|日均|平均|均|应|要|须|保证|确保|达到|安排|开设|[至到、和及与]|[ ]/gu;

/** "at most 60" / "at least 1" when the committed amounts break the limit, else null. */
function breachOf(limit: ChecklistLimit, amount: { readonly low: number; readonly high: number } | null): string | null {
  if (amount === null) return null;
  if (limit.max !== undefined && amount.high > limit.max) return `at most ${limit.max}`;
  if (limit.min !== undefined && amount.low < limit.min) return `at least ${limit.min}`;
  return null;
}

const CLAUSE_END = /[，,；;：:]/u;

interface ClauseWindows {
  /** the candidate scopes, narrowest first, their grades in the limits' words */
  readonly windows: readonly string[];
  /** per window, the text its `unless` phrases are looked for in: the clauses holding another target left out */
  readonly unlessTexts: readonly string[];
  /** the target's own clause up to the target */
  readonly ownPrefix: string;
}

/**
 * The candidate scopes of a target in its sentence, narrowest first: its own clause (split on
 * ，；：), then that clause with the one before it, and so on back to the sentence start. A clause
 * about another grade ("一二年级不布置书面作业，三至六年级每天书面作业不超过90分钟") thus only joins
 * the scope when a `when` entry needs it. An exemption (`unless`) is read in the clauses of this target only: a
 * clause with a target of its own is about that target ("严控书面作业总量，初中不超过90分钟，小学三至六年级不超过
 * 90分钟": 初中 exempts the first 90 from the primary limit, not the second).
 */
function clauseWindows(sentence: string, start: number, end: number, others: readonly number[]): ClauseWindows {
  let clauseEnd = end;
  while (clauseEnd < sentence.length && !CLAUSE_END.test(sentence.charAt(clauseEnd))) clauseEnd += 1;
  const starts = [0];
  for (let i = 0; i < start; i += 1) if (CLAUSE_END.test(sentence.charAt(i))) starts.push(i + 1);
  starts.reverse(); // starts[0] is now the start of the target's own clause
  const ownPrefix = sentence.slice(starts[0], start);
  const count = namesOwnTime(ownPrefix) ? 1 : starts.length;
  const windows: string[] = [];
  const unlessTexts: string[] = [];
  let kept = "";
  for (let k = 0; k < count; k++) {
    const from = starts[k]!;
    const to = k === 0 ? clauseEnd : starts[k - 1]!;
    const clause = sentence.slice(from, to);
    if (k === 0 || !others.some((at) => at >= from && at < to)) kept = clause + kept;
    windows.push(gradesInLimitWords(sentence.slice(from, clauseEnd)));
    unlessTexts.push(gradesInLimitWords(kept));
  }
  return { windows, unlessTexts, ownPrefix };
}

/** The starts (in the target's sentence) of the other targets of that sentence. */
function otherTargetsIn(plan: PlanResult, target: Target): number[] {
  const { start, end } = target.sentence;
  const at: number[] = [];
  for (const other of plan.targets) if (other !== target && other.start >= start && other.start < end) at.push(other.start - start);
  return at;
}

/**
 * Whether a clause names a time of its own before the target ("学生在校时间不超过8小时", "睡眠时间"): then it is
 * about that time, not about the homework an earlier clause named, and its scope stays the clause. 完成时间 and
 * 作业时间 are the homework's own time ("三至六年级每天完成时间不超过90分钟" after "书面作业总量：").
 */
function namesOwnTime(clause: string): boolean {
  return /时间|时长/u.test(clause) && !/作业|完成/u.test(clause);
}

/** The narrowest scope holding every `when` entry, or null when none does or this target's clauses in it hold an `unless` phrase. */
function scopeOf(limit: ChecklistLimit, clauses: ClauseWindows): string | null {
  const when = limit.when ?? [];
  const k = clauses.windows.findIndex((window) => when.every((entry) => entry.split("|").some((phrase) => window.includes(phrase))));
  if (k < 0) return null;
  const own = clauses.unlessTexts[k]!;
  return (limit.unless ?? []).some((phrase) => own.includes(phrase)) ? null : clauses.windows[k]!;
}

function samePeriod(limit: ChecklistLimit, target: Target, sentence: string): boolean {
  if (!limit.per) return true;
  if (target.per === null) return (DAILY_WORDS[limit.per] ?? []).some((word) => sentence.includes(word));
  return (PER_ALIASES[limit.per] ?? [limit.per]).includes(target.per) && (target.perCount ?? 1) === 1;
}

/**
 * What the target commits to, in the limit's unit, or null when the units don't compare: a range
 * commits to value..max, anything else to its value.
 */
function amountIn(unit: string, target: Target): { readonly low: number; readonly high: number } | null {
  const factor = target.unit === unit ? 1 : UNIT_FACTORS[unit]?.[target.unit];
  if (factor === undefined) return null;
  const high = target.comparator === "range" ? (target.max ?? target.value) : target.value;
  return { low: target.value * factor, high: high * factor };
}

/** Smaller = stricter: report the tightest ceiling broken. */
function strictness(limit: ChecklistLimit): number {
  return limit.max ?? -(limit.min ?? 0);
}

function firstWhen(limit: ChecklistLimit, sentence: string): string {
  const entry = limit.when?.[0];
  if (!entry) return "";
  return entry.split("|").find((phrase) => sentence.includes(phrase)) ?? "";
}

function formatNumber(target: Target): string {
  return target.comparator === "range" && target.max !== null ? `${target.value}-${target.max}` : String(target.value);
}
