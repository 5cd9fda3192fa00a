import type { Severity } from "../types.js";

/** Per rule id: "off" (or false) turns a rule off, a severity overrides its default, true keeps it on. */
export type RuleSettings = Readonly<Record<string, Severity | "off" | boolean>>;
