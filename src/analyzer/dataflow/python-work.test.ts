import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { loadGrammars, parseCode } from "../parse/index.js";
import { CONTEXT_NODE_TYPES, PythonContext, SCOPE_NODE_TYPES } from "./python.js";

// Work the Python data flow must not do: checks on what it computes (memos, scopes filled), not on time.

beforeAll(async () => {
  await loadGrammars(["python"]);
});

/** The context's private memos, read for these checks only. */
interface Internals {
  scopes: Map<unknown, unknown>;
  families: Map<unknown, unknown>;
}

function context(code: string) {
  const tree = parseCode(code, "python");
  const ctx = new PythonContext(tree);
  const calls = tree.nodes.filter((n) => n.type === "call");
  return { ctx, calls, internals: ctx as unknown as Internals };
}

describe("the Python data flow's shared work", () => {
  it("names the callee of a call to a name no function takes as a parameter without filling a scope", () => {
    const { ctx, calls, internals } = context(
      "import os\ndef f(items, runner=os.system):\n    n = len(items)\n    print(n)\n    runner(n)\nf([1])\n",
    );
    const [len, print, runner] = calls;
    expect(ctx.callee(len!)).toBe("len");
    expect(ctx.callee(print!)).toBe("print");
    // The engine asks this of every call it dispatches: a builtin's call reads no bindings.
    expect(internals.scopes.size).toBe(0);
    // A runner parameter is still followed to what its default names.
    expect(ctx.callee(runner!)).toBe("os.system");
    expect(internals.scopes.size).toBeGreaterThan(0);
  });

  it("computes a class's family of local subclasses once, whatever self attribute asks", () => {
    const { ctx, calls, internals } = context(
      "import os\nclass K:\n    run = staticmethod(os.system)\n    show = staticmethod(print)\n" +
        "    def go(self, c):\n        self.show(c)\n        return self.run(c)\n" +
        "class L(K):\n    pass\nclass M(L):\n    pass\nclass Other:\n    pass\n",
    );
    expect(calls.map((c) => ctx.callee(c))).toEqual([
      "staticmethod",
      "staticmethod",
      "self.show",
      "os.system",
    ]);
    expect(internals.families.size).toBe(1);
  });

  it("lists every node type the scope builder's walk tests for in its fast-path set", () => {
    // fillScope skips, by one set lookup, nodes whose type is not in SCOPE_NODE_TYPES: a type tested in the walk
    // but missing from the set would silently never bind.
    const src = readFileSync(new URL("./python.ts", import.meta.url), "utf8");
    const start = src.indexOf("  private fillScope(");
    const body = src.slice(start, src.indexOf("\n  }\n", start));
    const walk = body.slice(body.indexOf("while (stack.length)"));
    const tested = new Set([...walk.matchAll(/\bn\.type === "(\w+)"/g)].map((m) => m[1]!));
    expect(tested.size).toBeGreaterThan(10);
    for (const t of tested) expect(SCOPE_NODE_TYPES.has(t), t).toBe(true);
  });

  it("lists every node type the constructor's pass over the file tests for in its fast-path set", () => {
    const src = readFileSync(new URL("./python.ts", import.meta.url), "utf8");
    const start = src.indexOf("  constructor(tree: SyntaxTree)");
    const loop = src.slice(src.indexOf("CONTEXT_NODE_TYPES.has", start), src.indexOf("\n    }\n", start));
    const tested = new Set([...loop.matchAll(/\bn\.type === "(\w+)"/g)].map((m) => m[1]!));
    expect(tested.size).toBeGreaterThan(4);
    for (const t of tested) expect(CONTEXT_NODE_TYPES.has(t), t).toBe(true);
  });
});
