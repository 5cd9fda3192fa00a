import { validateAnalyseOptions, type AnalyseOptions } from "./analyse-options.js";
import { DEFAULT_CHECKLIST, scoreCoverage } from "./checklist/index.js";
import { prepareText } from "./clean/index.js";
import { extractDates } from "./extract/dates/index.js";
import { extractTargets } from "./extract/targets/index.js";
import { extractKeywords } from "./keywords/index.js";
import { runRules } from "./review/index.js";
import { segment } from "./segment/index.js";
import { detectPlaceholders, splitCompilation } from "./split/index.js";
import { detectAnchor, extractCalendar, parseSections } from "./structure/index.js";
import type { PlanResult, Removal } from "./types.js";

export interface DocumentAnalysis {
  readonly plans: readonly PlanResult[];
  /** what cleaning removed, by which rule; offsets into the normalised input */
  readonly removed: readonly Removal[];
  /** maps an offset in plans[planIndex].text back to an offset in the raw input */
  readonly toOriginal: (planIndex: number, offset: number) => number;
}

/** One result per plan in the text (a compilation of 范文 gives several). Pure and deterministic. */
export function analyse(text: string, options: AnalyseOptions = {}): PlanResult[] {
  return [...analyseDocument(text, options).plans];
}

export function analyseDocument(raw: string, options: AnalyseOptions = {}): DocumentAnalysis {
  const settings = validateAnalyseOptions(options);
  const { prepared, slices, toOriginal } = preparePlans(raw, settings);
  const plans = slices.map((slice) => analysePlan(prepared.text.slice(slice.start, slice.end), slice.title, settings));
  return { plans, removed: prepared.removals, toOriginal };
}

/**
 * The plans' texts in `raw` and the map back into it, as analyseDocument finds them but without analysing them:
 * what places an earlier analysis of the same text (a resumed batch) in the file.
 */
export function locatePlans(raw: string, options: AnalyseOptions = {}): Pick<DocumentAnalysis, "toOriginal"> & { readonly texts: readonly string[] } {
  const { prepared, slices, toOriginal } = preparePlans(raw, validateAnalyseOptions(options));
  return { texts: slices.map((slice) => prepared.text.slice(slice.start, slice.end)), toOriginal };
}

function preparePlans(raw: string, settings: AnalyseOptions) {
  const prepared = prepareText(raw, { traditionalToSimplified: settings.traditionalToSimplified ?? false });
  const slices = splitCompilation(prepared.text);
  const toOriginal = (planIndex: number, offset: number): number =>
    prepared.toOriginal((slices[planIndex]?.start ?? 0) + offset);
  return { prepared, slices, toOriginal };
}

function analysePlan(text: string, title: string, options: AnalyseOptions): PlanResult {
  const anchor = options.anchor ?? detectAnchor(title, text);
  const sections = parseSections(text);
  const dates = extractDates(text, { anchor, ...(options.reference ? { reference: options.reference } : {}) });
  const targets = extractTargets(text, { sections, dates });
  const calendar = extractCalendar(text, sections, anchor);
  const placeholders = detectPlaceholders(text);
  const keywords = options.segment === false ? [] : extractKeywords(segment(text), { top: 10 });
  const coverage = scoreCoverage({ text, targets, dates }, options.checklist ?? DEFAULT_CHECKLIST);
  const plan: PlanResult = {
    title, anchor, text, sections, targets, dates, calendar, coverage, findings: [], keywords, placeholders,
  };
  const checklist = options.checklist ? { checklist: options.checklist } : {};
  return { ...plan, findings: runRules(plan, { settings: options.rules ?? {}, ...checklist }) };
}
