import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const found = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-REDOS-001"] }).findings.map((f) => [
    f.line,
    f.severity,
  ]);

describe("JS-REDOS-001", () => {
  it("takes an error's stack trace, read directly or through a helper returning it, for the process's own text", () => {
    const code = [
      "function stackOf(params) {",
      "  return params.$source?.stack;",
      "}",
      "function caller(query, params) {",
      "  const stack = stackOf(params);",
      "  const m = stack.match(/^.+?\\n.+?\\n\\s+?at(?: async)? (.+?)(?: (?:\\((.+?)\\)))?\\n/m);",
      "  return m && m[1];",
      "}",
      "function label(name) {",
      "  return /^(.*)\\s+(\\S+)$/.exec(name);",
      "}",
      "module.exports = { caller, label };",
    ].join("\n");
    expect(found(code)).toEqual([
      [6, "LOW"],
      [10, "MEDIUM"],
    ]);
  });
});
