import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Names of values an attacker guesses byte by byte: signatures, MACs, tokens, API keys. */
const SECRET_VALUE =
  /(^|_|-)(sig|signature|mac|hmac|digest|token|api[-_]?key|apikey|secret|otp|csrf(_token)?)(_|-|$)/i;
const LITERAL = new Set(["string", "concatenated_string", "integer", "float", "none", "true", "false"]);

/** What the operand is called: a name, an attribute's last part, or the key it is read at. */
function nameOf(ctx: PythonContext, n: SyntaxNode): string {
  if (n.type === "identifier") return ctx.text(n);
  if (n.type === "attribute") return ctx.text(field(n, "attribute") ?? n);
  if (n.type === "subscript") return ctx.stringValue(field(n, "subscript")) ?? "";
  if (n.type === "call" && ctx.method(n) === "get") return ctx.stringValue(ctx.args(n)[0]) ?? "";
  return "";
}

/** An HMAC's output: `hmac.new(...).hexdigest()` / `.digest()`, directly or through a local name. */
function isMac(ctx: PythonContext, n: SyntaxNode): boolean {
  const v = n.type === "identifier" ? (ctx.resolve(n) ?? n) : n;
  if (v.type !== "call" || !/^(hexdigest|digest)$/.test(ctx.method(v))) return false;
  return /^hmac\./.test(ctx.text(v).replace(/\s+/g, "")) || /\bhmac\.new\b/.test(ctx.text(v));
}

export default pyRule({
  meta: {
    id: "PY-TIMING-001",
    title: "Secret compared with == (timing side channel)",
    cwe: ["CWE-208", "CWE-385"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags `==` / `!=` between two run-time values when one is an HMAC digest or is named like a signature, MAC, token, API key or secret.",
      why_bad:
        "String comparison stops at the first differing byte, so the response time tells an attacker how many leading bytes of a guess are right: a signature or key can be recovered one byte at a time (CWE-208, a covert timing channel: CWE-385).",
      example_bad:
        "import hmac, hashlib\ndef ok(key, body, sig):\n    return hmac.new(key, body, hashlib.sha256).hexdigest() == sig",
      example_good:
        "import hmac, hashlib\ndef ok(key, body, sig):\n    return hmac.compare_digest(hmac.new(key, body, hashlib.sha256).hexdigest(), sig)",
    },
    fix_hint:
      "Compare secrets with hmac.compare_digest (or secrets.compare_digest), which takes constant time.",
  },
  trigger:
    /(sig|signature|mac|digest|token|api_?key|apikey|API_?KEY|secret|SECRET|otp|csrf)\w*['"]?\)?\s*[!=]=|[!=]=\s*[\w.]*(sig|signature|mac|digest|token|api_?key|apikey|API_?KEY|secret|SECRET|otp|csrf)|digest\(\)\s*[!=]=/,
  nodeTypes: ["comparison_operator"],
  detect(node, ctx, report) {
    const ops = node.children.filter((c) => !c.named).map((c) => c.type);
    if (ops.length !== 1 || (ops[0] !== "==" && ops[0] !== "!=")) return;
    const sides = namedChildren(node);
    if (sides.length !== 2 || sides.some((s) => LITERAL.has(s.type))) return;
    // Lengths, counts and types are not secret.
    if (sides.some((s) => s.type === "call" && /^(len|type|int|bool)$/.test(ctx.callee(s)))) return;
    const secret = sides.find((s) => isMac(ctx, s) || SECRET_VALUE.test(nameOf(ctx, s)));
    if (!secret) return;
    // Both sides must be run-time values: `token == EXPECTED_LITERAL` through a name is a hard-coded secret's
    // rule, and a name bound to a literal is a constant.
    if (sides.some((s) => s.type === "identifier" && LITERAL.has(ctx.resolve(s)?.type ?? ""))) return;
    report({
      node,
      message: `${nameOf(ctx, secret) || "an HMAC digest"} compared with ${ops[0]}, not in constant time`,
    });
  },
  cases: {
    valid: [
      "import hmac\ndef ok(a, b):\n    return hmac.compare_digest(a, b)",
      "def f(token):\n    return token == ''",
      "def f(tok, token):\n    return len(token) == len(tok)",
      "def f(signature):\n    return signature is None",
      "def f(x, y):\n    return x == y",
    ],
    invalid: [
      "import hmac, hashlib\ndef ok(secret, body, signature):\n    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()\n    return expected == signature",
      "import os\nfrom flask import request, abort\nAPI_KEY = os.environ['API_KEY']\ndef f():\n    if request.headers.get('X-API-Key') != API_KEY:\n        abort(401)",
      "def check(user, csrf_token):\n    return user.csrf_token == csrf_token",
    ],
  },
});
