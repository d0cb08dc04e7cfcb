import { beforeAll, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";
import { RULES, findRule } from "../registry.js";
import type { Language } from "../types.js";

beforeAll(async () => {
  await loadGrammars();
});

// rules.test.ts checks each rule on its own cases. Here every rule runs on every rule's code (cases and docs
// examples of all rules of the language): common code the rule was not written for. A finding's severity must be
// the rule's documented one, or one `rules list` shows as a variant, and then the finding says why.
// The time limit: every rule runs on every rule's code, which grows with the rule count (about 5 s alone, several
// times that on a loaded machine).
it("every finding on every rule's code carries its rule's severity, or a listed variant with a reason", () => {
  const byLanguage = new Map<Language, Set<string>>();
  for (const r of RULES) {
    const codes = byLanguage.get(r.meta.languages[0]!) ?? new Set<string>();
    for (const c of [...r.cases.valid, ...r.cases.invalid]) codes.add(typeof c === "string" ? c : c.code);
    codes.add(r.meta.docs.example_bad);
    codes.add(r.meta.docs.example_good);
    byLanguage.set(r.meta.languages[0]!, codes);
  }
  const wrong: string[] = [];
  let seen = 0;
  for (const [language, codes] of byLanguage)
    for (const code of codes)
      for (const f of analyzeSync(code, { language }).findings) {
        seen++;
        const rule = findRule(f.rule_id)!;
        if (f.severity === rule.meta.severity) {
          if (f.severity_reason) wrong.push(`${f.rule_id}: documented ${f.severity} with a reason`);
          continue;
        }
        const listed = (rule.meta.severity_variants ?? []).some((v) => v.severity === f.severity);
        if (!listed || !f.severity_reason)
          wrong.push(
            `${f.rule_id}: ${f.severity} (documented ${rule.meta.severity}) on ${JSON.stringify(code)}`,
          );
      }
  expect(seen).toBeGreaterThan(500);
  expect([...new Set(wrong)]).toEqual([]);
}, 180_000);
