import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas, unparen } from "../../parse/nodes.js";
import { notASecretValue } from "../credentials.js";
import { authorContextIgnored, type Report } from "../../rule.js";
import type { JsContext } from "../../dataflow/javascript.js";
import { jsRule } from "./common.js";

const SECRET_NAME =
  /(^|_|\b|[a-z])(secretOrKey|secretOrPrivateKey|secretOrPublicKey|signingKey|encryptionKey|cipher_?key|aes_?key|master_?key|jwtKey|sessionSecret|hmacKey|pass(word|wd|phrase)?|pwd|secret|api[_-]?key|apiKey|access_?key|accessKey|private_?key|privateKey|auth_?token|authToken|access_?token|accessToken|client_?secret|clientSecret|token)($|_|\b)/i;
// `id_token_signed_response_alg`, `userinfo_encrypted_response_enc`, `token_endpoint_auth_method`: OAuth/OIDC
// metadata naming the algorithm or method used with a token or secret, never the token or secret itself.
// (`TOKEN_PREFIX_V1 = 'auto_v1_'`, `apiKeySeparator`: the fixed text around a token, not the token; a version tag
// after the word changes nothing.)
const NOT_SECRET =
  /(_alg|_enc|algorithms?|methods?|template|field|label|url|path|file|name|type|length|policy|hint|regex|pattern|header|param|placeholder|input|selector|route|key_?name|id|askpass|ttl|timeout|lifetime|max_?age|expir\w*|(storage|cache|cookie|header|query|lookup)_?key|error|err|message|msg|warning|prefix|suffix|separator|delimiter)(_?v\d+)?$/i;
/** OAuth 1.0a / 2.0 and OIDC parameter names. */
const OAUTH_FIELD =
  /^(oauth_token(_secret)?|token_secret|access_token|refresh_token|id_token|client_secret|consumer_secret)$/;
const PLACEHOLDER =
  // (`'[redacted]'`, `'(hidden)'`: a mask written in a log or a dump in place of the value)
  /^(\s*|x+|\*+|change[_ -]?me|your[_ -].*|<.*>|\$\{.*\}|todo|[[(]?(redacted|hidden|masked|filtered|omitted|removed)[\])]?|[\w/.-]+\.(html|txt|json|pem|key|crt)|\/.*|https?:\/\/\S*)$/i;
/**
 * Calls whose arguments are data under test, not configuration: a schema's parse/validate, an assertion. A password
 * written into `schema.safeParse({ password: 'aaaaaaaa' })` or `expect(x).toEqual({ token: 'abc' })` logs nobody in.
 */
const DATA_UNDER_TEST =
  /^(parse|safeParse|parseAsync|safeParseAsync|validate|validateSync|validateAsync|isValid|is|assert|check|expect|toEqual|toStrictEqual|toMatchObject|toBe|deepEqual|deepStrictEqual|strictEqual|equal|same|valid|invalid)$/;
/**
 * `{ endpoint: 'http://localhost:4566', accessKeyId: 'root', secretAccessKey: 'root' }`: a client pointed at a
 * local emulator (localstack, minio, dynamodb-local) with the secret spelled as its own key id - the stand-in such
 * emulators accept from anyone, no account's key.
 */
function localEmulatorStandIn(ctx: JsContext, pair: SyntaxNode, v: string): boolean {
  const obj = pair.parent;
  if (obj?.type !== "object" || !v) return false;
  let local = false;
  let sameAsId = false;
  for (const p of namedChildren(obj)) {
    if (p.type !== "pair" || p === pair) continue;
    const k = ctx.text(field(p, "key") ?? p).replace(/['"]/g, "");
    const pv = ctx.stringValue(field(p, "value"));
    if (pv === undefined) continue;
    if (
      /^(endpoint|endpointUrl|endpoint_url)$/i.test(k) &&
      /^https?:\/\/(localhost|127\.0\.0\.1|0\.0\.0\.0)(:\d+)?(\/|$)/i.test(pv)
    )
      local = true;
    if (/^(accessKeyId|access_key_id|accessKey|keyId|user(name)?)$/i.test(k) && pv === v) sameAsId = true;
  }
  return local && sameAsId;
}

function dataUnderTest(
  ctx: Parameters<Parameters<typeof jsRule>[0]["detect"]>[1],
  node: SyntaxNode,
): boolean {
  // Up through the object literals and arrays the value sits in, to the call that receives them.
  let n: SyntaxNode | null | undefined = node;
  for (let i = 0; n && i < 8; i++) {
    const p: SyntaxNode | null | undefined = n.parent;
    if (!p) return false;
    if (p.type === "arguments") {
      const call = p.parent;
      return call?.type === "call_expression" && DATA_UNDER_TEST.test(ctx.method(call) || ctx.callee(call));
    }
    if (!/^(pair|object|array|string|template_string)$/.test(p.type)) return false;
    n = p;
  }
  return false;
}
const URL_CREDENTIAL = /^[a-z][\w+.-]*:\/\/[^:/\s@]*:([^@/\s]{3,})@[\w.-]+/i;
/** Key formats with a recognisable prefix: AWS access key ids, GitHub, Slack, Stripe live and Google API keys. */
const TOKEN_SHAPE =
  /(?<![A-Za-z0-9_-])((AKIA|ASIA)[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}|xox[baprs]-[A-Za-z0-9-]{10,}|sk_live_[A-Za-z0-9]{20,}|AIza[0-9A-Za-z_-]{35}|SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}|npm_[A-Za-z0-9]{36}|glpat-[A-Za-z0-9_-]{20,}|rk_live_[A-Za-z0-9]{20,}|xapp-\d+-[A-Z0-9]+-\d+-[a-z0-9]{16,})(?![A-Za-z0-9_-])/;
/** Letters and digits only, lower-cased: `apiToken`, `API token` and `api_token` all read `apitoken`. */
const squash = (s: string): string => s.replace(/[^A-Za-z0-9]/g, "").toLowerCase();

/**
 * Inside a test: a test module, or the callback of a mocha/jest/vitest `describe`/`it`/`test` or a set-up hook. A
 * seeded user's password there logs in nowhere but the test's own fixture.
 */
export function inTest(ctx: JsContext, node: SyntaxNode): boolean {
  return testModule(ctx) || inTestCallback(ctx, node);
}

const DEMO_REASON =
  "a comment on its line says it is a public demo or sample credential (the vendor's documented sandbox token)";
/** `apiKey: '3A77...', // Demo token`: a trailing comment on the credential's line that begins by saying so. */
const DEMO_COMMENT =
  /\/\/\s*(?:(?:this is|uses?)\s+)?(?:(?:a|an|the|our)\s+)?(?:public\s+)?(?:demo|sample|example|sandbox|dummy|fake)\s+(?:(?:api|access|auth)\s+)?(?:tokens?|keys?|secrets?|passwords?|credentials?)\b/i;
/**
 * A credential its own line marks, in a trailing comment, as a public demo or sample value (a vendor's documented
 * sandbox token in its examples). The comment is the author's word: in an answer it counts for nothing.
 */
function demoMarked(ctx: JsContext, node: SyntaxNode): boolean {
  if (authorContextIgnored(ctx)) return false;
  const src = ctx.tree.source;
  const eol = src.indexOf("\n", node.end);
  return DEMO_COMMENT.test(src.slice(node.end, eol < 0 ? src.length : eol));
}

/**
 * A type-assertion test module (`from 'tstyche'`, `'tsd'`, `'expect-type'`): type-checked, never run against a
 * server, so the options it hands a plugin (a dummy secret, `rejectUnauthorized: false`, `sameSite: 'none'`) only
 * exercise the option types.
 */
const TYPE_TEST_LIBRARY = /\b(?:require\(\s*|from\s+|import\s+)['"](?:tstyche|tsd|expect-type)['"]/;
const typeTestModules = new WeakMap<JsContext, boolean>();
export function typeTestModule(ctx: JsContext): boolean {
  // In an answer, the imports are the author's choice, not evidence (rule.ts, AnalysisContext).
  if (authorContextIgnored(ctx)) return false;
  let t = typeTestModules.get(ctx);
  if (t === undefined) {
    t = sourceHas(ctx.tree, TYPE_TEST_LIBRARY);
    typeTestModules.set(ctx, t);
  }
  return t;
}

/**
 * Inside the callback of a mocha/jest/vitest/tap `describe`/`it`/`test` or a set-up hook (not merely in a module that
 * loads `assert`, as production code does too).
 */
export function inTestCallback(ctx: JsContext, node: SyntaxNode): boolean {
  if (authorContextIgnored(ctx)) return false;
  for (let p: SyntaxNode | null = node.parent; p; p = p.parent)
    if (nodeunitTest(ctx, p)) return true;
    else if (
      p.type === "call_expression" &&
      /^(describe|context|suite|it|test|specify|beforeEach|beforeAll|afterEach|afterAll|before|after)(\.(only|skip|each|concurrent|todo))*$/.test(
        ctx.text(field(p, "function") ?? p).replace(/\(.*$/s, ""),
      )
    )
      return true;
  return false;
}

/**
 * A nodeunit or tape test function: `(test) => { ...; test.done(); }`, `function (t) { ...; t.end(); }` - the runner
 * hands it the test object it signals completion on (such modules load no runner: the runner loads them).
 */
function nodeunitTest(ctx: JsContext, fn: SyntaxNode): boolean {
  if (!/^(arrow_function|function_expression|function|function_declaration|method_definition)$/.test(fn.type))
    return false;
  const params = field(fn, "parameters") ?? field(fn, "parameter");
  const first =
    params?.type === "formal_parameters" ? namedChildren(params).find((c) => c.type !== "comment") : params;
  if (first?.type !== "identifier" || !/^(test|t)$/.test(ctx.text(first))) return false;
  const body = field(fn, "body");
  return !!body && new RegExp(`\\b${ctx.text(first)}\\.(done|end)\\(`).test(ctx.text(body));
}

/**
 * A test module: one that loads a test runner or an assertion library (`require('node:test')`, `require('assert')`,
 * `from 'vitest'`, chai, tap, ava, tsd ...). Its top-level fixtures (`const clientCfg = { username: 'foo',
 * password: 'bar' }` above the tests) serve the tests as much as those inside a `describe` callback do.
 */
const TEST_LIBRARY =
  /\b(?:require\(\s*|from\s+|import\s+)['"](?:node:)?(?:assert(?:\/strict)?|test|chai|tap|tape|ava|vitest|mocha|@jest\/globals|uvu(?:\/assert)?|tsd|tstyche|expect-type|should|sinon)['"]/;
/**
 * A spec run with the runner's globals (jest, mocha, vitest `globals: true`): no test import, but a top-level
 * `describe('...', ...)` / `test('...', ...)` statement (or a set-up hook) at the start of a line, which a module
 * that is no test never has.
 */
const GLOBAL_TEST_CALL =
  /^(?:describe|suite|context|it|test)(?:\.(?:only|skip|each|concurrent|serial))*\(\s*['"`]|^(?:beforeAll|beforeEach|afterAll|afterEach)\(\s*(?:async\s*)?(?:\(|function\b)/m;
const testModules = new WeakMap<JsContext, boolean>();
function testModule(ctx: JsContext): boolean {
  if (authorContextIgnored(ctx)) return false;
  let t = testModules.get(ctx);
  if (t === undefined) {
    t = sourceHas(ctx.tree, TEST_LIBRARY) || sourceHas(ctx.tree, GLOBAL_TEST_CALL);
    testModules.set(ctx, t);
  }
  return t;
}

/**
 * `results.add(this, { pass: 'rcpt_to.local_domain' })`: a bare `pass` that records which check passed (beside
 * `fail`, `skip`, `err` in such result objects), its value a label of lower-case words joined by `.`, `_` or a
 * space, or one word beside another outcome. A password object names a user beside it (`{ user: 'mailer', pass }`).
 */
function checkVerdict(ctx: JsContext, pair: SyntaxNode, name: string, v: string): boolean {
  if (name !== "pass" || !/^[a-z]+(?:[._ ][a-z]+)*$/.test(v)) return false;
  const obj = pair.parent;
  if (obj?.type !== "object") return false;
  const keys = namedChildren(obj)
    .filter((p) => p.type === "pair")
    .map((p) => ctx.text(field(p, "key") ?? p).replace(/['"]/g, ""));
  // A single word is a label only beside the verdict's other outcomes (`{ fail: 'spf', pass: 'relaying' }`).
  if (!/[._ ]/.test(v) && !keys.some((k) => /^(fail|skip|err|msg)$/.test(k))) return false;
  return !namedChildren(obj).some(
    (p) =>
      p.type === "pair" &&
      /^['"]?(user(name)?|login|account|email)['"]?$/i.test(ctx.text(field(p, "key") ?? p)),
  );
}

/**
 * Inside a test, more strictly than `inTest`: a test callback, or a module that loads a test runner or assertion
 * library and exports nothing (a test script run on its own; a library that asserts its arguments with `assert`
 * exports its API).
 */
const testScripts = new WeakMap<JsContext, boolean>();
export function inTestScript(ctx: JsContext, node: SyntaxNode): boolean {
  let t = testScripts.get(ctx);
  if (t === undefined) {
    t = testModule(ctx) && !sourceHas(ctx.tree, /\bmodule\.exports\b|\bexports\.[\w$]+\s*=|^export\s/m);
    testScripts.set(ctx, t);
  }
  return t || inTestCallback(ctx, node);
}

/** Fastify plugins that sign or encrypt with the `secret` they are registered with. */
const SIGNING_PLUGIN = /^(@fastify\/|fastify-)(session|secure-session|cookie|jwt)$/;

/** The module a plugin argument names: `require('@fastify/session')` inline, or an import's name. */
function pluginName(ctx: JsContext, n: SyntaxNode | undefined): string {
  if (n?.type === "call_expression" && ctx.callee(n) === "require")
    return ctx.stringValue(ctx.args(n)[0]) ?? "";
  return n?.type === "identifier" ? ctx.qname(n) : "";
}

/**
 * What a literal fallback of an environment variable may be and still set no key: nothing, a template or path. Any
 * other word (`?? 'changeme'`, `|| 'your-secret'`) is the key in effect wherever the variable is unset - the
 * placeholder words PLACEHOLDER forgives in a sample's own option are no excuse there.
 */
const FALLBACK_PLACEHOLDER =
  /^(\s*|<.*>|\$\{.*\}|[\w/.-]+\.(html|txt|json|pem|key|crt)|\/.*|https?:\/\/\S*)$/i;

/** A literal that holds a key: long enough, and no placeholder (a narrower test for an env fallback). */
function keyLiteral(v: string, fallback: boolean): boolean {
  return v.length >= 3 && !(fallback ? FALLBACK_PLACEHOLDER : PLACEHOLDER).test(v);
}

/**
 * The string literal after `process.env.X ||` / `??`, else the node itself. The other runtimes' environments
 * likewise: `Bun.env.X`, `import.meta.env.X`, `Deno.env.get('X')`, a Worker's `env.X` / Hono's `c.env.X`.
 */
function envFallback(ctx: JsContext, n: SyntaxNode | undefined): SyntaxNode | undefined {
  if (
    n?.type === "binary_expression" &&
    /^(process\.env|Bun\.env|import\.meta\.env|([\w$]+\.)?env\.[\w$]+$)\b|^Deno\.env\.get\(/.test(
      ctx.text(field(n, "left") ?? n),
    ) &&
    /^(\|\||\?\?)$/.test(n.children.find((c) => !c.named)?.type ?? "") &&
    field(n, "right")?.type === "string"
  )
    return field(n, "right") ?? n;
  return n;
}

/**
 * `req.headers['x-api-key'] === 'k3y...'`, `if (token !== 'abc123...')`, `req.get('authorization') == '...'`: a
 * literal a presented credential is checked against is the credential itself, written into the source. The value
 * must look like key material (8+ characters, letters with digits, no spaces); the other side must name a secret.
 */
function comparedCredential(ctx: JsContext, node: SyntaxNode): string | undefined {
  let lit: SyntaxNode = node;
  while (lit.parent?.type === "parenthesized_expression") lit = lit.parent;
  const p = lit.parent;
  if (p?.type !== "binary_expression") return undefined;
  if (!/^(===|!==|==|!=)$/.test(p.children.find((c) => !c.named)?.type ?? "")) return undefined;
  let other: SyntaxNode | null | undefined = field(p, "left") === lit ? field(p, "right") : field(p, "left");
  other = unparen(other) ?? null;
  if (!other) return undefined;
  const name =
    other.type === "subscript_expression"
      ? ctx.stringValue(field(other, "index") ?? undefined)
      : other.type === "member_expression"
        ? ctx.text(field(other, "property") ?? other)
        : other.type === "identifier"
          ? ctx.text(other)
          : other.type === "call_expression" && /^(get|header|getHeader)$/.test(ctx.method(other))
            ? ctx.stringValue(ctx.args(other)[0])
            : undefined;
  if (!name || !(SECRET_NAME.test(name) || /^(x-)?authorization$/i.test(name)) || NOT_SECRET.test(name))
    return undefined;
  const v = ctx.stringValue(node) ?? "";
  if (v.length < 8 || /\s/.test(v) || !/\d/.test(v) || !/[a-z]/i.test(v)) return undefined;
  if (PLACEHOLDER.test(v) || notASecretValue(v, name)) return undefined;
  return name;
}

const KEY_BLOCK = /-----BEGIN ((RSA|DSA|EC|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY/;

/**
 * `pem.indexOf('-----BEGIN PRIVATE KEY-----') !== 0`, `text.startsWith(...)`, `s === '-----BEGIN ...'`: the marker
 * alone, searched for or compared with: a format check on a key the caller brings, no key material.
 */
function pemMarkerTest(ctx: JsContext, node: SyntaxNode): boolean {
  // The armour line alone, a line break after it (`let pem = '-----BEGIN OPENSSH PRIVATE KEY-----\\n'`, a key
  // generator's output being built): no key material in the literal.
  const bare = (ctx.stringValue(node) ?? "")
    .replace(/-----(BEGIN|END) [A-Z ]+-----/g, "")
    .replace(/\\[rn]|\s/g, "");
  if (ctx.stringValue(node) !== undefined && bare.length < 16) return true;
  if (!/^-----(BEGIN|END) [A-Z ]+-----$/.test(ctx.stringValue(node) ?? "")) return false;
  const p = node.parent;
  if (p?.type === "arguments") {
    const call = p.parent;
    return (
      call?.type === "call_expression" &&
      /^(indexOf|lastIndexOf|startsWith|endsWith|includes|split|replace|replaceAll|search)$/.test(
        ctx.method(call),
      )
    );
  }
  return (
    p?.type === "binary_expression" && /^(===|!==|==|!=)$/.test(p.children.find((c) => !c.named)?.type ?? "")
  );
}

/** A literal `user:password` encoded (Buffer.from / btoa) into a `Basic ` Authorization value around it. */
function basicPair(ctx: JsContext, node: SyntaxNode): boolean {
  const pair = /^[^:\s]{1,64}:(\S{4,})$/.exec(ctx.stringValue(node) ?? "");
  if (!pair || PLACEHOLDER.test(pair[1]!)) return false;
  const call = node.parent?.type === "arguments" ? node.parent.parent : undefined;
  if (call?.type !== "call_expression" || !/^(Buffer\.from|btoa|window\.btoa)$/.test(ctx.callee(call)))
    return false;
  let up: SyntaxNode | null = call;
  for (let i = 0; up && i < 6; i++, up = up.parent)
    if (
      (up.type === "binary_expression" || up.type === "template_string") &&
      /^['"`]Basic\s/.test(ctx.text(up))
    )
      return true;
  return false;
}

/**
 * A declared `keys` / `secrets` list that the file hands to cookie or session signing: `app.keys = keys`,
 * `session({ secret: secrets })`, `{ keys }`, `new Keygrip(keys)`. koa-passport's `let keys = ['_passport', ...]`,
 * the request properties it delegates, goes to a loop, not to a signer.
 */
function declaredKeysSign(ctx: JsContext, name: SyntaxNode): boolean {
  const src = ctx.tree.source;
  if (!signingFile(ctx)) return false;
  const n = ctx.text(name).replace(/[$]/g, "\\$");
  return new RegExp(
    `\\b(keys|secrets?)\\s*[:=]\\s*${n}(?![\\w$.])|[Kk]eygrip\\(\\s*${n}(?![\\w$.])|[{,]\\s*${n}\\s*[,}]|\\(\\s*${n}\\s*[,)]`,
  ).test(src.slice(name.end));
}

/** The file mentions cookie or session signing (cookie-session, keygrip, Koa's app.keys) at all. */
function signingFile(ctx: JsContext): boolean {
  return sourceHas(ctx.tree, /cookie|session|keygrip|koa/i);
}

/** Words a weak stand-in credential is made of: such a value under `token` stays a credential. */
const CREDENTIAL_WORD =
  /secret|pass|pwd|key|token|auth|admin|root|login|cred|private|hunter|qwerty|letmein|changeme/i;

/**
 * A bare `token` entry that names a kind, not a credential: `{ token: 'identifier', args }` (a SQL helper's tagged
 * value), `{ token: "default", optional: true }` (a lexer rule) - one lower-case word beside other entries of the
 * same object; and `const token = '$orderby='`, a query-string marker searched for (a parameter name and '=').
 */
/**
 * `'string.token': '{{#label}} must only contain ...'`: a message with a placeholder in it and words around it, text
 * shown about a token or password; `TOKEN_AUTH_MIN_VERSION = '5.129.0'`: the version a feature needs. No key material.
 */
function messageOrVersion(name: string, v: string): boolean {
  if (
    /\s/.test(v) &&
    /\{\{?\s*[#\w.$]+\s*\}\}?|%[sdjo]|\$\{\w+\}/.test(v) &&
    /\b[a-z]{3,}\s+[a-z]{2,}\b/.test(v)
  )
    return true;
  return /(^|_|[a-z])(VERSION|Version)$/.test(name) && /^v?\d+(\.\d+){1,3}([-+][\w.]+)?$/.test(v);
}

function tokenKind(ctx: JsContext, node: SyntaxNode, name: string, v: string): boolean {
  if (!/^token$/i.test(name)) return false;
  if (/^\$?[a-z_]+=$/.test(v)) return true;
  // `{ token: 'keyword.command.$0' }`, `token: 'delimiter.curly'`: a syntax highlighter's scope name (Monaco
  // Monarch, TextMate) - dotted lower-case words and `$n` group references, no key material.
  if (/^[a-z][a-z-]*(\.([a-z][a-z-]*|\$[\w]+))+$/.test(v)) return true;
  // `token: "ouiColumnSelector.hideAll"`: an i18n component's message key - dotted camelCase words, letters only.
  if (/^[a-z]+(?:[A-Z][a-z]+)*(?:\.[a-z]+(?:[A-Z][a-z]+)*)+$/.test(v)) return true;
  const word = /^[a-z]+(?:[A-Z][a-z]+)*$/.test(v) && v.length <= 16 && !CREDENTIAL_WORD.test(v);
  // `(token = 'item', moduleName) => ...`: a parameter's default of one such word labels what the caller names
  // (a dependency-injection token, a lexer token's kind) in the message it builds.
  if (/^(required|optional)_parameter$|^assignment_pattern$/.test(node.type)) return word;
  if (node.type !== "pair" || node.parent?.type !== "object") return false;
  if (!word) return false;
  // Another entry beside it that is no credential or account field (`args`, `optional`, `values`, a method).
  return namedChildren(node.parent).some((c) => {
    if (c === node) return false;
    const key =
      c.type === "pair"
        ? ctx.text(field(c, "key") ?? c)
        : c.type === "shorthand_property_identifier"
          ? ctx.text(c)
          : "";
    return (
      key !== "" &&
      !SECRET_NAME.test(key.replace(/['"]/g, "")) &&
      !/user|login|account|email|host|url/i.test(key)
    );
  });
}

/**
 * `accessToken: 'token'`, `apiKey: 'test-key'`: the entry's own last word as its value (after a `test-`/`mock-`
 * prefix at most), a stand-in that names the field; `stripePublishableKey: 'pk_live_...'`: a key its name says is publishable
 * (Stripe, Magic), shipped to browsers by design (the secret counterpart is `sk_live_`).
 */
function standInOrPublishable(n: string, v: string): boolean {
  // (a secret key's own prefix, `sk_live_`/`rk_live_`, stays a secret whatever the name says)
  if (/publishable/i.test(n) && !/secret|private/i.test(n) && !/^(sk|rk)_/.test(v)) return true;
  const last = /(token|key|secret)$/i.exec(n)?.[1]?.toLowerCase();
  if (!last) return false;
  const m = /^(?:(?:test|mock|fake|dummy)[-_])?([a-z]+)$/i.exec(v);
  return m !== null && m[1]!.toLowerCase() === last;
}

/**
 * `secret_hex: '00…00FB'`, `privateKey: '0x000…007'`: a key-sized hex number that is one digit repeated but for a
 * short tail - a curve test vector's small scalar, no random key (a real 128-bit key repeats no digit that often).
 */
function degenerateHexKey(v: string): boolean {
  const h = v.replace(/^0x/i, "");
  if (h.length < 32 || !/^[0-9a-f]+$/i.test(h)) return false;
  const counts = new Map<string, number>();
  for (const c of h.toLowerCase()) counts.set(c, (counts.get(c) ?? 0) + 1);
  return Math.max(...counts.values()) >= h.length * 0.75;
}

/**
 * A template or format placeholder standing where a value goes: `{ token: ':bar' }` (a progress bar's format
 * tokens), `'{{password}}'`, `'%API_KEY%'`; and `'string'`, the type name OpenAPI-generated samples put in every
 * string field (`clientSecret: 'string'`).
 */
function formatPlaceholder(v: string): boolean {
  return /^(:[A-Za-z_][\w-]*|\{\{?\s*[\w.$]+\s*\}\}?|%[A-Za-z_]\w*%|string)$/.test(v);
}

/**
 * `const HIGHPASS = 'highpass'`: a constant whose value spells its own name, longer than the credential word the
 * name merely contains (`HIGH`+`PASS`) - a filter or mode name, no key material. (`password = 'password'` stays:
 * there the value is the credential word itself.)
 */
function spellsOwnName(n: string, v: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(v) || squash(v) !== squash(n)) return false;
  const word = SECRET_NAME.exec(n)?.[2];
  return word !== undefined && squash(word) !== squash(n);
}

/**
 * `EDMTOKEN: "EDM-Authorization"`, `API_KEY_HEADER: 'X-Api-Key'`: an HTTP header's name - hyphenated capitalised
 * words ending in a credential word, or an `X-` header - the field a credential is sent under, no key material.
 */
function headerName(v: string): boolean {
  return /^(?:X-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*|[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)*-(?:Authorization|Auth|Token|Key))$/.test(
    v,
  );
}

/**
 * `auth: { username: 'Nutzername', password: 'Passwort', sign_in_error: 'Fehler bei der Anmeldung' }`: one
 * capitalised word beside two or more entries of prose (words and spaces) - a translation table's label for the
 * field, no key material.
 */
function translatedLabel(ctx: JsContext, node: SyntaxNode, v: string): boolean {
  if (node.type !== "pair" || node.parent?.type !== "object" || !/^\p{Lu}\p{Ll}{2,24}$/u.test(v))
    return false;
  let prose = 0;
  for (const c of namedChildren(node.parent)) {
    const val = c !== node && c.type === "pair" ? field(c, "value") : undefined;
    if (val?.type === "string" && /^\p{L}+(?:[ ,'-]+\p{L}+)+[.!?]?$/u.test(ctx.stringValue(val) ?? ""))
      prose++;
    if (prose >= 2) return true;
  }
  return false;
}

export default jsRule({
  meta: {
    id: "JS-CRED-001",
    title: "Hard-coded password, key or token",
    cwe: ["CWE-798", "CWE-259", "CWE-321", "CWE-312"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "LOW",
        when: "inside a test (a describe/it/test callback or set-up hook): a fixture's credential",
      },
      { severity: "LOW", when: DEMO_REASON },
    ],
    docs: {
      what_it_does:
        "Flags string literals bound to credential-like names (password, secret, apiKey, token ...) and embedded PEM private keys.",
      why_bad:
        "Secrets in source end up in repositories, bundles and logs; anyone with the code can use them.",
      example_bad: "const db = connect({ user: 'app', password: 's3cr3t-Pa55' });",
      example_good: "const db = connect({ user: 'app', password: process.env.DB_PASSWORD });",
    },
    fix_hint: "Load secrets from the environment or a secret manager.",
  },
  trigger:
    /pass|pwd|secret|key|token|authorization|\.auth\(|basic-auth|loginWith|CryptoJS|crypto-js|PRIVATE KEY|sk_live_|AKIA|ASIA|gh[pousr]_|xox[baprs]-|AIza|SG\.|npm_|glpat-|rk_live_|xapp-|\.sign\(|jwtVerify|createHmac|createCipheriv|createDecipheriv|cookieParser|cookie-parser|Sequelize|twilio|bearer |basic |ldapjs|:\/\/[^\s:@/]*:[^\s@/]+@/i,
  nodeTypes: [
    "variable_declarator",
    "public_field_definition",
    "field_definition",
    "pair",
    "assignment_expression",
    "string",
    "template_string",
    "call_expression",
    "new_expression",
    "assignment_pattern",
    "object_assignment_pattern",
    "required_parameter",
    "optional_parameter",
  ],
  detect(node, ctx, emit) {
    const report = (r: Report) =>
      emit(
        inTest(ctx, r.node)
          ? { ...r, severity: "LOW" }
          : demoMarked(ctx, r.node)
            ? { ...r, severity: "LOW", reason: DEMO_REASON }
            : r,
      );
    if (node.type === "call_expression" || node.type === "new_expression") {
      // Signing keys passed inline: jwt.sign(payload, 'key'), jwt.verify(token, 'key'), createHmac(alg, 'key').
      const q = ctx.callee(node);
      // `new Sequelize('db', 'user', 'password', {...})`: the third argument is the password.
      if (/^(sequelize\.)?Sequelize$/.test(q)) {
        const pw = ctx.args(node)[2];
        const v = pw?.type === "string" ? (ctx.stringValue(pw) ?? "") : "";
        if (v.length >= 3 && !PLACEHOLDER.test(v)) report({ node, message: "hard-coded database password" });
        return;
      }
      // jose: `new SignJWT(c).sign(key)`, `jwtVerify(token, key)`, the key a literal's bytes (written inline or
      // bound to a name first: `const key = new TextEncoder().encode('...')`).
      const joseArg =
        ctx.method(node) === "sign" && /\bSignJWT\b/.test(ctx.text(field(node, "function") ?? node))
          ? ctx.args(node)[0]
          : /(^|\.)(jwtVerify|jwtDecrypt)$/.test(q)
            ? ctx.args(node)[1]
            : undefined;
      const joseKey = joseArg?.type === "identifier" ? (ctx.resolve(joseArg) ?? joseArg) : joseArg;
      // `new TextEncoder().encode(s)`, `Buffer.from(s)`, or `enc.encode(s)` on `const enc = new TextEncoder()`.
      const encodes = (c: SyntaxNode | undefined): boolean => {
        if (c?.type !== "call_expression") return false;
        const f = field(c, "function");
        if (/^(new TextEncoder\(\)\.encode|Buffer\.from)$/.test(ctx.text(f ?? c))) return true;
        const obj = f?.type === "member_expression" ? field(f, "object") : undefined;
        const made = obj?.type === "identifier" ? ctx.resolve(obj) : undefined;
        return (
          ctx.text(field(f ?? c, "property") ?? c) === "encode" &&
          !!made &&
          /^new\s+TextEncoder\s*\(/.test(ctx.text(made))
        );
      };
      const bytesOf = encodes(joseKey) ? ctx.args(joseKey!)[0] : undefined;
      // Web Crypto `subtle.importKey('raw', new TextEncoder().encode('key'), ...)`: a literal's bytes as the key.
      const rawKey =
        /(^|\.)subtle\.importKey$/.test(q) && ctx.stringValue(ctx.args(node)[0]) === "raw"
          ? ctx.args(node)[1]
          : undefined;
      const rawBytes = encodes(rawKey) ? ctx.args(rawKey!)[0] : undefined;
      // express-session / cookie-session `session({ secret: '...' })`: the key the session cookie is signed with,
      // whatever its words (the docs' 'keyboard cat' ships as is); reported at the secret.
      // Fastify's `app.register(require('@fastify/session'), { secret: '...' })` (and the cookie, secure-session
      // and jwt plugins): the same signing key, handed to the plugin.
      const sessionOpts = /^(express-session|cookie-session)$/.test(q)
        ? ctx.args(node)[0]
        : ctx.method(node) === "register" && SIGNING_PLUGIN.test(pluginName(ctx, ctx.args(node)[0]))
          ? ctx.args(node)[1]
          : undefined;
      const secret0 = sessionOpts?.type === "object" ? ctx.prop(sessionOpts, "secret") : undefined;
      if (secret0) {
        const held = secret0.type === "identifier" ? ctx.resolve(secret0) : secret0;
        const s = envFallback(ctx, held);
        const v = s?.type === "string" ? (ctx.stringValue(s) ?? "") : "";
        if (keyLiteral(v, s !== held))
          report({ node: secret0, message: `hard-coded session secret passed to ${q}()` });
        return;
      }
      const key0 =
        /(^|\.)(jwt|jsonwebtoken)\.(sign|verify)$/.test(q) ||
        // Hono's JWT helpers: `sign(payload, secret)`, `verify(token, secret)` from hono/jwt.
        /^hono\/(jwt|utils\/jwt\/jwt)\.(sign|verify)$/.test(q) ||
        /(^|\.)(createHmac|createCipheriv|createDecipheriv)$/.test(q) ||
        // crypto-js: `CryptoJS.AES.encrypt(data, 'passphrase')`, `CryptoJS.HmacSHA256(msg, 'key')`.
        /^(CryptoJS|crypto-js)\.((AES|DES|TripleDES|Rabbit|RC4|RC4Drop)\.(encrypt|decrypt)|Hmac\w+)$/.test(q)
          ? ctx.args(node)[1]
          : rawBytes
            ? rawBytes
            : // `crypto.createSecretKey(Buffer.from('9f8e...', 'hex'))`: a symmetric key object made of a literal.
              /^cookie-parser$|^cookieParser$|(^|\.)createSecretKey$/.test(q)
              ? ctx.args(node)[0]
              : // `twilio(accountSid, authToken)`, Azure's `new StorageSharedKeyCredential(account, accountKey)` /
                // `AzureNamedKeyCredential(name, key)`: the second argument is the account's secret.
                /^twilio$|(^|\.)(StorageSharedKeyCredential|AzureNamedKeyCredential)$/.test(q)
                ? ctx.args(node)[1]
                : // `request.get(u).auth('user', 'pw')` / superagent `.auth(user, pw)`, Azure's
                  // `loginWithUsernamePassword(user, pw)`, basic-auth-connect `basicAuth(user, pw)`: the password.
                  (ctx.method(node) === "auth" &&
                      sourceHas(ctx.tree, /request|superagent|supertest|needle/)) ||
                    /(^|\.)(loginWithUsernamePassword|loginWithServicePrincipalSecret)$/.test(q) ||
                    // ldapjs `client.bind(dn, password, cb)`.
                    // (Function.prototype.bind, `this.emit.bind(this, 'searchEntry')`, takes a this-value first.)
                    (ctx.method(node) === "bind" &&
                      !/^(this|null|undefined)$/.test(ctx.args(node)[0]?.type ?? "") &&
                      sourceHas(ctx.tree, /\bldapjs\b/)) ||
                    (q === "basic-auth-connect" && ctx.args(node).length === 2)
                  ? ctx.args(node)[1]
                  : bytesOf;
      // A key bound to a string literal first (`const JWT_KEY = '...'; jwt.verify(t, JWT_KEY)`) is as hard-coded,
      // and so is the literal fallback of `process.env.JWT_SECRET || '...'`: it runs wherever the variable is unset.
      const held0 = key0?.type === "identifier" ? ctx.resolve(key0) : key0;
      const key1 = envFallback(ctx, held0);
      // `Buffer.from('...')` around the literal (a cipher key as bytes) is the same literal.
      const key =
        key1?.type === "call_expression" && ctx.callee(key1) === "Buffer.from" ? ctx.args(key1)[0] : key1;
      const v = key?.type === "string" ? (ctx.stringValue(key) ?? "") : "";
      if (keyLiteral(v, key1 !== held0)) report({ node, message: `hard-coded signing key passed to ${q}()` });
      return;
    }
    if (node.type === "string" || node.type === "template_string") {
      if (KEY_BLOCK.test(ctx.text(node))) {
        if (!pemMarkerTest(ctx, node)) report({ node, message: "private key embedded in source" });
      } else if (TOKEN_SHAPE.test(ctx.stringValue(node) ?? ""))
        report({ node, message: "cloud or service access key embedded in source" });
      // `Authorization: 'Bearer eyJ...'`: a bearer token or basic credentials written out; under an Authorization
      // key also the `token` scheme (GitHub's `token <40 hex>`, Django REST framework's `Token <key>`).
      else if (
        /^(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{16,}$/.test(ctx.stringValue(node) ?? "") ||
        (/^token\s+[A-Za-z0-9._~+/=-]{20,}$/i.test(ctx.stringValue(node) ?? "") &&
          node.parent?.type === "pair" &&
          /^['"]?authorization['"]?$/i.test(ctx.text(field(node.parent, "key") ?? node.parent)))
      )
        report({ node, message: "authorization credentials embedded in source" });
      // `'Basic ' + Buffer.from('reporter:s3cret').toString('base64')`, `'Basic ' + btoa('u:pw')`: the
      // user:password pair written out, encoded at run time.
      else if (basicPair(ctx, node)) report({ node, message: "basic-auth credentials embedded in source" });
      else if (comparedCredential(ctx, node))
        report({ node, message: `hard-coded credential compared with '${comparedCredential(ctx, node)}'` });
      // `mongodb://admin:s3cret@db:27017`, `postgres://u:pw@host/db`: a password inside a connection URL.
      else {
        const cred = URL_CREDENTIAL.exec(ctx.stringValue(node) ?? "");
        if (
          cred &&
          !PLACEHOLDER.test(cred[1]!) &&
          !/^\$\{|^<|^\*+$|^x+$|^(pass(word)?|pwd|secret|foo|bar)$/i.test(cred[1]!) &&
          !dataUnderTest(ctx, node)
        )
          report({ node, message: "password embedded in a connection URL" });
      }
      return;
    }
    let name: SyntaxNode | undefined;
    let value: SyntaxNode | undefined;
    // Class fields (`private readonly secret = '...'`) name their value like a declaration does.
    if (/^(variable_declarator|public_field_definition|field_definition)$/.test(node.type))
      [name, value] = [field(node, "name") ?? field(node, "property"), field(node, "value")];
    else if (node.type === "pair") [name, value] = [field(node, "key"), field(node, "value")];
    // Default parameters: `function connect(user, password = '...')`, `({ token = '...' }) => ...`.
    else if (/^(required|optional)_parameter$/.test(node.type))
      [name, value] = [field(node, "pattern"), field(node, "value")];
    else [name, value] = [field(node, "left"), field(node, "right")];
    // `keys: ['k1', 'k2']` (cookie-session, Koa app.keys), `secret: ['a', 'b']` (express-session rotation).
    if (
      name &&
      value?.type === "array" &&
      /^['"]?(keys|secret|secrets)['"]?$|\.keys$/.test(ctx.text(name)) &&
      // A `const keys = ['name', 'license']` list of field names signs nothing: a declared list counts only in a
      // file that uses cookie or session signing and hands the list on as keys (below).
      (node.type !== "variable_declarator" || declaredKeysSign(ctx, name)) &&
      // (`{ object: Number, keys: ['isFinite', 'isNaN'] }`: an entry `keys` lists property names unless the file
      // signs cookies or sessions at all; `secret: [...]` is express-session's rotation wherever it appears)
      (node.type !== "pair" || !/keys['"]?$/.test(ctx.text(name)) || signingFile(ctx)) &&
      !dataUnderTest(ctx, value) &&
      value.children.some((c) => c.type === "string" && (ctx.stringValue(c) ?? "").length >= 3)
    ) {
      report({ node, message: "hard-coded signing keys" });
      return;
    }
    // express-basic-auth `users: { admin: 'pw' }`: each value is a password.
    const holder = node.type === "pair" ? node.parent?.parent : undefined;
    if (
      value?.type === "string" &&
      holder?.type === "pair" &&
      /^['"]?users['"]?$/.test(ctx.text(field(holder, "key") ?? holder)) &&
      sourceHas(ctx.tree, /basicAuth|basic-auth/) &&
      (ctx.stringValue(value) ?? "").length >= 3
    ) {
      report({ node, message: "hard-coded basic-auth password" });
      return;
    }
    // `process.env.API_KEY || 'dev-key-...'`: the literal is what runs wherever the variable is unset.
    value = envFallback(ctx, value ?? undefined);
    // `const jwtSecret = new TextEncoder().encode('...')`, `Buffer.from('...', 'hex')`: the literal's bytes are the key.
    if (
      value?.type === "call_expression" &&
      /^(new TextEncoder\(\)\.encode|Buffer\.from)$/.test(ctx.text(field(value, "function") ?? value)) &&
      ctx.args(value)[0]?.type === "string"
    )
      value = ctx.args(value)[0];
    if (!name || !value || value.type !== "string") return;
    // `E["Name"] = "Name"` and `E[E["UserPass"] = 2] = "UserPass"` (TypeScript enums compiled): the key written
    // is the entry's name, a computed key names nothing.
    if (name.type === "subscript_expression") {
      const key = ctx.stringValue(field(name, "index"));
      // (`ProcessingTypeEnum["Token"] = "token"`: the member's name in the wire spelling, cased differently)
      if (key === undefined || squash(key) === squash(ctx.stringValue(value) ?? "")) return;
      // (`LoginField["Password"] = "login_field_password"`: the member's wire id, a snake or kebab-case name ending
      // in the member's own name)
      const wire = ctx.stringValue(value) ?? "";
      if (/^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/.test(wire) && wire.split(/[-_]/).pop() === key.toLowerCase())
        return;
      name = field(name, "index") ?? name;
    }
    if (dataUnderTest(ctx, value)) return;
    if (node.type === "pair" && localEmulatorStandIn(ctx, node, ctx.stringValue(value) ?? "")) return;
    // `{ username: 'email', password: 'password' }`: an entry naming itself maps field names, it holds no secret.
    if (
      node.type === "pair" &&
      (ctx.stringValue(value) ?? "").toLowerCase() === ctx.text(name).replace(/['"]/g, "").toLowerCase()
    )
      return;
    const n = (ctx.text(name).split(".").pop() ?? "").replace(/['"]/g, "");
    if (!SECRET_NAME.test(n) || NOT_SECRET.test(n)) return;
    const v = ctx.stringValue(value) ?? "";
    // `TOKEN_BLOCK_END = 'block-end'`, `tokenComma = 'comma'`: a lexer's token kinds. A leading `token` qualified by
    // the kind it names (no other credential word), holding that kind in lower-case words: no key material.
    if (
      /^(TOKEN(_[A-Z0-9]+)+|token[A-Z][A-Za-z0-9]*)$/.test(n) &&
      !SECRET_NAME.test(n.replace(/^token_?/i, "")) &&
      /^[a-z]+(?:[-_ ][a-z]+)*$/.test(v) &&
      v.length <= 24
    )
      return;
    if (tokenKind(ctx, node, n, v)) return;
    if (standInOrPublishable(n, v)) return;
    if (node.type === "pair" && checkVerdict(ctx, node, n, v)) return;
    if (v.length < 3 || PLACEHOLDER.test(v) || /^[A-Z_]+$/.test(v) || notASecretValue(v, n)) return;
    if (degenerateHexKey(v) || formatPlaceholder(v) || spellsOwnName(n, v)) return;
    if (messageOrVersion(n, v)) return;
    if (headerName(v) || translatedLabel(ctx, node, v)) return;
    // `password: 'anonymous@'`: anonymous FTP's conventional password (RFC 1635), an e-mail-shaped courtesy.
    if (/^(anonymous|guest)@[\w.-]*$/i.test(v)) return;
    // `MetaCheckoutToken: 'meta_checkout_token'`, `API_KEY = 'api-key'`: the name spelled as a snake or kebab-case
    // identifier, the field or header the value is sent under; `BB_TOKEN: 'x-token-auth:'`: the user name put before
    // a token read elsewhere (`${user}${token}@host`); `'fake-card-token'`: a stand-in that says so.
    if (/^[a-z0-9]+(?:[-_][a-z0-9]+)+$/.test(v) && squash(v) === squash(n)) return;
    if (/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*:$/.test(v)) return;
    if (/(^|[-_])(fake|dummy)([-_]|$)/i.test(v)) return;
    // `SECRET_FIELDS_RESPONSE: 'conversationSecretFieldsResponse'`: an event or message name in camelCase that
    // spells the entry's own words (two or more) after a prefix - a label, no key material.
    if (
      /^[a-z]+(?:[A-Z][a-z0-9]*)+$/.test(v) &&
      n.split(/_+|(?<=[a-z0-9])(?=[A-Z])/).filter(Boolean).length >= 2 &&
      squash(v).includes(squash(n))
    )
      return;
    // `InvalidToken: '83520'`, `TOKEN_EXPIRED = 'E_TOKEN'`: a code for an error about the credential.
    if (
      /^([Ii]nvalid|[Mm]issing|[Ee]xpired|[Bb]ad|[Ww]rong|[Uu]nknown|[Ii]ncorrect|INVALID|MISSING|EXPIRED)(?=[A-Z_])|(Invalid|Missing|Expired|Mismatch|Required|_INVALID|_MISSING|_EXPIRED|_MISMATCH|_REQUIRED)$/.test(
        n,
      )
    )
      return;
    // The name of an OAuth parameter as the value (`token: 'oauth_token'`, `secret: 'token_secret'`: a simulated
    // provider's stand-ins, a field map): the protocol's field name, no key material.
    if (OAUTH_FIELD.test(v)) return;
    // A namespaced name whose last part is the entry's own (`AuthType["Password"] = "m.login.password"`, a
    // protocol's login type; `password: 'apostrophe:enterPassword'`, an i18n key; `token: 'oauth2Response.access_token'`,
    // a property path): a name inside some namespace, no key material.
    // (`'PUSH_RECEIVER:::TOKEN_UPDATED'`: an event name namespaced by a run of colons)
    const ns = /^(?:[A-Za-z][\w-]*[.:]+)+([A-Za-z][\w-]*)$/.exec(v);
    if (ns && squash(n).length >= 4 && squash(ns[1]!).endsWith(squash(n))) return;
    // A label or message about the secret (`password: 'Password'`, `apiToken: 'API token'`, 'Invalid password'):
    // prose naming the field, not its value.
    if (/[A-Z\s]/.test(v) && squash(v) === squash(n)) return;
    if (/\s/.test(v) && /\b(pass(word|phrase)?|token|secret|key|credentials?|username|login)\b/i.test(v))
      return;
    // A class field more often names a storage key or header (`tokenKey = 'auth-token'`): only a value that looks
    // like key material (long, or letters mixed with digits) counts there.
    if (/field_definition$/.test(node.type) && v.length < 12 && !(/\d/.test(v) && /[a-z]/i.test(v))) return;
    report({ node, message: `hard-coded credential in '${n}'` });
  },
  cases: {
    valid: [
      "const AES_KEY_NAME = 'app/aes-key';\nconst masterKeyPath = '/etc/app/master.key';",
      "const { StorageSharedKeyCredential } = require('@azure/storage-blob');\nconst cred = new StorageSharedKeyCredential(process.env.AZ_ACCOUNT, process.env.AZ_KEY);",
      "export const UNKNOWN_EXPORT = (token = 'item', moduleName) =>\n  `Cannot export ${token} from ${moduleName}`;",
      "function dump(cfg) {\n  debug('db %o', { host: cfg.host, password: '[redacted]' });\n}",
      "const session = require('express-session');\napp.use(session({ secret: process.env.SESSION_SECRET, resave: false }));",
      "fastify.register(require('@fastify/session'), { secret: process.env.SESSION_SECRET });",
      // the fixed text a token starts with (a version tag after the word)
      "const AUTOCONFIG_TOKEN_PREFIX_V1 = 'auto_v1_';\nfunction isAutoToken(t) { return t.startsWith(AUTOCONFIG_TOKEN_PREFIX_V1); }",
      "app.use((req, res, next) => {\n  if (req.headers['x-api-key'] !== process.env.API_KEY) return res.sendStatus(401);\n  next();\n});",
      "function f(token, tokenType) {\n  if (typeof token === 'string' && tokenType === 'refresh_token2') return token;\n  return token === 'undefined' ? null : token;\n}",
      "const h = { Authorization: 'Basic ' + Buffer.from(`${process.env.U}:${process.env.P}`).toString('base64') };",
      "const h = { Authorization: 'Basic ' + btoa('user:changeme') };",
      "const credentials = { provider: name, token: 'oauth_token', secret: 'token_secret', refreshToken: 'refresh_token' };",
      "function pem(b64) {\n  let out = '-----BEGIN OPENSSH PRIVATE KEY-----\\n';\n  return out + b64 + '\\n-----END OPENSSH PRIVATE KEY-----\\n';\n}",
      "const TOKEN_FILE_MISSING_ERROR = 'OIDC_TOKEN_FILE must be set in the environment.';",
      "function isPkcs8(pem) { return pem.indexOf('-----BEGIN PRIVATE KEY-----') === 0; }",
      "let lastSignificantToken = '';\nlastSignificantToken = '?InterpolationInTemplate';",
      "const crypto = require('crypto');\nconst k = crypto.createSecretKey(Buffer.from(process.env.DATA_KEY, 'hex'));",
      "const { SignJWT } = require('jose');\nconst t = new SignJWT({ a: 1 }).sign(new TextEncoder().encode(process.env.JWT_SECRET));",
      "const uri = `mongodb://${user}:${pw}@db/app`;",
      "const uri = 'mongodb://db.internal:27017/app';",
      "app.use(cookieSession({ keys: [process.env.K1] }));",
      "const password = process.env.PW;",
      "const API_URL = process.env.API_URL || 'https://api.example.com';",
      "const client2 = axios.create({ headers: { Authorization: `Bearer ${process.env.TOKEN}` } });",
      "const msg = { error: 'token expired_or_revoked_by_admin' };",
      "const passwordField = '#pw';",
      "class LoginForm {\n  passwordField = '#pw';\n  secret = process.env.SECRET;\n}",
      "const token = '';",
      "const request = require('request');\nrequest.get('https://r.example.net/x').auth(process.env.U, process.env.P);",
      "const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ id: 1 }, process.env.JWT_SECRET);",
      "const CryptoJS = require('crypto-js');\nconst ct = CryptoJS.AES.encrypt(msg, sessionKey).toString();",
      "const k = await crypto.subtle.importKey('raw', keyBytes, { name: 'AES-GCM' }, false, ['encrypt']);",
      "const enc = new TextEncoder();\nconst k = await crypto.subtle.importKey('raw', enc.encode(process.env.HMAC_KEY), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);",
      'var T;\n(function (T) {\n  T["Token"] = "Token";\n  T[T["UserPass"] = 2] = "UserPass";\n})(T || (T = {}));',
      "const keys = ['name', 'license', 'funding'];",
      "const r = schema.safeParse({ email: 'a@b.co', password: 'aaaaaaaa', confirmPassword: 'bbbbbbbb' });",
      "conn.parse('mongodb://username:password@host:1234/db');",
      "const TOKEN_STORAGE_KEY = 'auth_token';",
      "const CHOICES = {\n  id_token_signed_response_alg: 'id_token_signing_alg_values_supported',\n  token_endpoint_auth_method: 'token_endpoint_auth_methods_supported',\n};\nconst defaults = { token_endpoint_auth_method: 'client_secret_basic' };",
      "const TOKEN_BLOCK_END = 'block-end';\nconst TOKEN_LEFT_PAREN = 'left-paren';\nconst TOKEN_INT = 'int';",
      "const messages = { password: 'Password', apiToken: 'API token', badPassword: 'Invalid password' };",
      "function connect(host, password = '') { return [host, password]; }",
      "const SESSION_TTL = process.env.SESSION_TTL || '3600';",
      "export const password = Bun.env.PGPASSWORD || '';",
      "const ldap = require('ldapjs');\nconst c = ldap.createClient({ url: 'ldaps://dir.internal' });\nc.bind('cn=admin,dc=corp', process.env.LDAP_PW, () => {});",
      "fetch(u, { headers: { 'x-api-key': process.env.PARTNER_KEY } });",
    ],
    invalid: [
      "fastify.register(require('@fastify/session'), { secret: 'a secret with minimum length of 32 characters' });",
      "import fastifyCookie from '@fastify/cookie';\napp.register(fastifyCookie, { secret: 'my-secret' });",
      "const { StorageSharedKeyCredential } = require('@azure/storage-blob');\nconst cred = new StorageSharedKeyCredential('acct', 'Jq7vX2mN9pL4sT1wR8yB3cF6hK0dG5aZ+eU2iO7nM4lP9q==');",
      // A session secret of words is still the key the cookie is signed with.
      "const session = require('express-session');\napp.use(session({ secret: 'keyboard cat', resave: false }));",
      "const AUTOCONFIG_TOKEN_V1 = 'auto_v1_9f3c2b7a41d8e6f0';",
      "app.use((req, res, next) => {\n  if (req.headers['x-api-key'] !== 'k3y-8f3a9c2b71d4') return res.sendStatus(401);\n  next();\n});",
      "function ok(req) {\n  return req.get('authorization') === 'a1b2c3d4e5f6a7b8';\n}",
      "const h = { Authorization: 'Basic ' + Buffer.from('reporter:s3cr3t-Report').toString('base64') };",
      "fetch(u, { headers: { Authorization: `Basic ${btoa('admin:Adm1nPass')}` } });",
      // A type test (tstyche) is a test module: its dummy secret stays visible, at LOW.
      {
        code: "import { expect } from 'tstyche';\nimport jwt from '..';\napp.register(jwt, { secret: 'supersecret' });",
        severity: "LOW",
      },
      {
        code: "const assert = require('node:assert');\nconst clientCfg = { username: 'foo', password: 'hunter22' };\nassert.ok(clientCfg);",
        severity: "LOW",
      },
      {
        code: "const clientCfg = { username: 'deploy', password: 'Dpl0y#Prod-2024!' };\nmodule.exports = clientCfg;",
        severity: "HIGH",
      },
      "const crypto = require('crypto');\nconst k = crypto.createSecretKey(Buffer.from('4f1c9a7e2b3d5f60718293a4b5c6d7e8', 'hex'));",
      "const cipherKey = Buffer.from('3f7a9c1e5b2d8f4a6c0e1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f2a4c6e8b0d1f3a', 'hex');",
      "const AES_KEY = 'q8Zt4Lm2Xv9Rk7Wp3Nc6Hb1Yd5Fg0Js8';",
      "class AuthService {\n  secret = 'hs256-hardcoded-secret-value';\n  sign(sub) { return jwt.sign({ sub }, this.secret); }\n}",
      "const request = require('request');\nrequest.get('https://r.example.net/x').auth('svc', 'pl41n-pa55', true);",
      "const s3 = new S3({ region: 'eu-west-1', accessKeyId: 'AKIAIOSFODNN7EXAMPLE' });",
      "const uri = 'mongodb://admin:Sup3rPw@db.internal:27017/app';",
      "const cookieSession = require('cookie-session');\napp.use(cookieSession({ name: 's', keys: ['k3y-one', 'k3y-two'] }));",
      "const { Sequelize } = require('sequelize');\nconst db = new Sequelize('shop', 'app', 'S3cretPw', { dialect: 'mysql' });",
      "const password = 'hunter2!';",
      "const jwtSecret = new TextEncoder().encode('cc7e0d44fd473002f1c42167459001140ec6389b');",
      "const twilio = require('twilio');\nconst sms = twilio('AC8f3a9c2b71d4e6f08f3a9c2b71d4e6f0', '5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b');",
      "const API_KEY = process.env.API_KEY || 'dev-key-8f3a9c2b71d4e6f0';",
      "export const dbPassword = Bun.env.PGPASSWORD || 'Postgres!2024';",
      "export const secret = Deno.env.get('SESSION_SECRET') ?? 'keyboard-cat-2024';",
      "const basicAuth = require('express-basic-auth');\napp.use(basicAuth({ users: { admin: 'supersecret' } }));",
      "const c = axios.create({ headers: { Authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVPmB92K27uhbUJU1p1r' } });",
      "const gh = axios.create({ baseURL: 'https://api.github.com', headers: { Authorization: 'token 3f9c2a7b1e0d4c5f8a6b9e2d1c0f3a4b5e6d7c8f' } });",
      "const cfg = { apiKey: 'AKd83jf9sLq' };",
      "const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ id: 1 }, 'supersecret123');",
      "const CryptoJS = require('crypto-js');\nconst ct = CryptoJS.AES.encrypt(JSON.stringify(data), 'my-hardcoded-passphrase').toString();",
      "const k = await crypto.subtle.importKey('raw', new TextEncoder().encode('s3cr3t-signing-key-2024'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);",
      "const enc = new TextEncoder();\nconst k = await crypto.subtle.importKey('raw', enc.encode('s3cr3t-signing-key-2024'), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);",
      "const { SignJWT } = require('jose');\nconst t = new SignJWT({ a: 1 }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('hardcoded-jose-secret'));",
      "const { jwtVerify } = require('jose');\nconst r = jwtVerify(t, new TextEncoder().encode('hardcoded-jose-secret'));",
      "sgMail.setApiKey('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');",
      "const crypto = require('crypto');\nconst h = crypto.createHmac('sha256', 'k3y-material').update(x).digest('hex');",
      "const request = require('request');\nrequest.get('https://r.example.net/d').auth('svc', 'n0t-s0-s3cret-99', true);",
      "const crypto = require('crypto');\nconst KEY = 'k3y-that-is-32-bytes-long-123456';\nconst c = crypto.createCipheriv('aes-256-gcm', KEY, iv);",
      "const crypto = require('crypto');\nconst c = crypto.createDecipheriv('aes-128-cbc', Buffer.from('0123456789abcdef'), iv);",
      "const jwt = require('jsonwebtoken');\nconst K = 'S3cretSigningKey';\nfunction f(t) { return jwt.verify(t, K); }",
      "const cookieParser = require('cookie-parser');\napp.use(cookieParser('s3cr3t-cookie-signing'));",
      "const opts = { secretOrKey: 'jwt_secret_value' };",
      "const cfg = {};\ncfg['apiKey'] = 'AKd83jf9sLq2';",
      "const login = () => api.login({ username: 'svc', password: 'Backup#2024-Prod' });",
      "const redis = require('redis');\nconst c = redis.createClient({ url: 'redis://:R3dis-Cache-Pw-8@cache.internal:6379' });",
      "const jwt = require('jsonwebtoken');\nconst t = jwt.sign({ a: 1 }, process.env.JWT_SECRET || 'dev-Fallback-Jwt-9921');",
      "fetch(u, { headers: { 'x-api-key': '4f8a2c6e0b9d1f3a5c7e9b2d4f6a8c0e' } });",
      "const ldap = require('ldapjs');\nconst c = ldap.createClient({ url: 'ldaps://dir.internal' });\nc.bind('cn=admin,dc=corp', 'Ldap-Admin-Pw-77', () => {});",
      "const GEOCODER = 'https://maps.googleapis.com/maps/api/geocode/json?key=AIzaSyR8wZ2lM9xP4rT1vN6bC3hD8kF5gJ0aS2d';",
      "function connectAdmin(host, password = 'Adm1n-Console-Pw!') { return [host, password]; }",
      "function call(url, token = 'f3a9c2b71d4e8a6b') { return fetch(url, { headers: { token } }); }",
      {
        code: "export function connectAdmin(host: string, password = 'Adm1n-Console-Pw!') { return [host, password]; }",
        line: 1,
      },
      {
        code: "describe('auth', () => {\n  it('logs in', async () => {\n    await createUser({ email: 'a@test.local', password: 'alice-test-pw' });\n  });\n});",
        line: 3,
        severity: "LOW",
      },
    ],
  },
});
