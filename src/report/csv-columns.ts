import type { SectionKind } from "../types.js";

/** Stable CSV column names (documented in the README). Columns may be added, never renamed or removed. */
export const CORE_SECTION_KINDS: readonly SectionKind[] = ["guiding", "situation", "goals", "measures", "safeguards", "calendar"];

export const PLAN_COLUMNS_BEFORE_ITEMS: readonly string[] = [
  "file", "plan", "title", "anchor_year", "anchor_term",
  ...CORE_SECTION_KINDS.map((kind) => `has_${kind}`),
  "sections", "targets", "dates", "calendar_entries", "placeholders", "coverage_score",
];

export const PLAN_COLUMNS_AFTER_ITEMS: readonly string[] = [
  "findings_error", "findings_warning", "findings_info", "keywords", "error_code", "error_message",
];

/** One coverage column per checklist item: "cov_" + item id, holding the strength 0–1 (0 = not covered). */
export const coverageColumn = (itemId: string): string => `cov_${itemId}`;

export const TARGET_COLUMNS: readonly string[] = [
  "file", "plan", "section_path", "line", "column", "text", "value", "max", "unit", "comparator", "per", "per_count",
  "approximate", "subject", "deadline", "sentence",
];

export const FINDING_COLUMNS: readonly string[] = [
  "file", "plan", "rule_id", "severity", "line", "column", "message", "text",
];
