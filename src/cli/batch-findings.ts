import { toCsv, type CsvRow, type PlanLocator } from "../report/index.js";
import { findTemplateCopies, fingerprintText, templateCopyFinding, type BatchPrint } from "../review/index.js";
import type { Finding, PlanResult, Severity } from "../types.js";

/** What a worker sends back per plan for the batch rules: a fingerprint and where the plan starts. */
export interface PlanPrint {
  /** 0-based plan index within its file */
  readonly plan: number;
  readonly title: string;
  readonly length: number;
  readonly size: number;
  readonly sketch: readonly number[];
  /** line:column of the plan's first character in the file as loaded; null when unknown (a resumed file since edited) */
  readonly line: number | null;
  readonly column: number | null;
}

/**
 * A finding that needs the whole batch (template-copy). In JSON/JSONL output these are written as one last record
 * {"file": null, "error": null, "plans": [], "batchFindings": [...]}: start/end index plans[planIndex].text of `file`.
 */
export interface BatchFinding extends Pick<Finding, "ruleId" | "source" | "severity" | "message" | "note" | "actual" | "start" | "end"> {
  readonly file: string;
  readonly planIndex: number;
  readonly copyOf: { readonly file: string; readonly planIndex: number; readonly title: string };
  /** where the plan starts in the file; not part of the JSON record */
  readonly line: number | null;
  readonly column: number | null;
  readonly title: string;
}

function planPrint(plan: number, title: string, text: string, line: number | null, column: number | null): PlanPrint {
  const { size, sketch } = fingerprintText(text);
  return { plan, title, length: text.length, size, sketch, line, column };
}

/** The fingerprints of a file's plans, each placed where `locate` puts its start (null: places unknown). */
export function planPrints(plans: readonly PlanResult[], locate: PlanLocator | null): PlanPrint[] {
  return plans.map((plan, index) => {
    const at = locate?.(index, 0) ?? null;
    return planPrint(index, plan.title, plan.text, at?.line ?? null, at?.column ?? null);
  });
}

/**
 * Collects plan fingerprints as files finish (about 1 KB per plan, never the texts) and, at the end, the
 * template-copy findings of the batch. Plans of one file (a compilation of 范文) are not compared with each other.
 */
export class BatchPrints {
  private readonly files: string[] = [];
  private readonly prints: { fileIndex: number; print: PlanPrint }[] = [];

  add(file: string, prints: readonly PlanPrint[]): void {
    const fileIndex = this.files.push(file) - 1;
    for (const print of prints) this.prints.push({ fileIndex, print });
  }

  templateCopies(severity: Severity): BatchFinding[] {
    const entries = this.prints
      .map(({ fileIndex, print }) => ({ fileIndex, print, file: this.files[fileIndex]! }))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.print.plan - b.print.plan));
    const batch: BatchPrint[] = entries.map(({ file, print }) => ({
      group: file, length: print.length, fingerprint: { size: print.size, sketch: print.sketch },
    }));
    return findTemplateCopies(batch).map(({ index, other, share }) => {
      const own = entries[index]!;
      const copied = entries[other]!;
      const name = `${copied.file} (plan ${copied.print.plan + 1}, “${copied.print.title}”)`;
      const finding = templateCopyFinding(own.print.length, own.print.title, share, name);
      return {
        file: own.file, planIndex: own.print.plan, ruleId: "template-copy", source: "planlens", severity, ...finding,
        copyOf: { file: copied.file, planIndex: copied.print.plan, title: copied.print.title },
        line: own.print.line, column: own.print.column, title: own.print.title,
      };
    });
  }
}

/** The JSON/JSONL record carrying batch findings (no line/column/title: those are for people). */
export function batchRecord(findings: readonly BatchFinding[]): string {
  const batchFindings = findings.map(({ line: _line, column: _column, title: _title, ...rest }) => rest);
  return JSON.stringify({ file: null, error: null, plans: [], batchFindings });
}

/** Rows for --findings-csv (FINDING_COLUMNS), appended after the per-file rows. */
export function batchFindingRows(findings: readonly BatchFinding[]): string {
  const rows: CsvRow[] = findings.map((f) => [
    f.file, String(f.planIndex + 1), f.ruleId, f.severity, f.line === null ? "" : String(f.line),
    f.column === null ? "" : String(f.column), f.message, f.title,
  ]);
  return rows.length > 0 ? toCsv(rows) : "";
}

/** The --format text section appended at the end of the report. */
export function batchText(findings: readonly BatchFinding[]): string {
  if (findings.length === 0) return "";
  const lines = [`== batch findings (${findings.length})`];
  for (const f of findings) {
    const at = f.line === null ? "" : `:${f.line}:${f.column}`;
    lines.push(`  ${f.file}${at} plan ${f.planIndex + 1}  ${f.severity}  ${f.message}  [${f.ruleId}]`);
  }
  return `${lines.join("\n")}\n`;
}

/** The summary line on stderr: how many plans, and the first few pairs. */
export function batchSummary(findings: readonly BatchFinding[]): string {
  if (findings.length === 0) return "";
  const shown = findings
    .slice(0, 3)
    .map((f) => `${f.file}#${f.planIndex + 1} ≈ ${f.copyOf.file}#${f.copyOf.planIndex + 1} (${f.actual}%)`);
  const more = findings.length > 3 ? `, … (${findings.length - 3} more)` : "";
  return `planlens: template-copy: ${findings.length} plans share most of their text with another plan: ${shown.join(", ")}${more}\n`;
}
