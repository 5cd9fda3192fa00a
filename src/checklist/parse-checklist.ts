import type * as z from "zod";
import { ChecklistSchema, type Checklist } from "./schema.js";

export type ParseChecklistResult =
  | { readonly ok: true; readonly checklist: Checklist }
  | { readonly ok: false; readonly message: string };

/**
 * Validates a checklist (e.g. a parsed --checklist JSON file). Never throws on bad input: the message
 * names the bad field, one issue per line part: "items[3].phrases.anyOf: expected array, received string".
 */
export function parseChecklist(json: unknown): ParseChecklistResult {
  const parsed = ChecklistSchema.safeParse(json, { reportInput: true });
  if (parsed.success) return { ok: true, checklist: parsed.data };
  return { ok: false, message: parsed.error.issues.map(formatIssue).join("; ") };
}

function formatIssue(issue: z.core.$ZodIssue): string {
  return `${formatPath(issue.path)}: ${describe(issue)}`;
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type") {
    const received = "input" in issue ? typeOf(issue.input) : "unknown";
    return `expected ${issue.expected}, received ${received}`;
  }
  if (issue.code === "unrecognized_keys") return `unexpected key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
  return issue.message;
}

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((key, index) => (typeof key === "number" ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join("");
}
