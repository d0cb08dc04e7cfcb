import type { Report } from "../../rule.js";
import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import {
  inTestScope,
  pyRule,
  TEST_SCOPE_REASON,
  TEST_SETTINGS_REASON,
  testSettingsModule,
} from "./common.js";

/** passlib's schemes built on one MD5/DES/SHA-1 round (or a handful): crackable at GPU speed. */
const WEAK_SCHEME =
  /^(md5_crypt|des_crypt|bsdi_crypt|bigcrypt|crypt16|apr_md5_crypt|ldap_(md5|sha1|salted_md5|salted_sha1|plaintext)|hex_(md5|sha1|sha256)|plaintext|mysql323|mysql41|oracle10|nthash|lmhash)$/;
/** Django's hashers built on one fast digest (or DES crypt). */
const WEAK_DJANGO_HASHER = /^django\.contrib\.auth\.hashers\.((Unsalted)?(MD5|SHA1)|Crypt)PasswordHasher$/;

/** A fast digest object: hashlib.sha256(), hashlib.new("md5"), SHA256.new(), hashes.Hash(hashes.SHA256()). */
function fastHasher(ctx: PythonContext, call: SyntaxNode, fast: RegExp): boolean {
  const q = ctx.callee(call);
  if (q.startsWith("hashlib.")) {
    const name = q === "hashlib.new" ? ctx.stringValue(ctx.arg(call, 0, "name"))?.toLowerCase() : q.slice(8);
    return !!name && fast.test(name);
  }
  if (/^(Crypto|Cryptodome)\.Hash\.(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3_\d+|BLAKE2[bs])\.new$/.test(q))
    return true;
  if (!/(^|\.)hashes\.Hash$|^cryptography\.hazmat\.primitives\.hashes\.Hash$/.test(q)) return false;
  const algo = ctx.args(call)[0];
  const made = algo?.type === "call" ? ctx.callee(algo) : "";
  return /(^|\.)(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3_\d+|BLAKE2[bs])$/.test(made);
}

const PBKDF2_SHA1_REASON =
  "PBKDF2 over HMAC-SHA-1 or HMAC-MD5 with fewer than 1,300,000 iterations (OWASP's figure for SHA-1); protocols such as WPA and SCRAM fix this PRF, so a hardening hint";

/**
 * The weak PRF a PBKDF2 call runs on, if any: hashlib.pbkdf2_hmac('sha1', ...), PBKDF2HMAC(algorithm=hashes.SHA1()),
 * PyCryptodome's PBKDF2 with hmac_hash_module=SHA1 or with neither it nor prf (its default is HMAC-SHA1).
 */
function pbkdf2WeakPrf(ctx: PythonContext, call: SyntaxNode, q: string): string | undefined {
  const weak = (name: string | undefined) =>
    name && /^(sha-?1|md5)$/i.test(name) ? name.toUpperCase().replace("SHA1", "SHA-1") : undefined;
  if (q === "hashlib.pbkdf2_hmac") return weak(ctx.stringValue(ctx.arg(call, 0, "hash_name")));
  if (/^(Crypto|Cryptodome)\.Protocol\.KDF\.PBKDF2$/.test(q)) {
    const mod = ctx.arg(call, 5, "hmac_hash_module");
    if (!mod) return ctx.arg(call, 4, "prf") ? undefined : "SHA-1";
    return weak(/(SHA1|MD5)$/.exec(ctx.qname(mod))?.[1]);
  }
  const algo = ctx.arg(call, 0, "algorithm");
  return weak(algo?.type === "call" ? /(?:^|\.)(SHA1|MD5)$/.exec(ctx.callee(algo))?.[1] : undefined);
}

export default pyRule({
  meta: {
    id: "PY-HASH-002",
    title: "Password hashed with a fast general-purpose hash",
    cwe: ["CWE-916", "CWE-327", "CWE-759"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "PBKDF2 with 10,000 to 100,000 iterations: NIST's minimum, below current OWASP guidance",
      },
      { severity: "LOW", when: TEST_SETTINGS_REASON },
      { severity: "LOW", when: PBKDF2_SHA1_REASON },
      { severity: "LOW", when: TEST_SCOPE_REASON },
    ],
    docs: {
      what_it_does:
        "Flags hashlib digests (sha256, sha512, blake2 ...) computed directly over a password, low PBKDF2/bcrypt/scrypt/passlib work factors, DES/MD5 crypt, passlib's single-round schemes (md5_crypt, des_crypt, ldap_md5 ...) Django's MD5/SHA1/Crypt PASSWORD_HASHERS entries, and make_password called with such a hasher or a fixed salt.",
      why_bad:
        "Fast hashes let an attacker who steals the hashes test billions of guesses per second; password storage needs a slow, salted KDF.",
      example_bad:
        "import hashlib\ndef store(password):\n    return hashlib.sha256(password.encode()).hexdigest()",
      example_good:
        "import hashlib, os\ndef store(password):\n    salt = os.urandom(16)\n    return salt, hashlib.pbkdf2_hmac('sha256', password.encode(), salt, 600000)",
    },
    fix_hint:
      "Use argon2, bcrypt, scrypt or hashlib.pbkdf2_hmac with a random salt and a high iteration count.",
  },
  trigger:
    /hashlib|Crypto(dome)?\.(Hash|Protocol\.KDF)|hashes\.Hash|bcrypt|\bcrypt\.|PasswordHasher|PASSWORD_HASHERS|passlib|PBKDF2|Scrypt|make_password|generate_password_hash|hmac\.(new|digest)\(|crc32|adler32/,
  nodeTypes: ["call", "string", "class_definition", "assignment"],
  detect(node, ctx, emit) {
    // A Django settings module for a test run: its key and settings are fixtures (a LOW reminder).
    const report = (r: Report) =>
      emit(testSettingsModule(ctx) ? { ...r, severity: "LOW", reason: TEST_SETTINGS_REASON } : r);
    if (node.type === "class_definition") {
      // class LegacyHasher(SHA1PasswordHasher): a project hasher that inherits the fast digest.
      const bases = field(node, "superclasses");
      const weak = (bases ? namedChildren(bases) : []).find((b) => WEAK_DJANGO_HASHER.test(ctx.qname(b)));
      if (weak) report({ node, message: `${ctx.text(weak)} is a fast, broken password hasher to build on` });
      return;
    }
    if (node.type === "assignment") {
      // settings.PASSWORD_HASHERS = LEGACY where LEGACY is a list (written elsewhere) naming a weak hasher; a list
      // written in place is reported at its entries.
      const left = field(node, "left");
      const right = field(node, "right");
      if (
        !left ||
        right?.type !== "identifier" ||
        !/^((\w+\.)*settings\.)?PASSWORD_HASHERS$/.test(ctx.text(left))
      )
        return;
      const list = ctx.resolve(right);
      if (
        (list?.type === "list" || list?.type === "tuple") &&
        namedChildren(list).some((e) => WEAK_DJANGO_HASHER.test(ctx.stringValue(ctx.resolve(e)) ?? ""))
      )
        report({ node, message: "PASSWORD_HASHERS names a fast, broken password hasher" });
      return;
    }
    if (node.type === "string") {
      // Only short dotted names can be hasher paths; docstrings are skipped without building their value.
      if (node.end - node.start > 80) return;
      // Django's PASSWORD_HASHERS entries: the first one hashes every new password.
      const hasher = WEAK_DJANGO_HASHER.exec(ctx.stringValue(node) ?? "");
      if (hasher)
        report({ node, message: `${hasher[1]} password hasher: a fast, broken hash for passwords` });
      return;
    }
    const q = ctx.callee(node);
    // passlib's schemes built on one MD5/DES/SHA-1 round (or a handful): crackable at GPU speed.
    const scheme = /^passlib\.hash\.(\w+)\.(hash|encrypt|using)$/.exec(q);
    if (scheme && WEAK_SCHEME.test(scheme[1]!)) {
      report({ node, message: `passlib's ${scheme[1]} is a fast, broken password hash` });
      return;
    }
    // Work factors below today's guidance: PBKDF2 iterations (OWASP: 600k for SHA-256), bcrypt cost (10+),
    // and crypt's DES/MD5 methods.
    // cryptography's PBKDF2HMAC(algorithm, length, salt, iterations) and PyCryptodome's PBKDF2(password, salt,
    // dkLen, count): the latter defaults to 1,000 rounds of HMAC-SHA1 when count is left out.
    const pycryptodome = /^(Crypto|Cryptodome)\.Protocol\.KDF\.PBKDF2$/.test(q);
    // A KDF's cost written in a test is a test vector (RFC 7914's scrypt N=16, PBKDF2 with 1 round): a LOW reminder.
    const costReport = (r: Report) =>
      report(inTestScope(ctx, node) ? { ...r, severity: "LOW", reason: TEST_SCOPE_REASON } : r);
    if (q === "hashlib.pbkdf2_hmac" || /(^|\.)kdf\.pbkdf2\.PBKDF2HMAC$/.test(q) || pycryptodome) {
      const count = pycryptodome ? ctx.arg(node, 3, "count") : ctx.arg(node, 3, "iterations");
      const n = count ? ctx.constValue(count) : pycryptodome ? 1000 : undefined;
      // A literal password (`pbkdf2_hmac(name, b"p", b"s", 1)`): a feature probe or a test vector, no secret.
      const pw = q === "hashlib.pbkdf2_hmac" ? ctx.arg(node, 1, "password") : undefined;
      if (pw?.type === "string" || pw?.type === "concatenated_string") return;
      // Below 10,000 is weak by any standard; up to OWASP's current figures it is a hardening hint (NIST's
      // minimum is still 10,000, and older specifications ask for exactly that).
      if (typeof n === "number" && n < 10000)
        costReport({ node, message: `PBKDF2 with only ${n} iterations` });
      else if (pbkdf2WeakPrf(ctx, node, q) && !(typeof n === "number" && n >= 1_300_000))
        costReport({
          node,
          severity: "LOW",
          reason: PBKDF2_SHA1_REASON,
          message: `PBKDF2 over HMAC-${pbkdf2WeakPrf(ctx, node, q)} with ${n ?? "an unknown number of"} iterations (OWASP suggests 1,300,000 for SHA-1)`,
        });
      else if (typeof n === "number" && n < 100000)
        costReport({
          node,
          severity: "LOW",
          message: `PBKDF2 with ${n} iterations (OWASP suggests 600,000 for SHA-256)`,
        });
      return;
    }
    // cryptography's Scrypt(salt, length, n, r, p) takes the same cost parameters, by keyword or position.
    // PyCryptodome's scrypt(password, salt, key_len, N, r, p) names the cost N.
    const dome = /^(Crypto|Cryptodome)\.Protocol\.KDF\.scrypt$/.test(q);
    if (q === "hashlib.scrypt" || /^cryptography\.hazmat\.primitives\.kdf\.scrypt\.Scrypt$/.test(q) || dome) {
      // scrypt's cost is n (CPU/memory, a power of two) times r: OWASP's floor is n=2**17, r=8 (or 2**15 with more p).
      const cls = q !== "hashlib.scrypt";
      const n = ctx.constValue(
        dome ? ctx.arg(node, 3, "N") : cls ? ctx.arg(node, 2, "n") : ctx.kwarg(node, "n"),
      );
      const r = ctx.constValue(
        dome ? ctx.arg(node, 4, "r") : cls ? ctx.arg(node, 3, "r") : ctx.kwarg(node, "r"),
      );
      if ((typeof n === "number" && n < 2 ** 14) || (typeof r === "number" && r < 8))
        costReport({
          node,
          message: `scrypt with n=${String(n)}, r=${String(r)}: too cheap to slow down guessing`,
        });
      return;
    }
    if (ctx.method(node) === "using" && sourceHas(ctx.tree, /passlib/)) {
      // passlib: pbkdf2_sha256.using(rounds=1000) / sha512_crypt.using(rounds=...) lowers the scheme's work factor.
      const recv = ctx.qname(field(field(node, "function") ?? node, "object"));
      const n = ctx.constValue(ctx.kwarg(node, "rounds"));
      const floor = /bcrypt$/.test(recv)
        ? 10
        : /argon2$/.test(recv)
          ? 2
          : /pbkdf2/.test(recv)
            ? 100000
            : 5000;
      if (typeof n === "number" && n < floor)
        report({ node, message: `${recv.split(".").pop()} with only ${n} rounds` });
      return;
    }
    if (q === "django.contrib.auth.hashers.make_password") {
      // make_password(password, salt=None, hasher="default"): a named MD5/SHA1/crypt hasher, or a fixed salt that
      // every account then shares (one precomputed table cracks them all).
      const hasher = (ctx.possibleStrings(ctx.arg(node, 2, "hasher")) ?? []).find((h) =>
        /^(unsalted_)?(md5|sha1)$|^crypt$/.test(h),
      );
      if (hasher) {
        report({
          node,
          message: `make_password with the ${hasher} hasher: a fast, broken hash for passwords`,
        });
        return;
      }
      const salt = ctx.arg(node, 1, "salt");
      if (salt && typeof ctx.stringValue(salt) === "string" && ctx.stringValue(salt) !== "")
        report({ node, message: "make_password with a fixed salt shared by every password" });
      return;
    }
    if (q === "werkzeug.security.generate_password_hash") {
      // method="md5" / "sha1" / "sha256": one salted HMAC round of a fast digest (older werkzeug), not a KDF.
      const method = (ctx.possibleStrings(ctx.arg(node, 1, "method")) ?? []).find((m) =>
        /^(plain|md5|sha1|sha224|sha256|sha384|sha512)$/i.test(m),
      );
      if (method) {
        report({ node, message: `generate_password_hash with method=${method}: a single fast digest` });
        return;
      }
      // method="pbkdf2:sha256:1000" / "scrypt:1024:8:1": the work factor written into the method string.
      const spec = ctx.stringValue(ctx.arg(node, 1, "method")) ?? "";
      const pbkdf2 = /^pbkdf2:\w+:(\d+)$/.exec(spec);
      const scrypt = /^scrypt:(\d+)(?::(\d+))?/.exec(spec);
      if (pbkdf2 && Number(pbkdf2[1]) < 10000)
        report({ node, message: `generate_password_hash with PBKDF2 of only ${pbkdf2[1]} iterations` });
      else if (scrypt && (Number(scrypt[1]) < 2 ** 14 || (scrypt[2] !== undefined && Number(scrypt[2]) < 8)))
        report({ node, message: `generate_password_hash with scrypt cost ${spec.slice(7)}: too cheap` });
      return;
    }
    if (/^passlib\.context\.CryptContext$/.test(q)) {
      // CryptContext(schemes=[...]): the default scheme (default=, else the first) hashes every new password.
      const schemes = ctx.resolve(ctx.arg(node, 0, "schemes"));
      const list = schemes?.type === "list" || schemes?.type === "tuple" ? namedChildren(schemes) : [];
      const def =
        ctx.stringValue(ctx.resolve(ctx.kwarg(node, "default"))) ?? ctx.stringValue(ctx.resolve(list[0]));
      if (def && WEAK_SCHEME.test(def))
        report({ node, message: `CryptContext defaults to ${def}, a fast, broken password hash` });
      return;
    }
    if (q === "bcrypt.gensalt") {
      const n = ctx.constValue(ctx.arg(node, 0, "rounds"));
      if (typeof n === "number" && n < 10) report({ node, message: `bcrypt cost ${n} is too low` });
      return;
    }
    // argon2-cffi's PasswordHasher(time_cost, memory_cost, ...): memory (KiB) is what makes guessing costly;
    // below OWASP's least setting (19 MiB, with two passes) a GPU tries guesses cheaply. Defaults: 64 MiB, 3.
    if (q === "argon2.PasswordHasher") {
      const mem = ctx.constValue(ctx.arg(node, 1, "memory_cost"));
      if (typeof mem === "number" && mem < 19456)
        report({ node, message: `argon2 memory_cost ${mem} KiB is too low` });
      return;
    }
    if (q === "crypt.crypt" || q === "crypt.mksalt") {
      // A literal salt picks the scheme: no `$id$` prefix is traditional DES crypt, `$1$` MD5 crypt.
      const salt = q === "crypt.crypt" ? ctx.stringValue(ctx.resolve(ctx.arg(node, 1, "salt"))) : undefined;
      if (
        /METHOD_(CRYPT|MD5)\b/.test(ctx.text(node)) ||
        (q === "crypt.crypt" && !ctx.args(node)[1]) ||
        (salt !== undefined && (!salt.startsWith("$") || salt.startsWith("$1$")))
      )
        report({ node, message: "crypt() with DES or MD5 hashing" });
      return;
    }
    // hmac.new(PEPPER, password, sha256): a secret key does not make it a salted, slow password hash.
    const keyed = q === "hmac.new" || q === "hmac.digest";
    // hashlib.new("sha256", data): the same digest chosen by name.
    const named = q === "hashlib.new" ? ctx.stringValue(ctx.arg(node, 0, "name"))?.toLowerCase() : undefined;
    const fast = /^(sha224|sha256|sha384|sha512|sha3_\d+|blake2[bs]|md5|sha1)$/;
    // `h.update(password)` on a fast digest object: hashlib's, PyCryptodome's SHA256.new(), or cryptography's
    // hashes.Hash(hashes.SHA256()).
    const fn0 = field(node, "function");
    const hasher =
      ctx.method(node) === "update" && fn0?.type === "attribute"
        ? ctx.resolve(field(fn0, "object"))
        : undefined;
    const viaUpdate = hasher?.type === "call" && fastHasher(ctx, hasher, fast);
    const fastDigest =
      viaUpdate ||
      (named !== undefined
        ? fast.test(named)
        : (q.startsWith("hashlib.") && fast.test(q.slice("hashlib.".length))) ||
          /^(Crypto|Cryptodome)\.Hash\.(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3_\d+|BLAKE2[bs])\.new$/.test(
            q,
          ));
    // zlib.crc32(password): a 32-bit checksum, not a hash at all (collisions are found instantly).
    const checksum = /^(zlib\.(crc32|adler32)|binascii\.crc32)$/.test(q);
    if (!keyed && !fastDigest && !checksum) return;
    const data = keyed
      ? ctx.arg(node, 1, "msg")
      : named
        ? ctx.arg(node, 1, "data")
        : (ctx.args(node)[0] ?? ctx.kwarg(node, "data"));
    // set_password(self, raw) / check_password(raw): the argument is the password whatever its name.
    const fn = ctx.enclosingFunction(node);
    const inPasswordFn =
      !!fn &&
      /^_*((set|check|verify|hash|make|store|update|encode|change|save|create|generate)_?pass(word|wd)?|(sha\d*|md5|digest|hash(ed)?|encrypt(ed)?|crypt|salt(ed)?)_?pass(word|wd))$/i.test(
        ctx.text(field(fn, "name") ?? fn),
      );
    // `pw = get_password()` then `h.update(pw)`: the value's origin names it too.
    const origin = data?.type === "identifier" ? ctx.resolve(data) : undefined;
    const dataText = data ? ctx.text(data) + (origin ? " " + ctx.text(origin) : "") : "";
    // (`pw` is the usual short name of a password as well, when the function is handed it and stores the digest:
    // `def store(user, pw): ... USERS[user] = h.hexdigest()`; a digest returned may be a fingerprint)
    // A `pw` hashed together with a salt, or in a function named for storing it (`def store(pw)`), is a password
    // hash by construction: nobody salts a fingerprint.
    const pwParam =
      !!fn &&
      ctx.paramNames(fn).includes("pw") &&
      /\bpw\b/.test(dataText) &&
      (/\]\s*=[^\n]*\b(hex)?digest\(|\.(save|set|insert|insert_one|put|store)\([^\n]*\b(hex)?digest\(/.test(
        ctx.text(fn),
      ) ||
        /\bsalt\w*\b/i.test(dataText) ||
        /^_*(store|save|register|enrol|set)(_|$)/i.test(ctx.text(field(fn, "name") ?? fn)));
    // `user.password_hash = md5(request.form["new"].encode()).hexdigest()`: stored as the account's password.
    let st: SyntaxNode | undefined = node.parent ?? undefined;
    for (let i = 0; st && i < 4 && st.type !== "assignment"; i++) st = st.parent ?? undefined;
    const storedAsPassword =
      st?.type === "assignment" &&
      /(^|[._'"])(pass(word|wd)?|pw|pwd)(_?hash(ed)?)?['"\]]*$/i.test(ctx.text(field(st, "left") ?? st));
    if (
      !data ||
      (!/pass(word|wd|phrase)?\b|passwd|pwd/i.test(dataText) &&
        !inPasswordFn &&
        !pwParam &&
        !storedAsPassword)
    )
      return;
    // hashlib.sha256(b'password'): the word itself, a constant, is no one's password.
    if (ctx.isLiteralString(data)) return;
    // HTTP/SIP Digest authentication's HA1 = MD5(user:realm:password) in a function that deals in the realm and
    // the nonce: the protocol's response to a challenge, computed to be sent, not a password stored.
    const body = fn ? ctx.text(fn) : "";
    if (/\brealm\b/i.test(body) && /\bc?nonce\b/i.test(body)) return;
    report({
      node,
      message: checksum
        ? `${q}() over a password is a checksum, not a password hash`
        : `${named ? `hashlib.new('${named}')` : `${q}()`} over a password is too fast for password storage`,
    });
  },
  cases: {
    valid: [
      "import hashlib\ndef tag(item, body):\n    item.etag = hashlib.md5(body).hexdigest()",
      // A digest of a short-named value returned, not stored: a fingerprint as often as a password.
      "from Crypto.Hash import SHA256\ndef digest(pw):\n    return SHA256.new(pw).hexdigest()",
      "import crypt\ndef h(pw):\n    return crypt.crypt(pw, '$6$' + salt)",
      "import crypt\ndef h(pw):\n    return crypt.crypt(pw, '$6$rounds=656000$abcdefgh')",
      "from werkzeug.security import generate_password_hash\nh = generate_password_hash(pw, method='pbkdf2:sha256:600000')",
      "from Crypto.Hash import HMAC, SHA512\nfrom Crypto.Protocol.KDF import PBKDF2\nk = PBKDF2(pw, salt, 32, count=600000, prf=lambda p, s: HMAC.new(p, s, SHA512).digest())",
      "from Crypto.Protocol.KDF import scrypt\nk = scrypt(pw, salt, 32, N=2**17, r=8, p=1)",
      "from hashlib import md5\ndef digest_auth(username, realm, passwd, nonce, method, uri):\n    ha1 = md5(('%s:%s:%s' % (username, realm, passwd)).encode()).hexdigest()\n    ha2 = md5(('%s:%s' % (method, uri)).encode()).hexdigest()\n    return md5(('%s:%s:%s' % (ha1, nonce, ha2)).encode()).hexdigest()",
      "import hashlib\ndef reset_password(user):\n    return hashlib.sha256(user.email.encode()).hexdigest()",
      "from werkzeug.security import generate_password_hash\ndef h(pw):\n    return generate_password_hash(pw, method='scrypt')",
      "from passlib.context import CryptContext\nctx = CryptContext(schemes=['argon2', 'md5_crypt'], deprecated='auto')",
      "from django.conf import settings\nNEW = ['django.contrib.auth.hashers.Argon2PasswordHasher']\nsettings.PASSWORD_HASHERS = NEW",
      "import hashlib\nh = hashlib.sha256(b'password').hexdigest()",
      "from cryptography.hazmat.primitives import hashes\ndef f(path):\n    h = hashes.Hash(hashes.SHA256())\n    h.update(open(path, 'rb').read())\n    return h.finalize()",
      "import zlib\ndef checksum(chunk):\n    return zlib.crc32(chunk)",
      "import hmac, hashlib\ndef sign(key, body):\n    return hmac.new(key, body, hashlib.sha256).hexdigest()",
      "from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC\nkdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=600000)",
      "from Crypto.Hash import SHA256\nfrom Crypto.Protocol.KDF import PBKDF2\nk = PBKDF2(pw, salt, 32, count=600000, hmac_hash_module=SHA256)",
      "import hashlib\nk = hashlib.pbkdf2_hmac('sha256', pw, salt, 600000)",
      "import hashlib\ndef ok(name):\n    hashlib.pbkdf2_hmac(name, b'p', b's', 1)\n    return True",
      "import bcrypt\nh = bcrypt.hashpw(pw, bcrypt.gensalt(12))",
      "from argon2 import PasswordHasher\nph = PasswordHasher(time_cost=2, memory_cost=19456)",
      "import argon2\nph = argon2.PasswordHasher()",
      "import hashlib\nh = hashlib.sha256(data).hexdigest()",
      "import hashlib\nh = hashlib.new('sha256', data).hexdigest()",
      "import hashlib\nk = hashlib.pbkdf2_hmac('sha256', password, salt, 100000)",
      "PASSWORD_HASHERS = ['django.contrib.auth.hashers.PBKDF2PasswordHasher']",
      "import hashlib\nk = hashlib.scrypt(pw, salt=s, n=2**15, r=8, p=1)",
      "from cryptography.hazmat.primitives.kdf.scrypt import Scrypt\nk = Scrypt(salt=s, length=32, n=2**14, r=8, p=1).derive(pw)",
      "from passlib.hash import pbkdf2_sha256\nh = pbkdf2_sha256.using(rounds=600000).hash(pw)",
      "from passlib.hash import bcrypt\nh = bcrypt.hash(pw)",
      "from django.contrib.auth.hashers import make_password\nh = make_password(pw, hasher='argon2')",
      "from django.contrib.auth.hashers import make_password\nh = make_password(pw, None, 'pbkdf2_sha256')",
    ],
    invalid: [
      // the digest stored as the account's password hash; a function named for encoding a password
      "from hashlib import md5\ndef change(user, form):\n    user.password_hash = md5(form['new'].encode()).hexdigest()",
      "import hashlib, secrets\ndef encode_password(raw):\n    salt = secrets.token_hex(8)\n    return hashlib.sha512((salt + raw).encode()).hexdigest()",
      "import hashlib\ndef k(passphrase):\n    return hashlib.sha256(passphrase.encode()).digest()",
      "import crypt\ndef h(pw):\n    return crypt.crypt(pw, 'ab')",
      "import crypt\ndef h(pw):\n    return crypt.crypt(pw, '$1$saltsalt')",
      "import hashlib\ndef h(pw, salt):\n    return hashlib.sha512(salt + pw.encode()).hexdigest()",
      "from Crypto.Hash import SHA1\ndef store(pw):\n    return SHA1.new(pw.encode()).hexdigest()",
      {
        code: "import unittest\nfrom Crypto.Protocol.KDF import scrypt\nclass T(unittest.TestCase):\n    def test_vector(self):\n        self.assertTrue(scrypt(b'password', b'salt', 12, 16, 1, 1))",
        line: 5,
        severity: "LOW",
      },
      {
        code: "from werkzeug.security import generate_password_hash\nh = generate_password_hash(pw, method='pbkdf2:sha256:1000')",
        line: 2,
      },
      {
        code: "from werkzeug.security import generate_password_hash\nh = generate_password_hash(pw, method='scrypt:1024:8:1')",
        line: 2,
      },
      {
        code: "import hashlib\nk = hashlib.pbkdf2_hmac('sha1', password, salt, 310000)",
        line: 2,
        severity: "LOW",
      },
      {
        code: "from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC\nkdf = PBKDF2HMAC(algorithm=hashes.SHA1(), length=32, salt=salt, iterations=600000)",
        line: 3,
        severity: "LOW",
      },
      {
        code: "from Crypto.Protocol.KDF import PBKDF2\nk = PBKDF2(pw, salt, 32, count=600000)",
        line: 2,
        severity: "LOW",
      },
      {
        code: "from Crypto.Protocol.KDF import scrypt\nk = scrypt(pw, salt, key_len=32, N=2**8, r=8, p=1)",
        line: 2,
      },
      // A realm with no nonce: a password hashed for storage per realm.
      "import hashlib\ndef store(db, user, realm, password):\n    db[user] = hashlib.md5((realm + password).encode()).hexdigest()",
      // a function named for what it does to a password
      {
        code: "import hashlib\ndef sha_password(raw):\n    return hashlib.sha512(raw.encode()).hexdigest()",
        line: 3,
      },
      {
        code: "from werkzeug.security import generate_password_hash\ndef h(pw):\n    return generate_password_hash(pw, method='sha1')",
        line: 3,
      },
      {
        code: "from django.contrib.auth.hashers import make_password\ndef h(pw):\n    algo = 'md5'\n    return make_password(pw, hasher=algo)",
        line: 4,
      },
      {
        code: "from passlib.context import CryptContext\nctx = CryptContext(schemes=['md5_crypt', 'bcrypt'])",
        line: 2,
      },
      {
        code: "from django.contrib.auth.hashers import MD5PasswordHasher\nclass Legacy(MD5PasswordHasher):\n    algorithm = 'legacy'",
        line: 2,
      },
      {
        code: "from django.conf import settings\nOLD = ['django.contrib.auth.hashers.SHA1PasswordHasher']\nsettings.PASSWORD_HASHERS = OLD",
        line: 3,
      },
      {
        code: "import zlib\ndef store(user, password):\n    user.pw = zlib.crc32(password.encode())",
        line: 3,
      },
      "import hmac, hashlib\ndef digest(password):\n    return hmac.new(PEPPER, password.encode(), hashlib.sha256).hexdigest()",
      {
        code: "from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC\nkdf = PBKDF2HMAC(algorithm=hashes.SHA256(), length=32, salt=salt, iterations=1000)",
        line: 3,
      },
      { code: "from Crypto.Protocol.KDF import PBKDF2\nk = PBKDF2(pw, salt, dkLen=32)", line: 2 },
      "import hashlib\nclass A:\n    def set_password(self, raw):\n        self.password = hashlib.md5(raw.encode()).hexdigest()",
      {
        code: "import hashlib\nk = hashlib.pbkdf2_hmac('sha256', pw, salt, 1000)",
        line: 2,
        severity: "MEDIUM",
      },
      {
        code: "import hashlib\nk = hashlib.pbkdf2_hmac('sha256', pw, salt, 10000)",
        line: 2,
        severity: "LOW",
      },
      { code: "import bcrypt\nh = bcrypt.hashpw(pw, bcrypt.gensalt(rounds=4))", line: 2 },
      { code: "from argon2 import PasswordHasher\nph = PasswordHasher(time_cost=1, memory_cost=8)", line: 2 },
      { code: "import hashlib\nk = hashlib.scrypt(pw, salt=s, n=1024, r=8, p=1)", line: 2 },
      {
        code: "from cryptography.hazmat.primitives.kdf.scrypt import Scrypt\nk = Scrypt(salt=s, length=32, n=2**4, r=8, p=1).derive(pw)",
        line: 2,
      },
      {
        code: "from passlib.hash import pbkdf2_sha256\nh = pbkdf2_sha256.using(rounds=1000).hash(pw)",
        line: 2,
      },
      { code: "PASSWORD_HASHERS = [\n    'django.contrib.auth.hashers.MD5PasswordHasher',\n]", line: 2 },
      { code: "from passlib.hash import md5_crypt as mc\nh = mc.hash(pw)", line: 2 },
      "import hashlib\ndef f(password):\n    return hashlib.sha512(password.encode()).hexdigest()",
      "from cryptography.hazmat.primitives import hashes\ndef f(user):\n    pw = user.get_password()\n    h = hashes.Hash(hashes.SHA256())\n    h.update(pw)\n    return h.finalize()",
      "from Cryptodome.Hash import SHA256\ndef f(password):\n    h = SHA256.new()\n    h.update(password.encode())\n    return h.hexdigest()",
      "import hashlib\ndef store(user, pw):\n    h = hashlib.new('sha512')\n    h.update(pw.encode())\n    USERS[user] = h.hexdigest()",
      "from Crypto.Hash import MD5\ndef f(password):\n    return MD5.new(password.encode()).hexdigest()",
      "import hashlib\ndef f(password):\n    return hashlib.new('sha256', password.encode()).hexdigest()",
      {
        code: "from django.contrib.auth.hashers import make_password\nh = make_password(pw, hasher='unsalted_md5')",
        line: 2,
      },
      {
        code: "from django.contrib.auth.hashers import make_password\nh = make_password(pw, 'fixedsalt')",
        line: 2,
      },
    ],
  },
});
