import type { Checklist } from "../checklist/index.js";
import type { Finding, PlanResult } from "../types.js";
import type { Rule } from "./rule.js";
import { RULES } from "./rules/index.js";
import { createPolicyLimitRule } from "./rules/policy-limit.js";
import { runRuleList, type RunRulesOptions } from "./run-rules.js";

export type { Rule, RuleContext, RuleExample, RuleFinding } from "./rule.js";
export type { RuleSettings } from "./rule-settings.js";
export type { RunRulesOptions } from "./run-rules.js";
export { RULES } from "./rules/index.js";

/** The rules with policy-limit checking the given checklist's limits instead of the default's. */
export function rulesFor(checklist: Checklist | undefined): readonly Rule[] {
  if (checklist === undefined) return RULES;
  const policyLimit = createPolicyLimitRule(checklist);
  return RULES.map((rule) => (rule.id === policyLimit.id ? policyLimit : rule));
}

/** All review rules over one plan, findings sorted by position. */
export function runRules(plan: PlanResult, options: RunRulesOptions & { readonly checklist?: Checklist } = {}): Finding[] {
  return runRuleList(rulesFor(options.checklist), plan, options);
}
export { estimateContainment, fingerprintText, type TextFingerprint } from "./shingles.js";
export {
  findTemplateCopies, templateCopyFinding, TEMPLATE_COPY_THRESHOLD, type BatchPrint, type TemplateCopy,
} from "./rules/template-copy.js";
