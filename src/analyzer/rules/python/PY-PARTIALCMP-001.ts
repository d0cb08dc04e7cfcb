import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Names of values that prove who the caller is: digests, MACs, signatures, tokens, keys. */
const SECRET_NAME =
  /(^|_)(digest|hexdigest|hash|hashed|mac|hmac|sig|signature|token|api_?key|apikey|secret|password_hash|pw_hash|otp)s?$|^(expected|stored|computed|presented|provided|given|supplied|received|good|valid)(_\w+)?$/i;
/** Header or field names of such a value (`X-Hub-Signature-256`, `X-Api-Key`, `X-Shop-Hmac`). */
const SECRET_KEY = /(^|[-_\s])(signature|sig|hmac|mac|digest|token|api[-_]?key)([-_\s]|\d|$)/i;
/** Calls whose result is such a value. */
const SECRET_CALL = /(^|\.)(hexdigest|digest|hmac\.new|hmac\.digest|sign|hash_password|make_token)$/;

/** The value is a digest, MAC or token: a name like one, or computed by a hashing call (here or where bound). */
function secretValue(ctx: PythonContext, n: SyntaxNode | undefined, depth = 0): boolean {
  if (!n || depth > 3) return false;
  if (n.type === "subscript") {
    // `request.headers["X-Hub-Signature"]`: an entry whose key names a signature or token is the one presented.
    const key = ctx.stringValue(field(n, "subscript"));
    if (key !== undefined && SECRET_KEY.test(key)) return true;
    return secretValue(ctx, field(n, "value"), depth + 1);
  }
  if (n.type === "parenthesized_expression") return secretValue(ctx, namedChildren(n)[0], depth + 1);
  if (n.type === "call") {
    const callee = ctx.callee(n);
    if (SECRET_CALL.test(callee) || SECRET_CALL.test(ctx.method(n))) return true;
    // `headers.get("X-Signature")`: the same entry read with get().
    if (ctx.method(n) === "get" && SECRET_KEY.test(ctx.stringValue(ctx.args(n)[0]) ?? "")) return true;
    // `.encode()` / `.lower()` of one
    const fn = field(n, "function");
    return fn?.type === "attribute" && secretValue(ctx, field(fn, "object"), depth + 1);
  }
  if (n.type === "identifier" || n.type === "attribute") {
    const v = ctx.resolve(n);
    // A constant is a secret only if it looks like a stored digest (long hex or base64), not magic bytes.
    const lit = v && v !== n ? ctx.stringValue(v) : undefined;
    if (lit !== undefined) return /^[0-9a-f]{16,}$|^[A-Za-z0-9+/_-]{20,}={0,2}$/i.test(lit);
    const name = n.type === "attribute" ? ctx.text(field(n, "attribute") ?? n) : ctx.text(n);
    if (SECRET_NAME.test(name)) return true;
    return !!v && v !== n && secretValue(ctx, v, depth + 1);
  }
  return false;
}

/** `s[:8]`, `s[: len(x)]`, `s[0:n]`: a slice from the start, i.e. a prefix. */
function prefixSlice(ctx: PythonContext, n: SyntaxNode | undefined): boolean {
  if (n?.type !== "subscript") return false;
  const sl = field(n, "subscript");
  if (sl?.type !== "slice") return false;
  // (the slice's ":" is not a child node here: read its text)
  return /^\s*(0\s*)?:\s*[^:\s]/.test(ctx.text(sl));
}

export default pyRule({
  meta: {
    id: "PY-PARTIALCMP-001",
    title: "Digest, MAC or token checked by a prefix instead of in full",
    cwe: ["CWE-303", "CWE-1023"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags an authentication comparison that looks at only part of a digest, MAC, signature or token: `stored.startswith(computed)` or `computed.startswith(presented)` where the argument is not a fixed literal, and `expected[:8] == token[:8]` (a prefix slice of a secret value compared).",
      why_bad:
        "A prefix check accepts whatever matches the first few characters: an empty string passes `startswith`, and eight hex digits take about 2**32 tries instead of 2**256. The algorithm is right, its check is not (CWE-303).",
      example_bad:
        "import hashlib, hmac\ndef verify(uid, token, key):\n    expected = hmac.new(key, uid.encode(), hashlib.sha256).hexdigest()\n    return expected[:8] == token[:8]",
      example_good:
        "import hashlib, hmac\ndef verify(uid, token, key):\n    expected = hmac.new(key, uid.encode(), hashlib.sha256).hexdigest()\n    return hmac.compare_digest(expected, token)",
    },
    fix_hint: "Compare the whole value, in constant time: hmac.compare_digest(expected, presented).",
  },
  // (literals only, for the one-pass scan: a prefix slice is only compared here when a secret's name or digest call is)
  trigger:
    /startswith|endswith|digest|hmac|hash|token|sig|secret|otp|api_?key|apikey|expected|stored|presented|provided|supplied|received|computed|given/i,
  nodeTypes: ["call", "comparison_operator"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      if (ctx.method(node) !== "startswith" && ctx.method(node) !== "endswith") return;
      const fn = field(node, "function");
      const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
      const arg = ctx.args(node)[0];
      // A fixed prefix ("sha256$", "Bearer ") is parsing, not a comparison of secrets.
      if (!recv || !arg || ctx.stringValue(arg) !== undefined || arg.type === "tuple") return;
      if (!secretValue(ctx, recv) || !secretValue(ctx, arg)) return;
      report({
        node,
        message: `${ctx.text(recv)} is matched by prefix against ${ctx.text(arg)}, not in full`,
      });
      return;
    }
    const [a, b] = namedChildren(node);
    const op = node.children.find((c) => !c.named)?.type;
    if (!a || !b || (op !== "==" && op !== "!=")) return;
    if (!prefixSlice(ctx, a) && !prefixSlice(ctx, b)) return;
    if (!secretValue(ctx, a) || !secretValue(ctx, b)) return;
    // Both sides must be secrets being compared, not a digest's prefix shown or bucketed by a literal.
    if (descendants(node).some((d) => d.type === "string")) return;
    report({ node, message: "only a prefix of the secret value is compared" });
  },
  cases: {
    valid: [
      "def is_json(request):\n    return request.headers['Content-Type'].startswith(request.args['kind'])",
      "import hmac\ndef verify(expected, token):\n    return hmac.compare_digest(expected, token)",
      "def scheme(stored_hash):\n    return stored_hash.startswith('pbkdf2_sha256$')",
      "def short(digest):\n    return digest[:8]",
      "def route(path):\n    return path.startswith(PREFIX)",
      "def kind(token):\n    return token[:3] == 'sk_'",
      // magic bytes of a protocol header, not a secret
      "V2_SIGNATURE = b'\\r\\n\\r\\n\\x00\\r\\nQUIT\\n'\ndef parse(signature):\n    return signature == V2_SIGNATURE[0:5]",
    ],
    invalid: [
      "import hmac, hashlib\ndef ok(request, key):\n    mac = hmac.new(key, request.get_data(), hashlib.sha256).hexdigest()\n    return mac.startswith(request.headers['X-Slack-Signature'][3:])",
      {
        code: "import hashlib, hmac\ndef verify(uid, token, key):\n    expected = hmac.new(key, uid.encode(), hashlib.sha256).hexdigest()\n    return expected[:8] == token[:8]",
        line: 4,
      },
      {
        code: "import hashlib\nSTORED_DIGEST = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'\ndef check(presented):\n    digest = hashlib.sha256(presented.encode()).hexdigest()\n    return STORED_DIGEST.startswith(digest[: len(presented)])",
        line: 5,
      },
    ],
  },
});
