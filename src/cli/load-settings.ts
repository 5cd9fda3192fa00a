import { readFile } from "node:fs/promises";
import * as z from "zod";
import { formatIssues } from "../analyse-options.js";
import { parseChecklist, type Checklist } from "../checklist/index.js";
import type { RuleSettings } from "../review/index.js";
import { UsageError } from "./args.js";

async function readJson(path: string, flag: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EISDIR") throw new UsageError(`${flag}: ${path} is a folder, expected a JSON file`);
    if (code === "ENOENT") throw new UsageError(`${flag}: ${path}: no such file`);
    throw new UsageError(`${flag}: cannot read ${path}: ${code ?? String(error)}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError(`${flag}: ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

/** A custom checklist file, validated; the message names the bad field. */
export async function loadChecklist(path: string): Promise<Checklist> {
  const parsed = parseChecklist(await readJson(path, "--checklist"));
  if (!parsed.ok) throw new UsageError(`--checklist: ${path}: ${parsed.message}`);
  return parsed.checklist;
}

const ConfigSchema = z
  .object({ rules: z.record(z.string(), z.union([z.enum(["off", "error", "warning", "info"]), z.boolean()])).optional() })
  .strict();

/** Rule settings from a --config file: {"rules": {"vague-language": "off"}}; unknown rule ids are refused. */
export async function loadRuleSettings(path: string, knownRuleIds: readonly string[]): Promise<RuleSettings> {
  const parsed = ConfigSchema.safeParse(await readJson(path, "--config"));
  if (!parsed.success) throw new UsageError(`--config: ${path}: ${formatIssues(parsed.error)}`);
  const rules = parsed.data.rules ?? {};
  const unknown = Object.keys(rules).filter((id) => !knownRuleIds.includes(id));
  if (unknown.length > 0) throw new UsageError(`--config: ${path}: rules.${unknown[0]}: unknown rule, expected one of ${knownRuleIds.join(", ")}`);
  return rules;
}
