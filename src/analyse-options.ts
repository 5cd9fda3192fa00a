import * as z from "zod";
import type { Anchor } from "./types.js";
import { DEFAULT_CHECKLIST, formatPath, parseChecklist, type Checklist } from "./checklist/index.js";
import type { RuleSettings } from "./review/index.js";

const AnchorSchema = z.object({
  year: z.number().int().min(1900).max(2200).nullable(),
  term: z.enum(["autumn", "spring", "year", "unknown"]),
});

export const AnalyseOptionsSchema = z
  .object({
    anchor: AnchorSchema.optional(),
    reference: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day as YYYY-MM-DD")
      .optional(),
    checklist: z.unknown().optional(),
    segment: z.boolean().optional(),
    traditionalToSimplified: z.boolean().optional(),
    rules: z.record(z.string(), z.union([z.enum(["off", "error", "warning", "info"]), z.boolean()])).optional(),
  })
  .strict();

export interface AnalyseOptions {
  /** the plan's school period; detected from the title when absent */
  readonly anchor?: Anchor;
  /** the day relative expressions (明天, 下周三, 29日) resolve against, YYYY-MM-DD; never the clock */
  readonly reference?: string;
  /** defaults to the compulsory-education checklist */
  readonly checklist?: Checklist;
  /** default true; false skips jieba: no tokens or keywords */
  readonly segment?: boolean;
  /** convert Traditional Chinese to Simplified before analysis (default false) */
  readonly traditionalToSimplified?: boolean;
  /** per rule id: "off" | a severity */
  readonly rules?: RuleSettings;
}

/** Zod issues as one line naming the field: "anchor.term: Invalid option: expected one of …". */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
    .join("; ");
}

// A checklist object is validated once; the parsed copy (defaults filled) is reused, so the compiled-checklist
// cache, keyed by object, keeps working across calls.
const validatedChecklists = new WeakMap<object, Checklist>();

function validateChecklist(checklist: unknown): Checklist {
  if (checklist === DEFAULT_CHECKLIST) return DEFAULT_CHECKLIST;
  if (typeof checklist === "object" && checklist !== null) {
    const known = validatedChecklists.get(checklist);
    if (known) return known;
  }
  const parsed = parseChecklist(checklist);
  if (!parsed.ok) throw new TypeError(`planlens: invalid options: checklist: ${parsed.message}`);
  if (typeof checklist === "object" && checklist !== null) validatedChecklists.set(checklist, parsed.checklist);
  return parsed.checklist;
}

/**
 * Validates options at the library boundary; a bad option (or checklist) is a programmer error and throws a
 * TypeError naming the field ("anchor.term: …", "checklist.items[3].phrases.anyOf: …").
 */
export function validateAnalyseOptions(options: unknown): AnalyseOptions {
  const parsed = AnalyseOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) throw new TypeError(`planlens: invalid options: ${formatIssues(parsed.error)}`);
  const given = options as AnalyseOptions | undefined;
  if (given?.checklist === undefined) return given ?? {};
  return Object.assign({}, given, { checklist: validateChecklist(given.checklist) });
}
