import type { Report } from "../../rule.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule, TEST_SETTINGS_REASON, testSettingsModule, usedAsLookupKey } from "./common.js";

/** Callee -> index of its key argument (and the keyword name). */
const KEY_ARG: Record<string, [number, string]> = {
  "Crypto.Cipher.AES.new": [0, "key"],
  "Crypto.Cipher.DES.new": [0, "key"],
  "Crypto.Cipher.DES3.new": [0, "key"],
  "Crypto.Cipher.ARC4.new": [0, "key"],
  "Crypto.Cipher.Blowfish.new": [0, "key"],
  "Crypto.Cipher.ChaCha20.new": [0, "key"],
  "Crypto.Cipher.ChaCha20_Poly1305.new": [0, "key"],
  "Cryptodome.Cipher.AES.new": [0, "key"],
  "cryptography.fernet.Fernet": [0, "key"],
  "cryptography.hazmat.primitives.ciphers.algorithms.AES": [0, "key"],
  "cryptography.hazmat.primitives.ciphers.algorithms.ChaCha20": [0, "key"],
  "cryptography.hazmat.primitives.ciphers.algorithms.TripleDES": [0, "key"],
  "cryptography.hazmat.primitives.ciphers.aead.AESGCM": [0, "key"],
  "cryptography.hazmat.primitives.ciphers.aead.ChaCha20Poly1305": [0, "key"],
  "cryptography.hazmat.primitives.ciphers.aead.AESCCM": [0, "key"],
  "hmac.new": [0, "key"],
  "hmac.digest": [0, "key"],
  "jwt.encode": [1, "key"],
  "itsdangerous.URLSafeTimedSerializer": [0, "secret_key"],
  "itsdangerous.URLSafeSerializer": [0, "secret_key"],
  "itsdangerous.Signer": [0, "secret_key"],
  "itsdangerous.TimestampSigner": [0, "secret_key"],
  // Session cookies signed or encrypted with the key: pyramid, aiohttp_session.
  "pyramid.session.SignedCookieSessionFactory": [0, "secret"],
  "aiohttp_session.cookie_storage.EncryptedCookieStorage": [0, "secret_key"],
  // pyramid's auth ticket: the cookie's signing secret.
  "pyramid.authentication.AuthTktAuthenticationPolicy": [0, "secret"],
  "pyramid.authentication.AuthTktCookieHelper": [0, "secret"],
  // PyNaCl's secret-key boxes, and PyCryptodome's other ciphers.
  "nacl.secret.SecretBox": [0, "key"],
  "nacl.secret.Aead": [0, "key"],
  "Crypto.Cipher.Salsa20.new": [0, "key"],
  "Crypto.Cipher.CAST.new": [0, "key"],
  "Crypto.Cipher.ARC2.new": [0, "key"],
};
/** Callee tails that match however the module was imported (`from Crypto.Cipher import AES` -> `AES.new`). */
const TAILS = Object.entries(KEY_ARG).map(([q, a]) => [q.split(".").slice(-2).join("."), a] as const);

/** Names of a cipher's or MAC's key. */
const KEY_NAME =
  /^_*(\w+_)?(aes|des|3des|tdes|hmac|mac|encryption|encrypt|cipher|crypto|signing|master|fernet|symmetric)_?keys?$/i;
/** KEY_NAME's words, as the trigger looks for them before "key" (3des, tdes and hmac end in des and mac). */
const KEY_WORDS = [
  "aes",
  "des",
  "mac",
  "encryption",
  "encrypt",
  "cipher",
  "crypto",
  "signing",
  "master",
  "fernet",
  "symmetric",
];
/** A pattern for a lower-case word in any case (`[kK][eE][yY]`): triggers carry no flags of their own per part. */
const anyCase = (word: string) => word.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);

/**
 * A string or bytes literal (possibly `.encode()`d, `bytes.fromhex`/b64decode'd), followed through names. Short
 * values and the placeholder words are left out, except for an application's signing secret, whose written value
 * is the key the application runs with: a signer's argument however short ("signer"), a secret setting even when
 * it is the placeholder "changeme" ("setting": PY-CRED-001 already reports its short values).
 */
function literalKey(
  ctx: PythonContext,
  node: SyntaxNode | undefined,
  secret?: "signer" | "setting",
): string | undefined {
  let n = ctx.resolve(node);
  if (n?.type === "call") {
    const m = ctx.method(n);
    const q = ctx.callee(n);
    if (m === "encode") n = ctx.resolve(field(field(n, "function") ?? n, "object"));
    else if (q === "bytes.fromhex" || /b(64|32|16)decode$|unhexlify$/.test(q))
      n = ctx.resolve(ctx.args(n)[0]);
    else return undefined;
  }
  const v = ctx.stringValue(n);
  if (v === undefined || /^(x+|\*+)?$/i.test(v)) return undefined;
  if (secret === "signer") return v;
  return v.length >= 6 && (secret === "setting" || !/^(changeme|secret)$/i.test(v)) ? v : undefined;
}

/** Callees that sign an application's cookies, links or tokens with their key argument. */
const APP_SIGNER =
  /(^|\.)(Serializer|URLSafeSerializer|URLSafeTimedSerializer|Signer|TimestampSigner|SignedCookieSessionFactory|EncryptedCookieStorage|AuthTktAuthenticationPolicy|AuthTktCookieHelper)$|^jwt\.encode$/;

/** Settings that hold an application's signing secret. */
const SECRET_NAME = /^(SECRET_KEY|secret_key|JWT_SECRET_KEY|WTF_CSRF_SECRET_KEY|SESSION_SECRET)$/;

/**
 * A setting or name that holds a secret (SECRET_KEY, JWT_SECRET_KEY, ...) or a cipher's or MAC's key (KEY_NAME),
 * given a literal: for a cipher-key name, key material only (16+ characters of bytes, hex or base64 with no
 * spaces, not a field name or a sentence, or a bytes literal of an AES key's exact length).
 */
function literalSecret(ctx: PythonContext, target: string, right: SyntaxNode | undefined): boolean {
  const secret = SECRET_NAME.test(target);
  const cipherKey = KEY_NAME.test(target);
  if (!secret && !cipherKey) return false;
  const v = literalKey(ctx, right, secret ? "setting" : undefined);
  if (v === undefined) return false;
  const keyBytes =
    right?.type === "string" && /^[bB]/.test(ctx.text(right)) && [16, 24, 32].includes(v.length);
  return (
    secret || keyBytes || (v.length >= 16 && /^[A-Za-z0-9+/=_-]+$/.test(v) && !/^[a-z]+(_[a-z]+)*$/.test(v))
  );
}

export default pyRule({
  meta: {
    id: "PY-KEY-001",
    title: "Hard-coded cryptographic key",
    cwe: ["CWE-321", "CWE-798"],
    severity: "HIGH",
    severity_variants: [{ severity: "LOW", when: TEST_SETTINGS_REASON }],
    docs: {
      what_it_does:
        "Flags a string or bytes literal used as the key of a cipher (PyCryptodome, cryptography, Fernet), an HMAC, jwt.encode or an itsdangerous signer, and a literal Flask/Django secret key.",
      why_bad:
        "Whoever reads the source, a backup or the package can decrypt the data or forge signatures and sessions; the key cannot be rotated without a release.",
      example_bad:
        "from Crypto.Cipher import AES\nKEY = b'0123456789abcdef'\ndef enc(data):\n    return AES.new(KEY, AES.MODE_GCM).encrypt_and_digest(data)",
      example_good:
        "import os\nfrom Crypto.Cipher import AES\ndef enc(data):\n    return AES.new(bytes.fromhex(os.environ['DATA_KEY']), AES.MODE_GCM).encrypt_and_digest(data)",
    },
    fix_hint:
      "Load keys from a secret store or the environment at run time (and generate them with secrets/os.urandom).",
  },
  // Each callee of KEY_ARG is named by one of the first words (as imported or called), a secret-key target by
  // SECRET_KEY/secret_key, and a cipher-key target by a KEY_NAME word right before its "key" (any case, as KEY_NAME
  // reads it): not by any `key =` / `key=` (sorted(key=...), a dict's key), which let most files through.
  trigger: new RegExp(
    "\\.new\\(|Fernet|AES|ChaCha|TripleDES|hmac|jwt|Serializer|Signer|SECRET_KEY|secret_key|SessionFactory|CookieStorage|AuthTkt|SecretBox|Aead|" +
      // (the word first, the look-behind after it: a test of the pattern alone then stops only at "key")
      `${anyCase("key")}(?<=(?:${KEY_WORDS.map(anyCase).join("|")})_?${anyCase("key")})`,
  ),
  nodeTypes: ["call", "assignment", "pair"],
  detect(node, ctx, emit) {
    // A Django settings module for a test run: its key and settings are fixtures (a LOW reminder).
    const report = (r: Report) =>
      emit(testSettingsModule(ctx) ? { ...r, severity: "LOW", reason: TEST_SETTINGS_REASON } : r);
    if (node.type === "pair") {
      // A settings dict's entry: SIMPLE_JWT = {"SIGNING_KEY": "..."}, app.config.update({"SECRET_KEY": "..."}).
      const target = ctx.stringValue(field(node, "key")) ?? "";
      if (literalSecret(ctx, target, field(node, "value")))
        report({ node, message: `${target} is a literal in the source` });
      return;
    }
    if (node.type === "assignment") {
      const left = field(node, "left");
      if (!left) return;
      const target =
        left.type === "identifier"
          ? ctx.text(left)
          : left.type === "attribute"
            ? ctx.text(field(left, "attribute") ?? left)
            : left.type === "subscript"
              ? (ctx.stringValue(field(left, "subscript")) ?? "")
              : "";
      if (!SECRET_NAME.test(target) && !KEY_NAME.test(target)) return;
      // A class constant read back as creds[self.SECRET_KEY] names a field (SECRET_KEY = "AWSSecretKey").
      if (left.type === "identifier" && usedAsLookupKey(ctx, target)) return;
      if (!literalSecret(ctx, target, field(node, "right"))) return;
      report({ node, message: `${target} is a literal in the source` });
      return;
    }
    const q = ctx.callee(node);
    const spec = KEY_ARG[q] ?? TAILS.find(([t]) => q === t || q.endsWith("." + t))?.[1];
    if (!spec) return;
    if (literalKey(ctx, ctx.arg(node, spec[0], spec[1]), APP_SIGNER.test(q) ? "signer" : undefined))
      report({ node, message: `${q.split(".").slice(-2).join(".")} uses a key written in the source` });
  },
  cases: {
    valid: [
      "import os\nSIMPLE_JWT = {'SIGNING_KEY': os.environ['JWT_KEY'], 'AUTH_HEADER_TYPES': ('Bearer',)}",
      "FIELDS = {'signing_key': 'signing_key', 'secret_key': None}",
      "import os\nfrom pyramid.authentication import AuthTktAuthenticationPolicy\np = AuthTktAuthenticationPolicy(os.environ['AUTH_SECRET'], hashalg='sha512')",
      "AES_KEY = 'the aes key field'",
      "import os\nfrom cryptography.fernet import Fernet\nf = Fernet(os.environ['FERNET_KEY'])",
      "import nacl.secret, nacl.utils\nbox = nacl.secret.SecretBox(nacl.utils.random(nacl.secret.SecretBox.KEY_SIZE))",
      "import hmac, hashlib\ndef sign(key, msg):\n    return hmac.new(key, msg, hashlib.sha256).hexdigest()",
      "from Crypto.Cipher import AES\nfrom Crypto.Random import get_random_bytes\nc = AES.new(get_random_bytes(16), AES.MODE_GCM)",
      "import os\nENCRYPTION_KEY = os.environ['ENCRYPTION_KEY']",
      "SIGNING_KEY = 'signing_key'\nMASTER_KEY = 'primary'\nHMAC_KEY = 'the hmac key for webhooks'",
      "CACHE_KEY = 'c786ff8df596685cb1142b6df23f1a10'",
      "SECRET_KEY = ''\nAES_KEY = 'changeme'",
    ],
    invalid: [
      { code: "SIMPLE_JWT = {\n    'SIGNING_KEY': 'simple-jwt-signing-key-0001',\n}", line: 2 },
      {
        code: "from pyramid.authentication import AuthTktAuthenticationPolicy\np = AuthTktAuthenticationPolicy('sosecret', hashalg='sha512')",
        line: 2,
      },
      { code: "AES_KEY = b'Sixteen byte key'", line: 1 },
      // A settings module for a test run (an in-memory database, a tests app): a LOW reminder; the same key in
      // a settings module without those marks stays HIGH.
      {
        code: "SECRET_KEY = 'k3y-for-the-suite'\nDATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': ':memory:'}}\nINSTALLED_APPS = [\n    'shop',\n    'shop.tests',\n]",
        line: 1,
        severity: "LOW",
      },
      {
        code: "SECRET_KEY = 'k3y-for-the-site'\nDATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': 'db.sqlite3'}}\nINSTALLED_APPS = [\n    'shop',\n]",
        line: 1,
        severity: "HIGH",
      },
      "from pyramid.session import SignedCookieSessionFactory\nf = SignedCookieSessionFactory('itsaseekreet')",
      "from aiohttp_session.cookie_storage import EncryptedCookieStorage\ns = EncryptedCookieStorage(b'Thirty  two  length  bytes  key.')",
      "from cryptography.fernet import Fernet\nf = Fernet(b'ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg=')",
      "import nacl.secret\nbox = nacl.secret.SecretBox(b'0123456789abcdef0123456789abcdef')",
      "import hmac, hashlib\nsig = hmac.new(b'webhook-secret', b'msg', hashlib.sha256)",
      "import jwt\ntok = jwt.encode({'sub': 1}, 'my-jwt-secret', algorithm='HS256')",
      "from flask import Flask\napp = Flask(__name__)\napp.config['SECRET_KEY'] = 'dev-secret-123'",
      { code: "AES_KEY = b'c786ff8df596685cb1142b6df23f1a10'", line: 1 },
      {
        code: "class Settings:\n    encryption_key = 'paI2LtKGX1MV9DVFpDfOV8Dh22jaTaaoxrBNtR4kU1s='",
        line: 2,
      },
      // A KEY_NAME word before "key", in the spellings the trigger must let through: not followed by `=` (a
      // dict key), camel case, any case.
      { code: "settings = {}\nsettings['SIGNING_KEY'] = 'c786ff8df596685cb1142b6df23f1a10'", line: 2 },
      { code: "class C:\n    EncryptionKey = 'paI2LtKGX1MV9DVFpDfOV8Dh22jaTaaoxrBNtR4kU1s='", line: 2 },
      { code: "master_key: str = 'ZmDfcTF7_60GrrY167zsiPd67pEvs0aGOv2oasOM1Pg='", line: 1 },
      // An application's signing secret is the key it runs with, however short or placeholder-like.
      { code: "JWT_SECRET_KEY = 'changeme'", line: 1 },
      "from itsdangerous import Signer\ns = Signer('abc')",
      "from itsdangerous import TimestampSigner\ns = TimestampSigner(b'k3y')",
    ],
  },
});
