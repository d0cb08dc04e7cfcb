import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const findings = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-MSG-001"] }).findings.map((f) => ({
    line: f.line,
    cwe: f.cwe,
  }));

describe("JS-MSG-001", () => {
  it("cites the origin validation error for a listener that never checks the sender", () => {
    const code = [
      "window.addEventListener('message', (event) => {",
      "  localStorage.setItem('session', event.data.token);",
      "});",
    ].join("\n");
    expect(findings(code)).toEqual([{ line: 1, cwe: expect.arrayContaining(["CWE-346"]) }]);
  });
});

describe("JS-MSG-001 weak origin checks", () => {
  it("reports a substring test of event.origin on its own line", () => {
    const code = [
      "window.addEventListener('message', function (e) {",
      "  if (e.origin.indexOf('example.com') !== -1) {",
      "    document.cookie = 'prefs=' + encodeURIComponent(JSON.stringify(e.data));",
      "  }",
      "});",
    ].join("\n");
    expect(findings(code).map((f) => f.line)).toEqual([2]);
  });
});
