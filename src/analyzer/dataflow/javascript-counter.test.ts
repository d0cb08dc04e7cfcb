import { beforeAll, describe, expect, it } from "vitest";
import { analyzeSync } from "../engine.js";
import { loadGrammars } from "../parse/index.js";

beforeAll(async () => {
  await loadGrammars(["javascript", "typescript"]);
});

const sqli = (src: string) =>
  analyzeSync(src, { language: "javascript", rules: ["JS-SQLI-001"] }).findings.map((f) => f.line);

describe("update expressions (JavaScript)", () => {
  it("reads `seq++` / `--n` as a number, not the operand's text", () => {
    const src =
      "let seq = 0;\n" +
      "async function mark(tx) {\n" +
      "  const name = `sp_${seq++}`;\n" +
      "  await tx.$executeRawUnsafe(`SAVEPOINT ${name}`);\n" +
      "  await tx.$executeRawUnsafe(`RELEASE SAVEPOINT sp_${--seq}`);\n" +
      "}\n" +
      "function routes(app, db) {\n" +
      "  app.post('/s', async (req, res) => {\n" +
      "    await db.$executeRawUnsafe(`SAVEPOINT ${req.body.name}_${seq++}`);\n" +
      "  });\n" +
      "}\n" +
      "module.exports = { mark, routes };\n";
    expect(sqli(src)).toEqual([9]);
  });

  it("reads an outgoing XMLHttpRequest named req as the program's own request, not an incoming one", () => {
    const log = (src: string) =>
      analyzeSync(src, { language: "javascript", rules: ["JS-LOG-001"] }).findings.map((f) => f.line);
    const src =
      "function getJson(url) {\n" +
      "  var req = new this._XMLHttpRequest();\n" +
      "  req.onload = function () {\n" +
      "    log.debug('status ' + req.status);\n" +
      "    log.error('server said ' + JSON.parse(req.responseText).error);\n" +
      "  };\n" +
      "}\n" +
      "app.get('/a', (req, res) => {\n" +
      "  log.info('asked for ' + req.query.q);\n" +
      "});\n";
    expect(log(src)).toEqual([9]);
  });

  it("starts a local helper's value with the literal start its returns share", () => {
    const argi = (src: string) =>
      analyzeSync(src, { language: "javascript", rules: ["JS-ARGI-001"] }).findings.map((f) => f.line);
    const src =
      "const simpleGit = require('simple-git');\n" +
      "const git = simpleGit('.');\n" +
      "const describeKey = (b) => `branch.${b}.description`;\n" +
      "function draft(slug) {\n" +
      "  if (!slug) return 'drafts/none';\n" +
      "  return 'drafts/' + slug;\n" +
      "}\n" +
      "const either = (b) => (b ? `x/${b}` : b);\n" +
      "app.post('/s', async (req, res) => {\n" +
      "  await git.raw(['config', describeKey(req.body.branch)]);\n" +
      "  await git.branch(['-D', draft(req.body.slug)]);\n" +
      "  await git.checkout(either(req.body.branch));\n" +
      "});\n";
    expect(argi(src)).toEqual([12]);
  });

  it("reads WordPress's safeHTML as an HTML sanitiser", () => {
    const xss = (src: string) =>
      analyzeSync(src, { language: "javascript", rules: ["JS-XSS-001"] }).findings.map((f) => f.line);
    const src =
      "import { safeHTML } from '@wordpress/dom';\n" +
      "export function show(el) {\n" +
      "  const html = decodeURIComponent(location.hash.slice(1));\n" +
      "  el.innerHTML = safeHTML(html);\n" +
      "  el.innerHTML = html;\n" +
      "}\n";
    expect(xss(src)).toEqual([5]);
  });

  it("reads a metacharacter class escaped whole (any order) as a literal pattern", () => {
    const regex = (src: string) =>
      analyzeSync(src, { language: "javascript", rules: ["JS-REGEX-001"] }).findings.map((f) => f.severity);
    const mk = (cls: string) =>
      "function toLiteral(s) {\n" +
      `  return s.replace(/[${cls}]/g, '\\\\$&');\n` +
      "}\n" +
      "function compile(pattern) {\n" +
      "  pattern = toLiteral(pattern);\n" +
      "  return new RegExp(pattern, 'i');\n" +
      "}\n" +
      "module.exports = { compile };\n";
    expect(regex(mk("*/\\-[\\]{}()+?.,\\\\^$|#"))).toEqual([]);
    // (a class that leaves `(`, `+` and `|` out escapes too little)
    expect(regex(mk("*/."))).toEqual(["MEDIUM"]);
  });
});
