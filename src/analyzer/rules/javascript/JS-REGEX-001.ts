import { Level } from "../../dataflow/python.js";
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
        "Flags new RegExp(value) where the value is request data or a caller-supplied pattern not passed through an escape function.",
      why_bad:
        "Attacker-chosen patterns can take exponential time (ReDoS) and block the event loop, or match far more than intended.",
      example_bad: "function search(pattern, text) {\n  return new RegExp(pattern).test(text);\n}",
      example_good:
        "const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\\]\\\\]/g, '\\\\$&');\nfunction search(pattern, text) {\n  return new RegExp(escapeRegExp(pattern)).test(text);\n}",
    },
    fix_hint: "Escape user text before building a RegExp, or use String.prototype.includes.",
  },
  trigger: /RegExp|matches\(/,
  nodeTypes: ["new_expression", "call_expression"],
  detect(node, ctx, report) {
    // validator.js `matches(str, pattern)` compiles its second argument.
    const validatorMatches = /^(validator|validator\.matches)\.matches$|^validator\.matches$/.test(
      ctx.callee(node),
    );
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
      "const validator = require('validator');\napp.post('/c', (req, res) => res.json(validator.matches(req.body.v, /^[a-z]+$/)));",
    ],
    invalid: [
      "function f(pattern, t) { return new RegExp(pattern).test(t); }",
      "const validator = require('validator');\napp.post('/c', (req, res) => res.json(validator.matches(req.body.v, req.body.pattern)));",
    ],
  },
});
