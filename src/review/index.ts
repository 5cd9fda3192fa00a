import type { Finding, PlanResult } from "../types.js";
import { RULES } from "./rules/index.js";
import { runRuleList, type RunRulesOptions } from "./run-rules.js";

export type { Rule, RuleContext, RuleExample, RuleFinding } from "./rule.js";
export type { RuleSettings } from "./rule-settings.js";
export type { RunRulesOptions } from "./run-rules.js";
export { RULES } from "./rules/index.js";

/** All review rules over one plan, findings sorted by position. */
export function runRules(plan: PlanResult, options: RunRulesOptions = {}): Finding[] {
  return runRuleList(RULES, plan, options);
}
