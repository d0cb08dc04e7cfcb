import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/**
 * A key read out of the token itself: `decoded.payload.key`, `decoded.header.jwk` where `decoded` is what
 * jwt.decode returned (a lookup such as `keys[decoded.header.kid]` picks among the server's own keys instead).
 */
function keyFromToken(key: SyntaxNode | undefined, ctx: JsContext): boolean {
  let r = key?.type === "identifier" ? ctx.resolve(key) : key;
  const unwrap = (n: SyntaxNode | undefined) => {
    while (
      n &&
      /^(as_expression|parenthesized_expression|non_null_expression|satisfies_expression)$/.test(n.type)
    )
      n = namedChildren(n)[0];
    return n;
  };
  r = unwrap(r);
  if (r?.type !== "member_expression") return false;
  while (r?.type === "member_expression") r = unwrap(field(r, "object") ?? undefined);
  const made = unwrap(r?.type === "identifier" ? ctx.resolve(r) : r);
  return made?.type === "call_expression" && /^(jsonwebtoken|jwt)\.decode$/.test(ctx.callee(made));
}

export default jsRule({
  meta: {
    id: "JS-JWT-001",
    title: "JWT accepted without signature verification",
    cwe: ["CWE-347", "CWE-327", "CWE-613"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags jsonwebtoken's jwt.decode and jose's decodeJwt / jwt-decode (which never verify) used to read claims, and jwt.verify allowing the 'none' algorithm, ignoring the expiry or taking its key from the token itself.",
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
      // `jwt.decode(token)` to read the header's `kid` before `jwt.verify(token, keys[kid])`: the same token is
      // verified in the same function, so nothing unverified is trusted (a key taken from the token is reported at
      // the verify).
      const token = ctx.args(node)[0];
      const fn = ctx.enclosingFunction(node);
      // Inside the key resolver handed to the verify of the same token (`jwtVerify(t, async (header) =>
      // keyFor(decodeJwt(t).iss, header.kid))`): the verify runs with the key found. (Not its completion callback,
      // which may ignore the error: `jwt.verify(t, k, (err) => { req.user = jwt.decode(t) })`.)
      // A token set's own field (`tokenSet.id_token`, `exchanged.access_token`, `this.id_token`): a token the client got
      // from the token endpoint over TLS, which OpenID Connect accepts in place of checking its signature (Core
      // 3.1.3.7); the same field read from the request is still reported.
      if (
        token?.type === "member_expression" &&
        /^(id_?token|access_?token|idToken|accessToken)$/i.test(
          ctx.text(field(token, "property") ?? token),
        ) &&
        ctx.level(token, "jwt") < Level.SOURCE
      )
        return;
      const call = fn?.parent?.type === "arguments" ? fn.parent.parent : undefined;
      if (
        token &&
        call?.type === "call_expression" &&
        /^((jsonwebtoken|jwt)\.verify|jose\.(jwtVerify|compactVerify))$/.test(ctx.callee(call)) &&
        ctx.args(call)[1] === fn &&
        ctx.text(ctx.args(call)[0] ?? call) === ctx.text(token)
      )
        return;
      if (
        token &&
        fn &&
        /^[\w$.]+$/.test(ctx.text(token)) &&
        descendants(fn).some(
          (c) =>
            c.type === "call_expression" &&
            /^((jsonwebtoken|jwt)\.verify|jose\.(jwtVerify|compactVerify)|jwt-simple\.decode)$/.test(
              ctx.callee(c),
            ) &&
            ctx.args(c)[2]?.type !== "true" &&
            ctx.text(ctx.args(c)[0] ?? c) === ctx.text(token),
        )
      )
        return;
      report({ node, message: "jwt.decode does not verify the signature" });
      return;
    }
    // jwt-simple checks the signature unless its third argument (noVerify) is true.
    if (q === "jwt-simple.decode" && ctx.args(node)[2]?.type === "true") {
      report({ node, message: "jwt-simple decode with noVerify: the signature is not checked" });
      return;
    }
    const signOpts = ctx.args(node)[2];
    const signBound = signOpts?.type === "identifier" ? ctx.resolve(signOpts) : undefined;
    if (
      /^(jsonwebtoken|jwt)\.sign$/.test(q) &&
      /algorithm\s*:\s*['"]none['"]/i.test(
        ctx.text(node) + (signBound?.type === "object" ? ctx.text(signBound) : ""),
      )
    ) {
      report({ node, message: "token signed with the 'none' algorithm: anyone can forge it" });
      return;
    }
    if (/^(jsonwebtoken|jwt)\.verify$/.test(q) && keyFromToken(ctx.args(node)[1], ctx)) {
      report({ node, message: "the verification key is read from the token itself: the signer picks it" });
      return;
    }
    // The options inline or bound to a name first (`const opts = { algorithms: ['none'] }; jwt.verify(t, k, opts)`).
    const given = ctx.args(node)[2];
    const bound = given?.type === "identifier" ? ctx.resolve(given) : undefined;
    const optsText = ctx.text(node) + (bound?.type === "object" ? "\n" + ctx.text(bound) : "");
    const algs = /algorithms\s*:\s*\[([^\]]*)\]/.exec(optsText)?.[1] ?? "";
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
    else if (/^(jsonwebtoken|jwt)\.verify$/.test(q) && /ignoreExpiration\s*:\s*true\b/.test(optsText))
      report({ node, message: "expired tokens accepted (ignoreExpiration: true)" });
  },
  cases: {
    valid: [
      "const jwt = require('jsonwebtoken');\nfunction user(token) {\n  const { header } = jwt.decode(token, { complete: true });\n  return jwt.verify(token, KEYS[header.kid], { algorithms: ['RS256'] });\n}",
      "const jwt = require('jsonwebtoken');\njwt.verify(t, k, { algorithms: ['HS256'] });",
      "const jwt = require('jwt-simple');\nconst u = jwt.decode(t, process.env.K);",
      "const { decodeJwt } = require('jose');\nclass TokenSet {\n  claims() { return this.id_token ? decodeJwt(this.id_token) : undefined; }\n}",
      "import * as jose from 'jose';\nexport async function check(att, ks) {\n  return jose.jwtVerify(att, async (h) => ks.keyFor(jose.decodeJwt(att).iss, h.kid), { algorithms: ['ES256'] });\n}",
      "const jwt = require('jsonwebtoken');\nconst c = jwt.verify(t, pub, { algorithms: ['RS256', 'ES256'] });",
      "const jwt = require('jsonwebtoken');\nfunction f(t, keys, kid) {\n  const cfg = { key: keys[kid] };\n  return jwt.verify(t, cfg.key, { algorithms: ['RS256'] });\n}",
    ],
    invalid: [
      "const jwt = require('jsonwebtoken');\napp.post('/cb', (req, res) => { res.json(jwt.decode(req.body.id_token)); });",
      "const jwt = require('jsonwebtoken');\nfunction who(req, next) {\n  const t = req.headers.authorization;\n  jwt.verify(t, process.env.K, { algorithms: ['HS256'] }, (err) => {\n    req.user = jwt.decode(t);\n    next();\n  });\n}",
      "const jwt = require('jsonwebtoken');\nconst c = jwt.decode(t, { complete: true });",
      "const jwt = require('jsonwebtoken');\nconst c = jwt.verify(t, k, { ignoreExpiration: true });",
      "import { decodeJwt } from 'jose';\nexport const role = (t) => decodeJwt(t).role;",
      "import { jwtDecode } from 'jwt-decode';\nexport const role = (t) => jwtDecode(t).role;",
      "const jwt = require('jwt-simple');\nconst u = jwt.decode(t, process.env.K, true);",
      "const jose = require('jose');\nconst { payload } = jose.UnsecuredJWT.decode(token);",
      "const jwt = require('jsonwebtoken');\nconst c = jwt.verify(t, pub, { algorithms: ['RS256', 'HS256'] });",
      "const jwt = require('jsonwebtoken');\nconst opts = { algorithms: ['none'] };\nconst c = jwt.verify(t, k, opts);",
      "const jwt = require('jsonwebtoken');\nconst opts = { algorithm: 'none' };\nconst t = jwt.sign(p, k, opts);",
      {
        code: "const jwt = require('jsonwebtoken');\nfunction f(t) {\n  const d = jwt.decode(t, { complete: true });\n  return jwt.verify(t, d.payload.key, { algorithms: ['HS256'] });\n}",
        line: 4,
      },
    ],
  },
});
