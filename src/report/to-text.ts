import type { FileResult, Section } from "../types.js";
import type { PlanLocator } from "./to-csv-rows.js";

const where = (locate: PlanLocator, plan: number, offset: number): string => {
  const at = locate(plan, offset);
  return `${at.line}:${at.column}`;
};

function sectionLines(sections: readonly Section[], depth: number, out: string[]): void {
  for (const section of sections) {
    out.push(`${"  ".repeat(depth + 1)}${section.title} [${section.kind}]`);
    sectionLines(section.children, depth + 1, out);
  }
}

/** A terminal report: per plan, the section tree, targets, dates and findings with line:column. */
export function toText(result: FileResult, locate: PlanLocator): string {
  const out: string[] = [`== ${result.file}`];
  if (result.error) {
    out.push(`  error ${result.error.code}: ${result.error.message}`);
    return `${out.join("\n")}\n`;
  }
  result.plans.forEach((plan, index) => {
    const anchor = plan.anchor.year === null ? plan.anchor.term : `${plan.anchor.year} ${plan.anchor.term}`;
    out.push(`-- plan ${index + 1}: ${plan.title} (${anchor})`);
    out.push(" sections:");
    sectionLines(plan.sections, 0, out);
    out.push(` targets (${plan.targets.length}):`);
    for (const t of plan.targets) {
      const range = t.max === null ? `${t.value}` : `${t.value}..${t.max}`;
      const per = t.per ? ` per ${t.perCount && t.perCount > 1 ? `${t.perCount} ` : ""}${t.per}` : "";
      out.push(`  ${where(locate, index, t.start)}  ${t.text}  → ${t.comparator} ${range} ${t.unit}${per}`);
    }
    out.push(` dates (${plan.dates.length}):`);
    for (const d of plan.dates) {
      out.push(`  ${where(locate, index, d.start)}  ${d.text}  → ${d.from ?? "?"}..${d.to ?? "?"}${d.deadline ? " (deadline)" : ""}`);
    }
    if (plan.coverage) out.push(` coverage: ${plan.coverage.score} (${plan.coverage.items.filter((i) => i.covered).map((i) => i.id).join(", ")})`);
    out.push(` findings (${plan.findings.length}):`);
    for (const f of plan.findings) out.push(`  ${where(locate, index, f.start)}  ${f.severity}  ${f.message}  [${f.ruleId}]`);
  });
  return `${out.join("\n")}\n`;
}
