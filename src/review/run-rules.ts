import type { Finding, PlanResult } from "../types.js";
import type { Rule } from "./rule.js";
import type { RuleSettings } from "./rule-settings.js";

export interface RunRulesOptions {
  readonly settings?: RuleSettings;
  /** the other plans of the batch, for rules that compare plans (template-copy) */
  readonly batch?: readonly PlanResult[];
}

/** Runs each rule that is not turned off and stamps ruleId, source and the configured severity (remark-lint's lintRule). */
export function runRuleList(rules: readonly Rule[], plan: PlanResult, options: RunRulesOptions = {}): Finding[] {
  const settings = options.settings ?? {};
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = settings[rule.id];
    if (setting === "off" || setting === false) continue;
    const severity = typeof setting === "string" ? setting : rule.severity;
    const context = options.batch ? { plan, batch: options.batch } : { plan };
    for (const found of rule.check(context)) {
      findings.push({ ...found, ruleId: rule.id, source: "planlens", severity });
    }
  }
  return findings.sort(
    (a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId) || a.message.localeCompare(b.message),
  );
}
