import { Level } from "../../dataflow/python.js";
import { field, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-XPATH-001",
    title: "XPath query built from untrusted input",
    cwe: ["CWE-643"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags xpath.select/evaluate/document.evaluate/createExpression whose query is a template or concatenation with caller-controlled values, or is user input whole (the page URL, a request field).",
      why_bad:
        "Quotes in the value rewrite the query (' or '1'='1), bypassing lookups such as credential checks.",
      example_bad:
        "const xpath = require('xpath');\nconst find = (doc, name) => xpath.select(`//user[name='${name}']`, doc);",
      example_good:
        "const xpath = require('xpath');\nconst find = (doc, name) => xpath.parse('//user[name=$name]').select({ node: doc, variables: { name } });",
    },
    fix_hint: "Use XPath variables instead of string building, or reject quotes in the value.",
  },
  trigger: /xpath|XPath|evaluate|selectNodes|selectSingleNode|createExpression|libxmljs/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // `const select = xpath.useNamespaces(map); select(query, doc)`: the returned selector takes the query (the map
    // given to useNamespaces is no query).
    const fn = field(node, "function");
    const init = fn?.type === "identifier" ? ctx.resolve(fn) : undefined;
    const selector = init?.type === "call_expression" && ctx.callee(init) === "xpath.useNamespaces";
    // libxmljs / libxmljs2: `doc.find(xpath)`, `doc.get(xpath)`, `node.find(...)` take an XPath (the name is common,
    // so only in a file that loads the library, and only for a query whose literal text reads as a path).
    const libxml =
      /^(find|get)$/.test(ctx.method(node)) &&
      sourceHas(ctx.tree, /['"]libxmljs2?['"]/) &&
      /^(`|['"])\.?\/|\[@/.test(ctx.text(ctx.args(node)[0] ?? node));
    // fontoxpath: `evaluateXPathToNodes(query, doc, ...)` and its siblings take the XPath first (values belong in its
    // variables argument).
    const fonto = /(^|\.)(evaluateXPath\w*|evaluateUpdatingExpression(Sync)?)$/.test(q);
    if (
      !selector &&
      !libxml &&
      !fonto &&
      !/^(xpath\.(select|select1|evaluate|parse)|document\.(evaluate|createExpression))$|\.(evaluate|selectNodes|selectSingleNode)$/.test(
        q,
      )
    )
      return;
    const query = ctx.args(node)[0];
    if (!query) return;
    // XPath's evaluate takes the query and a context node (document.evaluate, XPathEvaluator, xpath.evaluate): a
    // one-argument `.evaluate(expr)` is an expression parser's (mathjs, expr-eval) or a headless browser's.
    if (!selector && /\.evaluate$/.test(q) && !/^(xpath|document)\./.test(q) && ctx.args(node).length < 2)
      return;
    // A query built around a caller's value, or one the page's URL or a request gives whole.
    const level = ctx.level(query, "xpath");
    // (Whole input only for the XPath APIs themselves: `page.evaluate(x)` of a headless browser is script.)
    const xpathApi =
      selector || libxml || fonto || /^(xpath\.|document\.)/.test(q) || sourceHas(ctx.tree, /xpath/i);
    if ((ctx.isBuiltString(query) && level >= Level.PARAM) || (level === Level.SOURCE && xpathApi))
      report({ node, message: "XPath query contains unescaped input" });
  },
  cases: {
    valid: [
      "const libxmljs = require('libxmljs');\napp.get('/x', (req, res) => {\n  const ids = req.query.ids.split(',');\n  res.json(doc.find('//user').filter((u) => ids.includes(u.attr('id').value())));\n});",
      "xpath.select('//user', doc);",
      "const xpath = require('xpath');\nconst sel = xpath.useNamespaces({ a: 'urn:a' });\napp.get('/u', (req, res) => res.json(sel('//a:u', doc)));",
      "const xpath = require('xpath');\napp.get('/u', (req, res) => res.json(xpath.parse('//u[@n=$n]').select({ node: doc, variables: { n: req.query.n } })));",
      "document.evaluate('//h2', document, null, XPathResult.ANY_TYPE, null);",
      "import { create, all } from 'mathjs';\nconst math = create(all);\nexport function calc(expr) {\n  return math.evaluate(expr.replace(/[^0-9+*\\/() -]/g, ''));\n}",
      "const puppeteer = require('puppeteer');\nasync function f(page, req) { return page.evaluate(req.query.fn); }",
      "import { evaluateXPathToNodes } from 'fontoxpath';\napp.get('/u', (req, res) => res.json(evaluateXPathToNodes('//user[name=$name]', doc, null, { name: String(req.query.name) }).length));",
    ],
    invalid: [
      "const libxmljs = require('libxmljs');\nconst doc = libxmljs.parseXml(xml);\napp.get('/x', (req, res) => res.json(doc.find(`//user[@name='${req.query.name}']`).length));",
      "const libxmljs = require('libxmljs2');\nfunction email(doc, name) {\n  return doc.get(\"//user[name='\" + name + \"']/email\").text();\n}",
      "function f(doc, u) { const q = `//s[u='${u}']`; return xpath.select(q, doc); }",
      "const expr = decodeURIComponent(location.hash.slice(1));\ndocument.evaluate(expr, document, null, XPathResult.ANY_TYPE, null);",
      "const e = document.createExpression(new URLSearchParams(location.search).get('xp'), null);",
      "const expr = location.hash.slice(1);\ndocument.evaluate(expr, document, null, 9, null);",
      "const xpath = require('xpath');\napp.get('/u', (req, res) => res.json(xpath.parse(\"//u[@n='\" + req.query.n + \"']\").select({ node: doc })));",
      "const xpath = require('xpath');\nconst sel = xpath.useNamespaces({ a: 'urn:a' });\napp.get('/u', (req, res) => res.json(sel(req.query.q, doc)));",
      "import { evaluateXPathToNodes } from 'fontoxpath';\napp.get('/u', (req, res) => res.json(evaluateXPathToNodes(`//user[name=\"${req.query.name}\"]`, doc).length));",
      "const fontoxpath = require('fontoxpath');\napp.get('/u', (req, res) => res.json({ e: fontoxpath.evaluateXPathToString('//user[@id=\"' + req.query.id + '\"]/email', doc) }));",
    ],
  },
});
