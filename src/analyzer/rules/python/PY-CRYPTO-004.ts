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
        "Flags pbkdf2_hmac, scrypt, PBKDF2/Scrypt KDFs and bcrypt.hashpw whose salt is a constant, is derived by hashing other data, or is drawn once at import for every password.",
      why_bad:
        "A fixed or derivable salt lets attackers precompute tables once and crack every password that shares it.",
      example_bad:
        "import hashlib\ndef h(pw):\n    return hashlib.pbkdf2_hmac('sha256', pw.encode(), b'static-salt', 100000)",
      example_good:
        "import hashlib, os\ndef h(pw):\n    salt = os.urandom(16)\n    return salt, hashlib.pbkdf2_hmac('sha256', pw.encode(), salt, 100000)",
    },
    fix_hint: "Use a per-password random salt of at least 16 bytes from os.urandom or secrets.token_bytes.",
  },
  trigger: /pbkdf2|scrypt|PBKDF2|Scrypt|hashpw|crypt\.crypt|bcrypt/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    let salt;
    if (q === "hashlib.pbkdf2_hmac") salt = ctx.arg(node, 2, "salt");
    else if (q === "bcrypt.hashpw") salt = ctx.arg(node, 1, "salt");
    // crypt.crypt(word, salt): a literal salt (empty, two DES characters or "$6$fixed$") is the same for everyone.
    else if (q === "crypt.crypt") salt = ctx.arg(node, 1, "salt");
    // PyCryptodome's bcrypt(password, cost, salt=None): None draws a random salt, a constant one is shared.
    else if (/^(Crypto|Cryptodome)\.Protocol\.KDF\.bcrypt$/.test(q)) salt = ctx.arg(node, 2, "salt");
    else if (
      q === "hashlib.scrypt" ||
      /(PBKDF2HMAC|Scrypt)$/.test(q) ||
      /Protocol\.KDF\.(PBKDF2|scrypt)$/.test(q)
    )
      salt =
        ctx.kwarg(node, "salt") ?? (q.endsWith("scrypt") || /KDF/.test(q) ? ctx.args(node)[1] : undefined);
    if (!salt) return;
    // A literal password (`crypt(b"\\xEE", "xx")` to learn whether crypt takes bytes, a KDF self-test): a probe
    // or a test vector, not a password anyone stores.
    const pw =
      q === "hashlib.pbkdf2_hmac"
        ? ctx.arg(node, 1, "password")
        : q === "crypt.crypt" || q === "bcrypt.hashpw"
          ? ctx.arg(node, 0, q === "crypt.crypt" ? "word" : "password")
          : undefined;
    if (pw?.type === "string" || pw?.type === "concatenated_string") return;
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
    // The salt with its text conversions peeled off: `email.lower().encode()`, `str(user.id).encode("utf-8")`.
    let base = resolved;
    for (let hops = 0; base?.type === "call" && hops < 4; hops++) {
      const fnode = field(base, "function");
      const only = ctx.args(base).length === 1 ? ctx.args(base)[0] : undefined;
      const inner =
        fnode?.type === "attribute" && /^(encode|lower|upper|strip|casefold)$/.test(ctx.method(base))
          ? field(fnode, "object")
          : /^(str|bytes)$/.test(ctx.callee(base))
            ? only
            : undefined;
      if (inner) base = ctx.resolve(inner) ?? inner;
      else break;
    }
    const baseName =
      base?.type === "identifier"
        ? ctx.text(base)
        : base?.type === "attribute"
          ? ctx.text(field(base, "attribute") ?? base)
          : "";
    if (/^(user(_?name)?|login|e?mail(_?address)?|account|uid|user_?id)$/i.test(baseName)) {
      report({ node, message: "salt is the user's name or address: predictable and shared across sites" });
      return;
    }
    // `SALT = bcrypt.gensalt()` (or os.urandom(16)) at import, used inside the hashing function: one salt for
    // every password the process hashes.
    if (
      salt.type === "identifier" &&
      resolved?.type === "call" &&
      ctx.enclosingFunction(node) &&
      !ctx.enclosingFunction(resolved) &&
      /gensalt|urandom|token_bytes|get_random_bytes|randbytes/.test(ctx.text(resolved))
    ) {
      report({ node, message: `${ctx.text(salt)} is drawn once at import and shared by every password` });
      return;
    }
    if (resolved?.type === "identifier") return;
    if (ctx.level(salt, "code") === Level.CONST) report({ node, message: "salt is a constant" });
  },
  cases: {
    valid: [
      "from crypt import crypt as _crypt\ntry:\n    _crypt(b'\\xEE', 'xx')\nexcept TypeError:\n    pass",
      "import bcrypt\ndef h(pw):\n    return bcrypt.hashpw(pw.encode(), bcrypt.gensalt())",
      "import bcrypt\ndef h(pw):\n    salt = bcrypt.gensalt()\n    return bcrypt.hashpw(pw.encode(), salt)",
      "import hashlib, os\ns = os.urandom(16)\nk = hashlib.pbkdf2_hmac('sha256', p, s, 100000)",
      "import hashlib\ndef f(p, salt):\n    return hashlib.pbkdf2_hmac('sha256', p, salt, 100000)",
      "import crypt\ndef h(pw):\n    return crypt.crypt(pw, crypt.mksalt(crypt.METHOD_SHA512))",
      "from Crypto.Protocol.KDF import bcrypt\ndef h(pw):\n    return bcrypt(pw, 12)",
    ],
    invalid: [
      { code: "import crypt\ndef h(pw):\n    return crypt.crypt(pw, 'ab')", line: 3 },
      {
        code: "import hashlib\ndef h(email, pw):\n    salt = email.lower().encode()\n    return hashlib.pbkdf2_hmac('sha256', pw.encode(), salt, 310000)",
        line: 4,
      },
      {
        code: "from Crypto.Protocol.KDF import bcrypt\ndef h(pw):\n    return bcrypt(pw, 12, b'0123456789abcdef')",
        line: 3,
      },
      "import bcrypt\nSALT = bcrypt.gensalt()\ndef h(pw):\n    return bcrypt.hashpw(pw.encode(), SALT)",
      "import hashlib, os\nSALT = os.urandom(16)\ndef h(pw):\n    return hashlib.pbkdf2_hmac('sha256', pw.encode(), SALT, 100000)",
      "import hashlib\ndef h(username, password):\n    return hashlib.pbkdf2_hmac('sha256', password.encode(), username.encode(), 200000)",
      "import hashlib\nk = hashlib.pbkdf2_hmac('sha256', p, b'\\x00' * 32, 100000)",
      "import hashlib\ndef f(u, p):\n    salt = hashlib.sha256(u.encode()).digest()\n    return hashlib.pbkdf2_hmac('sha256', p, salt, 1000)",
    ],
  },
});
