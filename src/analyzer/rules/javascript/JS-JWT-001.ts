import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-JWT-001",
    title: "JWT accepted without signature verification",
    cwe: ["CWE-347", "CWE-327", "CWE-613"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags jsonwebtoken's jwt.decode and jose's decodeJwt / jwt-decode (which never verify) used to read claims, and jwt.verify allowing the 'none' algorithm or ignoring the expiry.",
      why_bad: "An unverified token is attacker-written JSON: anyone can claim any identity or role.",
      example_bad: "const jwt = require('jsonwebtoken');\nconst claims = (token) => jwt.decode(token);",
      example_good:
        "const jwt = require('jsonwebtoken');\nconst claims = (token, key) => jwt.verify(token, key, { algorithms: ['HS256'] });",
    },
    fix_hint: "Use jwt.verify with the key and an explicit algorithms list.",
  },
  trigger: /jwt|Jwt|JWT|jsonwebtoken/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (
      /^(jsonwebtoken|jwt)\.decode$/.test(q) ||
      q === "jose.decodeJwt" ||
      /^jose\.UnsecuredJWT\.decode$|^UnsecuredJWT\.decode$/.test(q) ||
      q === "jwt-decode" ||
      q === "jwt-decode.jwtDecode"
    ) {
      report({ node, message: "jwt.decode does not verify the signature" });
      return;
    }
    // jwt-simple checks the signature unless its third argument (noVerify) is true.
    if (q === "jwt-simple.decode" && ctx.args(node)[2]?.type === "true") {
      report({ node, message: "jwt-simple decode with noVerify: the signature is not checked" });
      return;
    }
    if (/^(jsonwebtoken|jwt)\.sign$/.test(q) && /algorithm\s*:\s*['"]none['"]/i.test(ctx.text(node))) {
      report({ node, message: "token signed with the 'none' algorithm: anyone can forge it" });
      return;
    }
    const algs = /algorithms\s*:\s*\[([^\]]*)\]/.exec(ctx.text(node))?.[1] ?? "";
    if (/^(jsonwebtoken|jwt)\.verify$/.test(q) && /['"]none['"]/i.test(algs))
      report({ node, message: "'none' algorithm accepted" });
    // Public-key and HMAC algorithms together: a token signed with HS256 using the public key as the secret passes.
    else if (
      /^(jsonwebtoken|jwt)\.verify$/.test(q) &&
      /['"](RS|ES|PS)\d+['"]/.test(algs) &&
      /['"]HS\d+['"]/.test(algs)
    )
      report({
        node,
        message: "asymmetric and HMAC algorithms both accepted: the public key can forge HS tokens",
      });
    else if (/^(jsonwebtoken|jwt)\.verify$/.test(q) && /ignoreExpiration\s*:\s*true\b/.test(ctx.text(node)))
      report({ node, message: "expired tokens accepted (ignoreExpiration: true)" });
  },
  cases: {
    valid: [
      "const jwt = require('jsonwebtoken');\njwt.verify(t, k, { algorithms: ['HS256'] });",
      "const jwt = require('jwt-simple');\nconst u = jwt.decode(t, process.env.K);",
      "const jwt = require('jsonwebtoken');\nconst c = jwt.verify(t, pub, { algorithms: ['RS256', 'ES256'] });",
    ],
    invalid: [
      "const jwt = require('jsonwebtoken');\nconst c = jwt.decode(t, { complete: true });",
      "const jwt = require('jsonwebtoken');\nconst c = jwt.verify(t, k, { ignoreExpiration: true });",
      "import { decodeJwt } from 'jose';\nexport const role = (t) => decodeJwt(t).role;",
      "import { jwtDecode } from 'jwt-decode';\nexport const role = (t) => jwtDecode(t).role;",
      "const jwt = require('jwt-simple');\nconst u = jwt.decode(t, process.env.K, true);",
      "const jose = require('jose');\nconst { payload } = jose.UnsecuredJWT.decode(token);",
      "const jwt = require('jsonwebtoken');\nconst c = jwt.verify(t, pub, { algorithms: ['RS256', 'HS256'] });",
    ],
  },
});
