import type { FileResult, PlanResult } from "../types.js";
import {
  CORE_SECTION_KINDS, coverageColumn, FINDING_COLUMNS, PLAN_COLUMNS_AFTER_ITEMS, PLAN_COLUMNS_BEFORE_ITEMS, TARGET_COLUMNS,
} from "./csv-columns.js";
import type { Point } from "./line-index.js";

export type CsvRow = readonly string[];

/** Maps an offset in a plan's text to a line:column of the file as loaded. */
export type PlanLocator = (planIndex: number, offset: number) => Point;

export function planHeader(itemIds: readonly string[]): CsvRow {
  return [...PLAN_COLUMNS_BEFORE_ITEMS, ...itemIds.map(coverageColumn), ...PLAN_COLUMNS_AFTER_ITEMS];
}

export const targetHeader = (): CsvRow => TARGET_COLUMNS;
export const findingHeader = (): CsvRow => FINDING_COLUMNS;

const QUOTE_LIMIT = 300;
const clip = (text: string): string => (text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT)}…` : text);
const num = (value: number | null): string => (value === null ? "" : String(value));

function planRow(file: string, index: number, plan: PlanResult, itemIds: readonly string[]): CsvRow {
  const count = (severity: string): string => String(plan.findings.filter((f) => f.severity === severity).length);
  const strength = new Map(plan.coverage?.items.map((item) => [item.id, item.covered ? item.strength : 0]) ?? []);
  return [
    file, String(index + 1), plan.title, num(plan.anchor.year), plan.anchor.term,
    ...CORE_SECTION_KINDS.map((kind) => (plan.sections.some((s) => s.kind === kind) ? "1" : "0")),
    String(plan.sections.length), String(plan.targets.length), String(plan.dates.length), String(plan.calendar.length),
    String(plan.placeholders.length), plan.coverage ? String(plan.coverage.score) : "",
    ...itemIds.map((id) => (strength.has(id) ? String(strength.get(id)) : "")),
    count("error"), count("warning"), count("info"), plan.keywords.map((k) => k.term).join(" "), "", "",
  ];
}

/** One row per plan; a file that failed gets one row carrying its error. */
export function toPlanRows(result: FileResult, itemIds: readonly string[]): CsvRow[] {
  if (result.error !== null || result.plans.length === 0) {
    const header = planHeader(itemIds);
    const row = header.map(() => "");
    row[0] = result.file;
    row[header.length - 2] = result.error?.code ?? "no-plan";
    row[header.length - 1] = result.error?.message ?? "no plan text found in the file";
    return [row];
  }
  return result.plans.map((plan, index) => planRow(result.file, index, plan, itemIds));
}

export function toTargetRows(result: FileResult, locate: PlanLocator): CsvRow[] {
  return result.plans.flatMap((plan, index) =>
    plan.targets.map((target) => {
      const at = locate(index, target.start);
      return [
        result.file, String(index + 1), target.sectionPath.join(" > "), String(at.line), String(at.column), target.text,
        String(target.value), num(target.max), target.unit, target.comparator, target.per ?? "", num(target.perCount),
        target.approximate ? "1" : "0", target.subject ?? "", target.deadline?.text ?? "",
        clip(plan.text.slice(target.sentence.start, target.sentence.end)),
      ];
    }),
  );
}

export function toFindingRows(result: FileResult, locate: PlanLocator): CsvRow[] {
  return result.plans.flatMap((plan, index) =>
    plan.findings.map((finding) => {
      const at = locate(index, finding.start);
      return [
        result.file, String(index + 1), finding.ruleId, finding.severity, String(at.line), String(at.column),
        finding.message, clip(plan.text.slice(finding.start, finding.end)),
      ];
    }),
  );
}
