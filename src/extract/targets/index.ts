import type { Section, Target, TimeExpression } from "../../types.js";
import type { Candidate, Matcher, RefineContext, Refiner } from "./_types.js";
import { enclosing, IndexBuffers, indexText, type TextIndex } from "./_text-index.js";
import { findDeadline, findSubject, sectionPathAt } from "./_context.js";
import { coordinated } from "./matchers/coordinated.js";
import { intervalFrequency } from "./matchers/interval-frequency.js";
import { range } from "./matchers/range.js";
import { fraction } from "./matchers/fraction.js";
import { half } from "./matchers/half.js";
import { percent } from "./matchers/percent.js";
import { plainCount } from "./matchers/plain-count.js";
import { attachComparator } from "./refiners/01-attach-comparator.js";
import { attachApproximate } from "./refiners/02-attach-approximate.js";
import { attachPeriod } from "./refiners/03-attach-period.js";
import { dropExcluded } from "./refiners/04-drop-excluded.js";
import { dropPast } from "./refiners/05-drop-past.js";
import { removeOverlapsBy } from "./refiners/06-remove-overlaps.js";
import { scanMatches } from "../scan-matches.js";

export interface ExtractTargetsOptions {
  /** the section tree of the same text: fills sectionPath and drops quantities in situation sections */
  readonly sections?: readonly Section[];
  /** time expressions of the same text: the one in a target's clause becomes its deadline */
  readonly dates?: readonly TimeExpression[];
}

/** Matchers, most specific first (the order breaks ties between overlapping candidates). */
export const MATCHERS: readonly Matcher[] = [
  coordinated, //        分别不少于3次和4次 → two targets
  intervalFrequency, //  二周一次 → per 周 ×2
  range, //              一到两次, 1-2篇, 两三个, 一、二本
  percent, //            百分之九十五, 97%, 90%-95%
  fraction, //           十分之一 → 10 %
  half, //               半小时, 一个半小时 → 0.5, 1.5 小时
  plainCount, //         两套, 15周, 5000字
];

const MATCHER_ORDER = new Map(MATCHERS.map((m, index) => [`targets/${m.name}`, index]));
const priority = (c: Candidate): number => MATCHER_ORDER.get(c.matcher) ?? -1;

/** Refiners, in order. */
export const REFINERS: readonly Refiner[] = [
  attachComparator, //  不少于 / 以上 …, widens the quote
  attachApproximate, // 约 / 左右 / 力争
  attachPeriod, //      每学期 → per
  dropExcluded, //      names, ordinals, ranks, ages, 三周后
  dropPast, //          去年…, 现有…, situation sections
  removeOverlapsBy(priority), // one target per number
];

function runMatchers(text: string, index: TextIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const matcher of MATCHERS) {
    for (const m of scanMatches(text, matcher.pattern, matcher.starts(text, index))) {
      for (const candidate of matcher.extract(m, text)) out.push(candidate);
    }
  }
  return out;
}

/**
 * Every measurable commitment in `text` (ANNOTATION.md "targets"): value, max, unit, comparator, per,
 * approximate, its sentence, subject, section path and deadline. Offsets index into `text`; sorted by start.
 */
export function extractTargets(text: string, options: ExtractTargetsOptions = {}): Target[] {
  const buffers = idleBuffers ?? new IndexBuffers();
  idleBuffers = null;
  try {
    return findTargets(text, options, indexText(text, buffers));
  } finally {
    idleBuffers = buffers;
  }
}

/** Index buffers kept between calls (null while a call uses them): see IndexBuffers. */
let idleBuffers: IndexBuffers | null = new IndexBuffers();

function findTargets(text: string, options: ExtractTargetsOptions, bounds: TextIndex): Target[] {
  const context: RefineContext = { text, sections: options.sections ?? [], dates: options.dates ?? [], bounds };
  let candidates: readonly Candidate[] = runMatchers(text, bounds);
  for (const refine of REFINERS) candidates = refine(candidates, context);
  const targets: Target[] = [];
  for (const c of candidates) targets.push(toTarget(c, context));
  return targets;
}

function toTarget(c: Candidate, { text, bounds, sections, dates }: RefineContext): Target {
  const sentence = enclosing(bounds.sentence, bounds.length, c.start, c.end);
  const clause = enclosing(bounds.clause, bounds.length, c.start, c.end);
  return {
    text: text.slice(c.start, c.end),
    start: c.start,
    end: c.end,
    value: c.value,
    max: c.max,
    unit: c.unit,
    comparator: c.comparator,
    per: c.per,
    perCount: c.per === null ? null : (c.perCount ?? 1),
    approximate: c.approximate,
    sentence, // a fresh { start, end } (enclosing makes one per call)
    sectionPath: sectionPathAt(sections, c.start),
    subject: findSubject(text, sentence, clause, c.start),
    deadline: findDeadline(dates, clause, c),
    matcher: c.matcher,
  };
}

export type { Candidate, Matcher, Refiner, RefineContext } from "./_types.js";
