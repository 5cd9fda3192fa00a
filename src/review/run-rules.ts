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
  const context = options.batch ? { plan, batch: options.batch } : { plan };
  for (const rule of rules) {
    const setting = settings[rule.id];
    if (setting === "off" || setting === false) continue;
    const found = rule.check(context);
    if (found.length === 0) continue; // most rules find nothing in most plans: no stamp to make
    const severity = typeof setting === "string" ? setting : rule.severity;
    const stamp = { ruleId: rule.id, source: "planlens" as const, severity };
    // Object.assign, not a spread: the same own keys in the same order, but a spread over the rules' many
    // finding shapes takes V8's slow generic path (it was most of the stage's time)
    for (let i = 0; i < found.length; i += 1) findings.push(Object.assign({}, found[i]!, stamp));
  }
  return findings.sort(
    (a, b) => a.start - b.start || a.end - b.end || collate(a.ruleId, b.ruleId) || collate(a.message, b.message),
  );
}

/**
 * UTF-16 code-unit order. Not localeCompare: that follows the machine's locale (under zh_CN the four missing-section
 * findings of one plan came out in pinyin order, under en_US or C in another), and the order must depend on the
 * input alone. It is also ~10 ms cheaper at start (no ICU collator to load).
 */
function collate(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
