import { analyzeSync } from "./engine.js";
import type { Rule } from "./rule.js";
import type { Language } from "./types.js";

export interface CaseResult {
  code: string;
  expected: "valid" | "invalid";
  ok: boolean;
  rulesFired: string[];
}

/**
 * RuleTester in the ESLint sense: runs a rule's valid and invalid cases, and its docs' bad/good examples as one
 * more invalid/valid case, against the real parser and engine with only that rule enabled.
 */
export function runRuleCases(rule: Rule<never>): CaseResult[] {
  const language: Language = rule.meta.languages[0]!;
  const run = (code: string, expected: "valid" | "invalid"): CaseResult => {
    const findings = analyzeSync(code, { language, rules: [rule.meta.id] }).findings;
    const fired = findings.filter((f) => f.rule_id === rule.meta.id);
    return {
      code,
      expected,
      ok: expected === "valid" ? fired.length === 0 : fired.length > 0,
      rulesFired: fired.map((f) => `${f.rule_id}@${f.line}`),
    };
  };
  return [
    ...rule.cases.valid.map((c) => run(c, "valid")),
    ...rule.cases.invalid.map((c) => run(c, "invalid")),
    run(rule.meta.docs.example_good, "valid"),
    run(rule.meta.docs.example_bad, "invalid"),
  ];
}
