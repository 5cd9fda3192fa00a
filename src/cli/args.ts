import { parseArgs } from "node:util";
import * as z from "zod";

export class UsageError extends Error {}

const FORMATS = ["csv", "json", "jsonl", "text"] as const;
export type OutputFormat = (typeof FORMATS)[number];

const AnalyseArgsSchema = z.object({
  inputs: z.array(z.string()).min(1, "expected at least one file, folder or glob"),
  format: z.enum(FORMATS).optional(),
  out: z.string().min(1).optional(),
  targetsCsv: z.string().min(1).optional(),
  findingsCsv: z.string().min(1).optional(),
  checklist: z.string().min(1).optional(),
  config: z.string().min(1).optional(),
  jobs: z.coerce.number().int("expected a whole number").min(1).max(256).optional(),
  anchor: z.string().regex(/^\d{4}(-(autumn|spring|year))?$/, "expected YEAR-TERM such as 2022-autumn, 2023-spring or 2022-year").optional(),
  reference: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a day as YYYY-MM-DD").optional(),
  segment: z.boolean(),
  batchKeywords: z.boolean(),
  shard: z
    .string()
    .regex(/^\d+\/\d+$/, "expected i/n such as 2/8")
    .refine((s) => { const [i, n] = s.split("/").map(Number); return n! >= 1 && i! >= 1 && i! <= n!; }, "expected 1 <= i <= n")
    .optional(),
  resume: z.boolean(),
  maxSize: z.coerce.number().positive("expected a size in MB above 0").optional(),
  quiet: z.boolean(),
});

export type AnalyseArgs = z.infer<typeof AnalyseArgsSchema>;

export type Command =
  | { readonly kind: "help"; readonly topic: "main" | "analyse" }
  | { readonly kind: "version" }
  | { readonly kind: "rules" }
  | { readonly kind: "analyse"; readonly args: AnalyseArgs };

const FLAG_NAMES: Record<string, string> = {
  targetsCsv: "--targets-csv", findingsCsv: "--findings-csv", maxSize: "--max-size", batchKeywords: "--batch-keywords", inputs: "<file|dir|glob>",
};

/** argv (without node and script) → a command; throws UsageError with a message naming the option. */
export function parseCommand(argv: readonly string[]): Command {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") return { kind: "help", topic: "main" };
  if (command === "--version" || command === "-v") return { kind: "version" };
  if (command === "rules") return { kind: "rules" };
  if (command !== "analyse" && command !== "analyze") throw new UsageError(`unknown command "${command}", expected analyse or rules`);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        format: { type: "string" }, out: { type: "string", short: "o" }, "targets-csv": { type: "string" },
        "findings-csv": { type: "string" }, checklist: { type: "string" }, config: { type: "string" },
        jobs: { type: "string", short: "j" }, anchor: { type: "string" }, reference: { type: "string" },
        "no-segment": { type: "boolean" }, "batch-keywords": { type: "boolean" }, shard: { type: "string" }, resume: { type: "boolean" },
        "max-size": { type: "string" }, quiet: { type: "boolean", short: "q" }, help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const v = parsed.values;
  if (v.help) return { kind: "help", topic: "analyse" };
  const result = AnalyseArgsSchema.safeParse({
    inputs: parsed.positionals, format: v.format, out: v.out, targetsCsv: v["targets-csv"], findingsCsv: v["findings-csv"],
    checklist: v.checklist, config: v.config, jobs: v.jobs, anchor: v.anchor, reference: v.reference,
    segment: !v["no-segment"], batchKeywords: v["batch-keywords"] ?? false, shard: v.shard, resume: v.resume ?? false, maxSize: v["max-size"], quiet: v.quiet ?? false,
  });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = String(issue.path[0] ?? "");
    throw new UsageError(`${FLAG_NAMES[key] ?? `--${key}`}: ${issue.message}`);
  }
  const args = result.data;
  if (args.batchKeywords && !args.segment) throw new UsageError("--batch-keywords: needs segmentation, drop --no-segment");
  if (args.resume && !(args.out && formatOf(args) === "jsonl")) throw new UsageError("--resume: expected --format jsonl with --out FILE");
  return { kind: "analyse", args };
}

/** The output format: --format, else from --out's extension, else json. */
export function formatOf(args: Pick<AnalyseArgs, "format" | "out">): OutputFormat {
  if (args.format) return args.format;
  const extension = args.out?.toLowerCase().match(/\.(csv|jsonl|json|txt)$/)?.[1];
  return extension === "txt" ? "text" : ((extension as OutputFormat | undefined) ?? "json");
}
