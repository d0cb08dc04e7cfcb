import type { SyntaxNode } from "../../parse/index.js";
import { descendants, perTree, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Constructors whose first argument is the secret key. */
const KEYED =
  /(^|\.)(AES\.new|DES3\.new|Blowfish\.new|ChaCha20\.new|Salsa20\.new|ARC4\.new|algorithms\.(AES|TripleDES|Camellia|ChaCha20|Blowfish)|Fernet|AESGCM|AESCCM|AESOCB3|ChaCha20Poly1305)$/;
/** Any authentication in the file: a MAC, an AEAD mode, a signature check. */
const AUTHENTICATED =
  /\bhmac\b|HMAC|\bMAC\b|compare_digest|encrypt_and_digest|decrypt_and_verify|MODE_(GCM|EAX|CCM|SIV|OCB)|modes\.(GCM|XTS)|AESGCM|AESCCM|ChaCha20Poly1305|Fernet|\.verify\(|\btag\b/;
/**
 * Authentication used in the file, not only imported: `import hmac` or `from ...aead import AESGCM` beside a CBC
 * encryptor that never calls them protects nothing, nor does a comment (`# TODO: add an HMAC`). Imports and
 * comments are blanked before the test.
 */
const authenticated = perTree((ctx: PythonContext): boolean => {
  if (!sourceHas(ctx.tree, AUTHENTICATED)) return false;
  let src = ctx.tree.source;
  for (const n of ctx.tree.nodes)
    if (n.type === "import_statement" || n.type === "import_from_statement" || n.type === "comment")
      src = src.slice(0, n.start) + " ".repeat(n.end - n.start) + src.slice(n.end);
  return AUTHENTICATED.test(src);
});
const CBC = /^(Crypto|Cryptodome)\.Cipher\.AES\.MODE_(CBC|CTR|CFB|OFB)$|(^|\.)modes\.(CBC|CTR|CFB|OFB)$/;

/** A hash of a password: `hashlib.sha256(password.encode()).digest()`, directly or inside the key expression. */
function passwordHash(ctx: PythonContext, key: SyntaxNode | undefined): SyntaxNode | undefined {
  const v = key?.type === "identifier" ? (ctx.resolve(key) ?? key) : key;
  if (!v) return undefined;
  return [v, ...descendants(v)].find(
    (d) =>
      d.type === "call" &&
      /^hashlib\.(md5|sha1|sha224|sha256|sha384|sha512|sha3_\d+|blake2[bs]|new)$/.test(ctx.callee(d)) &&
      /pass(word|wd|phrase)?|pwd|secret/i.test(ctx.text(d)),
  );
}

export default pyRule({
  meta: {
    id: "PY-CIPHER-001",
    title: "Encryption missing a required step: key derivation or authentication",
    cwe: ["CWE-325", "CWE-353"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "CBC, CTR, CFB or OFB encryption with no MAC or AEAD mode anywhere in the file",
      },
    ],
    docs: {
      what_it_does:
        "Flags cipher keys made from one plain hash of a password (MEDIUM: no salt, no work factor), and (LOW) AES in CBC, CTR, CFB or OFB mode used in a file with no MAC, signature or AEAD mode.",
      why_bad:
        "A password hashed once is not a key derivation: dictionary attacks test billions of guesses a second against the ciphertext (the key-derivation step is missing). CBC without a MAC lets anyone flip plaintext bits and, where padding errors are visible, decrypt by padding-oracle queries (CWE-325: a required cryptographic step is missing).",
      example_bad:
        "import hashlib\nfrom Crypto.Cipher import AES\ndef enc(password, data):\n    key = hashlib.sha256(password.encode()).digest()\n    return AES.new(key, AES.MODE_EAX).encrypt_and_digest(data)",
      example_good:
        "import hashlib, os\nfrom Crypto.Cipher import AES\ndef enc(password, data):\n    salt = os.urandom(16)\n    key = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)\n    return salt, AES.new(key, AES.MODE_EAX).encrypt_and_digest(data)",
    },
    fix_hint:
      "Derive keys from passwords with scrypt, Argon2 or PBKDF2 and a random salt; use an AEAD mode (GCM, ChaCha20-Poly1305, Fernet) or add an HMAC over the ciphertext.",
  },
  trigger:
    /AES|DES3|Blowfish|ChaCha20|Salsa20|ARC4|algorithms\.|Fernet|AESGCM|AESCCM|AESOCB3|modes\.(CBC|CTR|CFB|OFB)/,
  nodeTypes: ["call", "attribute"],
  detect(node, ctx, report) {
    if (node.type === "attribute") {
      if (!CBC.test(ctx.qname(node)) || authenticated(ctx)) return;
      // AES.MODE_CBC as an argument or modes.CBC(iv): the mode is in use (not just mentioned).
      if (node.parent?.type !== "argument_list" && node.parent?.type !== "call") return;
      report({
        node,
        severity: "LOW",
        message: `${/CBC$/.test(ctx.qname(node)) ? "CBC" : ctx.qname(node).replace(/^.*[._]/, "")} ciphertext is not authenticated (no MAC or AEAD mode)`,
      });
      return;
    }
    if (!KEYED.test(ctx.callee(node))) return;
    const h = passwordHash(ctx, ctx.args(node)[0] ?? ctx.kwarg(node, "key"));
    if (h) report({ node, message: `the key is ${ctx.callee(h)}() of a password: no salt, no work factor` });
  },
  cases: {
    valid: [
      "import hashlib, os\nfrom Crypto.Cipher import AES\ndef enc(password, data):\n    key = hashlib.pbkdf2_hmac('sha256', password.encode(), os.urandom(16), 600000)\n    return AES.new(key, AES.MODE_GCM).encrypt_and_digest(data)",
      "import hmac, hashlib\nfrom cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ndef enc(k, mk, iv, d):\n    e = Cipher(algorithms.AES(k), modes.CBC(iv)).encryptor()\n    ct = e.update(d) + e.finalize()\n    return ct + hmac.new(mk, ct, hashlib.sha256).digest()",
      "import hashlib\nfrom Crypto.Cipher import AES\ndef enc(data_key, data):\n    key = hashlib.sha256(data_key).digest()\n    return AES.new(key, AES.MODE_GCM).encrypt_and_digest(data)",
    ],
    invalid: [
      {
        code: "import os, hmac\nfrom Crypto.Cipher import AES\ndef seal(k, mk, d):\n    iv = os.urandom(16)\n    return iv + AES.new(k, AES.MODE_CBC, iv).encrypt(d)",
        severity: "LOW",
      },
      {
        code: "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ndef enc(k, n, d):\n    e = Cipher(algorithms.AES(k), modes.CTR(n)).encryptor()\n    return e.update(d) + e.finalize()",
        severity: "LOW",
      },
      "import hashlib\nfrom Crypto.Cipher import AES\ndef enc(password, data):\n    key = hashlib.sha256(password.encode()).digest()\n    return AES.new(key, AES.MODE_EAX).encrypt_and_digest(data)",
      "import base64, hashlib\nfrom cryptography.fernet import Fernet\ndef f(password):\n    return Fernet(base64.urlsafe_b64encode(hashlib.sha256(password.encode()).digest()))",
      {
        code: "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\ndef enc(k, iv, d):\n    e = Cipher(algorithms.AES(k), modes.CBC(iv)).encryptor()\n    return e.update(d) + e.finalize()",
        severity: "LOW",
      },
    ],
  },
});
