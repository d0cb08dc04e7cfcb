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

it('a C header\'s `extern "C"` guard parses, and the declarations inside keep their text and lines', async () => {
  await loadGrammars(["c", "cpp"]);
  const src = [
    "#include <stdio.h>",
    "#ifdef __cplusplus",
    'extern "C" {',
    "#endif",
    "",
    "int parse_request(const char *line);",
    "static void run(const char *cmd) { system(cmd); }",
    "",
    "#if defined(__cplusplus)",
    '}  /* extern "C" */',
    "#endif",
    "",
  ].join("\n");
  for (const language of ["c", "cpp"] as const) {
    const tree = parseCode(src, language);
    expect(tree.hasError).toBe(false);
    const call = tree.nodes.find((n) => n.type === "call_expression")!;
    expect(src.slice(call.start, call.end)).toBe("system(cmd)");
    expect(call.startRow).toBe(6);
  }
  // A guard that holds more than the brace is left alone (it would not parse after blanking either).
  const other = '#ifdef __cplusplus\nextern "C" {\nint x;\n#endif\n';
  expect(parseCode(other, "c").hasError).toBe(true);
});
