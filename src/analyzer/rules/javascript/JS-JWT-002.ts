import { field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** Claim names that hold a credential rather than an identity. */
const SECRET_CLAIM =
  /^(password|passwd|pwd|pass|passwordHash|password_hash|hashedPassword|secret|clientSecret|client_secret|apiKey|api_key|privateKey|private_key|creditCard|cardNumber|ssn|otpSecret|mfaSecret)$/i;

export default jsRule({
  meta: {
    id: "JS-JWT-002",
    title: "Credential placed in a JWT payload",
    cwe: ["CWE-522"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags jsonwebtoken / jose signing calls whose payload object carries a password, password hash, secret, API key or private key claim, written out or as the whole user record.",
      why_bad:
        "A JWT payload is only base64-encoded: anyone holding the token (browser storage, logs, proxies) reads every claim.",
      example_bad:
        "const jwt = require('jsonwebtoken');\nconst issue = (u) => jwt.sign({ id: u.id, password: u.password }, process.env.JWT_SECRET);",
      example_good:
        "const jwt = require('jsonwebtoken');\nconst issue = (u) => jwt.sign({ id: u.id, role: u.role }, process.env.JWT_SECRET);",
    },
    fix_hint: "Put only identifiers and roles in the token; keep credentials server-side.",
  },
  trigger: /jwt|Jwt|JWT|jsonwebtoken|SignJWT/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^(jsonwebtoken|jwt|jwt-simple)\.(sign|encode)$|(^|\.)SignJWT$/.test(q)) return;
    const payload = ctx.args(node)[0];
    const obj = payload && (ctx.resolve(payload) ?? payload);
    if (obj?.type !== "object") return;
    for (const p of namedChildren(obj)) {
      const key =
        p.type === "pair"
          ? ctx.text(field(p, "key") ?? p).replace(/['"]/g, "")
          : p.type === "shorthand_property_identifier"
            ? ctx.text(p)
            : "";
      if (SECRET_CLAIM.test(key)) {
        report({ node, message: `token payload carries '${key}', readable by anyone holding the token` });
        return;
      }
    }
  },
  cases: {
    valid: [
      "const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ sub: u.id, role: u.role }, key);",
      "const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ sub: u.id, passwordChangedAt: u.pca }, key);",
    ],
    invalid: [
      "const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ sub: u.id, password: u.password }, key);",
      "const jwt = require('jsonwebtoken');\nfunction f(apiKey) { const claims = { apiKey, sub: 'x' }; return jwt.sign(claims, k); }",
    ],
  },
});
