import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-CRYPTO-004",
    title: "Constant salt in key derivation",
    cwe: ["CWE-760", "CWE-759"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags pbkdf2/pbkdf2Sync/scrypt/scryptSync whose salt is a constant or a hash of other data.",
      why_bad: "A fixed salt lets attackers precompute once and crack every password that shares it.",
      example_bad:
        "const crypto = require('crypto');\nconst h = (pw) => crypto.pbkdf2Sync(pw, 'static-salt', 100000, 32, 'sha256');",
      example_good:
        "const crypto = require('crypto');\nconst h = (pw) => { const salt = crypto.randomBytes(16); return [salt, crypto.pbkdf2Sync(pw, salt, 100000, 32, 'sha256')]; };",
    },
    fix_hint: "Use a per-password random salt (crypto.randomBytes(16)).",
  },
  trigger: /pbkdf2|scrypt/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    if (!/(^|\.)(pbkdf2|pbkdf2Sync|scrypt|scryptSync)$/.test(ctx.callee(node))) return;
    const salt = ctx.args(node)[1];
    if (!salt) return;
    const r = ctx.resolve(salt);
    if (!r || r.type === "identifier") return;
    const t = ctx.text(r);
    if (/randomBytes|getRandomValues/.test(t)) return;
    if (/createHash\(/.test(t)) report({ node, message: "salt derived from other data" });
    else if (ctx.level(r, "code") === Level.CONST) report({ node, message: "salt is a constant" });
    // `const SALT = Buffer.from(process.env.PASSWORD_SALT ?? 'default-salt')` under a password: one configured
    // salt for every password, and a literal one when the setting is missing.
    else if (
      /process\.env\b/.test(t) &&
      /(\?\?|\|\|)\s*['"`]/.test(t) &&
      /pass|pwd|\bpw\b|pin\b/i.test(ctx.text(ctx.args(node)[0] ?? node))
    )
      report({ node, message: "salt is one configured value for every password, with a literal fallback" });
  },
  cases: {
    valid: [
      "const salt = crypto.randomBytes(16);\ncrypto.pbkdf2Sync(p, salt, 1e5, 32, 'sha256');",
      // The salt the server sent, read from an object a reducer fills (SCRAM): not the program's constant.
      "const crypto = require('crypto');\nfunction derive(pass, msg) {\n  const res = msg.toString('utf8').split(',').reduce((acc, x) => (acc[x[0]] = x.slice(2), acc), {});\n  return crypto.pbkdf2Sync(pass, Buffer.from(res.s, 'base64'), 4096, 32, 'sha256');\n}",
    ],
    invalid: ["const salt = Buffer.from('abcd', 'hex');\ncrypto.pbkdf2Sync(p, salt, 1e5, 32, 'sha256');"],
  },
});
