import { beforeAll, describe, expect, it } from "vitest";
import { PythonContext } from "./dataflow/python.js";
import { loadGrammars, parseCode } from "./parse/index.js";
import { field } from "./parse/nodes.js";
import { RULES } from "./registry.js";
import type { Report, Rule } from "./rule.js";

// A rule that names its callees (`calls`) is only handed calls with one of those names. This checks the names are
// complete: over every Python rule's cases and docs examples, the rule run directly on each call the engine
// would not hand it (a call of a name that is none of the rule's) reports nothing.

beforeAll(async () => {
  await loadGrammars(["python"]);
});

const python = RULES.filter((r) => r.meta.languages.includes("python"));
const keyed = python.filter((r) => r.calls && r.nodeTypes.includes("call")) as Rule<PythonContext>[];

const corpus = python.flatMap((r) => [
  ...r.cases.valid,
  ...r.cases.invalid.map((c) => (typeof c === "string" ? c : c.code)),
  r.meta.docs.example_bad,
  r.meta.docs.example_good,
]);

describe("call dispatch by callee name", () => {
  it("has Python rules that name their callees, each name a plain identifier", () => {
    expect(keyed.length).toBeGreaterThan(20);
    for (const r of keyed) {
      expect(r.calls!.length, r.meta.id).toBeGreaterThan(0);
      for (const name of r.calls!) expect(name, r.meta.id).toMatch(/^\w+$/);
    }
  });

  it("names every callee a rule reports on", () => {
    const missed: string[] = [];
    for (const code of corpus) {
      const tree = parseCode(code, "python");
      const ctx = new PythonContext(tree);
      for (const node of tree.nodes) {
        const fn = field(node, "function");
        if (node.type !== "call" || (fn?.type !== "identifier" && fn?.type !== "attribute")) continue;
        const q = ctx.callee(node);
        const names = [ctx.method(node), q.slice(q.lastIndexOf(".") + 1)];
        for (const rule of keyed) {
          if (names.some((n) => rule.calls!.includes(n))) continue;
          const reports: Report[] = [];
          try {
            rule.detect(node, ctx, (r) => reports.push(r));
          } catch {
            continue;
          }
          if (reports.length) missed.push(`${rule.meta.id} on ${names.join("/")}: ${ctx.text(node)}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});
