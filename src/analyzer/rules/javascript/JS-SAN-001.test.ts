import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-SAN-001"] }).findings.map((f) => f.line);

describe("JS-SAN-001: line endings normalised", () => {
  it("leaves a line ending replaced by another, not one replaced by a space or a quote doubled once", () => {
    const code = [
      "function countLines(text) {",
      "  text = text.replace('\\r\\n', '\\n');",
      "  text = text.replace('\\r', '\\n');",
      "  return text.split('\\n').length;",
      "}",
      "const header = (v) => v.replace('\\r\\n', ' ');",
      "const quoted = (p) => '\"' + p.replace('\"', '\"\"') + '\"';",
      "class Option { name() { return this.long.replace('--', '').replace('no-', ''); } }",
      "const clean = (sql) => sql.replace('--', '');",
    ].join("\n");
    expect(lines(code)).toEqual([6, 7, 9]);
  });
});

describe("JS-SAN-001: a replace only compared", () => {
  it("leaves replace('\\n', '').trim() === '' (a blank-text test), keeps a first-only escape that is output", () => {
    const code = [
      "function blank(node) { return node.value.replace('\\n', '').trim() === ''; }",
      "function esc(s) { return s.replace('<', '&lt;'); }",
    ].join("\n");
    expect(lines(code)).toEqual([2]);
  });
});
