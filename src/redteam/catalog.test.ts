import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  applicableLanguages,
  appliesTo,
  compactCatalog,
  loadCweCatalog,
  ruleFromAnalyzer,
  selectRules,
} from "./catalog.js";
import { fillTemplate, loadStrategies, pickStrategies } from "./strategy.js";
import { tempDir } from "../../test/support/tmp.js";

const rules = loadCweCatalog().rules;

describe("CWE catalog", () => {
  it("ships every weakness of the shared file, with attribution", () => {
    const file = loadCweCatalog();
    expect(file.rules).toHaveLength(963);
    expect(file.attribution).toMatch(/MITRE/);
  });

  it("drops deprecated and not-Allowed entries by default", () => {
    const kept = selectRules(rules);
    expect(kept).toHaveLength(752);
    expect(kept.every((r) => r.status !== "Deprecated" && r.mapping_usage === "Allowed")).toBe(true);
    expect(selectRules(rules, { includeDiscouraged: true })).toHaveLength(963);
  });

  it("puts the Top 25 first, in rank order", () => {
    const top = selectRules(rules, { limit: 25 });
    const ranked = top.filter((r) => r.top25_rank !== undefined).map((r) => r.top25_rank!);
    expect(ranked).toEqual([...ranked].sort((a, b) => a - b));
    expect(top[0]!.id).toBe("CWE-79");
  });

  it("filters by language: memory-safety weaknesses are C/C++ only", () => {
    const py = selectRules(rules, { language: "python" });
    expect(py.some((r) => r.id === "CWE-787")).toBe(false); // out-of-bounds write
    expect(py.some((r) => r.id === "CWE-78")).toBe(true);
    expect(selectRules(rules, { language: "c" }).some((r) => r.id === "CWE-787")).toBe(true);
    expect(applicableLanguages(["C", "C++"])).toEqual(["C", "C++"]);
    expect(applicableLanguages(["C", "Java"])).toEqual([]);
    expect(applicableLanguages([])).toEqual([]);
  });

  it("builds deterministically from the source conversion", () => {
    const source = {
      weaknesses: [
        {
          id: "CWE-1",
          name: "One",
          status: "Draft",
          mapping_usage: "Allowed",
          description: "  first\n   line ",
          demonstrative_examples: [[{ type: "code", language: "C", nature: "Bad", code: "x[10] = 1;" }]],
        },
      ],
    };
    const built = compactCatalog(source, { "2024": { ranked: ["CWE-1"] } });
    expect(built.rules[0]).toMatchObject({
      id: "CWE-1",
      description: "first\nline",
      languages: ["C"],
      top25_rank: 1,
    });
    expect(JSON.stringify(compactCatalog(source, {}))).toBe(JSON.stringify(compactCatalog(source, {})));
  });

  it("takes analyzer rules with their four-part docs, ahead of CWEs", () => {
    const rule = ruleFromAnalyzer({
      id: "py/eval",
      title: "eval of untrusted input",
      cwe: ["CWE-95"],
      languages: ["python"],
      docs: {
        what_it_does: "Flags eval.",
        why_bad: "Runs code.",
        example_bad: "eval(x)",
        example_good: "ast.literal_eval(x)",
      },
    });
    const sorted = selectRules([...rules, rule], { language: "python", limit: 2 });
    expect(sorted[0]!.id).toBe("py/eval");
    expect(appliesTo(rule, "javascript")).toBe(false);
  });
});

describe("strategies", () => {
  let cleanup: (() => void) | undefined;
  afterEach(() => cleanup?.());

  it("ships the required strategies", () => {
    const ids = loadStrategies().map((s) => s.id);
    for (const id of [
      "explicit-instruction",
      "implicit-requirement",
      "benign-continuation",
      "vulnerable-processing",
      "jailbreak-wrapper",
      "role-play",
      "research-pretext",
      "hypothetical",
      "fictional-wrapper",
      "payload-split",
      "refusal-suppression",
      "foot-in-the-door",
    ])
      expect(ids).toContain(id);
  });

  it("loads a user's strategy from a directory and lets it replace a built-in", () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const dir = join(t.dir, "mine");
    mkdirSync(dir);
    writeFileSync(
      join(dir, "grandma.yaml"),
      "id: grandma\nkind: jailbreak\nname: Grandma\ndescription: d\ntemplate: t\n",
    );
    writeFileSync(
      join(dir, "role-play.json"),
      JSON.stringify({ id: "role-play", kind: "jailbreak", name: "Mine", description: "d", template: "t" }),
    );
    const all = loadStrategies([dir]);
    expect(all.find((s) => s.id === "grandma")?.name).toBe("Grandma");
    expect(all.find((s) => s.id === "role-play")?.name).toBe("Mine");
    expect(pickStrategies(all, "jailbreak", ["grandma"])).toHaveLength(1);
    expect(() => pickStrategies(all, "vul2prompt", ["grandma"])).toThrow(
      /unknown vul2prompt strategy 'grandma'/,
    );
  });

  it("names the file and field of a bad strategy", () => {
    const t = tempDir();
    cleanup = t.cleanup;
    writeFileSync(join(t.dir, "bad.yaml"), "id: bad\nkind: nope\nname: x\ndescription: d\ntemplate: t\n");
    expect(() => loadStrategies([t.dir])).toThrow(/bad\.yaml: invalid strategy: kind/);
    writeFileSync(
      join(t.dir, "bad.yaml"),
      "id: other\nkind: jailbreak\nname: x\ndescription: d\ntemplate: t\n",
    );
    expect(() => loadStrategies([t.dir])).toThrow(/does not match its file name/);
  });

  it("fills placeholders and refuses to leave one unfilled", () => {
    expect(fillTemplate("a {{turns}} b", { turns: 4 })).toBe("a 4 b");
    expect(() => fillTemplate("a {{rule_id}}", {}, "strategy x")).toThrow(
      /strategy x: no value for placeholder \{\{rule_id\}\}/,
    );
  });
});
