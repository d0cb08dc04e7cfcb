import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "./index.js";
import { pythonOpenBrackets, repairJsFragment } from "./fragment.js";

beforeAll(async () => {
  await loadGrammars(["javascript", "typescript"]);
});

describe("repairJsFragment", () => {
  it("returns code that parses untouched", () => {
    const r = repairJsFragment("const a = 1;\nf(a);", "javascript");
    expect(r.lineShift).toBe(0);
    expect(r.tree.hasError).toBe(false);
    expect(r.tree.source).toBe("const a = 1;\nf(a);");
  });

  it("closes a call cut off halfway so the function around it keeps its parameters", () => {
    const code = [
      "    }",
      "  }",
      "  function render(viewsDir, status) {",
      "    var viewFile = viewsDir + '/' + status + '.html';",
      "    fs.stat(viewFile, function(err, stats) {",
      "      if (!err) {",
      "        send(viewFile);",
    ].join("\n");
    const r = repairJsFragment(code, "javascript");
    expect(r.tree.hasError).toBe(false);
    const f = analyzeSync("const fs = require('fs');\n" + code, {
      language: "javascript",
      rules: ["JS-PATH-002"],
    });
    expect(f.findings.map((x) => [x.rule_id, x.line])).toEqual([["JS-PATH-002", 6]]);
    expect(f.findings[0]!.message).toMatch(/caller's value/);
  });

  it("keeps line numbers when the tail of the previous function is cut off", () => {
    const code = "      return x;\n    },\n    run: function (src) {\n      return eval(src);\n    }\n";
    const f = analyzeSync(code, { language: "javascript", rules: ["JS-CODE-001"] });
    expect(f.findings.map((x) => [x.rule_id, x.line, x.severity])).toEqual([["JS-CODE-001", 4, "HIGH"]]);
  });

  it("wraps a method cut out of its class", () => {
    const code =
      "  static getFileContent (filename, options) {\n    return fs.readFileSync(filename, options).toString();\n  }\n";
    const f = analyzeSync("const fs = require('fs');\n" + code, {
      language: "javascript",
      rules: ["JS-PATH-002"],
    });
    expect(f.findings.map((x) => x.line)).toEqual([3]);
  });
});

describe("pythonOpenBrackets", () => {
  it("closes what a cut-off Python fragment leaves open, innermost first", () => {
    expect(pythonOpenBrackets("exec(\n    run([a,\n        {'k': 1")).toBe("}]))");
    expect(pythonOpenBrackets("f(x)\ng[1]\n")).toBe("");
    // Brackets inside strings and comments do not count; a fragment ending inside a string gets no closers.
    expect(pythonOpenBrackets("call('(', \"[\",  # (\n  '''x)'''")).toBe(")");
    expect(pythonOpenBrackets("call('''unterminated (")).toBe("");
  });
});
