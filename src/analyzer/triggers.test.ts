import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULES, selectRules } from "./registry.js";
import type { Rule } from "./rule.js";
import { literalPrefixes, triggerConjunctions } from "./literal-prefixes.js";
import { anyTriggered, triggeredRules } from "./triggers.js";
import { LANGUAGES } from "./types.js";

const ids = (rules: readonly Rule<never>[]) => rules.map((r) => r.meta.id);
const oneByOne = (rules: readonly Rule<never>[], code: string) =>
  rules.filter((r) => !r.trigger || r.trigger.test(code));

/** Every rule's own cases and docs examples, the texts its trigger was written for. */
const ruleTexts = RULES.flatMap((r) => [
  ...r.cases.valid,
  ...r.cases.invalid.map((c) => (typeof c === "string" ? c : c.code)),
  r.meta.docs.example_bad,
  r.meta.docs.example_good,
]);

/** Real library code when this machine has it (a few hundred KB of the Python standard library). */
function stdlibSample(): string[] {
  const dir = "/usr/lib/python3.11";
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".py"))
    .sort()
    .filter((_, i) => i % 8 === 0)
    .map((f) => readFileSync(join(dir, f), "utf8"));
}

describe("triggeredRules", () => {
  it("tests each alternative of a trigger where its own texts occur, with the whole trigger's answer", () => {
    // A branch that looks ahead to the end of the file, one behind its match, and plain ones.
    const rule = (id: string, trigger: RegExp) => ({
      ...RULES[0]!,
      meta: { ...RULES[0]!.meta, id },
      trigger,
    });
    const rules = [
      rule("A", /(?=[\s\S]*?(otp|2fa))session\[\s*['"]user['"]\]|\.status\s*=\s*['"]|\bship\w*\(/),
      rule("B", /(?<=session\[\s*["']\w*)verified\w*["']\]\s*=\s*True|\bdeliver\(/i),
    ] as unknown as Rule<never>[];
    for (const code of [
      "session['user'] = 1\nx.status = 'a'",
      "session['user'] = 1\ncheck_otp()",
      "check_otp()\nsession['user'] = 1",
      "x.status = 'a'",
      "x.state = 'a'\nshipping(1)",
      "session['is_verified'] = True",
      "session['is_verified'] = False\nDeliver()",
      "verified'] = True",
      "",
    ]) {
      expect(ids(triggeredRules(rules, code)), code).toEqual(ids(oneByOne(rules, code)));
      expect(anyTriggered(rules, code), code).toBe(oneByOne(rules, code).length > 0);
    }
  });

  it("selects exactly the rules whose trigger occurs, for every language's rules and every rule's texts", () => {
    const texts = [...ruleTexts, ...stdlibSample()];
    for (const language of LANGUAGES) {
      const rules = selectRules({ language });
      for (const code of texts) {
        expect(ids(triggeredRules(rules, code))).toEqual(ids(oneByOne(rules, code)));
        // The pre-filter says "some rule runs" exactly when the per-rule filter keeps one.
        expect(anyTriggered(rules, code)).toBe(oneByOne(rules, code).length > 0);
      }
    }
    // Every language's rules against every rule's texts and a stdlib sample: ~14 s alone, past 30 s on a loaded
    // machine.
  }, 180_000);

  it("finds matches inside other triggers' matches, at word boundaries, case-insensitively, with back-references", () => {
    const rule = (id: string, trigger?: RegExp) => ({
      ...RULES[0]!,
      meta: { ...RULES[0]!.meta, id },
      trigger,
    });
    const rules = [
      rule("A", /system/),
      rule("B", /stem\b/),
      rule("C", /\bSYS/i),
      rule("D", /(?<=os\.)popen/),
      rule("E"),
      rule("F", /^never/),
      rule("G", /(["'])key\1/),
      rule("H", /(?<q>["'])pass\k<q>/),
      rule("I", /(?<q>[`])pass\k<q>/),
      // File-level conditions (each part anywhere), a start anchor, a lookbehind before the scanned-for text.
      rule("J", /^(?=[\s\S]*?uuid1)(?=[\s\S]*?TOKEN)/i),
      rule("K", /import_module|^(?=[\s\S]*?getattr\()(?=[\s\S]*?argv)/),
      rule("L", /(?<=\*\s*)int\(/),
      rule("M", /^#!/),
      rule("N", /(?<=^\s*)assert\s/m),
    ] as Rule<never>[];
    for (const code of [
      "os.system(x)",
      "filesystem",
      "ossystemx",
      "os.popen",
      "xpopen",
      "never",
      " never",
      "'key'",
      "'key\"",
      '"pass"',
      "\"pass'",
      "`pass`",
      "token = uuid1()",
      "uuid1()\nToken",
      "uuid1() only",
      "getattr(m, sys.argv[1])",
      "argv then getattr(",
      "getattr( alone",
      "importlib.import_module(x)",
      "n * int(x)",
      "n *\n  int(x)",
      "int(x) * n",
      "#!/bin/sh",
      " #!/bin/sh",
      "x = 1\n    assert ok",
      "x = 1; assert ok",
      "",
    ])
      expect(ids(triggeredRules(rules, code)), code).toEqual(ids(oneByOne(rules, code)));
    expect(ids(triggeredRules(rules, "os.system(x); os.popen(y)"))).toEqual(["A", "B", "C", "D", "E"]);
  });
});

/**
 * Triggers the literal scan cannot serve, each costing a regex pass over every file: their every match may start
 * with a character too common to scan for (`{`, a quote, `[`, `/`) or with a class (`[a-z0-9_]Log`).
 */
const SLOW_TRIGGERS = [
  "PY-DUPKEY-001",
  "PY-ENCODE-001",
  "JS-PROTO-001",
  "JS-REDOS-001",
  "JS-XSS-001",
  "C-LOG-001",
  "PHP-CMDI-001",
  "GO-LOG-001",
];

describe("rule triggers", () => {
  it("are found by the one literal scan, except the listed few", () => {
    const slow = RULES.filter((r) => {
      if (!r.trigger) return false;
      const flags = r.trigger.flags.replace(/[gy]/g, "");
      const parts = triggerConjunctions(r.trigger.source);
      return !parts || parts.some((c) => c.some((p) => !literalPrefixes(p, flags)));
    }).map((r) => r.meta.id);
    // A new entry here means a trigger that may start with something other than a literal of two or more characters:
    // start it with its rarest literal, with a lookbehind for what precedes it (`(?<=\*\s*)int\(`, not `\*\s*int\(`).
    expect(slow).toEqual(SLOW_TRIGGERS);
  });
});
