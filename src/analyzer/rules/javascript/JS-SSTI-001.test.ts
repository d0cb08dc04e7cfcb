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

describe("JS-SSTI-001: Vue rendered on the server", () => {
  it("reports a component template from the request beside a server renderer, not a fixed one", () => {
    const code = [
      "const { createSSRApp } = require('vue');",
      "const { renderToString } = require('vue/server-renderer');",
      "app.post('/v', async (req, res) => res.send(await renderToString(createSSRApp({ template: req.body.t }))));",
      "app.get('/w', async (req, res) => res.send(await renderToString(createSSRApp({ template: '<p>{{ q }}</p>', data: () => ({ q: String(req.query.q) }) }))));",
    ].join("\n");
    expect(lines(code)).toEqual([3]);
  });
});
describe("JS-SSTI-001: a helper compiling the file text its callers read", () => {
  it("takes a wrapper's template parameter for the file's own text when every call passes file contents", () => {
    const code = [
      "const template = require('lodash/template');",
      "const { readFile } = require('fs/promises');",
      "const compile = (content, options) => template(content, { ...options });",
      "const fromFile = async (p) => compile((await readFile(p)).toString());",
      "const other = (src) => template(src);",
      "module.exports = { fromFile, other };",
    ].join("\n");
    expect(lines(code)).toEqual([5]);
  });
});
