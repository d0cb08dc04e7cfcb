import type { JsContext } from "../../dataflow/javascript.js";
import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** Hashes of content, not of a credential: `lockfileHash`, `info.browserHash`, `chunk.contentHash`. */
const CONTENT_HASH =
  /^(file|content|browser|lockfile|lock|config|cache|source|module|chunk|build|asset|bundle|dep|deps|entry|manifest|integrity|etag|commit|git|tree|code|data|body|checksum|tx|transaction|block|merkle|receipt|image|state|root|snapshot|schema|template)_?hash$/i;
/** Records whose `hash` is of content (`cacheCandidate.hash`, `entry.hash`, `cached.hash`): a change check. */
const CONTENT_HOLDER = /(^|\.)(cache\w*|cached|entry|chunk|asset|module|file|bundle|artifact|snapshot)$/i;
// (one-time codes too: `otp`, `otpCode`, `totp_code`, `mfaCode` - a guessable prefix shortens the brute force)
const SECRET =
  /(password|passwd|secret|token|signature|hmac|digest|api[_-]?key|apikey|hash|otp|(otp|totp|mfa)_?code)$/i;
/** A second entry of a new password (`confirmPassword`, `repeat_password`, `password2`, `verify`): no secret yet. */
const CONFIRMATION =
  /^(confirm|confirmation|repeat|repeated|retype|retyped|verify|verification|again|re_?enter)|(confirm|confirmation|repeat|again|2|_?verify)$/i;
/** `token === '('`, `this.token !== this.EOF`, `tok.EOF === token`: a lexer's token compared in the file. */
const LEXER_TOKEN =
  /\btoken\s*[!=]==?\s*(?:(['"])[^\w\s'"]{1,3}\1|[\w$.]*\bEOF\b)|\bEOF\s*[!=]==?\s*[\w$.]*\btoken\b/;
const LITERAL = new Set(["string", "number", "null", "undefined", "true", "false", "template_string"]);

/**
 * `` `Bearer ${process.env.CRON_SECRET}` ``: a template whose every substitution reads an environment variable - the
 * expected header built around a configured secret. Its variable's name, else undefined.
 */
function envTemplate(ctx: JsContext, n: SyntaxNode): string | undefined {
  if (n.type !== "template_string") return undefined;
  const subs = namedChildren(n).filter((c) => c.type === "template_substitution");
  const vars = subs.map((c) => /^\$\{\s*process\.env\.(\w+)\s*\}$/.exec(ctx.text(c))?.[1]);
  return subs.length && vars.every((v) => v) ? vars[vars.length - 1] : undefined;
}

/** A MAC or digest computed here: `createHmac(...).update(body).digest('hex')` (or createSign's sign). */
function macCall(ctx: JsContext, r: SyntaxNode | undefined): boolean {
  return (
    r?.type === "call_expression" &&
    /^(digest|sign)$/.test(ctx.method(r)) &&
    /createHmac|createSign|digest\(/.test(ctx.text(r))
  );
}

/**
 * `const expected = createHmac(...).digest('hex')`, or the digest behind a prefix (`'sha256=' + hmac.digest('hex')`,
 * GitHub's signature format): a name bound to a MAC is a secret whatever it is called.
 */
function digestBoundTo(ctx: JsContext, n: SyntaxNode): boolean {
  if (n.type !== "identifier") return false;
  let r = ctx.resolve(n);
  if (!r || r === n) return false;
  // `const mac = Buffer.from('sha256=' + hmac.digest('hex'), 'utf8')`: the digest's bytes, for a Buffer comparison.
  if (r.type === "call_expression" && ctx.callee(r) === "Buffer.from") r = ctx.args(r)[0];
  if (!r) return false;
  if (macCall(ctx, r)) return true;
  return (
    r.type === "binary_expression" &&
    r.children.find((c) => !c.named)?.type === "+" &&
    namedChildren(r).some((c) => macCall(ctx, c))
  );
}

export default jsRule({
  meta: {
    id: "JS-TIMING-001",
    title: "Secret compared with a non-constant-time equality",
    cwe: ["CWE-208"],
    severity: "LOW",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "a stored credential (`user.password`, `account.apiKey`) is compared with a caller's or the request's value: a login check",
      },
    ],
    docs: {
      what_it_does:
        "Flags ===, !==, == and != between two non-literal values where one names a secret (password, token, signature, hmac, digest, api key). MEDIUM when one side is a stored credential read from an object (`member.password`) and the other a function parameter or request data: that is a login or token check, and a stored password compared as text is also stored in plaintext (CWE-256).",
      why_bad:
        "String equality returns at the first differing byte; response timing then reveals how much of a guessed secret is right.",
      example_bad:
        "function check(req, expectedToken) {\n  return req.headers['x-token'] === expectedToken;\n}",
      example_good:
        "const crypto = require('crypto');\nfunction check(req, expectedToken) {\n  const a = Buffer.from(String(req.headers['x-token'] || ''));\n  const b = Buffer.from(expectedToken);\n  return a.length === b.length && crypto.timingSafeEqual(a, b);\n}",
    },
    fix_hint: "Compare secrets with crypto.timingSafeEqual on equal-length buffers (or compare hashes).",
  },
  trigger:
    /\.digest\(|\.equals\(|Buffer\.compare\(|(?:password|passwd|secret|token|signature|hmac|digest|api[_-]?key|apikey|hash|otp)(?:\w*|['"]\]|['"]\))\s*[!=]==?|digest\(['"\w]*\)\s*[!=]==?|[!=]==?\s*[\w.]*(?:\[['"][\w-]*)?(?:password|passwd|secret|token|signature|hmac|digest|api_?key|apikey|hash|otp)|process\.env\.\w*(?:password|secret|token|key)/i,
  nodeTypes: ["binary_expression", "call_expression"],
  detect(node, ctx, report) {
    if (node.type === "call_expression") {
      // `mac.equals(given)`, `Buffer.compare(mac, given) !== 0`: Buffer comparisons stop at the first differing
      // byte too; a MAC or digest (or a value named as a secret) compared so leaks its prefix.
      const callee = field(node, "function");
      const args = ctx.args(node);
      const pair =
        ctx.callee(node) === "Buffer.compare" && args.length === 2
          ? args
          : ctx.method(node) === "equals" && args.length === 1 && callee?.type === "member_expression"
            ? [field(callee, "object")!, args[0]!]
            : undefined;
      if (!pair || pair.some((n) => !n || LITERAL.has(n.type))) return;
      const secret = (n: SyntaxNode) => {
        const last = ctx.text(n).split(".").pop() ?? "";
        return digestBoundTo(ctx, n) || (SECRET.test(last) && !CONTENT_HASH.test(last));
      };
      if (pair.some(secret))
        report({ node, message: "MAC or secret compared byte by byte with a Buffer comparison" });
      return;
    }
    const op = node.children.find((c) => !c.named)?.type;
    if (op !== "===" && op !== "!==" && op !== "==" && op !== "!=") return;
    const left = field(node, "left");
    const right = field(node, "right");
    const literal = (n: SyntaxNode) => LITERAL.has(n.type) && !envTemplate(ctx, n);
    if (!left || !right || literal(left) || literal(right)) return;
    if (left.type === "unary_expression" || right.type === "unary_expression") return; // typeof x === ...
    // `req.headers['x-signature']`: a string subscript names the value like a property does.
    const name = (n: typeof left) => {
      // `hmac.update(body).digest('hex')`: a call is named by its method.
      // `req.get('x-api-key')`, `ctx.get('X-Token')`: a header read is named by the header.
      // (`X-Hub-Signature-256`: a header named for its algorithm's size is still named a signature.)
      if (n.type === "call_expression")
        return /^(get|header|getHeader)$/.test(ctx.method(n))
          ? (ctx.stringValue(ctx.args(n)[0])?.replace(/[-_]\d+$/, "") ?? ctx.method(n))
          : ctx.method(n);
      const fromEnv = envTemplate(ctx, n);
      if (fromEnv) return fromEnv;
      const index = n.type === "subscript_expression" ? ctx.stringValue(field(n, "index")) : undefined;
      return index?.replace(/[-_]\d+$/, "") ?? ctx.text(n).replace(/\(\)$/, "").split(".").pop() ?? "";
    };
    const names = [left, right].map(name);
    // `a.getAttribute("href") == location.hash`: a URL's fragment (`location.hash`, `window.location.hash`,
    // `new URL(href).hash`) is the page's anchor, in the address bar for anyone to read, not a secret digest.
    const fragment = (n: typeof left) =>
      n.type === "member_expression" &&
      ctx.text(field(n, "property") ?? n) === "hash" &&
      /(^|\.)location$|^(url|new\s+URL\s*\([^)]*\))$/i.test(ctx.text(field(n, "object") ?? n));
    // (Against a name that is no secret, or another link's fragment: `location.hash !== link.hash`.)
    const plain = (n: typeof left, i: number) =>
      !SECRET.test(names[i]!) || (n.type === "member_expression" && names[i] === "hash");
    if ((fragment(left) && plain(right, 1)) || (fragment(right) && plain(left, 0))) return;
    // `const provided = req.get('x-api-key') || ''`, `const EXPECTED = process.env.INTERNAL_API_KEY ?? ''`: a
    // name bound to a header read or an environment variable is also named by that header or variable.
    const boundName = (n: typeof left): string | undefined => {
      let r = n.type === "identifier" ? ctx.resolve(n) : undefined;
      if (!r || r === n) return undefined;
      for (let i = 0; i < 3 && r; i++) {
        const op = r.type === "binary_expression" ? r.children.find((c) => !c.named)?.type : undefined;
        if ((op === "||" || op === "??") && LITERAL.has(field(r, "right")?.type ?? "")) r = field(r, "left");
        else if (r.type === "call_expression" && /^String$/.test(ctx.text(field(r, "function") ?? r)))
          r = ctx.args(r)[0];
        else break;
      }
      if (!r) return undefined;
      const env = /^process\.env\.(\w+)$/.exec(ctx.text(r));
      if (env) return env[1];
      if (r.type === "call_expression" && /^(get|header|getHeader)$/.test(ctx.method(r)))
        return ctx.stringValue(ctx.args(r)[0]);
      if (r.type === "subscript_expression" && /\.headers$/.test(ctx.text(field(r, "object") ?? r)))
        return ctx.stringValue(field(r, "index"));
      return undefined;
    };
    const bound = [left, right].map(boundName).filter((n): n is string => n !== undefined);
    // `const expected = createHmac(...).update(body).digest('hex')`: a name bound to a MAC or digest is a secret
    // whatever it is called.
    const digestBound = (n: typeof left) => digestBoundTo(ctx, n);
    const secretNames = [...names, ...bound];
    if (!secretNames.some((n) => SECRET.test(n)) && !digestBound(left) && !digestBound(right)) return;
    // The hash of a file, a lockfile, a config or a bundle (a cache key, a change check) guards no secret.
    if (
      !digestBound(left) &&
      !digestBound(right) &&
      secretNames.every((n) => !SECRET.test(n) || CONTENT_HASH.test(n))
    )
      return;
    // An upper-case name is usually a constant label (`type === TOKEN`), unless it is read from the environment,
    // there or where it is bound (`const API_KEY = process.env.API_KEY`).
    // (`'Bearer ' + process.env.ADMIN_TOKEN`: the expected header built around the environment's secret.)
    const envRead = (n: typeof left) =>
      /^process\.env\b/.test(ctx.text(n)) ||
      !!envTemplate(ctx, n) ||
      (n.type === "binary_expression" && /^(['"`][^'"`]*['"`]\s*\+\s*)+process\.env\.\w+$/.test(ctx.text(n)));
    const env = (n: typeof left) => {
      if (envRead(n)) return true;
      const r = n.type === "identifier" ? ctx.resolve(n) : undefined;
      return !!r && r !== n && envRead(r);
    };
    if (
      names.some(
        (n, i) =>
          // `algorithm.hash?.name !== expected.hash`: an algorithm's name, a size or a kind, no secret text.
          /^(length|size|type|kind|name|alg|algorithm)$/.test(n) ||
          (/^[A-Z_]+$/.test(n) && !env([left, right][i]!)),
      )
    )
      return;
    // An enum member (`ts.SyntaxKind.CommaToken`, `TokenType.Signature`): a PascalCase member of a PascalCase
    // object names a kind of thing, not a secret.
    const enumMember = (n: typeof left) =>
      n.type === "member_expression" &&
      /^[A-Z][A-Za-z0-9]*$/.test(ctx.text(field(n, "property") ?? n)) &&
      /(^|\.)[A-Z][A-Za-z0-9]*$/.test(ctx.text(field(n, "object") ?? n));
    if (enumMember(left) || enumMember(right)) return;
    // A member of a table of labels (`TokenError.codes.invalidSignature`, `errors.badToken`, `Reasons.expired`):
    // an error or status code compared, no secret text.
    const labelTable = (n: typeof left) =>
      n.type === "member_expression" &&
      /(^|\.)(codes|errorCodes|errors|reasons|kinds|types|Codes|Errors|Reasons|ERRORS|CODES)$/.test(
        ctx.text(field(n, "object") ?? n).replace(/\s+/g, ""),
      );
    if (labelTable(left) || labelTable(right)) return;
    // `provider.token === classRef`: an injection token matched against a class or constructor reference is an
    // identity lookup, no secret text.
    if (names.some((n) => /^(class|classRef|ctor|constructor|metatype|type[A-Z]\w*)$/.test(n))) return;
    const stored = (n: typeof left) =>
      n.type === "member_expression" && SECRET.test(ctx.text(field(n, "property") ?? n));
    // A new password checked against its confirmation (`password !== confirmPassword`), or two fields of the same
    // request body compared (`req.body.password == req.body.cpassword`): the user's own entries, no secret the
    // attacker is guessing.
    if (names.some((n) => CONFIRMATION.test(n))) return;
    // A parser's current lexer token (`this.token != separator`, `this.token !== stopToken`): the file compares
    // `token` with punctuation or an EOF marker, so its tokens are a grammar's, not credentials - unless one side
    // is the request's, or a name says what the token is for (`user.resetToken == token`).
    if (
      secretNames.every(
        (n) =>
          !SECRET.test(n) ||
          /^((stop|end|start|next|prev|previous|current|cur|close|open|last|first)_?)?token$/i.test(n),
      ) &&
      sourceHas(ctx.tree, LEXER_TOKEN) &&
      ctx.level(left, "code") < Level.SOURCE &&
      ctx.level(right, "code") < Level.SOURCE
    )
      return;
    const holder = (n: typeof left) =>
      n.type === "member_expression" || n.type === "subscript_expression"
        ? ctx.text(field(n, "object") ?? n)
        : "";
    if (
      holder(left) &&
      holder(left) === holder(right) &&
      ctx.level(left, "code") === Level.SOURCE &&
      ctx.level(right, "code") === Level.SOURCE
    )
      return;
    // A login check: the stored secret (a property of a record) against what the caller or the request supplied.
    const supplied = (n: typeof left) => ctx.level(n, "code") >= Level.PARAM;
    // Two records' same field (`hash.digest === other.digest`, `baseline.hash !== result.meta?.hash`), neither from
    // the request: an equality of stored values (integrity digests, cache checksums), no login check.
    const prop = (n: typeof left) =>
      n.type === "member_expression" ? ctx.text(field(n, "property") ?? n) : undefined;
    // (`connection.accessToken === this.cache.getAccessToken()`: a field and the getter of the same name.)
    const fieldName = (n: typeof left) =>
      prop(n) ??
      (n.type === "call_expression" && ctx.args(n).length === 0 && /^get[A-Z]/.test(ctx.method(n))
        ? ctx.method(n).charAt(3).toLowerCase() + ctx.method(n).slice(4)
        : undefined);
    const sameField =
      fieldName(left) !== undefined &&
      fieldName(left) === fieldName(right) &&
      ctx.level(left, "code") < Level.SOURCE &&
      ctx.level(right, "code") < Level.SOURCE;
    // `cacheCandidate.hash !== hash`: a cache entry's content hash checked against the current one.
    const contentRecord = [left, right].some(
      (n) =>
        n.type === "member_expression" &&
        /^hash$/i.test(ctx.text(field(n, "property") ?? n)) &&
        CONTENT_HOLDER.test(ctx.text(field(n, "object") ?? n)),
    );
    if (contentRecord && names.every((n) => /^hash$/i.test(n) || !SECRET.test(n))) return;
    const login = !sameField && ((stored(left) && supplied(right)) || (stored(right) && supplied(left)));
    report({
      node,
      severity: login ? "MEDIUM" : undefined,
      message: login
        ? "stored credential compared with the supplied value by a short-circuiting equality (and kept as comparable text)"
        : "secret compared with a short-circuiting equality",
    });
  },
  cases: {
    valid: [
      "function kind(req) {\n  return req.headers.get('x-mode') === `${process.env.MODE}`;\n}",
      "function sameSlot(a, b) {\n  return a.otpSlot === b.otpSlot;\n}",
      "const EXPECTED_REGION = process.env.REGION || '';\nfunction route(req, res, next) {\n  const given = req.get('x-region') || '';\n  if (given !== EXPECTED_REGION) return res.status(421).end();\n  next();\n}",
      "function check(key, expected) { if (key.algorithm.hash.name !== expected.hash) throw new Error('x'); }",
      "function stale(cached, lockfileHash) {\n  return cached.lockfileHash !== lockfileHash;\n}",
      // a wallet configuration's image hash (a container image's digest alike): content, no credential
      "function sign(signer, imageHash) {\n  if (signer.imageHash !== imageHash) throw new Error('unexpected image hash');\n}",
      "if (h.digest('hex') === 'abc') {}",
      "if (token === '.') {}",
      "function find(entries, classRef) { return entries.find((e) => e.token === classRef); }",
      "if (typeof hash === 'string') {}",
      "if (kind === TOKEN) {}",
      "const TOKEN = 'token';\nfunction isToken(t) { return t.kind === TOKEN; }",
      "function f(node, ts) { return node.kind === ts.SyntaxKind.ConstructSignature; }",
      "function g(next, ts) { const closeBraceToken = next.kind === ts.SyntaxKind.CommaToken ? next : null; return closeBraceToken; }",
      "function matches(password, repeatPassword) { return password === repeatPassword; }",
      "function map(error, cb) { if (error.code === TokenError.codes.invalidSignature) return cb(new Error('bad')); }",
      "app.post('/pw', (req, res) => { if (req.body.password !== req.body.password2) res.status(400).end(); });",
      "app.post('/pw', (req, res) => { if (req.body.password == req.body.cpassword) save(req.body.password); });",
      "app.post('/pw', (req, res) => { if (req.body.newPassword != req.body.confirmNewPassword) res.status(400).end(); });",
      "const d = crypto.createHash('sha256').update(x).digest('hex');\nif (d.length === 64) {}",
      "function same(a, b) { return a.id.equals(b.id); }",
      "const mac = crypto.createHmac('sha256', k).update(body).digest();\nif (given.length !== mac.length || !crypto.timingSafeEqual(mac, given)) deny();",
      "if (Buffer.compare(chunkA, chunkB) === 0) dedupe();",
    ],
    invalid: [
      "export function POST(request) {\n  if (request.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) return new Response('no', { status: 401 });\n}",
      "const crypto = require('crypto');\nfunction ok(req) {\n  const sig = Buffer.from(req.headers['x-hub'] || '', 'utf8');\n  const mac = Buffer.from('sha256=' + crypto.createHmac('sha256', key).update(req.body).digest('hex'), 'utf8');\n  return Buffer.compare(sig, mac) === 0;\n}",
      "function checkOtp(req, user) {\n  return req.body.otp === user.otpCode;\n}",
      "const EXPECTED_KEY = process.env.INTERNAL_API_KEY || '';\nfunction apiKeyAuth(req, res, next) {\n  const provided = req.get('x-api-key') || '';\n  if (provided !== EXPECTED_KEY) return res.status(401).end();\n  next();\n}",
      {
        code: "function re(connection, cache) { if (connection.accessToken === cache.getAccessToken()) cache.clear(); }",
        severity: "LOW",
      },
      "if (req.get('x-api-key') === process.env.API_KEY) next();",
      "app.use((req, res, next) => { if (req.get('authorization') === 'Bearer ' + process.env.ADMIN_TOKEN) next(); });",
      "const API_KEY = process.env.API_KEY;\nfunction ok(req) { const given = req.headers['x-api-key']; return given === API_KEY; }",
      "app.post('/hook', (req, res) => { if (req.get('x-api-key') === process.env.DEPLOY_KEY) deploy(); });",
      "const expected = crypto.createHmac('sha256', key).update(req.body).digest('hex');\nconst given = req.get('X-Sig');\nif (given === expected) ok();",
      "if (req.headers['x-hub-signature'] !== expected) res.status(401).end();",
      "const ok = (sig, body) => crypto.createHmac('sha256', key).update(body).digest('hex') === sig;",
      { code: "function f(u, password) { return u.password !== password; }", severity: "MEDIUM" },
      "const expected = 'sha256=' + crypto.createHmac('sha256', key).update(body).digest('hex');\nif (req.get('X-Hub-Signature-256') !== expected) deny();",
      "const mac = crypto.createHmac('sha256', k).update(body).digest();\nif (!mac.equals(given)) deny();",
      "const mac = crypto.createHmac('sha256', k).update(body).digest();\nif (Buffer.compare(mac, given) !== 0) deny();",
      "function ok(signature, expectedSignature) { return signature.equals(expectedSignature); }",
      { code: "function same(hash, other) { return hash.digest === other.digest; }", severity: "LOW" },
      {
        code: "app.post('/login', async (req, res) => {\n  const u = await User.findOne({ name: req.body.name });\n  if (u.password === req.body.password) res.end('ok');\n});",
        severity: "MEDIUM",
      },
    ],
  },
});
