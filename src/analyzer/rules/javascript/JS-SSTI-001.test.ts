import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../../engine.js";
import { loadGrammars } from "../../parse/index.js";

beforeAll(async () => {
  await loadGrammars();
});

const lines = (code: string) =>
  analyzeSync(code, { language: "javascript", rules: ["JS-SSTI-001"] }).findings.map((f) => f.line);

describe("JS-SSTI-001", () => {
  it("takes the text of an element the page names by a literal id for its own template", () => {
    const code = [
      "const dot = require('dot');",
      "function renderInPage(data) {",
      "  const fn = dot.template(document.getElementById('row-tmpl').text);",
      "  const src = $('#list-tmpl').html();",
      "  const g = dot.template(src);",
      "  const h = dot.template(document.getElementById(location.hash.slice(1)).text);",
      "  const k = dot.template(document.querySelector('#x').value);",
      "}",
      "module.exports = { renderInPage };",
    ].join("\n");
    expect(lines(code)).toEqual([6, 7]);
  });
});
