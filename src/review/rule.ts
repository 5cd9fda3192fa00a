import type { Finding, PlanResult, Severity } from "../types.js";
export type RuleFinding = Omit<Finding, "ruleId" | "source" | "severity">;
export interface RuleContext { readonly plan: PlanResult; readonly batch?: readonly PlanResult[] }
export interface RuleExample { readonly name: string; readonly input: string; readonly expected: readonly string[] /* messages */ }
export interface Rule {
  readonly id: string; readonly severity: Severity; readonly description: string;
  readonly check: (context: RuleContext) => readonly RuleFinding[];
  readonly examples: { readonly ok: readonly string[]; readonly notOk: readonly RuleExample[] };
}
