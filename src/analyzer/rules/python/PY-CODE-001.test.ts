import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const sev = (code: string, context: "repository" | "answer" = "repository") =>
  analyzeSync(code, { language: "python", rules: ["PY-CODE-001"], context }).findings.map((f) => f.severity);

describe("PY-CODE-001: a test module's helper", () => {
  const helper =
    "def make_func(params):\n    d = {}\n    exec('def f%s:\\n    return 1' % params, d)\n    return d['f']\n";
  const tests =
    "\ndef test_one():\n    assert make_func('(a)')(1)\n\ndef test_two():\n    assert make_func('(a, b)')(1, 2)\n";
  it("is LOW where the module is a test module, in repository mode", () => {
    expect(sev(helper + tests)).toEqual(["LOW"]);
  });
  it("stays MEDIUM outside a test module and in answer mode", () => {
    expect(sev(helper)).toEqual(["MEDIUM"]);
    expect(sev(helper + tests, "answer")).toEqual(["MEDIUM"]);
  });
  it("keeps request data at its level in a test module", () => {
    expect(
      sev(
        "from flask import request\ndef run():\n    exec(request.args['c'])\n" +
          tests.replace(/make_func/g, "run"),
      ),
    ).not.toContain("LOW");
  });
});
