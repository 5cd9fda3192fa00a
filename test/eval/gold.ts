import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseDocument } from "../../src/analyse.js";
import type { Anchor, PlanResult, SectionKind } from "../../src/types.js";

/** corpus/<id>.gold.json, as ANNOTATION.md describes (plan indices added for compilations). */
export interface GoldFile {
  readonly id: string;
  readonly plans: number;
  readonly anchor: Anchor;
  readonly planAnchors?: readonly Anchor[];
  readonly annotatedPlans?: readonly number[];
  readonly sections: readonly { plan?: number; kind: SectionKind; title: string }[];
  readonly targets: readonly { plan?: number; quote: string; value: number; max: number | null; unit: string; comparator: string; per: string | null }[];
  readonly dates: readonly { plan?: number; quote: string; from: string | null; to: string | null; deadline: boolean }[];
}

export interface Counts { tp: number; fp: number; fn: number }
export interface Scores extends Counts { precision: number; recall: number; f1: number }
export interface Accuracy { right: number; total: number; accuracy: number }

export const CORPUS_DIR = new URL("../../corpus/", import.meta.url);

export function loadCorpus(): { id: string; raw: string; gold: GoldFile }[] {
  const dir = CORPUS_DIR.pathname;
  return readdirSync(dir)
    .filter((name) => name.endsWith(".gold.json"))
    .sort()
    .map((name) => {
      const id = name.replace(/\.gold\.json$/, "");
      return { id, raw: readFileSync(join(dir, `${id}.txt`), "utf8"), gold: JSON.parse(readFileSync(join(dir, name), "utf8")) as GoldFile };
    });
}

/** Compare strings as the pipeline sees them: half-width brackets/digits, no white space. */
export function norm(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, "")
    .replace(/[—–－]/g, "-");
}

const scores = ({ tp, fp, fn }: Counts): Scores => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};
const accuracy = (right: number, total: number): Accuracy => ({ right, total, accuracy: total === 0 ? 1 : right / total });

/**
 * Greedy one-to-one matching of gold items to extracted items of the same plan: first exact (normalised) text,
 * then containment either way. `agree` must also hold (e.g. equal values).
 */
function matchItems<G extends { plan?: number; quote: string }, E extends { plan: number; text: string }>(
  gold: readonly G[], extracted: readonly E[], agree: (g: G, e: E) => boolean,
): { pairs: [G, E][]; counts: Counts } {
  const used = new Set<number>();
  const matched = new Set<number>();
  const pairs: [G, E][] = [];
  for (const pass of ["exact", "contains"] as const) {
    gold.forEach((g, gi) => {
      if (matched.has(gi)) return;
      const q = norm(g.quote);
      const index = extracted.findIndex((e, ei) => {
        if (used.has(ei) || (g.plan !== undefined && g.plan !== e.plan) || !agree(g, e)) return false;
        const t = norm(e.text);
        return pass === "exact" ? t === q : t.includes(q) || q.includes(t);
      });
      if (index === -1) return;
      used.add(index);
      matched.add(gi);
      pairs.push([g, extracted[index]!]);
    });
  }
  return { pairs, counts: { tp: pairs.length, fp: extracted.length - used.size, fn: gold.length - pairs.length } };
}

const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });

export interface CorpusScores {
  readonly plans: Accuracy;
  readonly anchors: Accuracy;
  readonly sections: Scores;
  readonly sectionKinds: Scores;
  readonly targets: Scores;
  readonly comparators: Accuracy;
  readonly targetUnits: Accuracy;
  readonly targetPers: Accuracy;
  readonly dates: Scores;
  readonly dateResolution: Accuracy;
  /** resolution over the matched dates whose gold interval is not null (an unknown anchor makes null easy) */
  readonly dateResolutionResolved: Accuracy;
  readonly deadlines: Accuracy;
  readonly perFile: Record<string, { sections: Scores; targets: Scores; dates: Scores }>;
}

/** Runs the pipeline over every corpus document that has gold and scores it per field. */
export function scoreCorpus(): CorpusScores {
  let planRight = 0, planTotal = 0, anchorRight = 0, anchorTotal = 0;
  let sections: Counts = { tp: 0, fp: 0, fn: 0 };
  let kinds: Counts = { tp: 0, fp: 0, fn: 0 };
  let targets: Counts = { tp: 0, fp: 0, fn: 0 };
  let dates: Counts = { tp: 0, fp: 0, fn: 0 };
  let comparatorRight = 0, unitRight = 0, perRight = 0, targetPairs = 0;
  let resolutionRight = 0, deadlineRight = 0, datePairs = 0, resolvedRight = 0, resolvedPairs = 0;
  const perFile: CorpusScores["perFile"] = {};

  for (const { id, raw, gold } of loadCorpus()) {
    const plans: readonly PlanResult[] = analyseDocument(raw, { segment: false }).plans;
    planTotal += 1;
    if (plans.length === gold.plans) planRight += 1;
    const goldAnchors = gold.planAnchors ?? [gold.anchor];
    goldAnchors.forEach((anchor, i) => {
      anchorTotal += 1;
      const got = plans[i]?.anchor;
      if (got && got.year === anchor.year && got.term === anchor.term) anchorRight += 1;
    });
    const counted = (plan: number): boolean => gold.annotatedPlans === undefined || gold.annotatedPlans.includes(plan);
    const withPlan = <T,>(list: readonly T[], plan: number) => list.map((item) => ({ ...item, plan }));

    const top = plans.flatMap((p, i) => p.sections.map((s) => ({ plan: i, text: s.title, kind: s.kind })));
    const goldSections = gold.sections.map((s) => ({ ...s, quote: s.title, plan: gold.plans > 1 ? s.plan : 0 }));
    const exactTitle = (g: { quote: string }, e: { text: string }): boolean => norm(g.quote) === norm(e.text);
    const s = matchItems(goldSections, top, exactTitle).counts;
    const k = matchItems(goldSections, top, (g, e) => exactTitle(g, e) && g.kind === e.kind).counts;

    const goldTargets = gold.targets.filter((t) => counted(t.plan ?? 0));
    const ourTargets = plans.flatMap((p, i) => (counted(i) ? withPlan(p.targets, i) : []));
    const t = matchItems(goldTargets, ourTargets, (g, e) => g.value === e.value);
    for (const [g, e] of t.pairs) {
      targetPairs += 1;
      if (g.comparator === e.comparator) comparatorRight += 1;
      if (g.unit === e.unit) unitRight += 1;
      if ((g.per ?? null) === (e.per ?? null)) perRight += 1;
    }

    const goldDates = gold.dates.filter((d) => counted(d.plan ?? 0));
    const ourDates = plans.flatMap((p, i) => (counted(i) ? withPlan(p.dates, i) : []));
    const d = matchItems(goldDates, ourDates, () => true);
    for (const [g, e] of d.pairs) {
      datePairs += 1;
      if (g.from === e.from && g.to === e.to) resolutionRight += 1;
      if (g.from !== null || g.to !== null) {
        resolvedPairs += 1;
        if (g.from === e.from && g.to === e.to) resolvedRight += 1;
      }
      if (g.deadline === e.deadline) deadlineRight += 1;
    }

    sections = add(sections, s);
    kinds = add(kinds, k);
    targets = add(targets, t.counts);
    dates = add(dates, d.counts);
    perFile[id] = { sections: scores(s), targets: scores(t.counts), dates: scores(d.counts) };
  }
  return {
    plans: accuracy(planRight, planTotal),
    anchors: accuracy(anchorRight, anchorTotal),
    sections: scores(sections),
    sectionKinds: scores(kinds),
    targets: scores(targets),
    comparators: accuracy(comparatorRight, targetPairs),
    targetUnits: accuracy(unitRight, targetPairs),
    targetPers: accuracy(perRight, targetPairs),
    dates: scores(dates),
    dateResolution: accuracy(resolutionRight, datePairs),
    dateResolutionResolved: accuracy(resolvedRight, resolvedPairs),
    deadlines: accuracy(deadlineRight, datePairs),
    perFile,
  };
}
