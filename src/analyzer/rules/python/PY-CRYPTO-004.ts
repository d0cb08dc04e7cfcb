import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-CRYPTO-004",
    title: "Constant or predictable salt in a key-derivation function",
    cwe: ["CWE-760", "CWE-759"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags pbkdf2_hmac, scrypt and PBKDF2/Scrypt KDFs whose salt is a constant or is derived by hashing other data.",
      why_bad:
        "A fixed or derivable salt lets attackers precompute tables once and crack every password that shares it.",
      example_bad:
        "import hashlib\ndef h(pw):\n    return hashlib.pbkdf2_hmac('sha256', pw.encode(), b'static-salt', 100000)",
      example_good:
        "import hashlib, os\ndef h(pw):\n    salt = os.urandom(16)\n    return salt, hashlib.pbkdf2_hmac('sha256', pw.encode(), salt, 100000)",
    },
    fix_hint: "Use a per-password random salt of at least 16 bytes from os.urandom or secrets.token_bytes.",
  },
  trigger: /pbkdf2|scrypt|PBKDF2|Scrypt/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    let salt;
    if (q === "hashlib.pbkdf2_hmac") salt = ctx.arg(node, 2, "salt");
    else if (
      q === "hashlib.scrypt" ||
      /(PBKDF2HMAC|Scrypt)$/.test(q) ||
      /Protocol\.KDF\.(PBKDF2|scrypt)$/.test(q)
    )
      salt =
        ctx.kwarg(node, "salt") ?? (q.endsWith("scrypt") || /KDF/.test(q) ? ctx.args(node)[1] : undefined);
    if (!salt) return;
    const resolved = ctx.resolve(salt);
    const derived =
      resolved?.type === "call" &&
      /^hashlib\./.test(ctx.callee(resolved.children[0]?.type === "attribute" ? resolved : resolved));
    const hashed =
      resolved &&
      /hashlib\.\w+\(/.test(ctx.text(resolved)) &&
      !/urandom|token_bytes|get_random_bytes/.test(ctx.text(resolved));
    if (derived || hashed) {
      report({ node, message: "salt is derived from other data instead of being random" });
      return;
    }
    const base =
      resolved?.type === "call" && ctx.method(resolved) === "encode"
        ? field(field(resolved, "function") ?? resolved, "object")
        : resolved;
    if (base?.type === "identifier" && /^(user(_?name)?|login|email|account|uid)$/i.test(ctx.text(base))) {
      report({ node, message: "salt is the user name: predictable and shared across sites" });
      return;
    }
    if (resolved?.type === "identifier") return;
    if (ctx.level(salt, "code") === Level.CONST) report({ node, message: "salt is a constant" });
  },
  cases: {
    valid: [
      "import hashlib, os\ns = os.urandom(16)\nk = hashlib.pbkdf2_hmac('sha256', p, s, 100000)",
      "import hashlib\ndef f(p, salt):\n    return hashlib.pbkdf2_hmac('sha256', p, salt, 100000)",
    ],
    invalid: [
      "import hashlib\ndef h(username, password):\n    return hashlib.pbkdf2_hmac('sha256', password.encode(), username.encode(), 200000)",
      "import hashlib\nk = hashlib.pbkdf2_hmac('sha256', p, b'\\x00' * 32, 100000)",
      "import hashlib\ndef f(u, p):\n    salt = hashlib.sha256(u.encode()).digest()\n    return hashlib.pbkdf2_hmac('sha256', p, salt, 1000)",
    ],
  },
});
