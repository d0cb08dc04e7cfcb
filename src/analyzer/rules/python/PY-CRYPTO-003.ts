import { Level, type PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { ancestor, descendants, field, namedChildren } from "../../parse/nodes.js";
import type { Report } from "../../rule.js";
import { inTestScope, pyRule, TEST_SCOPE_REASON, valueParts } from "./common.js";

/**
 * The text of the object an AEAD method is called on, through one assignment (`aead = AESGCM(key)`) or the
 * class's own `self.aead = AESGCM(key)` (set in __init__, used by the methods).
 */
function aeadOf(ctx: PythonContext, call: SyntaxNode): string {
  const obj = field(field(call, "function") ?? call, "object");
  if (!obj) return "";
  if (obj.type === "attribute" && /^self\.\w+$/.test(ctx.text(obj))) {
    const cls = ancestor(call, ["class_definition"]);
    const made = cls
      ? descendants(cls).find(
          (d) => d.type === "assignment" && ctx.text(field(d, "left") ?? d) === ctx.text(obj),
        )
      : undefined;
    if (made) return ctx.text(field(made, "right") ?? made);
  }
  return ctx.text(ctx.resolve(obj) ?? obj);
}

/**
 * The key of `Cipher(algorithms.AES(key), modes.CBC(iv))` for the mode call: cryptography takes the key in the
 * algorithm beside the mode, not in the mode's own arguments.
 */
function cipherKey(ctx: PythonContext, mode: SyntaxNode): SyntaxNode | undefined {
  const cipher = mode.parent?.type === "argument_list" ? mode.parent.parent : undefined;
  if (cipher?.type !== "call" || !/(^|\.)Cipher$/.test(ctx.callee(cipher))) return undefined;
  const algo = ctx.arg(cipher, 0, "algorithm");
  return algo?.type === "call" && /algorithms\.\w+$/.test(ctx.callee(algo))
    ? ctx.arg(algo, 0, "key")
    : undefined;
}

/**
 * CTR mode given a counter object whose every argument is a constant (`Counter.new(128, initial_value=1)`,
 * `pyaes.Counter(initial_value=0)`, `pyaes.Counter()`): each message under the key starts the same keystream.
 */
function constantCounter(ctx: PythonContext, node: SyntaxNode, q: string, report: (r: Report) => void): void {
  const counter = /(^|\.)AESModeOfOperationCTR$/.test(q)
    ? ctx.arg(node, 1, "counter")
    : /(AES|DES3|Blowfish|CAST)\.new$/.test(q)
      ? ctx.kwarg(node, "counter")
      : undefined;
  if (!counter) return;
  const made = ctx.resolve(counter);
  if (made?.type !== "call" || !/(^|\.)(Counter\.new|pyaes\.Counter)$/.test(ctx.callee(made))) return;
  const list = field(made, "arguments");
  const args = list ? namedChildren(list) : [];
  if (args.some((a) => a.type !== "keyword_argument" && a.type !== "integer")) return;
  if (args.some((a) => a.type === "keyword_argument" && ctx.constValue(field(a, "value")) === undefined))
    return;
  report({ node, message: "CTR counter starts from a constant: every message reuses the same keystream" });
}

/** Clock reads: a value two encryptions in the same tick share, and anyone can guess. */
const CLOCK =
  /^(time\.(time|time_ns|monotonic|monotonic_ns|perf_counter|perf_counter_ns)|datetime\.(datetime\.)?(now|utcnow|today))$/;

export default pyRule({
  meta: {
    id: "PY-CRYPTO-003",
    title: "Static or constant IV / nonce",
    cwe: ["CWE-329", "CWE-1204", "CWE-323"],
    severity: "HIGH",
    severity_variants: [{ severity: "LOW", when: TEST_SCOPE_REASON }],
    docs: {
      what_it_does:
        "Flags block-cipher constructors (AES.new, modes.CBC/GCM/CTR) and AEAD encrypt() calls whose IV or nonce is a constant, cut or derived from the key, drawn from the random module or derived from the clock, or drawn once at import and reused by every call.",
      why_bad:
        "Reusing an IV makes identical plaintexts encrypt identically (CBC) or reveals the XOR of plaintexts and allows forgeries (CTR/GCM).",
      example_bad:
        "from Crypto.Cipher import AES\ndef enc(key, data):\n    return AES.new(key, AES.MODE_CBC, b'\\x00' * 16).encrypt(data)",
      example_good:
        "from Crypto.Cipher import AES\nfrom Crypto.Random import get_random_bytes\ndef enc(key, data):\n    iv = get_random_bytes(16)\n    return iv, AES.new(key, AES.MODE_CBC, iv).encrypt(data)",
    },
    fix_hint:
      "Generate a fresh random IV/nonce per message (os.urandom / get_random_bytes) and store it with the ciphertext.",
  },
  trigger: /\.new\(|modes\.|AESGCM|ChaCha20Poly1305|AESCCM|AESOCB3|AESSIV|AESModeOfOperation/,
  nodeTypes: ["call"],
  calls: [
    "new",
    "CBC",
    "CFB",
    "OFB",
    "CTR",
    "GCM",
    "encrypt",
    "AESModeOfOperationCBC",
    "AESModeOfOperationCFB",
    "AESModeOfOperationOFB",
    "AESModeOfOperationCTR",
  ],
  detect(node, ctx, emit) {
    // A test's known-answer vectors fix their nonces on purpose: a LOW reminder.
    const report = (r: Report) =>
      emit(inTestScope(ctx, r.node) ? { ...r, severity: "LOW", reason: TEST_SCOPE_REASON } : r);
    const q = ctx.callee(node);
    let iv;
    // ChaCha20_Poly1305 / XChaCha20 (PyCryptodome) take the nonce as a keyword like ChaCha20.
    if (/(AES|DES3|Blowfish|CAST|ChaCha20|ChaCha20_Poly1305|Salsa20)\.new$/.test(q))
      iv = ctx.kwarg(node, "iv") ?? ctx.kwarg(node, "nonce") ?? ctx.args(node)[2];
    // pyaes takes the IV second (`AESModeOfOperationCBC(key, iv)`).
    else if (/(^|\.)AESModeOfOperation(CBC|CFB|OFB)$/.test(q)) iv = ctx.arg(node, 1, "iv");
    else if (/modes\.(CBC|CFB|OFB|CTR|GCM)$/.test(q))
      iv = ctx.arg(node, 0, "initialization_vector") ?? ctx.kwarg(node, "nonce");
    else if (
      ctx.method(node) === "encrypt" &&
      /(AESGCM|ChaCha20Poly1305|AESCCM|AESOCB3)\(/.test(aeadOf(ctx, node))
    )
      // cryptography's AEAD objects take the nonce per call: encrypt(nonce, data, associated_data)
      iv = ctx.arg(node, 0, "nonce");
    if (!iv) {
      constantCounter(ctx, node, q, report);
      return;
    }
    // self.iv = os.urandom(16) in __init__, used by every encrypt() call of the object: one IV for all messages.
    if (iv.type === "attribute" && /^self\.\w+$/.test(ctx.text(iv))) {
      const cls = ancestor(node, ["class_definition"]);
      const fn = ctx.enclosingFunction(node);
      const made = cls
        ? descendants(cls).find(
            (d) =>
              d.type === "assignment" &&
              ctx.text(field(d, "left") ?? d) === ctx.text(iv) &&
              ctx.enclosingFunction(d) !== fn &&
              /urandom|token_bytes|get_random_bytes|randbytes/.test(ctx.text(field(d, "right") ?? d)),
          )
        : undefined;
      if (made && ctx.text(field(ctx.enclosingFunction(made) ?? made, "name") ?? made) === "__init__") {
        report({ node, message: "IV/nonce made once per object and reused for every message it encrypts" });
        return;
      }
    }
    const resolved = ctx.resolve(iv);
    const key = /modes\.\w+$/.test(q) ? cipherKey(ctx, node) : ctx.arg(node, 0, "key");
    if (
      resolved?.type === "subscript" &&
      key &&
      ctx.text(field(resolved, "value") ?? resolved) === ctx.text(key)
    ) {
      report({ node, message: "IV/nonce is cut from the key" });
      return;
    }
    // `iv = hashlib.md5(key).digest()`: a function of the key alone, so every message under that key gets the same IV.
    if (
      key?.type === "identifier" &&
      /\.new$/.test(q) &&
      resolved &&
      resolved !== key &&
      descendants(resolved).some((d) => d.type === "identifier" && ctx.text(d) === ctx.text(key)) &&
      !descendants(resolved).some(
        (d) => d.type === "call" && /urandom|random|token_bytes|uuid/.test(ctx.callee(d)),
      )
    ) {
      report({ node, message: "IV/nonce is derived from the key: the same for every message under it" });
      return;
    }
    // CBC needs an unpredictable IV: `iv = hashlib.md5(str(record_id).encode()).digest()` is computable by anyone.
    if (
      resolved?.type === "call" &&
      /^(digest|hexdigest)$/.test(ctx.method(resolved)) &&
      /\bhashlib\./.test(ctx.text(resolved)) &&
      (/modes\.CBC$/.test(q) || /\bMODE_CBC\b/.test(ctx.text(node))) &&
      !descendants(resolved).some(
        (d) => d.type === "call" && /urandom|random|token_bytes|uuid4/.test(ctx.callee(d)),
      )
    ) {
      report({ node, message: "CBC IV is a hash of a predictable value, not random" });
      return;
    }
    // `iv = record_no.to_bytes(16, "big")`, `struct.pack(">QQ", 0, seq)`: a CBC IV spelled from a number (a
    // counter, an id, a timestamp) is known before the message is encrypted, which CBC's IV must not be.
    if (
      resolved?.type === "call" &&
      (/modes\.CBC$/.test(q) || /\bMODE_CBC\b/.test(ctx.text(node))) &&
      (ctx.method(resolved) === "to_bytes" || /^struct\.pack$/.test(ctx.callee(resolved))) &&
      !descendants(resolved).some(
        (d) => d.type === "call" && /urandom|random|token_bytes|uuid4/.test(ctx.callee(d)),
      )
    ) {
      report({ node, message: "CBC IV is built from a number (counter, id, time), so it is predictable" });
      return;
    }
    if (
      resolved &&
      [resolved, ...descendants(resolved)].some(
        (d) => d.type === "call" && /^random\.\w+$/.test(ctx.callee(d)),
      )
    ) {
      report({ node, message: "IV/nonce comes from the non-cryptographic random module" });
      return;
    }
    // `nonce = struct.pack(">Q", int(time.time())) + b"\0" * 4`: every message of the same second (or tick) gets
    // the same nonce (fatal for GCM/CTR), and a CBC IV known in advance; unless real randomness is mixed in.
    if (resolved) {
      const all = valueParts(ctx, resolved);
      const clock = all.find((d) => d.type === "call" && CLOCK.test(ctx.callee(d)));
      if (
        clock &&
        !all.some(
          (d) =>
            d.type === "call" &&
            /urandom|token_bytes|get_random_bytes|randbytes|uuid4|secrets\./.test(ctx.callee(d)),
        )
      ) {
        report({
          node,
          message: `IV/nonce is derived from ${ctx.callee(clock)}(): repeated within a tick and guessable`,
        });
        return;
      }
    }
    if (resolved?.type === "call" && /urandom|random|token_bytes/.test(ctx.callee(resolved))) {
      // NONCE = os.urandom(12) at import, used by a function that encrypts: one nonce for every message.
      if (
        iv.type === "identifier" &&
        !ctx.enclosingFunction(resolved) &&
        !ancestor(resolved, ["class_definition"]) &&
        ctx.enclosingFunction(node)
      )
        report({ node, message: "IV/nonce made once at import and reused for every message" });
      return;
    }
    if (ctx.level(iv, "code") !== Level.CONST) return;
    if (resolved?.type === "identifier") return; // unresolved name, cannot tell
    report({ node, message: "IV/nonce is a constant" });
  },
  cases: {
    valid: [
      "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\ndef seal(key, msg):\n    n = os.urandom(12)\n    return n + AESGCM(key).encrypt(n, msg, None)",
      "from Crypto.Cipher import AES\nimport os\niv = os.urandom(16)\nc = AES.new(k, AES.MODE_CBC, iv)",
      "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\nclass Box:\n    def __init__(self, key):\n        self.aead = AESGCM(key)\n    def seal(self, data):\n        n = os.urandom(12)\n        return n + self.aead.encrypt(n, data, None)",
      "from Crypto.Cipher import AES\ndef f(k, iv):\n    return AES.new(k, AES.MODE_CBC, iv)",
      "import os\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ndef enc(key, data):\n    iv = os.urandom(16)\n    e = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()\n    return iv + e.update(data) + e.finalize()",
      "import os\nfrom Crypto.Cipher import AES\ndef f(k, d):\n    iv = os.urandom(16)\n    return iv + AES.new(k, AES.MODE_CBC, iv).encrypt(d)",
      "import os\nfrom Crypto.Cipher import AES\nfrom Crypto.Util import Counter\ndef f(k, d):\n    ctr = Counter.new(64, prefix=os.urandom(8))\n    return AES.new(k, AES.MODE_CTR, counter=ctr).encrypt(d)",
      "import os, pyaes\ndef f(k, d):\n    iv = os.urandom(16)\n    return iv + pyaes.AESModeOfOperationCBC(k, iv=iv).encrypt(d)",
      "import os, pyaes\ndef f(k, d):\n    n = int.from_bytes(os.urandom(16), 'big')\n    return pyaes.AESModeOfOperationCTR(k, counter=pyaes.Counter(initial_value=n)).encrypt(d)",
      "import os, struct, time\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\ndef seal(key, msg):\n    nonce = struct.pack('>I', int(time.time())) + os.urandom(8)\n    return nonce + AESGCM(key).encrypt(nonce, msg, None)",
    ],
    invalid: [
      // Counters whose every argument is a constant; pyaes's IV as its second argument.
      "from Crypto.Cipher import AES\nfrom Crypto.Util import Counter\ndef f(k, d):\n    ctr = Counter.new(128, initial_value=1)\n    return AES.new(k, AES.MODE_CTR, counter=ctr).encrypt(d)",
      "import pyaes\ndef f(k, d):\n    return pyaes.AESModeOfOperationCTR(k, counter=pyaes.Counter(initial_value=0)).encrypt(d)",
      "import pyaes\ndef f(k, d):\n    return pyaes.AESModeOfOperationCBC(k, iv=b'\\x00' * 16).encrypt(d)",
      // A known-answer test's fixed nonce: LOW in a TestCase method; the same call in a library function stays HIGH.
      {
        code: "import unittest\nfrom Crypto.Cipher import ChaCha20_Poly1305\nclass Vectors(unittest.TestCase):\n    def test_kat(self):\n        c = ChaCha20_Poly1305.new(key=b'k' * 32, nonce=bytes(12))\n        self.assertEqual(c.encrypt(b'p'), b'\\x00')",
        line: 5,
        severity: "LOW",
      },
      {
        code: "from Crypto.Cipher import ChaCha20_Poly1305\nNONCE = bytes(12)\ndef seal(key, data):\n    return ChaCha20_Poly1305.new(key=key, nonce=NONCE).encrypt_and_digest(data)",
        line: 4,
      },
      {
        code: "import struct, time\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\ndef seal(key, msg):\n    nonce = struct.pack('>Q', int(time.time())) + b'\\x00' * 4\n    return nonce + AESGCM(key).encrypt(nonce, msg, None)",
        message: "time.time()",
      },
      "import time\nfrom Crypto.Cipher import AES\ndef enc(key, data):\n    ts = int(time.time() * 1000)\n    return AES.new(key, AES.MODE_CTR, nonce=ts.to_bytes(8, 'big')).encrypt(data)",
      {
        code: "from Crypto.Cipher import AES\ndef enc(key, n, data):\n    iv = n.to_bytes(16, 'big')\n    return AES.new(key, AES.MODE_CBC, iv=iv).encrypt(data)",
        line: 4,
      },
      "import os\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nclass C:\n    def __init__(self, k):\n        self.k = k\n        self.iv = os.urandom(16)\n    def enc(self, d):\n        e = Cipher(algorithms.AES(self.k), modes.CBC(self.iv)).encryptor()\n        return e.update(d) + e.finalize()",
      "import hashlib\nfrom Crypto.Cipher import AES\ndef enc(key, rid, data):\n    iv = hashlib.md5(str(rid).encode()).digest()\n    return AES.new(key, AES.MODE_CBC, iv).encrypt(data)",
      "import os\nfrom cryptography.hazmat.primitives.ciphers.aead import AESGCM\nNONCE = os.urandom(12)\ndef seal(key, msg):\n    return AESGCM(key).encrypt(NONCE, msg, None)",
      "from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305\nNONCE = b'\\x00' * 12\ndef seal(key, msg):\n    return ChaCha20Poly1305(key).encrypt(NONCE, msg, None)",
      "from Crypto.Cipher import AES\ndef enc(key, data):\n    return AES.new(key, AES.MODE_CBC, iv=key[:16]).encrypt(data)",
      {
        code: "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ndef enc(key, data):\n    e = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()\n    return e.update(data) + e.finalize()",
        message: "cut from the key",
      },
      "import random\nfrom Crypto.Cipher import AES\ndef enc(key, data):\n    iv = bytes(random.getrandbits(8) for _ in range(16))\n    return AES.new(key, AES.MODE_CBC, iv).encrypt(data)",
      "import hashlib\nfrom Crypto.Cipher import AES\ndef enc(key, data):\n    iv = hashlib.md5(key).digest()\n    return AES.new(key, AES.MODE_CBC, iv).encrypt(data)",
      "from Crypto.Cipher import AES\nIV = b'1234567890123456'\nc = AES.new(k, AES.MODE_CBC, IV)",
      "from cryptography.hazmat.primitives.ciphers import modes\nm = modes.CBC(b'\\x00' * 16)",
      {
        code: "from cryptography.hazmat.primitives.ciphers.aead import AESGCM\nNONCE = b'fixednonce12'\nclass Box:\n    def __init__(self, key):\n        self.aead = AESGCM(key)\n    def seal(self, data):\n        return self.aead.encrypt(NONCE, data, None)",
        line: 7,
      },
    ],
  },
});
