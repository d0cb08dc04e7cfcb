import { readdirSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGrammars } from "./parse/index.js";
import { RULES } from "./registry.js";
import { runRuleCases } from "./rule-tester.js";
import type { Rule } from "./rule.js";

const RULES_DIR = join(import.meta.dirname, "rules");
/** A rule module is named by its id (`PY-CMDI-001.ts`); everything else in a language folder is support. */
const RULE_FILE = /^([A-Z]+-[A-Z0-9]+-\d{3})\.ts$/;

describe("rule registry", () => {
  it("registers every rule module in rules/<language>/, under the id its file is named for", () => {
    const files = readdirSync(RULES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(RULES_DIR, d.name)).map((f) => ({ dir: d.name, f })))
      .flatMap(({ dir, f }) => {
        const m = RULE_FILE.exec(f);
        return m ? [`${dir}/${m[1]}`] : [];
      });
    expect(files.length).toBeGreaterThan(0);
    const registered = new Set(RULES.map((r) => r.meta.id));
    const unregistered = files.filter((f) => !registered.has(f.split("/")[1]!));
    expect(unregistered, "rule files missing from their folder's index.ts").toEqual([]);
    expect(RULES.length).toBe(files.length);
  });
});

describe("RuleTester pins", () => {
  beforeAll(async () => {
    await loadGrammars();
  });
  const rule = RULES.find((r) => r.meta.languages.includes("python") && r.cases.invalid.length > 0)!;
  const code =
    typeof rule.cases.invalid[0] === "string" ? rule.cases.invalid[0] : rule.cases.invalid[0]!.code;
  const withCases = (invalid: Rule<never>["cases"]["invalid"]): Rule<never> =>
    ({ ...rule, meta: rule.meta, cases: { valid: [], invalid } }) as Rule<never>;
  const invalidResults = (r: Rule<never>) => runRuleCases(r).filter((c) => c.expected === "invalid");

  it("accepts an invalid case whose pinned line, severity and message match a finding", () => {
    const [first] = invalidResults(withCases([code]));
    const m = /@(\d+) (\w+): (.*)$/.exec(first!.rulesFired[0]!)!;
    const pinned = { code, line: Number(m[1]), severity: m[2] as never, message: m[3]!.slice(0, 10) };
    expect(invalidResults(withCases([pinned]))[0]!.ok).toBe(true);
  });

  it("fails an invalid case whose pin matches no finding, and says what was expected", () => {
    const [r] = invalidResults(withCases([{ code, line: 9999 }]));
    expect(r!.ok).toBe(false);
    expect(r!.unmatched).toEqual({ line: 9999 });
    const [s] = invalidResults(withCases([{ code, message: /no rule says this/ }]));
    expect(s!.ok).toBe(false);
  });
});
