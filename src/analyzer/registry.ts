import type { Rule } from "./rule.js";
import { PYTHON_RULES } from "./rules/python/index.js";
import { JAVASCRIPT_RULES } from "./rules/javascript/index.js";
import { CLIKE_RULES } from "./rules/languages.js";
import { severityRank, type Language, type Severity } from "./types.js";

/** Every rule the analyzer knows, Python first. */
export const RULES: readonly Rule<never>[] = [
  ...PYTHON_RULES,
  ...JAVASCRIPT_RULES,
  ...CLIKE_RULES,
] as Rule<never>[];

export interface RuleSelection {
  /** Only these rule ids or CWE ids ("PY-CMDI-001", "CWE-78"); all rules when absent. */
  rules?: string[];
  /** Never run these rule ids or CWE ids. */
  disable?: string[];
  /** Skip rules that can report nothing at or above this (their documented severity and its variants). */
  ruleMinSeverity?: Severity;
  language?: Language;
}

const cache = new Map<string, Rule<never>[]>();

export function selectRules(sel: RuleSelection): Rule<never>[] {
  const key = JSON.stringify([sel.rules, sel.disable, sel.ruleMinSeverity, sel.language]);
  const hit = cache.get(key);
  if (hit) return hit;
  const matches = (r: Rule<never>, ids: string[]) =>
    ids.some((id) => {
      const u = id.trim().toUpperCase();
      return r.meta.id === u || r.meta.cwe.includes(u) || r.meta.cwe.includes(`CWE-${u}`);
    });
  const out = RULES.filter(
    (r) =>
      (!sel.language || r.meta.languages.includes(sel.language)) &&
      (!sel.rules || sel.rules.length === 0 || matches(r, sel.rules)) &&
      (!sel.disable || !matches(r, sel.disable)) &&
      (!sel.ruleMinSeverity || highestSeverity(r) >= severityRank(sel.ruleMinSeverity)),
  );
  cache.set(key, out);
  return out;
}

function highestSeverity(r: Rule<never>): number {
  return Math.max(
    severityRank(r.meta.severity),
    ...(r.meta.severity_variants ?? []).map((v) => severityRank(v.severity)),
  );
}

export function findRule(id: string): Rule<never> | undefined {
  return RULES.find((r) => r.meta.id === id.toUpperCase());
}
