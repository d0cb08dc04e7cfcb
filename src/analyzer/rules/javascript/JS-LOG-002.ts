import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { JsContext } from "../../dataflow/javascript.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { LOG_CALL } from "./JS-LOG-001.js";

/** Names that hold a credential or a secret value (not a flag or a length about one). */
const SECRET_NAME =
  /^(password|passwd|pwd|pass|newPassword|oldPassword|plainPassword|secret|clientSecret|client_secret|apiKey|api_key|apiToken|api_token|accessToken|access_token|refreshToken|refresh_token|authToken|bearerToken|token|privateKey|private_key|creditCard|cardNumber|card_number|cvv|ssn|resetToken|reset_token|sessionToken|session_token|verificationToken|verification_token|magicLinkToken)$/i;

/** `process.env.STRIPE_SECRET_KEY`, `process.env.DB_PASSWORD`: an environment variable named for a secret. */
const SECRET_ENV_WORDS =
  "\\w*(SECRET|SECRET_KEY|SECRET_ACCESS_KEY|SIGNING_KEY|PASSWORD|PASSWD|TOKEN|API_KEY|APIKEY|PRIVATE_KEY)";
/**
 * The same read from the other runtimes' environments: Bun's `Bun.env.X`, Vite/Astro's `import.meta.env.X`, a
 * Cloudflare Worker's or Pages Function's `env.X` / Hono's `c.env.X` (its bindings: secrets set with `wrangler
 * secret`), Deno's `Deno.env.get('X')`.
 */
const SECRET_ENV = new RegExp(
  `^(?:process\\.env|Bun\\.env|import\\.meta\\.env|(?:[\\w$]+\\.)?env)\\.${SECRET_ENV_WORDS}$`,
  "i",
);
const SECRET_ENV_NAME = new RegExp(`^${SECRET_ENV_WORDS}$`, "i");

/** `const debug = require('debug')('app:db')` / `createDebug('app')`: a debug-module logger called by its name. */
function debugLogger(fn: SyntaxNode, ctx: JsContext): boolean {
  if (fn.type !== "identifier") return false;
  const r = ctx.resolve(fn);
  return (
    !!r &&
    r !== fn &&
    r.type === "call_expression" &&
    /^(require\(\s*['"]debug['"]\s*\)|createDebug|debug|Debug)\s*\(\s*['"`]/.test(ctx.text(r))
  );
}

const CRED_HEADER = /^(authorization|proxy-authorization|cookie|x-api-key|x-auth-token|x-access-token)$/i;

/** `req.headers.authorization`, `headers['x-api-key']`, `req.get('cookie')` / `req.header('Authorization')`. */
function credentialHeader(d: SyntaxNode, ctx: JsContext): boolean {
  if (d.type === "member_expression" || d.type === "subscript_expression") {
    const obj = field(d, "object");
    const key =
      d.type === "member_expression"
        ? ctx.text(field(d, "property") ?? d)
        : ctx.stringValue(field(d, "index"));
    return !!obj && /(^|\.)headers$/.test(ctx.text(obj)) && CRED_HEADER.test(key ?? "");
  }
  // (and a fetch Request's `request.headers.get('authorization')`, Hono's `c.req.header('Authorization')`)
  if (
    d.type === "call_expression" &&
    /^(req|request|ctx|ctx\.request|[\w$]+\.req)\.(get|header)$|(^|\.)headers\.get$/.test(ctx.callee(d))
  )
    return CRED_HEADER.test(ctx.stringValue(ctx.args(d)[0]) ?? "");
  return false;
}

/** The name alternatives of SECRET_NAME, to find them read from a request body. */
const SECRET_WORDS = SECRET_NAME.source.replace(/^\^\(|\)\$$/g, "");
/** The request body itself: `req.body`, `request.body`, `ctx.request.body`. */
const WHOLE_BODY = /^(req|request|ctx\.request|context\.request)\.body$/;
/** Routes whose request bodies carry credentials. */
const SECRET_ROUTE = /log-?in|sign-?in|sign-?up|register|passw|reset|token|auth/i;

export default jsRule({
  meta: {
    id: "JS-LOG-002",
    title: "Password, token or key written to a log",
    cwe: ["CWE-532"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags console.* and logger calls whose arguments include a value named as a password, token, API key, private key or card number (not its length, a boolean about it, or a masked or hashed form).",
      why_bad:
        "Logs are kept long, shipped to third-party services and read by many people: a secret written there is disclosed.",
      example_bad:
        "function login(username, password) {\n  console.log(`login ${username} with ${password}`);\n}",
      example_good: "function login(username, password) {\n  console.log(`login ${username}`);\n}",
    },
    fix_hint: "Log an identifier or a masked form, never the secret itself.",
  },
  trigger: /console\.|[lL]og(ger)?\.|['"]debug['"]/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const fn = field(node, "function");
    if (!fn || !(LOG_CALL.test(ctx.text(fn).replace(/\s+/g, "")) || debugLogger(fn, ctx))) return;
    // An object logged by name is logged with what it was built from: `const cfg = { password: pw }; log(cfg)`.
    const logged = ctx.args(node).flatMap((arg) => {
      const whole = arg.type === "identifier" ? ctx.resolve(arg) : undefined;
      return whole && whole !== arg && whole.type === "object" ? [arg, whole] : [arg];
    });
    for (const arg of logged) {
      const inside = ctx.tree.nodes.filter((d) => d.start >= arg.start && d.end <= arg.end);
      for (const d of inside) {
        let name: string | undefined;
        if (d.type === "identifier" && d.parent?.type !== "member_expression") name = ctx.text(d);
        else if (d.type === "member_expression")
          name = SECRET_ENV.test(ctx.text(d)) ? "secret" : ctx.text(field(d, "property") ?? d);
        else if (d.type === "shorthand_property_identifier") name = ctx.text(d);
        // `Deno.env.get('GITHUB_TOKEN')`: Deno's environment read by a secret's name.
        else if (
          d.type === "call_expression" &&
          ctx.text(field(d, "function") ?? d).replace(/\s+/g, "") === "Deno.env.get" &&
          SECRET_ENV_NAME.test(ctx.stringValue(ctx.args(d)[0]) ?? "")
        )
          name = "secret";
        // `{ password: cfg.dbPassword }`: a secret's key in a logged object, whatever the value is named.
        else if (
          d.type === "pair" &&
          /^(identifier|member_expression|call_expression|subscript_expression)$/.test(
            field(d, "value")?.type ?? "",
          ) &&
          // (not a hashed or masked form: `{ password: bcrypt.hashSync(pw) }`)
          !/hash|crypt|mask|redact|digest|obfuscate|censor/i.test(
            ctx.text(field(field(d, "value")!, "function") ?? field(d, "value")!),
          ) &&
          // (nor one bound to constants only: `const shown = pw ? null : '(hidden)'`)
          ctx.level(field(d, "value"), "code") !== Level.CONST
        )
          name = ctx.text(field(d, "key") ?? d);
        // A request's credential header (`req.headers.authorization`, `req.headers['x-api-key']`,
        // `req.get('Cookie')`): the bearer token, API key or session cookie the client sent.
        if (credentialHeader(d, ctx) && !usedAsAbout(d, ctx.text.bind(ctx))) {
          report({ node, message: "log call writes a credential header of the request" });
          return;
        }
        // `user.getPassword()`: a getter of a secret, called.
        if (name && d.parent?.type === "call_expression" && field(d.parent, "function") === d)
          name = name.replace(/^get_?(?=[A-Za-z])/, "");
        if (!name || !SECRET_NAME.test(name.replace(/['"]/g, "")) || usedAsAbout(d, ctx.text.bind(ctx)))
          continue;
        if (/^token$/i.test(name.replace(/['"]/g, "")) && lexerToken(ctx, node)) continue;
        report({ node, message: `log call writes '${name}'` });
        return;
      }
    }
    // `console.log(process.env)`, `JSON.stringify(process.env)`: the whole environment, its keys and tokens with it.
    for (const arg of ctx.args(node)) {
      const env = ctx.tree.nodes.find(
        (d) =>
          d.start >= arg.start &&
          d.end <= arg.end &&
          d.type === "member_expression" &&
          ctx.text(d).replace(/\s+/g, "") === "process.env" &&
          carriedWhole(d, arg, ctx),
      );
      if (env) {
        report({ node, message: "log call writes the whole environment (its secrets with it)" });
        return;
      }
    }
    // The whole request body (`console.log(JSON.stringify(req.body))`) in a handler whose body carries a
    // password or token: the handler reads such a field from it, or is the login/signup/password route.
    const body = ctx
      .args(node)
      .find((arg) =>
        ctx.tree.nodes.some(
          (d) =>
            d.start >= arg.start &&
            d.end <= arg.end &&
            d.type === "member_expression" &&
            WHOLE_BODY.test(ctx.text(d).replace(/\s+/g, "")) &&
            carriedWhole(d, arg, ctx),
        ),
      );
    if (!body) return;
    const handler = ctx.enclosingFunction(node);
    if (!handler) return;
    const code = ctx.text(handler);
    const route =
      handler.parent?.type === "arguments" ? ctx.stringValue(ctx.args(handler.parent.parent!)[0]) : undefined;
    if (
      new RegExp(`\\.body\\.(${SECRET_WORDS})\\b`, "i").test(code) ||
      new RegExp(`\\{[^}]*\\b(${SECRET_WORDS})\\b[^}]*\\}\\s*=\\s*[\\w$.]*\\.body\\b`, "i").test(code) ||
      (route !== undefined && SECRET_ROUTE.test(route))
    )
      report({ node, message: "log call writes the whole request body, which carries a password or token" });
  },
  cases: {
    valid: [
      "app.use((req, res, next) => { console.log('has auth', !!req.headers.authorization, req.headers['user-agent']); next(); });",
      "function f(password) { console.log('password length', password.length); }",
      "function f(user) { logger.info('reset for ' + user.email); }",
      "function f(token) { console.log('token present:', !!token); }",
      "function compile(tokens) {\n  let token;\n  while (tokens.length) {\n    token = tokens.shift();\n    log.trace('compiling token', token);\n  }\n}",
      "function f(token) { console.log('token', mask(token)); }",
      "function pay(req) {\n  logger.info('charging card ending ' + String(req.body.cardNumber).slice(-4));\n}",
      "console.log('Set the PASSWORD variable');",
      "app.post('/comments', (req, res) => { console.log('comment', JSON.stringify(req.body)); res.sendStatus(204); });",
      "app.post('/login', (req, res) => { console.log('login fields', Object.keys(req.body).length); });",
      "console.log('mode', process.env.NODE_ENV);",
      "function f(cfg) { console.log({ region: cfg.region, token: !!cfg.token }); }",
      "function f(cfg) { console.log('min length', cfg.passwordMinLength); }",
      "console.log('stripe key set:', !!process.env.STRIPE_SECRET_KEY);",
      "const debug = require('debug')('app:db');\nfunction f(cfg) { debug('db %o', { host: cfg.host, password: '[redacted]' }); }",
      "function f(pw) {\n  const u = { name: 'a', password: bcrypt.hashSync(pw, 10) };\n  console.log(u);\n}",
      "function f(password) {\n  const shown = password ? null : '(hidden)';\n  const cfg = { password: shown };\n  console.log(cfg);\n}",
      "function f(req) { console.log({ password: encryptLib.encryptPassword(req.body.password) }); }",
      "export const handler = async () => { console.log({ hasApiKey: Boolean(process.env.OPENAI_API_KEY) }); };",
      "export default { async fetch(request, env) { console.log('environment', env.ENVIRONMENT, request.headers.get('user-agent')); return new Response('ok'); } };",
    ],
    invalid: [
      "export default { async fetch(request, env) { console.log(`stripe key = ${env.STRIPE_SECRET_KEY}`); return new Response('ok'); } };",
      "export default { async fetch(request) { console.log('auth', request.headers.get('Authorization')); return new Response('ok'); } };",
      "console.log('connecting with', Bun.env.SESSION_SECRET);",
      "console.log('gh', Deno.env.get('GITHUB_TOKEN'));",
      "app.use((req, res, next) => { console.log('auth header', req.headers.authorization); next(); });",
      "app.use((req, res, next) => { logger.info(`key ${req.get('X-API-Key')}`); next(); });",
      // (all but the first four characters is still the number)
      "function pay(req) {\n  logger.info('card ' + String(req.body.cardNumber).slice(4));\n}",
      "function login(username, password) { console.log(`login ${username} with ${password}`); }",
      "const logger = require('./logger');\nfunction f(cfg) { logger.debug('connecting', cfg.apiToken); }",
      "function f(req) { console.log({ user: req.body.user, password: req.body.password }); }",
      "app.post('/login', (req, res) => { console.log('login body', JSON.stringify(req.body)); });",
      "function f(pw) {\n  const cfg = { host: 'db', password: pw };\n  console.log(cfg);\n}",
      "console.log('environment', process.env);",
      "const logger = require('./logger');\nlogger.info('env: ' + JSON.stringify(process.env));",
      "function f(user) { console.debug('login for', user.name, user.getPassword()); }",
      "function f(user, cfg) { console.log({ user: user.name, password: cfg.dbPassword }); }",
      "console.error('charge failed with key', process.env.STRIPE_SECRET_KEY);",
      "const debug = require('debug')('app:db');\nfunction f(cfg) { debug('db %o', { host: cfg.host, password: cfg.password }); }",
      "async function forgot(email) {\n  const resetToken = await makeToken(email);\n  logger.warn(`reset link: https://x.site.com/reset?token=${resetToken}`);\n}",
      "function signup(req, res) {\n  const { email, password } = req.body;\n  logger.debug(req.body);\n  save(email, password);\n}",
    ],
  },
});

/**
 * The value reaches the logged argument whole: itself, serialised (`JSON.stringify`, `util.inspect`), inside a
 * string, an object or an array, not a property of it or a count about it (`Object.keys(req.body).length`).
 */
function carriedWhole(n: SyntaxNode, arg: SyntaxNode, ctx: JsContext): boolean {
  for (let c = n; c !== arg; c = c.parent!) {
    const p = c.parent;
    if (!p) return false;
    if (p.type === "arguments") {
      const callee = ctx.callee(p.parent!);
      if (!/^(JSON\.stringify|util\.inspect|inspect|String)$/.test(callee)) return false;
    } else if (
      !/^(call_expression|template_substitution|template_string|binary_expression|pair|object|array|spread_element|parenthesized_expression)$/.test(
        p.type,
      )
    )
      return false;
  }
  return true;
}

/**
 * `token = tokens.shift()`, `for (const token of tokens)`, `tokens.forEach((token) => ...)`: a lexer's or parser's
 * token, taken from a list of them in the function around the log call, not a credential.
 */
function lexerToken(ctx: JsContext, at: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(at);
  const text = fn ? ctx.text(fn) : ctx.tree.source;
  return /\btoken\s*=\s*[\w$.]*\btokens\b(\.(shift|pop|peek|next)\(|\[)|\btoken\s+of\s+[\w$.]*\btokens\b|\btokens\.(forEach|map)\(\s*(function\s*)?\(?\s*token\b/i.test(
    text,
  );
}

/** `password.length`, `!!token`, `typeof token`, `mask(token)`, `token ? ...`: something about the secret, not it. */
function usedAsAbout(n: SyntaxNode, text: (n: SyntaxNode) => string): boolean {
  const p = n.parent;
  if (!p) return false;
  if (p.type === "member_expression" && field(p, "object") === n) return true;
  if (p.type === "unary_expression") return true;
  if (p.type === "ternary_expression" && field(p, "condition") === n) return true;
  if (
    p.type === "binary_expression" &&
    /^(===|!==|==|!=|&&|\|\|)$/.test(p.children.find((c) => !c.named)?.type ?? "")
  )
    return true;
  if (p.type === "arguments" && p.parent?.type === "call_expression") {
    const callee = text(field(p.parent, "function") ?? p.parent);
    // `String(card).slice(-4)`: the last few characters, the masked form a receipt prints.
    const m = p.parent.parent;
    if (
      callee === "String" &&
      m?.type === "member_expression" &&
      field(m, "object") === p.parent &&
      /^(slice|substr)$/.test(text(field(m, "property") ?? m)) &&
      m.parent?.type === "call_expression" &&
      /^\(\s*-\s*[1-4]\s*\)$/.test(text(field(m.parent, "arguments") ?? m.parent))
    )
      return true;
    if (/mask|redact|hash|sha|digest|crypt|obfuscate|censor|length|truncate|fingerprint/i.test(callee))
      return true;
    // `Boolean(process.env.API_KEY)`: whether it is set, not its value.
    if (callee === "Boolean") return true;
  }
  return false;
}
