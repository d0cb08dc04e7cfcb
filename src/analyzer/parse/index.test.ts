import { expect, it } from "vitest";
import { loadGrammars, parseCode } from "./index.js";

it("a variable named `using` parses in JS and TS, and keeps its own text", async () => {
  await loadGrammars(["javascript", "typescript"]);
  const src =
    "let using = '';\nif (joins.length) using += (using ? ',' : 'using ') + joins.join(',');\nrun(using);\n";
  for (const language of ["javascript", "typescript"] as const) {
    const tree = parseCode(src, language);
    expect(tree.hasError).toBe(false);
    const ids = tree.nodes.filter((n) => n.type === "identifier").map((n) => src.slice(n.start, n.end));
    expect(ids.filter((t) => t === "using")).toHaveLength(4);
    expect(ids).not.toContain("_sing");
  }
});

it("a real `using` declaration keeps the grammar's parse", async () => {
  await loadGrammars(["javascript"]);
  const tree = parseCode("function f() {\n  using res = open();\n  return res.x;\n}\n", "javascript");
  expect(tree.hasError).toBe(false);
  expect(tree.nodes.some((n) => n.type === "using_declaration")).toBe(true);
});

it("TypeScript 5's `export type * from` parses (type-only barrels)", async () => {
  await loadGrammars(["typescript"]);
  const src = "export type * from './interfaces/index.js';\nexport * from './request/index.js';\n";
  const tree = parseCode(src, "typescript");
  expect(tree.hasError).toBe(false);
  expect(tree.nodes.filter((n) => n.type === "export_statement")).toHaveLength(2);
});

it("variance annotations on type parameters parse", async () => {
  await loadGrammars(["typescript"]);
  const src =
    "export interface Box<out O = unknown, in I = never> extends Base<O> {\n  get(): O;\n}\nconst a = b < c, d = e > f;\n";
  const tree = parseCode(src, "typescript");
  expect(tree.hasError).toBe(false);
  expect(tree.nodes.filter((n) => n.type === "type_parameter")).toHaveLength(2);
});
