import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

const SECRET =
  /pass(word|wd)?|secret|token|key|salt|nonce|otp|session|csrf|auth|pin\b|iv\b|cookie|cred|reset|code\b|uuid|guid/i;
/** A session id by its short names (`sid`, `getSid`, `SID`), case-sensitive so that words ending in -sid do not count. */
const SESSION_ID = /(?<![A-Za-z])\$?sid\b|[a-z]Sid\b|\bSID\b/;

/** The name an anonymous function is bound to: `my.generateUUID = function () {}`, `{ uuid: () => ... }`. */
function boundName(fn: SyntaxNode, ctx: JsContext): string {
  const name = field(fn, "name");
  if (name) return ctx.text(name);
  const p = fn.parent;
  if (p?.type === "variable_declarator") return ctx.text(field(p, "name") ?? p);
  if (p?.type === "assignment_expression") return ctx.text(field(p, "left") ?? p);
  if (p?.type === "pair") return ctx.text(field(p, "key") ?? p);
  return "";
}

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
        "Flags Math.random(); MEDIUM where the value becomes a token, password, key, salt, UUID/GUID or session id (by the variable, the property or the function it is built in), LOW elsewhere.",
      why_bad: "Math.random is a predictable PRNG; values derived from it can be guessed from a few outputs.",
      example_bad: "function resetToken() {\n  return Math.random().toString(36).slice(2);\n}",
      example_good:
        "const crypto = require('crypto');\nfunction resetToken() {\n  return crypto.randomBytes(32).toString('hex');\n}",
    },
    fix_hint:
      "Use crypto.randomBytes / crypto.randomUUID / crypto.getRandomValues for anything an attacker must not guess.",
  },
  trigger: /Math\.random|pseudoRandomBytes/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    if (/(^|\.)pseudoRandomBytes$/.test(ctx.callee(node))) {
      report({ node, message: "crypto.pseudoRandomBytes is not cryptographically strong: use randomBytes" });
      return;
    }
    if (ctx.callee(node) !== "Math.random") return;
    let context = "";
    let functions = 0;
    for (let p = node.parent; p; p = p.parent) {
      if (p.type === "variable_declarator") context += " " + ctx.text(field(p, "name") ?? p);
      if (p.type === "assignment_expression") context += " " + ctx.text(field(p, "left") ?? p);
      if (/function|method_definition/.test(p.type)) {
        context += " " + boundName(p, ctx);
        // A one-letter helper nested in a generator (`generateUUID = function () { function b(a) {...} }`) takes
        // its purpose from the function around it.
        if (++functions === 2 || !/^\s*\w?$/.test(boundName(p, ctx))) break;
      }
    }
    const secret = SECRET.test(context) || SESSION_ID.test(context);
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
    invalid: [
      "const crypto = require('crypto');\nconst t = crypto.pseudoRandomBytes(16);",
      "const token = Math.random().toString(36);",
      {
        code: "exports.uuid = function () {\n  const out = [];\n  for (let i = 0; i < 36; i++) out[i] = Math.floor(Math.random() * 16);\n  return out.join('');\n};",
        severity: "MEDIUM",
      },
      {
        code: "my.generateUUID = function () {\n  function b(a) { return (a ^ Math.random() * 16 >> a / 4).toString(16); }\n  return b();\n};",
        severity: "MEDIUM",
      },
      {
        code: "function getSid() {\n  var $sid = Date.now() + Math.random() * 9001;\n  return $sid;\n}",
        severity: "MEDIUM",
      },
      { code: "function jitter() { return Math.random() * 100; }", severity: "LOW" },
    ],
  },
});
