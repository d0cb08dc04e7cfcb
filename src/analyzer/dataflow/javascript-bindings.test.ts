import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["javascript"]);
});

const ids = (code: string, rules: string[]) =>
  analyzeSync(code, { language: "javascript", rules }).findings.map((f) => `${f.rule_id}:${f.severity}`);

describe("JavaScript bindings in the data flow", () => {
  it("looks sanitisers up by own key only: toString / constructor calls are ordinary calls", () => {
    // SANITIZERS['toString'] used to read Object.prototype.toString and throw, losing the whole finding.
    const code =
      "function f(d) {\n  return new Function('x' + d.name + d.body.toString().replace(/a/g, ''));\n}";
    expect(ids(code, ["JS-CODE-001"])).toEqual(["JS-CODE-001:HIGH"]);
    expect(ids("function f(d) { return eval(d.constructor(d.src)); }", ["JS-CODE-001"])).toEqual([
      "JS-CODE-001:HIGH",
    ]);
  });

  it("treats path / crypto as the modules only when the code does not rebind the name", () => {
    const param =
      "const fs = require('fs');\nfunction serve(req, path) {\n  return fs.createReadStream(path);\n}";
    expect(ids(param, ["JS-PATH-001"])).toEqual(["JS-PATH-001:HIGH"]);
    const module =
      "const fs = require('fs');\nconst path = require('path');\nfs.readFileSync(path.join('a', 'b'));";
    expect(ids(module, ["JS-PATH-001", "JS-PATH-002"])).toEqual([]);
    const assigned =
      "const fs = require('fs');\nvar path;\nfor (var k in files) {\n  path = files[k];\n  fs.readFileSync(path);\n}";
    expect(ids(assigned, ["JS-PATH-002"])).toEqual(["JS-PATH-002:LOW"]);
  });
});
