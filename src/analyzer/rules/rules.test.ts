import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";
import { RULES } from "../registry.js";
import { runRuleCases } from "../rule-tester.js";
import { SEVERITIES } from "../types.js";

beforeAll(async () => {
  await loadGrammars();
});

describe.each(RULES.map((r) => [r.meta.id, r] as const))("%s", (_id, rule) => {
  it("has complete metadata and four-part docs", () => {
    expect(rule.meta.id).toMatch(/^(PY|JS|C|CPP|CS|JAVA|PHP|GO|RS)-[A-Z0-9]+-\d{3}$/);
    expect(rule.meta.cwe.length).toBeGreaterThan(0);
    for (const c of rule.meta.cwe) expect(c).toMatch(/^CWE-\d+$/);
    expect(SEVERITIES).toContain(rule.meta.severity);
    for (const part of Object.values(rule.meta.docs)) expect(part.trim().length).toBeGreaterThan(10);
    expect(rule.meta.fix_hint.length).toBeGreaterThan(10);
    expect(rule.cases.valid.length).toBeGreaterThan(0);
    expect(rule.cases.invalid.length).toBeGreaterThan(0);
  });

  it("reports its documented severity, or a documented variant with the reason", () => {
    const variants = rule.meta.severity_variants ?? [];
    for (const v of variants) {
      expect(SEVERITIES).toContain(v.severity);
      expect(v.severity).not.toBe(rule.meta.severity);
      expect(v.when.length).toBeGreaterThan(10);
    }
    const language = rule.meta.languages[0]!;
    const invalid = rule.cases.invalid.map((c) => (typeof c === "string" ? c : c.code));
    for (const code of [...invalid, rule.meta.docs.example_bad])
      for (const f of analyzeSync(code, { language, rules: [rule.meta.id] }).findings) {
        if (f.severity === rule.meta.severity) expect(f.severity_reason).toBeUndefined();
        else {
          expect(
            variants.map((v) => v.severity),
            code,
          ).toContain(f.severity);
          expect(f.severity_reason, code).toBeTruthy();
        }
      }
  });

  it("passes its valid/invalid cases and docs examples", () => {
    const failures = runRuleCases(rule).filter((r) => !r.ok);
    expect(failures).toEqual([]);
  });
});

it("rule ids are unique", () => {
  const ids = RULES.map((r) => r.meta.id);
  expect(new Set(ids).size).toBe(ids.length);
});
