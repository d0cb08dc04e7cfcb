import { analyzeSync } from "./engine.js";
import type { InvalidCase, Rule } from "./rule.js";
import type { Finding, Language } from "./types.js";

export interface CaseResult {
  code: string;
  expected: "valid" | "invalid";
  ok: boolean;
  /** `rule@line severity: message` of each finding the rule made. */
  rulesFired: string[];
  /** What a pinned invalid case expected and no finding matched. */
  unmatched?: Omit<InvalidCase, "code">;
}

function matchesPin(f: Finding, pin: InvalidCase): boolean {
  return (
    (pin.line === undefined || f.line === pin.line) &&
    (pin.severity === undefined || f.severity === pin.severity) &&
    (pin.message === undefined ||
      (typeof pin.message === "string" ? f.message.includes(pin.message) : pin.message.test(f.message)))
  );
}

/**
 * RuleTester in the ESLint sense: runs a rule's valid and invalid cases, and its docs' bad/good examples as one
 * more invalid/valid case, against the real parser and engine with only that rule enabled.
 */
export function runRuleCases(rule: Rule<never>): CaseResult[] {
  const language: Language = rule.meta.languages[0]!;
  const run = (test: string | InvalidCase, expected: "valid" | "invalid"): CaseResult => {
    const pin = typeof test === "string" ? undefined : test;
    const code = pin?.code ?? (test as string);
    const findings = analyzeSync(code, { language, rules: [rule.meta.id] }).findings;
    const fired = findings.filter((f) => f.rule_id === rule.meta.id);
    const pinned = pin === undefined || fired.some((f) => matchesPin(f, pin));
    const { code: _code, ...wanted } = pin ?? { code };
    return {
      code,
      expected,
      ok: expected === "valid" ? fired.length === 0 : fired.length > 0 && pinned,
      rulesFired: fired.map((f) => `${f.rule_id}@${f.line} ${f.severity}: ${f.message}`),
      ...(pinned ? {} : { unmatched: wanted }),
    };
  };
  return [
    ...rule.cases.valid.map((c) => run(c, "valid")),
    ...rule.cases.invalid.map((c) => run(c, "invalid")),
    run(rule.meta.docs.example_good, "valid"),
    run(rule.meta.docs.example_bad, "invalid"),
  ];
}
