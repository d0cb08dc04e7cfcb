import { expect, it } from "vitest";
import { loadGrammars, parseCode } from "./index.js";
import {
  descendants,
  importTestModules,
  importsModule,
  namedChildren,
  nodesOfType,
  nodesOfTypeWithin,
  perTree,
  sourceHas,
  sourceIncludes,
  sourceMatches,
  unparen,
} from "./nodes.js";

it("sourceHas answers per tree and per pattern (flags included)", async () => {
  await loadGrammars(["python"]);
  const cloud = parseCode("from google.cloud import storage\nx = 1\n", "python");
  const plain = parseCode("import os\n", "python");
  const re = /^\s*(import|from)\s+google\.cloud\b/m;
  expect(sourceHas(cloud, re)).toBe(true);
  expect(sourceHas(plain, re)).toBe(false);
  // Asked again (a fresh literal, as a detector evaluates it per node), the answers stay per tree.
  expect(sourceHas(cloud, /^\s*(import|from)\s+google\.cloud\b/m)).toBe(true);
  expect(sourceHas(plain, /^\s*(import|from)\s+google\.cloud\b/m)).toBe(false);
  // Same source text, different flags: a different question.
  expect(sourceHas(plain, /IMPORT/)).toBe(false);
  expect(sourceHas(plain, /IMPORT/i)).toBe(true);
  // A global regex's lastIndex does not leak between questions.
  const g = /os/g;
  expect(sourceHas(plain, g)).toBe(true);
  expect(sourceHas(parseCode("import os, sys\n", "python"), g)).toBe(true);
});

it("sourceIncludes and sourceMatches answer per tree and never collide with each other's keys", async () => {
  await loadGrammars(["python"]);
  const a = parseCode("t = tarfile.open(p)\n", "python");
  const b = parseCode("z = zipfile.ZipFile(p)\n", "python");
  expect(sourceIncludes(a, "tarfile")).toBe(true);
  expect(sourceIncludes(b, "tarfile")).toBe(false);
  // A text that reads like a regex key is still a plain text question, and the reverse.
  expect(sourceIncludes(a, "/tarfile")).toBe(false);
  expect(sourceMatches(a, "tar\\w+")).toBe(true);
  expect(sourceIncludes(a, "tar\\w+")).toBe(false);
  expect(sourceMatches(b, "Zip", "i")).toBe(true);
  expect(sourceMatches(b, "ZIP")).toBe(false);
});

it("nodesOfTypeWithin is descendants filtered by type, for every node of a tree", async () => {
  await loadGrammars(["python", "javascript"]);
  const py = parseCode(
    "def f(a):\n    if a:\n        x = 1\n    def g():\n        if a:\n            y = 2\n    return x\nif b:\n    z = 3\n",
    "python",
  );
  const js = parseCode(
    "function f(a) { if (a) { let x = 1; } const g = () => { if (a) return 2; }; }\n",
    "javascript",
  );
  for (const [tree, types] of [
    [py, ["if_statement", "assignment", "identifier"]],
    [js, ["if_statement", "identifier", "arrow_function"]],
  ] as const)
    for (const node of tree.nodes)
      for (const type of types)
        expect(nodesOfTypeWithin(tree, node, type)).toEqual(descendants(node).filter((d) => d.type === type));
});

it("module-import tests are answered from one per-file list of imports, exactly as the regex would", () => {
  expect(importTestModules("m/^\\s*(from|import)\\s+(a|b\\.c)\\b")).toEqual(["a", "b.c"]);
  expect(importTestModules("m/^\\s*(?:from|import)\\s+(?:a)\\b")).toEqual(["a"]);
  expect(importTestModules("m/^\\s*(import|from)\\s+a\\b")).toEqual(["a"]);
  // Anything else stays a regex: other flags, a wider name, a trailing alternative, unbalanced groups.
  expect(importTestModules("mi/^\\s*(from|import)\\s+a\\b")).toBeNull();
  expect(importTestModules("m/^\\s*(from|import)\\s+a\\w*\\b")).toBeNull();
  expect(importTestModules("m/^\\s*(from|import)\\s+(a|b)\\b|x")).toBeNull();
  expect(importTestModules("m/^\\s*(from|import)\\s+a)\\b")).toBeNull();
  const sources = [
    "import scrapy\n",
    "\n\n   from scrapy.http import Request\n",
    "from\nimport scrapy\n", // the keyword line is itself a match; the next line's must not be skipped
    "import os, scrapy\n",
    "import scrapy_utils\n",
    "x = 1  # import scrapy\n",
    '"""\n    import scrapy\n"""\n', // a docstring line: the regex matches it too
    "x = 1\u2028import scrapy\n",
    "import\tscrapy.\n",
    "from google.cloudy import x\nfrom google.cloud.storage import y\n",
    "from google.cloudy import x\n",
    "import scrapyé\n",
  ];
  const tests = [
    /^\s*(from|import)\s+scrapy\b/m,
    /^\s*(import|from)\s+(google\.cloud|azure\.storage)\b/m,
    /^\s*(?:from|import)\s+(?:os|x)\b/m,
  ];
  for (const source of sources) {
    const tree = { source } as never;
    for (const re of tests) {
      const modules = importTestModules(`${re.flags}/${re.source}`);
      expect(modules).not.toBeNull();
      expect([source, re.source, importsModule(tree, modules!)]).toEqual([
        source,
        re.source,
        re.test(source),
      ]);
    }
  }
});

it("perTree computes once per tree, from the tree or a context holding it", async () => {
  await loadGrammars(["python"]);
  const a = parseCode("x = 1\n", "python");
  const b = parseCode("y = 2\nz = 3\n", "python");
  let calls = 0;
  const count = perTree((ctx: { tree: typeof a }) => (calls++, ctx.tree.nodes.length));
  expect(count({ tree: a })).toBe(a.nodes.length);
  expect(count({ tree: a })).toBe(a.nodes.length);
  expect(count({ tree: b })).toBe(b.nodes.length);
  expect(calls).toBe(2);
  // An undefined answer is remembered too.
  let misses = 0;
  const none = perTree((_tree: typeof a) => void misses++);
  none(a);
  none(a);
  expect(misses).toBe(1);
});

it("unparen takes the expression inside nested parentheses, skipping comments, as namedChildren(n)[0] does", async () => {
  await loadGrammars(["python", "javascript"]);
  for (const [code, lang] of [
    ["y = ((  # why\n  x + 1))\n", "python"],
    ["const y = ((/* why */ x + 1));\n", "javascript"],
  ] as const) {
    const tree = parseCode(code, lang);
    const outer = tree.nodes.find((n) => n.type === "parenthesized_expression")!;
    let loop: typeof outer | undefined = outer;
    while (loop?.type === "parenthesized_expression") loop = namedChildren(loop)[0];
    expect(unparen(outer)).toBe(loop);
    expect(unparen(outer)?.type).toMatch(/^binary_(operator|expression)$/);
  }
  const plain = parseCode("x\n", "python").nodes.find((n) => n.type === "identifier")!;
  expect(unparen(plain)).toBe(plain);
  expect(unparen(undefined)).toBeUndefined();
  expect(unparen(null)).toBeNull();
});

it("nodesOfType is tree.nodes filtered by type, in pre-order, once per tree and list of types", async () => {
  await loadGrammars(["python", "javascript"]);
  const src = "def f(a):\n    x = g(a)\n    y += h(x)(1)\n    return [k(i) for i in x]\nz = f(2)\n";
  const tree = parseCode(src, "python");
  const calls = nodesOfType(tree, "call");
  expect(calls).toEqual(tree.nodes.filter((n) => n.type === "call"));
  expect(calls.map((n) => n.order)).toEqual([...calls.map((n) => n.order)].sort((a, b) => a - b));
  expect(calls.length).toBe(5);
  // Several types: one list in the walk's order, not one type's nodes after another's.
  const mixed = nodesOfType(tree, "call", "assignment", "augmented_assignment");
  expect(mixed).toEqual(tree.nodes.filter((n) => /^(call|assignment|augmented_assignment)$/.test(n.type)));
  expect(mixed.map((n) => n.type).slice(0, 3)).toEqual(["assignment", "call", "augmented_assignment"]);
  // Kept for the tree; another tree of the same text has its own nodes.
  expect(nodesOfType(tree, "call")).toBe(calls);
  const again = parseCode(src, "python");
  expect(nodesOfType(again, "call")).not.toBe(calls);
  expect(nodesOfType(again, "call").map((n) => n.start)).toEqual(calls.map((n) => n.start));
  expect(nodesOfType(tree, "no_such_type")).toEqual([]);
  // The pre-order list is the root followed by its descendants (rules read descendants(root) as the calls list).
  for (const t of [tree, parseCode("const a = b(c, () => d(e));\n", "javascript")]) {
    expect(t.nodes[0]).toBe(t.root);
    expect(descendants(t.root)).toEqual(t.nodes.slice(1));
  }
});
