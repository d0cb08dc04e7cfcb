import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { anchoredPath } from "./fs-paths.js";

export default jsRule({
  meta: {
    id: "JS-CODE-002",
    title: "Module loaded from a non-literal path",
    cwe: ["CWE-94", "CWE-829"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "LOW",
        when: "no request data was traced to the module path (a caller's value, configuration, or an untraced name): an audit hint",
      },
    ],
    docs: {
      what_it_does:
        "Flags require() whose module path is not a literal (nor literal parts anchored at __dirname / process.cwd()). HIGH when request data reaches the path; otherwise LOW, an audit hint for a reviewer to trace.",
      why_bad:
        "require() runs the module's top-level code. A path an attacker can steer loads any .js/.json file reachable on disk (an upload, a file in node_modules with side effects), which is code execution.",
      example_bad:
        "app.get('/plugin', (req, res) => {\n  const plugin = require('./plugins/' + req.query.name);\n  res.json(plugin.describe());\n});",
      example_good:
        "const PLUGINS = { csv: require('./plugins/csv'), json: require('./plugins/json') };\napp.get('/plugin', (req, res) => {\n  const plugin = PLUGINS[req.query.name];\n  if (!plugin) return res.status(404).end();\n  res.json(plugin.describe());\n});",
    },
    fix_hint:
      "Map names to modules required with literal paths (an allow-list object) instead of building the path.",
  },
  trigger: /require\s*\(/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const fn = field(node, "function");
    if (!fn || fn.type !== "identifier" || ctx.text(fn) !== "require") return;
    const spec = ctx.args(node)[0];
    if (!spec || anchoredPath(spec, ctx) || ctx.guardedBefore(node)) return;
    const level = ctx.level(spec, "path");
    if (level === Level.CONST) return;
    if (level === Level.SOURCE)
      report({ node, message: "require() loads a module path taken from request data" });
    else
      report({
        node,
        severity: "LOW",
        message: `require() loads a module whose path is not a literal (${level === Level.PARAM ? "a caller's value" : "origin not traced"})`,
      });
  },
  cases: {
    valid: [
      "const fs = require('fs');",
      "const logger = require(__dirname + '/libs/logger');",
      "const path = require('path');\nconst cfg = require(path.join(__dirname, 'config.json'));",
      "const p = require(`${__dirname}/plugins/csv`);",
      "module.exports = require(4);",
      "const ALLOWED = new Set(['csv', 'json']);\nfunction load(name) {\n  if (!ALLOWED.has(name)) throw new Error('unknown');\n  return require('./plugins/' + name);\n}",
    ],
    invalid: [
      {
        code: "app.get('/p', (req, res) => { const m = require('./plugins/' + req.query.name); res.send(m.name); });",
        severity: "HIGH",
      },
      {
        code: "function load(command) {\n  return require(`./commands/${command}`);\n}",
        line: 2,
        severity: "LOW",
      },
      { code: "const DEPS = setup.depsFolder;\nconst del = require(DEPS + 'del');", severity: "LOW" },
    ],
  },
});
