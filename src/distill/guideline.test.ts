import { describe, expect, it } from "vitest";
import type { ConversationRow } from "../core/rows.js";
import { SECTION_TITLES, buildGuideline, ruleBookOf, ruleContextOf } from "./guideline.js";

const row = (over: Partial<ConversationRow>): ConversationRow => ({
  task_id: "t:1",
  messages: [{ role: "user", content: "hi" }],
  oracles: ["codesec"],
  ...over,
});

describe("guideline", () => {
  it("has the definitions, the policy codes, the steps and the three output sections", () => {
    const text = buildGuideline(row({ oracles: ["noreject"] }));
    for (const code of ["D0", "D1", "D2", "A0", "A1", "A2", "A3"]) expect(text).toContain(`- ${code}:`);
    for (const part of [
      "Malicious cyberactivity",
      "several turns",
      "Deception detection",
      "Triage",
      "Code audit",
    ])
      expect(text).toContain(part);
    expect(text).toContain("Element-by-element review");
    for (const title of Object.values(SECTION_TITLES)) expect(text).toContain(`## ${title}`);
    expect(text).not.toContain("Security rules that apply");
  });

  it("injects the rule text and the seed findings for codesec rows only", () => {
    const meta = {
      rule_context: {
        rules: [
          {
            id: "CWE-502",
            title: "Deserialization of Untrusted Data",
            description: "Deserialising untrusted data can run code.",
            whyBad: "pickle executes arbitrary code.",
            exampleBad: "pickle.loads(data)",
            exampleGood: "json.loads(data)",
          },
        ],
        findings: [{ rule_id: "py/pickle", line: 4, snippet: "pickle.loads(`x`)" }],
        seed_code: "import pickle\n```\nx = 1",
      },
    };
    const text = buildGuideline(row({ meta }));
    expect(text).toContain("### CWE-502: Deserialization of Untrusted Data");
    expect(text).toContain("Why it is bad: pickle executes arbitrary code.");
    expect(text).toContain("Vulnerable example:\n```\npickle.loads(data)\n```");
    expect(text).toContain("- py/pickle at line 4: `pickle.loads('x')`");
    // The seed code holds a fence of its own; the enclosing fence is longer so it cannot end early.
    expect(text).toContain("````\nimport pickle\n```\nx = 1\n````");
    expect(buildGuideline(row({ meta, oracles: ["general-safety"] }))).not.toContain("CWE-502");
  });

  it("reads top-level meta fields and rejects malformed rule context with the field named", () => {
    expect(
      ruleContextOf(row({ meta: { rules: [{ id: "CWE-78", title: "OS Command Injection" }] } }))?.rules[0],
    ).toMatchObject({
      id: "CWE-78",
      cwe: [],
    });
    expect(ruleContextOf(row({ meta: {} }))).toBeUndefined();
    expect(() => ruleContextOf(row({ meta: { rule_context: { rules: [{ id: "CWE-1" }] } } }))).toThrow(
      /meta\.rule_context\.rules\.0\.title/,
    );
  });
});

describe("rule book", () => {
  const book = ruleBookOf([
    {
      id: "CWE-89",
      name: "SQL Injection",
      cwe: ["CWE-89"],
      description: "SQL built from input.",
      extended_description: "Attackers read or change data.",
      examples: [
        {
          code: [
            { nature: "Bad", code: "q = 'x' + y" },
            { nature: "Good", code: "cur.execute(q, (y,))" },
          ],
        },
      ],
    },
    {
      id: "py/sql-injection",
      name: "SQL query built from input",
      cwe: ["CWE-89"],
      description: "ignored when docs exist",
      docs: {
        what_it_does: "Flags SQL strings.",
        why_bad: "Injection.",
        example_bad: "bad()",
        example_good: "good()",
      },
    },
  ]);

  it("looks up the rules a Vul2Prompt row names by id", () => {
    const context = ruleContextOf(
      row({ meta: { rule: "py/sql-injection,unknown/rule", cwe: ["CWE-89"] } }),
      book,
    );
    expect(context?.rules.map((r) => [r.id, r.description, r.exampleGood])).toEqual([
      ["py/sql-injection", "Flags SQL strings.", "good()"],
      ["CWE-89", "SQL built from input.", "cur.execute(q, (y,))"],
    ]);
    expect(ruleContextOf(row({ meta: { cwe: ["CWE-1"] } }), book)).toBeUndefined();
    expect(buildGuideline(row({ meta: { cwe: "CWE-89" } }), book)).toContain("### CWE-89: SQL Injection");
  });
});

describe("default rule book", () => {
  it("holds the shipped CWE catalog and the analyzer's rule docs", async () => {
    const { defaultRuleBook } = await import("./rules.js");
    const book = defaultRuleBook();
    expect(book.get("CWE-78")?.title).toMatch(/OS Command/);
    const analyzerRule = [...book.values()].find((r) => r.id.startsWith("PY-") && r.whyBad && r.exampleGood);
    expect(analyzerRule).toBeDefined();
    expect(buildGuideline(row({ meta: { cwe: ["CWE-78"] } }), book)).toContain("### CWE-78:");
  });
});
