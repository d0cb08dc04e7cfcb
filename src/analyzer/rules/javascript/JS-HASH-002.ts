import { field, sourceMatches } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-HASH-002",
    title: "Password hashed with a fast general-purpose hash",
    cwe: ["CWE-916", "CWE-327", "CWE-759"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "crypto-js AES (or DES, Rabbit, RC4) under a password string: the key comes from one MD5 round, but the cipher is sound and the string may be a random key's text",
      },
    ],
    docs: {
      what_it_does:
        "Flags createHash(...).update(password) and createHmac(...).update(password) chains and crypto-js digests of a password (a fast digest over a password), crypto-js AES under a password string (one MD5 round of key derivation), PBKDF2 (Node, Web Crypto, crypto-js) with fewer than 10,000 iterations, bcrypt with a cost under 10, scrypt with N under 16384 and argon2 under OWASP's memory / pass floor.",
      why_bad: "Fast hashes let attackers test billions of guesses per second against stolen hashes.",
      example_bad:
        "const crypto = require('crypto');\nconst store = (password) => crypto.createHash('sha256').update(password).digest('hex');",
      example_good:
        "const bcrypt = require('bcrypt');\nconst store = (password) => bcrypt.hash(password, 12);",
    },
    fix_hint: "Use bcrypt, scrypt, argon2 or pbkdf2 with a random salt.",
  },
  trigger: /createHash|createHmac|CryptoJS|crypto-js|pbkdf2|PBKDF2|bcrypt|scrypt|md5|sha1|forge|argon2/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    // crypto-js: `CryptoJS.MD5(password)`, `CryptoJS.SHA256(password)` (one call, no update step).
    if (
      /^(crypto-js|CryptoJS)\.(MD5|SHA1|SHA224|SHA256|SHA384|SHA512|SHA3|RIPEMD160)$/.test(ctx.callee(node))
    ) {
      const a = ctx.args(node)[0];
      if (a && /pass(word|wd)?\b|pwd/i.test(ctx.text(a)))
        report({ node, message: "fast hash over a password" });
      return;
    }
    // crypto-js PBKDF2 with a four-digit count (`CryptoJS.PBKDF2(pw, salt, { iterations: 1000 })`), and AES under a
    // passphrase (`CryptoJS.AES.encrypt(data, masterPassword)`): a string key is stretched by OpenSSL's
    // EVP_BytesToKey, one MD5 round, so each guess at the password costs one digest.
    const cjs = /^(crypto-js|CryptoJS)\.(PBKDF2|(AES|TripleDES|DES|Rabbit|RC4)\.(encrypt|decrypt))$/.exec(
      ctx.callee(node),
    );
    if (cjs) {
      const [, secret, opts] = ctx.args(node);
      if (cjs[2] === "PBKDF2") {
        const o = opts && (ctx.resolve(opts) ?? opts);
        const n = o?.type === "object" ? ctx.constValue(ctx.prop(o, "iterations")) : undefined;
        if (typeof n === "number" && n < 10000)
          report({ node, message: `PBKDF2 with ${n} iterations is far too fast for passwords` });
      }
      // (A user's password by name: crypto-js calls its string key a "passphrase" whatever it holds, so `pass` and
      // `passphrase` say nothing of where the text comes from.)
      else if (secret && /password|passwd|pwd/i.test(ctx.text(secret)) && !/\.parse\(/.test(ctx.text(secret)))
        // LOW: the cipher is sound, and what a caller passes as the passphrase may be a random key's text.
        report({
          node,
          severity: "LOW",
          cwe: ["CWE-916"],
          message: "key derived from a password by one MD5 round (EVP_BytesToKey)",
        });
      return;
    }
    // The md5 / sha1 npm helpers (`import md5 from 'md5'; md5(password)`): one fast digest over a password.
    if (/^(md5|sha1)$/.test(ctx.callee(node)) && sourceMatches(ctx.tree, `['"]${ctx.callee(node)}['"]`)) {
      const a = ctx.args(node)[0];
      if (a && /pass(word|wd)?\b|pwd|\bpw\b/i.test(ctx.text(a)))
        report({ node, message: "fast hash over a password" });
      return;
    }
    // PBKDF2 with a four-digit iteration count: each guess costs next to nothing.
    if (/(^|\.)(pbkdf2|pbkdf2Sync)$/.test(ctx.callee(node))) {
      const n = ctx.constValue(ctx.args(node)[2]);
      if (typeof n === "number" && n < 10000)
        report({ node, message: `PBKDF2 with ${n} iterations is far too fast for passwords` });
      // HMAC-SHA1 / MD5 rounds are cheap on GPUs: OWASP asks 1,300,000 PBKDF2-SHA1 iterations. (A count the
      // code is handed - SCRAM-SHA-1's server-chosen one - is a protocol's, not this code's choice.)
      else if (
        /^(sha-?1|md5|ripemd160)$/i.test(ctx.stringValue(ctx.args(node)[4]) ?? "") &&
        typeof n === "number" &&
        n < 1300000
      )
        report({
          node,
          message: `PBKDF2 over ${ctx.stringValue(ctx.args(node)[4])} is too fast for passwords`,
        });
      return;
    }
    // bcrypt / bcryptjs: a cost factor under 10 (the default) makes each guess cheap.
    const q = ctx.callee(node);
    // WebCrypto `subtle.deriveBits` / `deriveKey({ name: 'PBKDF2', salt, iterations, hash }, ...)`: the same count,
    // given in the algorithm object.
    if (/(^|\.)(deriveBits|deriveKey)$/.test(q)) {
      const alg = ctx.args(node)[0];
      const a = alg && (ctx.resolve(alg) ?? alg);
      const count = a?.type === "object" ? ctx.prop(a, "iterations") : undefined;
      const n = count && ctx.constValue(count);
      if (
        count &&
        typeof n === "number" &&
        n < 10000 &&
        /^pbkdf2$/i.test(ctx.stringValue(ctx.prop(a, "name")) ?? "")
      )
        report({ node, message: `PBKDF2 with ${n} iterations is far too fast for passwords` });
      return;
    }
    if (/^(bcrypt|bcryptjs|bcrypt-nodejs)\.(hash|hashSync|genSalt|genSaltSync)$/.test(q)) {
      const n = ctx.constValue(ctx.args(node)[/genSalt/.test(q) ? 0 : 1]);
      if (typeof n === "number" && n < 10) report({ node, message: `bcrypt cost factor ${n} is too low` });
      return;
    }
    // argon2 (the npm binding) below OWASP's floor: memoryCost under 19 MiB (19456 KiB), or a single pass with
    // less than 46 MiB (47104 KiB). The defaults (64 MiB, 3 passes) are fine.
    if (/^argon2\.(hash|hashRaw)$/.test(q)) {
      const opts = ctx.args(node)[1];
      const m = ctx.constValue(ctx.prop(opts, "memoryCost"));
      const t = ctx.constValue(ctx.prop(opts, "timeCost"));
      if (
        (typeof m === "number" && m < 19456) ||
        (typeof t === "number" && t < 2 && typeof m === "number" && m < 47104)
      )
        report({
          node,
          message: `argon2 with memoryCost ${m} KiB / timeCost ${t ?? "default"} is too cheap`,
        });
      return;
    }
    // scrypt with an explicit cost parameter below the library default.
    if (/(^|\.)(scrypt|scryptSync)$/.test(q)) {
      const opts = ctx.args(node)[3];
      const n = ctx.constValue(ctx.prop(opts, "N") ?? ctx.prop(opts, "cost"));
      if (typeof n === "number" && n < 16384) report({ node, message: `scrypt cost N=${n} is too low` });
      return;
    }
    if (ctx.method(node) !== "update") return;
    const arg = ctx.args(node)[0];
    if (!arg || !/pass(word|wd)?\b|pwd/i.test(ctx.text(arg))) return;
    // The digest object made in the chain (`createHash('sha256').update(pw)`) or bound to a name first
    // (`const h = createHash('sha256'); h.update(pw)`, node-forge's `const md = forge.md.md5.create(); md.update(pw)`).
    const callee = field(node, "function");
    const recv = callee?.type === "member_expression" ? field(callee, "object") : undefined;
    const made = recv?.type === "identifier" ? ctx.resolve(recv) : recv;
    // (An HMAC keyed with a pepper is as fast per guess as the bare digest.)
    const digest = /create(Hash|Hmac)\(|\bmd\.(md5|sha1|sha256|sha384|sha512)\.create\(\s*\)/;
    if (!digest.test(ctx.text(node)) && !(made && digest.test(ctx.text(made)))) return;
    report({ node, message: "fast hash over a password" });
  },
  cases: {
    valid: [
      "async function k(base, salt) {\n  return crypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations: 600000, hash: 'SHA-256' }, base, 256);\n}",
      "async function k(base, pub) {\n  return crypto.subtle.deriveBits({ name: 'ECDH', public: pub }, base, 256);\n}",
      "const argon2 = require('argon2');\nconst h = (pw) => argon2.hash(pw, { type: argon2.argon2id, memoryCost: 19456, timeCost: 2 });",
      "const argon2 = require('argon2');\nconst h = (pw) => argon2.hash(pw);",
      "crypto.createHash('sha256').update(data).digest('hex');",
      "const h = crypto.pbkdf2Sync(password, salt, 600000, 32, 'sha256');",
      "const bcrypt = require('bcrypt');\nconst h = bcrypt.hashSync(password, 12);",
      "const h = crypto.scryptSync(password, salt, 64);",
      "const md5 = require('md5');\nconst etag = md5(body);",
      "function scram(password, salt, iterations) {\n  return crypto.pbkdf2Sync(password, salt, iterations, 20, 'sha1');\n}",
      "const forge = require('node-forge');\nconst md = forge.md.sha256.create();\nmd.update(fileBytes);",
      "const CryptoJS = require('crypto-js');\nconst k = CryptoJS.PBKDF2(password, salt, { keySize: 8, iterations: 310000 });",
      "const CryptoJS = require('crypto-js');\nconst c = CryptoJS.AES.encrypt(text, CryptoJS.enc.Hex.parse(keyHex), { iv });",
      "const CryptoJS = require('crypto-js');\nconst wrap = (text, passphrase) => CryptoJS.AES.encrypt(text, passphrase).toString();",
      "const crypto = require('crypto');\nconst scram = crypto.createHmac('sha256', saltedPassword).update('Client Key').digest();",
    ],
    invalid: [
      {
        code: "const ALG = { name: 'PBKDF2', salt: SALT, iterations: 1000, hash: 'SHA-256' };\nasync function k(base) {\n  return crypto.subtle.deriveKey(ALG, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);\n}",
        line: 3,
      },
      "const argon2 = require('argon2');\nconst h = (pw) => argon2.hash(pw, { timeCost: 1, memoryCost: 1024, parallelism: 1 });",
      "crypto.createHash('sha512').update(password).digest('hex');",
      "const CryptoJS = require('crypto-js');\nuser.hash = CryptoJS.MD5(password).toString();",
      "const h = crypto.pbkdf2Sync(password, salt, 1000, 32, 'sha1');",
      "crypto.pbkdf2(password, salt, 310000, 32, 'sha1', cb);",
      "const bcrypt = require('bcrypt');\nconst h = bcrypt.hashSync(password, 4);",
      "const bcrypt = require('bcryptjs');\nconst salt = bcrypt.genSaltSync(6);",
      "const h = crypto.scryptSync(password, salt, 64, { N: 1024 });",
      "import md5 from 'md5';\nexport const legacyPw = (pw) => md5(pw);",
      "const sha1 = require('sha1');\nuser.hash = sha1(req.body.password);",
      "const forge = require('node-forge');\nfunction h(password) {\n  const md = forge.md.md5.create();\n  md.update(password);\n  return md.digest().toHex();\n}",
      "const CryptoJS = require('crypto-js');\nconst k = CryptoJS.PBKDF2(password, salt, { keySize: 8, iterations: 1000 });",
      {
        code: "const CryptoJS = require('crypto-js');\nconst vault = (masterPassword, data) => CryptoJS.AES.encrypt(JSON.stringify(data), masterPassword).toString();",
        severity: "LOW",
      },
      "const crypto = require('crypto');\nconst h = crypto.createHmac('sha256', process.env.PEPPER).update(password).digest('hex');",
      "const crypto = require('crypto');\nfunction h(password) {\n  const hash = crypto.createHash('sha1');\n  hash.update(password);\n  return hash.digest('hex');\n}",
    ],
  },
});
