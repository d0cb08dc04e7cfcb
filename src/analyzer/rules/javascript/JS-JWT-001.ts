import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, lastStatement, namedChildren, sourceHas } from "../../parse/nodes.js";
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

const TIMING_CLAIM = /^(exp|iat|nbf)$/;

/**
 * `function tokenExpiry(t) { return jwt.decode(t)?.exp ?? 0; }`: a helper, no request handler (no req/res/next/ctx
 * parameter), that reads only the token's timing claims out of the decoded value (to schedule a refresh, to show
 * when a session ends). Nothing is granted on them; a middleware that lets a request through on an unverified
 * `exp` takes a request parameter and is still reported.
 */
function timingOnlyHelper(call: SyntaxNode, fn: SyntaxNode, ctx: JsContext): boolean {
  const params = field(fn, "parameters") ?? field(fn, "parameter");
  if (params && /\b(req|request|res|response|reply|next|ctx)\b/.test(ctx.text(params))) return false;
  let v: SyntaxNode = call;
  while (
    v.parent &&
    /^(as_expression|parenthesized_expression|non_null_expression|satisfies_expression)$/.test(v.parent.type)
  )
    v = v.parent;
  // A timing claim read as a value (returned, scaled, stored); one compared (`d.exp > now`) decides whether the
  // token is still good, which is the verification this helper skips.
  const operator = (b: SyntaxNode) =>
    field(b, "operator")?.type ?? b.children.find((c) => !c.named)?.type ?? "";
  const compared = (m: SyntaxNode) => {
    let u: SyntaxNode = m;
    while (u.parent && /^(binary_expression|parenthesized_expression)$/.test(u.parent.type)) {
      if (u.parent.type === "binary_expression" && /^([<>]=?|[!=]==?)$/.test(operator(u.parent))) return true;
      u = u.parent;
    }
    return false;
  };
  const timingRead = (n: SyntaxNode) =>
    n.parent?.type === "member_expression" &&
    n.field === "object" &&
    TIMING_CLAIM.test(ctx.text(field(n.parent, "property") ?? n.parent)) &&
    !compared(n.parent);
  if (timingRead(v)) return true;
  const decl = v.parent?.type === "variable_declarator" && v.field === "value" ? v.parent : undefined;
  const name = decl && field(decl, "name");
  if (name?.type === "object_pattern")
    return namedChildren(name).every((p) =>
      TIMING_CLAIM.test(
        ctx.text(
          p.type === "pair_pattern"
            ? (field(p, "key") ?? p)
            : p.type === "object_assignment_pattern"
              ? (field(p, "left") ?? p)
              : p,
        ),
      ),
    );
  if (name?.type !== "identifier") return false;
  const uses = descendants(fn).filter(
    (d) => d.type === "identifier" && d !== name && ctx.text(d) === ctx.text(name),
  );
  // `claims ? claims.exp : 0`, `claims && claims.exp`, `!claims`: a test that a token decoded at all.
  const nullTest = (n: SyntaxNode) =>
    (n.parent?.type === "ternary_expression" && n.field === "condition") ||
    (n.parent?.type === "binary_expression" &&
      n.field === "left" &&
      /^(&&|\?\?)$/.test(operator(n.parent))) ||
    (n.parent?.type === "unary_expression" && ctx.text(n.parent).startsWith("!"));
  return uses.some(timingRead) && uses.every((u) => timingRead(u) || nullTest(u));
}

/**
 * `try { p = jwt.verify(t, k) } catch { p = jwt.decode(t) }`: the decode runs in the catch clause of the try that
 * holds the verify - exactly when the verify failed, so its claims are the unverified ones.
 */
function catchOf(decode: SyntaxNode, verify: SyntaxNode): boolean {
  for (let p = decode.parent; p; p = p.parent) {
    if (p.type !== "catch_clause") continue;
    const body = p.parent?.type === "try_statement" ? field(p.parent, "body") : undefined;
    if (body && verify.start >= body.start && verify.end <= body.end) return true;
  }
  return false;
}

/**
 * A completion callback (`(err, decoded) => { ... }`) whose body never names its first parameter: the verify's
 * failure is dropped and the code after it runs as if the token were good.
 */
function errorIgnored(cb: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (!cb || !/^(arrow_function|function_expression|function)$/.test(cb.type)) return false;
  const params = field(cb, "parameters");
  const first = params ? namedChildren(params).find((p) => p.type !== "comment") : field(cb, "parameter");
  const name = first && ctx.text(field(first, "pattern") ?? first);
  if (!name || !/^[A-Za-z_$][\w$]*$/.test(name)) return false;
  const body = field(cb, "body");
  return !!body && !new RegExp(`(^|[^\\w$.])${name.replace(/\$/g, "\\$")}(?![\\w$])`).test(ctx.text(body));
}

/**
 * `const { header } = jwt.decode(t, { complete: true })` / `jwt.decode(t, { complete: true }).header`: only the
 * token's header (kid, alg) is read, no claim the signer vouches for.
 */
function headerOnly(call: SyntaxNode, ctx: JsContext): boolean {
  let up = call.parent;
  while (up && /^(parenthesized_expression|as_expression|non_null_expression)$/.test(up.type)) up = up.parent;
  if (up?.type === "member_expression" && up.field !== "function")
    return ctx.text(field(up, "property") ?? up) === "header";
  if (up?.type !== "variable_declarator") return false;
  const pat = field(up, "name");
  if (pat?.type !== "object_pattern") return false;
  const keys = namedChildren(pat).map((p) => ctx.text(field(p, "key") ?? p));
  return keys.length > 0 && keys.every((k) => k === "header");
}

/**
 * The decode sits in a branch that ends by returning (or throwing) and the verify comes after that branch: on the
 * decode's path the verify never runs (`if (path === '/admin') { const c = decodeJwt(t); ...; return r; }` then
 * `await jwtVerify(t, key)` for the other paths).
 */
function returnsBeforeVerify(decode: SyntaxNode, verify: SyntaxNode, fn: SyntaxNode): boolean {
  for (let b = decode.parent; b && b !== fn; b = b.parent) {
    if (b.type !== "statement_block" || b.parent === fn) continue;
    const last = lastStatement(b);
    if (last && /^(return_statement|throw_statement)$/.test(last.type) && verify.start >= b.end) return true;
  }
  return false;
}

/**
 * Decoders that never check the signature beyond jsonwebtoken's and jose's: Hono's `decode` (hono/jwt, which
 * hands back `{ header, payload }` as sent) and Deno's djwt `decode` (deno.land/x/djwt, jsr:@zaubrik/djwt), which
 * returns `[header, payload, signature]` unchecked.
 */
const OTHER_DECODE =
  /^(hono\/jwt|hono\/utils\/jwt(\/jwt)?)\.(decode|Jwt\.decode)$|^(\S*\/djwt(@[^/]*)?\/mod\.ts|(jsr:|npm:)?@zaubrik\/djwt(@[^/.]*)?)\.decode$/;
/** Their verifying counterparts, which check the same token. */
const OTHER_VERIFY =
  /^(hono\/jwt|hono\/utils\/jwt(\/jwt)?)\.(verify|Jwt\.verify)$|^(\S*\/djwt(@[^/]*)?\/mod\.ts|(jsr:|npm:)?@zaubrik\/djwt(@[^/.]*)?)\.verify$/;

/** A lifetime of years: `'100y'`, `'10 years'`, `'3650d'`, or seconds past two years. */
function yearsLong(v: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (v?.type === "number") return Number(ctx.text(v)) >= 2 * 365 * 86400;
  const m = /^\s*(\d+)\s*(y|yrs?|years?|d|days?)\s*$/i.exec(ctx.stringValue(v) ?? "");
  if (!m) return false;
  const n = Number(m[1]);
  return /^y/i.test(m[2]!) ? n >= 2 : n >= 730;
}

/**
 * Options written outside jwt.verify's own call (passport-jwt's Strategy, @nestjs/jwt's verifyOptions, a JwtService
 * call, an options object built first): `algorithms` naming 'none' accepts unsigned tokens; `expiresIn` of years
 * issues tokens that outlive any session.
 */
function pairOption(
  node: SyntaxNode,
  keyText: string,
  ctx: JsContext,
  report: (r: { node: SyntaxNode; message: string; severity?: "MEDIUM" }) => void,
): void {
  if (!sourceHas(ctx.tree, JWT_LIBRARY)) return;
  const value = field(node, "value");
  const call = node.parent?.parent?.type === "arguments" ? node.parent.parent.parent : undefined;
  const q = call?.type === "call_expression" ? ctx.callee(call) : "";
  if (/algorithms/.test(keyText)) {
    // jwt.verify's inline options are judged at the call.
    if (/^(jsonwebtoken|jwt)\.verify$/.test(q)) return;
    if (value?.type === "array" && namedChildren(value).some((e) => /^none$/i.test(ctx.stringValue(e) ?? "")))
      report({ node, message: "'none' algorithm accepted" });
    return;
  }
  if (yearsLong(value, ctx))
    report({
      node,
      severity: "MEDIUM",
      message: "token issued for years: a leaked token stays good long after the session it belonged to",
    });
}

/** A JWT verifier imported in the file (jsonwebtoken and the libraries that pass its options through). */
const JWT_LIBRARY =
  /['"](jsonwebtoken|passport-jwt|express-jwt|koa-jwt|@nestjs\/jwt|@fastify\/jwt|fastify-jwt|hapi-auth-jwt2|@hapi\/jwt)['"]/;

export default jsRule({
  meta: {
    id: "JS-JWT-001",
    title: "JWT accepted without signature verification",
    cwe: ["CWE-347", "CWE-327", "CWE-613"],
    severity: "HIGH",
    severity_variants: [
      { severity: "MEDIUM", when: "express-jwt with no algorithms list" },
      { severity: "MEDIUM", when: "a token lifetime of years" },
    ],
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
  nodeTypes: ["call_expression", "pair"],
  detect(node, ctx, report) {
    // `ignoreExpiration: true` handed to passport-jwt's Strategy, express-jwt, @nestjs/jwt's verifyOptions or
    // JwtService.verify: every such verifier takes jsonwebtoken's option and accepts expired tokens. (An inline
    // option of jwt.verify itself is reported at that call below.)
    if (node.type === "pair") {
      const keyText = ctx.text(field(node, "key") ?? node);
      if (/^['"]?(algorithms|expiresIn)['"]?$/.test(keyText)) {
        pairOption(node, keyText, ctx, report);
        return;
      }
      if (!/^['"]?ignoreExpiration['"]?$/.test(keyText)) return;
      if (field(node, "value")?.type !== "true" || !sourceHas(ctx.tree, JWT_LIBRARY)) return;
      const call = node.parent?.parent?.type === "arguments" ? node.parent.parent.parent : undefined;
      if (call?.type === "call_expression" && /^(jsonwebtoken|jwt)\.verify$/.test(ctx.callee(call))) return;
      report({ node, message: "expired tokens accepted (ignoreExpiration: true)" });
      return;
    }
    let q = ctx.callee(node);
    // `const verifyAsync = promisify(jwt.verify)` (or `= jwt.verify`), then `await verifyAsync(t, k, opts)`: the
    // same verify under another name, its arguments in the same places.
    const f = field(node, "function");
    if (f?.type === "identifier") {
      let b = ctx.resolve(f);
      for (
        let i = 0;
        b && i < 4 && /^(as_expression|satisfies_expression|parenthesized_expression)$/.test(b.type);
        i++
      )
        b = namedChildren(b)[0];
      if (b && b !== f && b.type === "call_expression" && /(^|\.)promisify$/.test(ctx.callee(b)))
        b = ctx.args(b)[0];
      if (b && b !== f && b.type === "member_expression" && /^(jsonwebtoken|jwt)\.verify$/.test(ctx.qname(b)))
        q = "jsonwebtoken.verify";
    }
    // express-jwt with no `algorithms`: before v6 it accepted whatever algorithm the token's header named (an
    // HMAC token signed with the JWKS public key, CVE-2020-15084); v6+ refuses to start without the list.
    if (/^express-jwt(\.expressjwt|\.expressJwt)?$/.test(q)) {
      const a0 = ctx.args(node)[0];
      const opts = a0?.type === "identifier" ? ctx.resolve(a0) : a0;
      if (
        opts?.type === "object" &&
        !ctx.prop(opts, "algorithms") &&
        !namedChildren(opts).some((c) => c.type === "spread_element")
      )
        report({
          node,
          severity: "MEDIUM",
          message: "express-jwt without an algorithms list: the token's header picks the algorithm",
        });
      return;
    }
    // Nest's JwtService (`this.jwtService.decode(token)`): jsonwebtoken's decode behind an injected service.
    if (
      ctx.method(node) === "decode" &&
      /(^|\.)\w*jwt\w*$/i.test(ctx.text(field(field(node, "function") ?? node, "object") ?? node)) &&
      sourceHas(ctx.tree, /['"]@nestjs\/jwt['"]/)
    )
      q = "jsonwebtoken.decode";
    if (
      // jsonwebtoken's decode takes the token text first; a `jwt.decode({ token, secret })` handed an object is
      // another library's (next-auth's, which decrypts and checks the token with the secret).
      (/^(jsonwebtoken|jwt)\.decode$/.test(q) && ctx.args(node)[0]?.type !== "object") ||
      q === "jose.decodeJwt" ||
      /^jose\.UnsecuredJWT\.decode$|^UnsecuredJWT\.decode$/.test(q) ||
      q === "jwt-decode" ||
      q === "jwt-decode.jwtDecode" ||
      OTHER_DECODE.test(q)
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
      // A token this code has just signed (`const accessToken = jwt.sign(...)`, `await this.createAccessToken(p)`):
      // decoding it reads back the claims it wrote, nothing a client sent.
      let made = token?.type === "identifier" ? ctx.resolve(token) : undefined;
      if (made?.type === "await_expression") made = namedChildren(made)[0];
      if (
        made?.type === "call_expression" &&
        /(^|\.)(sign|sign[A-Z]\w*|(create|issue|generate|mint)\w*Token)$/.test(ctx.callee(made))
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
            !returnsBeforeVerify(node, c, fn) &&
            (/^((jsonwebtoken|jwt)\.verify|jose\.(jwtVerify|compactVerify)|jwt-simple\.decode)$/.test(
              ctx.callee(c),
            ) ||
              OTHER_VERIFY.test(ctx.callee(c)) ||
              // Nest's JwtService.verify / verifyAsync on the same token.
              (q === "jsonwebtoken.decode" &&
                /^verify(Async)?$/.test(ctx.method(c) ?? "") &&
                /(^|\.)\w*jwt\w*$/i.test(ctx.text(field(field(c, "function") ?? c, "object") ?? c)))) &&
            ctx.args(c)[2]?.type !== "true" &&
            ctx.text(ctx.args(c)[0] ?? c) === ctx.text(token) &&
            !catchOf(node, c),
        )
      )
        return;
      if (fn && timingOnlyHelper(node, fn, ctx)) return;
      if (headerOnly(node, ctx)) return;
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
    else if (/^(jsonwebtoken|jwt)\.verify$/.test(q) && errorIgnored(ctx.args(node).at(-1), ctx))
      report({
        node,
        message: "the verify callback never looks at its error: a forged or expired token goes on",
      });
  },
  cases: {
    valid: [
      "const { Strategy } = require('passport-jwt');\nconst opts = { secretOrKey: K, ignoreExpiration: false };",
      "const cache = { ignoreExpiration: true };",
      "const jwt = require('jsonwebtoken');\napp.get('/kid', (req, res) => {\n  const { header } = jwt.decode(req.query.t, { complete: true });\n  res.json({ kid: header.kid });\n});",
      "const jwt = require('jsonwebtoken');\nfunction auth(req, res, next) {\n  jwt.verify(req.headers.authorization, process.env.K, { algorithms: ['HS256'] }, (err, decoded) => {\n    if (err) return res.sendStatus(401);\n    req.user = decoded;\n    next();\n  });\n}",
      "const jwt = require('jsonwebtoken');\nconst check = (t) => new Promise((ok, fail) => jwt.verify(t, process.env.K, { algorithms: ['HS256'] }, (e, d) => (e ? fail(e) : ok(d))));",
      "const { promisify } = require('util');\nconst jwt = require('jsonwebtoken');\nconst verifyAsync = promisify(jwt.verify);\nasync function auth(t) {\n  return verifyAsync(t, process.env.S, { algorithms: ['HS256'] });\n}",
      "const jwt = require('jsonwebtoken');\nfunction expiresAt(token) {\n  const claims = jwt.decode(token);\n  return claims ? claims.exp * 1000 : 0;\n}",
      "import jwt from 'jsonwebtoken';\nexport const issuedAt = (t) => jwt.decode(t)?.iat;",
      "const jwt = require('jsonwebtoken');\nasync function login(user, secret) {\n  const accessToken = jwt.sign({ sub: user.id }, secret);\n  return { accessToken, payload: jwt.decode(accessToken) };\n}",
      "const jsonwebtoken = require('jsonwebtoken');\nclass Auth {\n  async create(data, params) {\n    const accessToken = await this.createAccessToken(data);\n    return { accessToken, payload: jsonwebtoken.decode(accessToken) };\n  }\n}",
      "const jwt = require('jsonwebtoken');\nfunction user(token) {\n  const { header } = jwt.decode(token, { complete: true });\n  return jwt.verify(token, KEYS[header.kid], { algorithms: ['RS256'] });\n}",
      "const jwt = require('jsonwebtoken');\njwt.verify(t, k, { algorithms: ['HS256'] });",
      "const jwt = require('jwt-simple');\nconst u = jwt.decode(t, process.env.K);",
      "const { decodeJwt } = require('jose');\nclass TokenSet {\n  claims() { return this.id_token ? decodeJwt(this.id_token) : undefined; }\n}",
      "import * as jose from 'jose';\nexport async function check(att, ks) {\n  return jose.jwtVerify(att, async (h) => ks.keyFor(jose.decodeJwt(att).iss, h.kid), { algorithms: ['ES256'] });\n}",
      "const jwt = require('jsonwebtoken');\nconst c = jwt.verify(t, pub, { algorithms: ['RS256', 'ES256'] });",
      "const { expressjwt } = require('express-jwt');\napp.use(expressjwt({ secret: process.env.S, algorithms: ['HS256'] }));",
      "const jwt = require('jsonwebtoken');\nconst t = jwt.sign(p, k, { algorithm: 'HS256', expiresIn: '15m' });\nconst r = jwt.sign(p, k, { expiresIn: '30d' });",
      "import { Strategy } from 'passport-jwt';\nnew Strategy({ secretOrKey: K, algorithms: ['RS256'] }, cb);",
      "import { JwtService } from '@nestjs/jwt';\nclass A {\n  constructor(private jwt: JwtService) {}\n  async f(t) {\n    await this.jwt.verifyAsync(t, { algorithms: ['HS256'] });\n    return this.jwt.decode(t);\n  }\n}",
      "const codec = { decode: (s) => s };\nconst x = codec.decode(t);",
      "import { decode, verify } from 'hono/jwt';\nasync function who(t, k) {\n  const { header } = decode(t);\n  return verify(t, k, header.alg === 'HS256' ? 'HS256' : 'HS512');\n}",
      "import { decodeJwt, jwtVerify } from 'jose';\nasync function who(t, k) {\n  if (!t) {\n    return null;\n  }\n  const c = decodeJwt(t);\n  await jwtVerify(t, k);\n  return c.sub;\n}",
      "const jwt = require('jsonwebtoken');\nfunction f(t, keys, kid) {\n  const cfg = { key: keys[kid] };\n  return jwt.verify(t, cfg.key, { algorithms: ['RS256'] });\n}",
    ],
    invalid: [
      "const { expressjwt } = require('express-jwt');\napp.use(expressjwt({ secret: process.env.S }));",
      "const expressJwt = require('express-jwt');\nconst opts = { secret: process.env.S, credentialsRequired: true };\napp.use(expressJwt(opts));",
      "import { Strategy } from 'passport-jwt';\nnew Strategy({ secretOrKey: K, algorithms: ['none', 'HS256'] }, cb);",
      "const jwt = require('jsonwebtoken');\nconst t = jwt.sign(p, k, { algorithm: 'HS256', expiresIn: '100y' });",
      "import { JwtModule } from '@nestjs/jwt';\nJwtModule.register({ secret: K, signOptions: { expiresIn: '3650d' } });",
      "import { JwtService } from '@nestjs/jwt';\nclass G {\n  constructor(private jwtService: JwtService) {}\n  can(req) {\n    req.user = this.jwtService.decode(req.headers.authorization);\n    return true;\n  }\n}",
      "const { Strategy } = require('passport-jwt');\nconst opts = {\n  secretOrKey: K,\n  ignoreExpiration: true,\n};",
      "import { JwtModule } from '@nestjs/jwt';\nJwtModule.register({ secret: K, verifyOptions: { ignoreExpiration: true } });",
      "const jwt = require('jsonwebtoken');\napp.get('/me', (req, res) => res.json(jwt.decode(req.query.t, { complete: true }).payload));",
      "const jwt = require('jsonwebtoken');\nfunction auth(req, res, next) {\n  jwt.verify(req.headers.authorization, process.env.K, { algorithms: ['HS256'] }, (err, decoded) => {\n    req.user = decoded;\n    next();\n  });\n}",
      "const jwt = require('jsonwebtoken');\napp.post('/cb', (req, res) => { res.json(jwt.decode(req.body.id_token)); });",
      "const jwt = require('jsonwebtoken');\nfunction who(req, next) {\n  const t = req.headers.authorization;\n  jwt.verify(t, process.env.K, { algorithms: ['HS256'] }, (err) => {\n    req.user = jwt.decode(t);\n    next();\n  });\n}",
      "const jwt = require('jsonwebtoken');\nconst c = jwt.decode(t, { complete: true });",
      "const jwt = require('jsonwebtoken');\napp.use((req, res, next) => {\n  const d = jwt.decode(req.headers.authorization);\n  if (d && d.exp * 1000 > Date.now()) return next();\n  res.sendStatus(401);\n});",
      "const jwt = require('jsonwebtoken');\nfunction isValid(t) {\n  const d = jwt.decode(t);\n  return !!d && d.exp > Date.now() / 1000;\n}",
      "const jwt = require('jsonwebtoken');\nfunction claimsOf(token) {\n  const c = jwt.decode(token);\n  return c && c.exp > Date.now() / 1000 ? c.sub : null;\n}",
      "const jwt = require('jsonwebtoken');\nconst c = jwt.verify(t, k, { ignoreExpiration: true });",
      "import { decodeJwt } from 'jose';\nexport const role = (t) => decodeJwt(t).role;",
      "import { jwtDecode } from 'jwt-decode';\nexport const role = (t) => jwtDecode(t).role;",
      "const jwt = require('jwt-simple');\nconst u = jwt.decode(t, process.env.K, true);",
      "const jose = require('jose');\nconst { payload } = jose.UnsecuredJWT.decode(token);",
      "const jwt = require('jsonwebtoken');\nconst c = jwt.verify(t, pub, { algorithms: ['RS256', 'HS256'] });",
      "const jwt = require('jsonwebtoken');\nconst opts = { algorithms: ['none'] };\nconst c = jwt.verify(t, k, opts);",
      "const { promisify } = require('util');\nconst jwt = require('jsonwebtoken');\nconst verifyAsync = promisify(jwt.verify);\nasync function auth(t) {\n  return verifyAsync(t, process.env.S, { algorithms: ['HS256', 'none'] });\n}",
      "const jwt = require('jsonwebtoken');\nconst opts = { algorithm: 'none' };\nconst t = jwt.sign(p, k, opts);",
      "import { decode } from 'hono/jwt';\napp.get('/me', (c) => c.json({ user: decode(c.req.header('Authorization').slice(7)).payload.sub }));",
      "import * as djwt from 'https://deno.land/x/djwt@v3.0.2/mod.ts';\nDeno.serve((req) => {\n  const [, payload] = djwt.decode(req.headers.get('authorization'));\n  return Response.json(payload);\n});",
      // verified only on the paths after the branch that decodes and returns
      {
        code: "import { decodeJwt, jwtVerify } from 'jose';\nexport default {\n  async fetch(request, env) {\n    const t = request.headers.get('authorization');\n    if (new URL(request.url).pathname === '/admin') {\n      const c = decodeJwt(t);\n      return new Response(c.role);\n    }\n    const { payload } = await jwtVerify(t, env.KEY);\n    return Response.json(payload);\n  },\n};",
        line: 6,
      },
      {
        code: "const jwt = require('jsonwebtoken');\nfunction f(t) {\n  const d = jwt.decode(t, { complete: true });\n  return jwt.verify(t, d.payload.key, { algorithms: ['HS256'] });\n}",
        line: 4,
      },
    ],
  },
});
