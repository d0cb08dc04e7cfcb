import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

type Ctx = Parameters<Parameters<typeof jsRule>[0]["detect"]>[1];

/**
 * `execFileSync('xmllint', ['--noent', file])`, `spawn('xmllint', [...])`: libxml2's command line with entity
 * substitution on, over a document that is not the program's own: a path from outside, or a file the same function
 * writes from data that is not constant (an upload saved to a fixed temp name). The document to report, else
 * undefined.
 */
function xmllintNoent(ctx: Ctx, node: SyntaxNode): SyntaxNode | undefined {
  if (!/(^|\.)(execFileSync|execFile|spawn|spawnSync)$/.test(ctx.callee(node))) return undefined;
  const [cmd, list] = ctx.args(node);
  if (!/^(\/usr\/bin\/)?xmllint$/.test(ctx.stringValue(cmd) ?? "")) return undefined;
  const arr = list && (list.type === "identifier" ? ctx.resolve(list) : list);
  if (arr?.type !== "array") return undefined;
  const items = namedChildren(arr);
  if (!items.some((i) => ctx.stringValue(i) === "--noent")) return undefined;
  const fn = ctx.enclosingFunction(node);
  const writes = fn
    ? descendants(fn).filter(
        (d) =>
          d.type === "call_expression" &&
          /(^|\.)(writeFileSync|writeFile)$/.test(ctx.callee(d)) &&
          ctx.level(ctx.args(d)[1], "xml") !== Level.CONST,
      )
    : [];
  return items.find((i) => {
    const v = ctx.stringValue(i);
    if (v === undefined) return ctx.level(i, "xml") !== Level.CONST;
    return !v.startsWith("-") && writes.some((w) => ctx.stringValue(ctx.args(w)[0]) === v);
  });
}

export default jsRule({
  meta: {
    id: "JS-XXE-001",
    title: "XML parsed with external entity expansion",
    cwe: ["CWE-611", "CWE-776"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags libxmljs parseXml/parseXmlString (and the SAX parsers) with noent: true (entity substitution) or dtdload: true, also through an options variable, and xml2json toJson of request data (node-expat expands the document's entities).",
      why_bad: "External entities read local files or call internal URLs from the server (XXE).",
      example_bad:
        "const libxml = require('libxmljs');\nconst doc = (xml) => libxml.parseXml(xml, { noent: true });",
      example_good:
        "const libxml = require('libxmljs');\nconst doc = (xml) => libxml.parseXml(xml, { noent: false, nonet: true });",
    },
    fix_hint: "Leave entity substitution off (noent: false) and disable network access (nonet: true).",
  },
  trigger: /parseXml|fromXml|toJson|node-expat|xmllint/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (/^xml2json\.toJson$/.test(q)) {
      if (ctx.level(ctx.args(node)[0], "xml") === Level.SOURCE)
        report({ node, message: "XML from the request parsed by xml2json, which expands its entities" });
      return;
    }
    // node-expat: `const p = new expat.Parser('UTF-8'); p.write(req.body)` expands the document's entities.
    if (/^(write|parse)$/.test(ctx.method(node))) {
      const fn = field(node, "function");
      const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
      const made = recv && ctx.resolve(recv);
      if (
        made?.type === "new_expression" &&
        /^node-expat\.(Parser|createParser)$/.test(ctx.callee(made)) &&
        ctx.level(ctx.args(node)[0], "xml") === Level.SOURCE
      )
        report({ node, message: "XML from the request parsed by node-expat, which expands its entities" });
      return;
    }
    const linted = xmllintNoent(ctx, node);
    if (linted) {
      report({ node, message: "xmllint --noent substitutes the entities of a document from outside" });
      return;
    }
    if (!/(parseXml|parseXmlString|parseXmlAsync|parseHtml|parseHtmlString|Document\.fromXml)$/.test(q))
      return;
    // A document the program writes itself (a literal, or literal parts) declares only its own entities.
    if (ctx.level(ctx.args(node)[0], "xml") === Level.CONST) return;
    // The options as written or through the variable that holds them (`const opts = { noent: true }`).
    const opts = ctx.args(node)[1];
    const text =
      ctx.text(node) + (opts?.type === "identifier" ? " " + ctx.text(ctx.resolve(opts) ?? opts) : "");
    // (`replaceEntities` is libxmljs's longer name for noent)
    if (/(noent|dtdload|replaceEntities)['"]?\s*:\s*(true|1|!0)\b/.test(text))
      report({ node, message: "XML entity expansion enabled" });
  },
  cases: {
    valid: [
      "libxml.parseXml(x);",
      "const xml2json = require('xml2json');\nconst j = xml2json.toJson(fs.readFileSync('feed.xml', 'utf8'));",
      "const libxmljs = require('libxmljs');\nconst FIXED = '<!DOCTYPE r [<!ENTITY v \"1.0\">]><r>&v;</r>';\nconst doc = libxmljs.parseXml(FIXED, { noent: true });",
      "const libxmljs = require('libxmljs2');\napp.post('/x', (req, res) => res.json(libxmljs.parseXml(req.body, { noent: 0, nonet: 1 }).root().name()));",
      // xmllint without --noent, and --noent on the project's own file.
      "const { execFileSync } = require('child_process');\napp.post('/l', (req, res) => {\n  fs.writeFileSync('/tmp/u.xml', req.body);\n  res.send(execFileSync('xmllint', ['--nonet', '/tmp/u.xml']));\n});",
      "const { execFileSync } = require('child_process');\nexecFileSync('xmllint', ['--noent', '--output', 'out.xml', 'docs/book.xml']);",
    ],
    invalid: [
      "libxml.parseXmlString(x, { noent: true });",
      "const opts = { noent: true, nonet: false };\nconst doc = libxml.parseXml(x, opts);",
      "const xml2json = require('xml2json');\napp.post('/i', (req, res) => res.json(xml2json.toJson(req.body)));",
      "const expat = require('node-expat');\napp.post('/i', (req, res) => {\n  const p = new expat.Parser('UTF-8');\n  p.write(req.body);\n});",
      "const libxmljs = require('libxmljs');\napp.post('/i', (req, res) => res.json(libxmljs.Document.fromXml(req.body, { noent: true }).root().name()));",
      "const libxmljs = require('libxmljs2');\napp.post('/x', (req, res) => res.json(libxmljs.parseXml(req.body, { noent: 1 }).root().name()));",
      "const libxmljs = require('libxmljs2');\napp.post('/x', (req, res) => res.json(libxmljs.parseXml(req.body, { replaceEntities: true }).root().name()));",
      "const { execFileSync } = require('child_process');\napp.post('/l', (req, res) => {\n  fs.writeFileSync('/tmp/u.xml', req.body);\n  res.send(execFileSync('xmllint', ['--noent', '/tmp/u.xml']));\n});",
    ],
  },
});
