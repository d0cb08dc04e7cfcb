import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

const SECRET =
  /pass(word|wd)?|secret|token|key|salt|nonce|otp|session|csrf|auth|pin\b|iv\b|cookie|cred|reset|code\b/i;

export default jsRule({
  meta: {
    id: "JS-RAND-001",
    title: "Math.random for security-sensitive values",
    cwe: ["CWE-338", "CWE-330"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the value is not used as a secret (no token, password, key or nonce name nearby)",
      },
    ],
    docs: {
      what_it_does:
        "Flags Math.random(); MEDIUM where the value becomes a token, password, key, salt or id of a session, LOW elsewhere.",
      why_bad: "Math.random is a predictable PRNG; values derived from it can be guessed from a few outputs.",
      example_bad: "function resetToken() {\n  return Math.random().toString(36).slice(2);\n}",
      example_good:
        "const crypto = require('crypto');\nfunction resetToken() {\n  return crypto.randomBytes(32).toString('hex');\n}",
    },
    fix_hint:
      "Use crypto.randomBytes / crypto.randomUUID / crypto.getRandomValues for anything an attacker must not guess.",
  },
  trigger: /Math\.random/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    if (ctx.callee(node) !== "Math.random") return;
    let context = "";
    for (let p = node.parent; p; p = p.parent) {
      if (p.type === "variable_declarator") context += " " + ctx.text(field(p, "name") ?? p);
      if (p.type === "assignment_expression") context += " " + ctx.text(field(p, "left") ?? p);
      if (/function|method_definition/.test(p.type)) {
        const name = field(p, "name");
        if (name) context += " " + ctx.text(name);
        break;
      }
    }
    const secret = SECRET.test(context);
    report({
      node,
      severity: secret ? "MEDIUM" : "LOW",
      message: secret
        ? "Math.random is predictable; do not use it for secrets"
        : "Math.random is not cryptographically secure",
    });
  },
  cases: {
    valid: ["const id = crypto.randomUUID();"],
    invalid: ["const token = Math.random().toString(36);"],
  },
});
