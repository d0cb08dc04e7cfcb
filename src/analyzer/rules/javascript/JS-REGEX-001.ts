import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-REGEX-001",
    title: "RegExp built from untrusted input",
    cwe: ["CWE-400", "CWE-1333", "CWE-185"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the pattern is not a constant, but no caller or untrusted input was traced to it",
      },
    ],
    docs: {
      what_it_does:
        "Flags new RegExp(value) where the value is request data or a caller-supplied pattern not passed through an escape function, and string match / matchAll / search given request data (they compile a string argument into a RegExp).",
      why_bad:
        "Attacker-chosen patterns can take exponential time (ReDoS) and block the event loop, or match far more than intended.",
      example_bad: "function search(pattern, text) {\n  return new RegExp(pattern).test(text);\n}",
      example_good:
        "const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');\nfunction search(pattern, text) {\n  return new RegExp(escapeRegExp(pattern)).test(text);\n}",
    },
    fix_hint: "Escape user text before building a RegExp, or use String.prototype.includes.",
  },
  trigger: /RegExp|matches\(|\.match(All)?\(|\.search\(/,
  nodeTypes: ["new_expression", "call_expression"],
  detect(node, ctx, report) {
    // validator.js `matches(str, pattern)` compiles its second argument.
    const validatorMatches = /^(validator|validator\.matches)\.matches$|^validator\.matches$/.test(
      ctx.callee(node),
    );
    // `s.match(p)`, `s.matchAll(p)`, `s.search(p)` on a string compile a string argument into a RegExp: request
    // text there is a pattern too (a matcher object's own `match(path)` is left alone).
    const method = node.type === "call_expression" ? ctx.method(node) : "";
    if (/^(match|matchAll|search)$/.test(method) && ctx.args(node).length === 1) {
      const fn = field(node, "function");
      const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
      const arg = ctx.args(node)[0]!;
      if (
        !recv ||
        /rout|matcher|glob|minimatch|micromatch|picomatch|pattern|regexp|\bapp\b/i.test(ctx.text(recv))
      )
        return;
      const r = ctx.resolve(arg);
      if (r?.type === "regex" || (r?.type === "call_expression" && /escape/i.test(ctx.callee(r)))) return;
      if (ctx.level(arg, "regex") === Level.SOURCE)
        report({ node, message: `${method}() compiles request data into a regular expression` });
      return;
    }
    if (ctx.callee(node) !== "RegExp" && !validatorMatches) return;
    const p = ctx.args(node)[validatorMatches ? 1 : 0];
    if (!p) return;
    const r = ctx.resolve(p);
    if (r?.type === "call_expression" && /escape/i.test(ctx.callee(r))) return;
    const level = ctx.level(p, "regex");
    if (
      level === Level.SOURCE ||
      (level === Level.PARAM && /pattern|regex|query|search|expr|filter/i.test(ctx.text(p)))
    )
      report({ node, message: "RegExp built from caller-controlled data" });
    // Any other non-literal pattern: a LOW reminder that the value must not be attacker-controlled.
    else if (level !== Level.CONST)
      report({ node, severity: "LOW", message: "RegExp built from a non-literal value" });
  },
  cases: {
    valid: [
      "function f(pattern) { return new RegExp(escapeRegExp(pattern)); }",
      "const r = new RegExp('^a$');",
      "app.get('/s', (req, res) => res.json(String(req.query.q).match(/^[a-z]+$/)));",
      "app.get('/s', (req, res) => res.json(router.match(req.path)));",
      "const validator = require('validator');\napp.post('/c', (req, res) => res.json(validator.matches(req.body.v, /^[a-z]+$/)));",
    ],
    invalid: [
      "function f(pattern, t) { return new RegExp(pattern).test(t); }",
      "app.get('/s', (req, res) => res.json(names.filter((n) => n.match('^' + req.query.prefix))));",
      "app.get('/s', (req, res) => res.json(doc.text.search(req.query.q)));",
      "const validator = require('validator');\napp.post('/c', (req, res) => res.json(validator.matches(req.body.v, req.body.pattern)));",
    ],
  },
});
