import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** console.* and logger objects (winston, pino, bunyan, log4js, a `log`/`logger`/`appLogger` of the app's own). */
export const LOG_CALL =
  /^(console\.(log|info|warn|error|debug|trace)|([\w$.]*\.)?([\w$]*(log|Log|LOG)(ger|Ger|GER)?|pino|bunyan|winston|log4js|signale|consola)\.(log|info|warn|warning|error|debug|trace|fatal|verbose|silly|notice|crit|critical))$/;

/** Logging packages whose module, or whose factories' results, are loggers. */
const LOGGER_PACKAGES =
  /^(loglevel|signale|consola|log4js|bunyan|winston|pino|roarr|tslog|npmlog|log|loglevel-plugin-prefix)$/;

/**
 * `l4.info(msg)` of `const l4 = log4js.getLogger('auth')`, `child.error(msg)` of `const child = logger.child({...})`,
 * `loglevel.debug(msg)` of `require('loglevel')`, `signale.info` of `new Signale()`: a level method of a logger the
 * file makes with a logging library, whatever the local is called.
 */
function libraryLoggerCall(target: SyntaxNode, ctx: JsContext, depth = 0): boolean {
  if (target.type !== "member_expression" || depth > 3) return false;
  const method = ctx.text(field(target, "property") ?? target);
  if (
    !/^(log|info|warn|warning|error|debug|trace|fatal|verbose|silly|notice|crit|critical|success|fail)$/.test(
      method,
    )
  )
    return false;
  return madeLogger(field(target, "object") ?? undefined, ctx, depth);
}

function madeLogger(obj: SyntaxNode | undefined, ctx: JsContext, depth: number): boolean {
  if (!obj || depth > 3) return false;
  const made = obj.type === "identifier" ? ctx.resolve(obj) : obj;
  if (!made || made === obj) return false;
  if (made.type === "new_expression") return /(^|\.)(Signale|Logger|Consola)$/.test(ctx.callee(made));
  if (made.type !== "call_expression") return false;
  const callee = ctx.callee(made);
  if (callee === "require") {
    const pkg = ctx.stringValue(ctx.args(made)[0]);
    return !!pkg && LOGGER_PACKAGES.test(pkg);
  }
  if (
    /^(log4js|bunyan|winston|tslog|consola|loglevel)\.(getLogger|createLogger|create|withTag)$/.test(callee)
  )
    return true;
  if (/^(pino|bunyan)(\.default)?$/.test(callee)) return true;
  // `logger.child({ route })`, `consola.withTag('x')`: a child of a logger is one.
  if (/^(child|withTag|scope|getLogger)$/.test(ctx.method(made))) {
    const f = field(made, "function");
    const recv = f?.type === "member_expression" ? field(f, "object") : undefined;
    if (!recv) return false;
    const name = ctx.text(recv);
    return LOG_CALL.test(`${name}.info`) || madeLogger(recv, ctx, depth + 1);
  }
  return false;
}

/** A server's own access/diagnostic lines written straight to its output streams. */
const STREAM_WRITE = /^process\.(stdout|stderr)\.write$/;

/**
 * The arguments a printf-style format string (util.format's, and the loggers' that follow it: debug, pino, bunyan,
 * winston's splat) prints as a number or an inspected object: those after the format consumed by `%d`, `%i`, `%f`,
 * `%j`, `%o`, `%O`. Neither form can carry a raw line break.
 */
function numericFormatArgs(ctx: JsContext, args: SyntaxNode[]): Set<SyntaxNode> {
  const out = new Set<SyntaxNode>();
  const at = args.findIndex((a) => a.type === "string" || a.type === "template_string");
  if (at < 0) return out;
  const format = ctx.stringValue(args[at]);
  if (format === undefined) return out;
  const specs = [...format.matchAll(/%([sdifjoOc%])/g)].map((m) => m[1]!).filter((c) => c !== "%");
  specs.forEach((c, k) => {
    const arg = args[at + 1 + k];
    if (arg && /^[difjoO]$/.test(c)) out.add(arg);
  });
  return out;
}

/** Names of log-entry builders: `log_entry`, `logLine`, `generate_receive_log`, `formatLog` (not `login`, `catalog`). */
const LOG_NAME = /^(log|logs|logger|logfile)([A-Z_]|$)|[a-z0-9_]Log([A-Z_]|$)|_log(_|$)/;

/** The name a function is known by: its declaration, or the variable or property it is bound to. */
function functionName(fn: SyntaxNode, ctx: JsContext): string {
  const own = fn.children.find((c) => c.field === "name");
  if (own) return ctx.text(own);
  const p = fn.parent;
  const key = p && (p.type === "variable_declarator" ? "name" : p.type === "pair" ? "key" : undefined);
  const n = key ? p.children.find((c) => c.field === key) : undefined;
  return n ? ctx.text(n) : "";
}

/**
 * The raw request target: the HTTP parser rejects a CR or LF in it and percent-escapes stay encoded there
 * (`req.url`, Express's `req.path` and `req.originalUrl`, Koa's `ctx.url`/`ctx.path`): one line, as sent.
 */
const RAW_TARGET = /^(req|request|ctx|ctx\.request)\.(url|originalUrl|path)$/;

/** The request method and HTTP version: tokens of the request line, which holds no CR or LF either. */
const REQUEST_LINE = /^(req|request|ctx|ctx\.request)\.(method|httpVersion)$/;

/**
 * The peer's address and what the framework derives from the Host / X-Forwarded-* headers (`req.ip`, `req.ips`,
 * `req.hostname`, `req.protocol`, the socket's remoteAddress), and the request id a middleware or Fastify sets
 * (`req.id`: a generated uuid or counter, or the X-Request-Id header's value): an address, a header token or an id,
 * and the HTTP parser rejects a CR or LF in any header value, so none of them can start a new log line.
 */
const PEER_TOKEN =
  /^(req|request|ctx|ctx\.request)\.(ip|ips|hostname|protocol|id)$|^(req|request)\.(socket|connection)\.remoteAddress$/;

/**
 * An error's stack trace (`err.stack`, `error.stack`): many lines by design (message, then one line per frame), so a
 * log that takes it is already read entry by entry, not line by line; what it adds is the program's own frames.
 */
const STACK_TRACE = /(^|\.)stack$/;

/** Methods that keep a string on one line: they cut, trim or recase it, or replace with a given string. */
const ONE_LINE_METHOD =
  /^(replace|replaceAll|slice|substring|substr|trim|trimStart|trimEnd|toLowerCase|toUpperCase|toString)$/;

/** What a WHATWG URL object serialises to: its parser drops tabs and line breaks and percent-encodes the rest. */
const URL_PART = /^(href|origin|protocol|host|hostname|port|pathname|search|hash)$/;

/** `new URL(...)`, directly or through a name bound once. */
function urlObject(ctx: JsContext, n: SyntaxNode | undefined, depth = 0): boolean {
  if (!n || depth > 4) return false;
  if (n.type === "new_expression") return /^(URL|url\.URL)$/.test(ctx.text(field(n, "constructor") ?? n));
  if (n.type !== "identifier") return false;
  const r = ctx.resolve(n);
  return !!r && r !== n && urlObject(ctx, r, depth + 1);
}

/** The request's header map: Node's `req.headers`, Koa's `ctx.headers`, a fetch Request's `request.headers`. */
const HEADERS = /^(req|request|ctx|ctx\.request)\.(headers|header)$/;

/**
 * One header's value as received: `req.headers['x-signature']`, `req.headers.host`, Express's `req.get(name)` /
 * `req.header(name)`, Koa's `ctx.get(name)`, a fetch Request's `request.headers.get(name)`. Node's HTTP parser (and
 * the fetch Headers class) reject a CR or LF in a header value, so such a value cannot start a forged line; what is
 * left is an audit hint (LOW). Decoded (`decodeURIComponent(...)`) it is no longer as received.
 */
function headerValue(ctx: JsContext, p: SyntaxNode): boolean {
  if (p.type === "subscript_expression" || p.type === "member_expression") {
    const o = field(p, "object");
    // (or a handler's `headers` parameter / local, the request's header map handed on: `headers['x-hub-signature']`)
    return (
      !!o &&
      (HEADERS.test(ctx.qname(o)) ||
        (o.type === "identifier" && /^(headers|reqHeaders|requestHeaders)$/.test(ctx.text(o))))
    );
  }
  if (p.type !== "call_expression") return false;
  const c = ctx.callee(p);
  return /^(req|request|ctx|ctx\.request)\.(get|header)$/.test(c) || /^(req|request)\.headers\.get$/.test(c);
}

/**
 * A value that holds no line break: the raw request target, the request line's tokens, a peer token, a stack
 * trace (see above), or one of them cut, trimmed or rewritten (`const token = req.url.replace(/^.*\/api\//, '')`,
 * through names bound once) with a replacement that brings no line break. With `headers`, a header's value as
 * received counts too.
 */
function oneLine(ctx: JsContext, p: SyntaxNode, depth = 0, headers = false): boolean {
  if (depth > 6) return false;
  const q = ctx.qname(p);
  if (RAW_TARGET.test(q) || REQUEST_LINE.test(q) || PEER_TOKEN.test(q) || STACK_TRACE.test(q)) return true;
  if (headers && headerValue(ctx, p)) return true;
  if (
    p.type === "as_expression" ||
    p.type === "non_null_expression" ||
    p.type === "parenthesized_expression"
  ) {
    const e = namedChildren(p)[0];
    return !!e && oneLine(ctx, e, depth + 1, headers);
  }
  if (urlObject(ctx, p)) return true;
  // `h ?? ''`, `h || 'none'`: either side, each one line (a literal without a line break).
  if (p.type === "binary_expression" && /^(\?\?|\|\|)$/.test(p.children.find((c) => !c.named)?.type ?? "")) {
    const ops = [field(p, "left"), field(p, "right")];
    return ops.every((o) => {
      const v = o?.type === "string" ? ctx.stringValue(o) : undefined;
      return !!o && (v !== undefined ? !/[\r\n]/.test(v) : oneLine(ctx, o, depth + 1, headers));
    });
  }
  if (p.type === "member_expression") {
    const prop = ctx.text(field(p, "property") ?? p);
    if (URL_PART.test(prop) && urlObject(ctx, field(p, "object"))) return true;
  }
  if (p.type === "identifier") {
    const r = ctx.resolve(p);
    return !!r && r !== p && oneLine(ctx, r, depth + 1, headers);
  }
  if (p.type === "subscript_expression") {
    // `req.url.split('?')[0]`: a piece of a split line
    const o = field(p, "object");
    return o?.type === "call_expression" && ctx.method(o) === "split" && oneLine(ctx, o, depth + 1, headers);
  }
  if (p.type !== "call_expression") return false;
  // `util.inspect(v)`, `JSON.stringify(v)`: a string's line breaks come out escaped (`\n`), quoted.
  if (/^((node:)?util\.)?inspect$|^JSON\.stringify$/.test(ctx.callee(p))) return true;
  // `String(v)`, `Buffer.from(v, 'utf8')`: the same characters.
  if (/^(String|Buffer\.from)$/.test(ctx.callee(p))) {
    const a = ctx.args(p)[0];
    return !!a && oneLine(ctx, a, depth + 1, headers);
  }
  const m = ctx.method(p);
  if (m !== "split" && !ONE_LINE_METHOD.test(m)) return false;
  if (/^replace(All)?$/.test(m)) {
    const by = ctx.args(p)[1];
    const v = by ? ctx.stringValue(by) : undefined;
    if (v === undefined || /[\r\n]/.test(v)) return false;
  }
  const f = field(p, "function");
  const recv = f?.type === "member_expression" ? field(f, "object") : undefined;
  return !!recv && oneLine(ctx, recv, depth + 1, headers);
}

/** The parts a message is glued from: the operands of `+` and the substitutions of a template. */
function pieces(n: SyntaxNode, depth = 0): SyntaxNode[] {
  if (depth > 12) return [n];
  const kids = namedChildren(n).filter((c) => c.type !== "comment");
  if (n.type === "parenthesized_expression" && kids[0]) return pieces(kids[0], depth + 1);
  if (n.type === "binary_expression" && n.children.some((c) => !c.named && c.type === "+"))
    return kids.flatMap((c) => pieces(c, depth + 1));
  if (n.type === "template_string")
    return kids
      .filter((c) => c.type === "template_substitution")
      .flatMap((c) =>
        namedChildren(c)
          .filter((x) => x.type !== "comment")
          .flatMap((x) => pieces(x, depth + 1)),
      );
  return [n];
}

/** What a string has: a name read only through these may be one. */
const STRING_MEMBER =
  /^(length|replace|replaceAll|trim|trimStart|trimEnd|split|toLowerCase|toUpperCase|slice|substring|substr|includes|startsWith|endsWith|indexOf|lastIndexOf|match|matchAll|search|charAt|charCodeAt|codePointAt|concat|padStart|padEnd|normalize|at|toString|valueOf|repeat|localeCompare)$/;

/**
 * `name` is an object by its use in the function around `node`: read there through a field no string has
 * (`part.file`, `part.fieldname`, `f.filepath`), never a string's member.
 */
function objectByUse(ctx: JsContext, node: SyntaxNode, name: string): boolean {
  const fn = ctx.enclosingFunction(node);
  if (!fn) return false;
  const esc = name.replace(/[$]/g, "\\$");
  const props = [
    ...ctx.text(fn).matchAll(new RegExp(`(?<![\\w$.])${esc}\\??\\.([A-Za-z_$][\\w$]*)`, "g")),
  ].map((m) => m[1]!);
  return props.length > 0 && props.every((p) => !STRING_MEMBER.test(p));
}

/** `name` is the first parameter of the function around `node` (a Lambda-style `async (event, context) => ...`). */
function handlerParam(ctx: JsContext, node: SyntaxNode, name: string): boolean {
  const fn = ctx.enclosingFunction(node);
  const params = fn ? field(fn, "parameters") : undefined;
  const first = params ? namedChildren(params)[0] : fn ? field(fn, "parameter") : undefined;
  return !!first && first.type === "identifier" && ctx.text(first) === name;
}

/**
 * `window.addEventListener('message', fn)` (or on self / globalThis, or bare), `window.onmessage = fn`,
 * `self.onmessage = fn`: fn runs in a page or web worker. (`ws.on('message')`, `parentPort.on('message')` and an
 * object's own addEventListener are not matched: those may be a server's.)
 */
function inBrowserMessageListener(node: SyntaxNode, ctx: JsContext): boolean {
  for (let fn = ctx.enclosingFunction(node); fn; fn = ctx.enclosingFunction(fn)) {
    const holder = fn.parent;
    if (holder?.type === "arguments") {
      const call = holder.parent;
      const q = call ? ctx.callee(call) : "";
      if (
        call &&
        /^((window|self|globalThis)\.)?addEventListener$/.test(q) &&
        ctx.stringValue(ctx.args(call)[0]) === "message"
      )
        return true;
    }
    if (
      holder?.type === "assignment_expression" &&
      /^((window|self|globalThis)\.)?onmessage$/.test(ctx.text(field(holder, "left") ?? holder))
    )
      return true;
  }
  return false;
}

export default jsRule({
  meta: {
    id: "JS-LOG-001",
    title: "Request data written to a log line with its line breaks",
    cwe: ["CWE-117"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a log-entry builder (a function named for logs) returns a caller's text with its line breaks",
      },
      {
        severity: "LOW",
        when: "the request's own JSON logger (Fastify's or restify's `request.log`) writes the request data",
      },
    ],
    docs: {
      what_it_does:
        "Flags console.log/info/warn/error and logger calls (winston, pino, bunyan, log4js, an app's `logger`) whose message text embeds request data (query, body, params, headers, Lambda events) that no `.replace(/[\\r\\n]/g, ...)` has cleaned. Values passed inside an object (structured logging, serialised with escapes) are not flagged.",
      why_bad:
        "A value holding '\\n' ends the log entry and starts a forged one ('Login failed for x\\nINFO Login succeeded for admin'): log readers, alerting and audits trust lines the attacker wrote (CWE-117).",
      example_bad:
        "app.post('/login', (req, res) => {\n  console.log('Login failed for ' + req.body.username);\n});",
      example_good:
        "app.post('/login', (req, res) => {\n  console.log('Login failed for ' + String(req.body.username).replace(/[\\r\\n]/g, ''));\n});",
    },
    fix_hint:
      "Strip or escape \\r and \\n before logging (`.replace(/[\\r\\n]/g, '')`), or log the value as a field of a structured (JSON) entry.",
  },
  trigger:
    /console\.|process\.std(out|err)\.write|[lL]og(ger)?\.|pino\.|bunyan\.|winston\.|log4js\.|signale\.|consola\.|loglevel|getLogger\(|createLogger\(|Signale\(|\.child\(|_log\b|_log_|(?<=[a-z0-9])Log[A-Z_\s(]|\blog[A-Z_]/,
  nodeTypes: ["call_expression", "return_statement"],
  detect(node, ctx, report) {
    if (node.type === "return_statement") {
      // A function named for log entries (`generate_receive_log`, `formatLogLine`, `logEntry`) that returns a
      // line built from its caller's text: whatever logs the result inherits the forged lines.
      const fn = ctx.enclosingFunction(node);
      const name = fn ? functionName(fn, ctx) : "";
      const value = node.children.find((c) => c.named && c.type !== "comment");
      if (!LOG_NAME.test(name) || !value || !ctx.isBuiltString(value)) return;
      const level = ctx.level(value, "log");
      if (level >= Level.PARAM)
        report({
          node,
          severity: level === Level.SOURCE ? undefined : "LOW",
          message: "log entry built from text that may hold CR/LF",
        });
      return;
    }
    // The receiver as written: `logger.info` whatever module (`require('./logger')`) the logger came from.
    const fn = node.children.find((c) => c.field === "function");
    if (!fn) return;
    // A logger reached through an alias: `const log = console.log; log(x)`, `const out = { write: console.info }`.
    let target = fn;
    if (fn.type === "identifier") target = ctx.resolve(fn) ?? fn;
    else if (fn.type === "member_expression") {
      const obj = fn.children.find((c) => c.field === "object");
      const prop = fn.children.find((c) => c.field === "property");
      const held =
        obj?.type === "identifier" && prop ? ctx.prop(ctx.resolve(obj), ctx.text(prop)) : undefined;
      if (held) target = held;
    }
    if (target.type !== "identifier" && target.type !== "member_expression") return;
    const callee = ctx.text(target).replace(/\s+/g, "");
    if (!LOG_CALL.test(callee) && !STREAM_WRITE.test(callee) && !libraryLoggerCall(target, ctx)) return;
    // The request's own logger in Fastify (pino) and restify (bunyan): `request.log.info(...)`, `req.log.warn(...)`
    // write one JSON record per call, the message a JSON string with its line breaks escaped (a pretty-printing
    // transport still prints them): an audit hint.
    const json = /^(req|request|reply)\.log\.\w+$/.test(callee);
    // The browser's console inside a page's (or web worker's) message listener: devtools shows each call as one
    // entry, there is no log file whose lines a CR/LF could forge.
    if (/^console\.\w+$/.test(callee) && inBrowserMessageListener(node, ctx)) return;
    const args = ctx.args(node);
    const formatted = numericFormatArgs(ctx, args);
    for (const arg of args) {
      // Objects and arrays are serialised (JSON or util.inspect), which escapes line breaks.
      if (arg.type === "object" || arg.type === "array") continue;
      // `log.debug('caching for %d seconds', decision.ttl)`: printed as a number (or inspected, `%j` / `%o`).
      if (formatted.has(arg)) continue;
      // ... when held in a name too: bunyan's `log.info(record, 'handled: %d', code)`, `log('sent', payload)`.
      const held = arg.type === "identifier" ? ctx.resolve(arg) : undefined;
      if (held && held !== arg && (held.type === "object" || held.type === "array")) continue;
      // So are the request's parsed query, route parameters, headers and cookies, which are always objects.
      if (
        /^(req|request|ctx\.request|ctx)\.(query|params|headers|cookies|signedCookies|files?)$/.test(
          ctx.qname(arg),
        )
      )
        continue;
      // An array made by map/filter/slice (`files.map((f) => f.filepath)`), or a name the function reads fields
      // of that no string has (`if (part.file) ...; console.log(part)`): an object, printed through util.inspect.
      if (arg.type === "call_expression" && /^(map|filter|slice|concat|flat|flatMap)$/.test(ctx.method(arg)))
        continue;
      // `logger.debug('running ' + op.type, req)`: the request object itself handed on as the entry's metadata,
      // printed through util.inspect or serialised - an object, whose strings come out quoted and escaped.
      if (/^(req|request)$/.test(ctx.qname(arg))) continue;
      if (arg.type === "identifier" && objectByUse(ctx, node, ctx.text(arg))) continue;
      // `console.log('received:', event)`: a Lambda handler's event parameter whole, a parsed JSON object (API
      // Gateway, SQS, EventBridge), printed through util.inspect like any object.
      if (
        arg.type === "identifier" &&
        /^(event|evt)$/.test(ctx.text(arg)) &&
        handlerParam(ctx, node, ctx.text(arg))
      )
        continue;
      if (ctx.level(arg, "log") !== Level.SOURCE) continue;
      const parts = pieces(arg);
      if (parts.every((p) => oneLine(ctx, p) || ctx.level(p, "log") !== Level.SOURCE)) continue;
      // Only header values as received: no CR/LF can reach them through the HTTP parser.
      const asHeaders = parts.every((p) => oneLine(ctx, p, 0, true) || ctx.level(p, "log") !== Level.SOURCE);
      report({
        node,
        severity: json || asHeaders ? "LOW" : undefined,
        message: json
          ? "request data in a JSON logger's message (escaped there; a pretty-printer shows its line breaks)"
          : asHeaders
            ? "log line embeds a request header's value (the HTTP parser rejects CR/LF there: an audit hint)"
            : "log line embeds request data that may hold CR/LF",
      });
      return;
    }
  },
  cases: {
    valid: [
      "window.addEventListener('message', (e) => {\n  if (e.source !== frame.contentWindow) return;\n  console.log('got ' + e.data);\n});",
      "self.onmessage = (e) => { console.warn('job ' + e.data.id + ' started'); };",
      "app.post('/login', (req, res) => {\n  const u = String(req.body.username || '');\n  logger.warn('Failed login for ' + u.replace(/[\\r\\n]/g, '_') + ' from ' + req.ip + ' via ' + req.socket.remoteAddress);\n});",
      "app.post('/l', (req, res) => { console.log('failed for ' + req.body.u.replace(/[\\r\\n]/g, '')); });",
      "app.get('/q', (req, res) => { console.log(req.query, req.params); });",
      "http.createServer((req, res) => {\n  console.log('Got request: ' + req.method + ' ' + req.url);\n});",
      "fastify.post('/u', async (req) => {\n  for await (const part of req.parts()) {\n    if (part.file) console.log(part);\n  }\n});",
      "app.post('/u', (req, res) => { console.log('files', req.files); });",
      "app.get('/s', (req, res) => { logger.info('search', { q: req.query.q }); });",
      "app.post('/l', (req, res) => { console.log('failed for ' + encodeURIComponent(req.body.u)); });",
      "const ESAPI = require('node-esapi');\napp.post('/l', (req, res) => { console.log('failed for %s', ESAPI.encoder().encodeForHTML(req.body.u)); });",
      "app.post('/l', (req, res) => { console.log('failed for ' + escape(req.body.u)); });",
      "console.log('Using database ' + process.env.DB_HOST);",
      "function f(u) { console.log('user ' + u); }",
      "function generate_receive_log(msg) {\n  msg = msg.replace(/[\\n\\r]/g, ' ');\n  return `[${new Date().toISOString()}] Received: ${msg}`;\n}",
      "function catalogTitle(name) { return `Catalog: ${name}`; }",
      "console.error('blocked for ' + window.location.href);",
      "app.get('/s', (req, res) => { console.log('count', req.query.ids.length); });",
      "const say = makeSpeaker();\napp.get('/s', (req, res) => { say('search by ' + req.query.user); });",
      "app.use((req, res) => { log.info({ q: req.query.q, ua: req.headers['user-agent'] }, 'handled'); });",
      "app.use((req, res) => {\n  const rec = { q: req.query.q };\n  log.info(rec, 'handled: %d', res.statusCode);\n});",
      "app.use((req, res) => { logger.verbose('no route for (%s)', req.url); res.sendStatus(404); });",
      "app.get('/u', (req, res) => { logger.debug('URL import handler running', null, req.id); res.end(); });",
      "app.use((err, req, res, next) => { logger.debug(err.stack); res.status(500).end(); });",
      "wss.on('connection', (ws, req) => {\n  const full = req.url;\n  const token = full.replace(/^.*\\/api\\//, '');\n  logger.info(`connection received from ${token}`);\n});",
      "const log4js = require('log4js');\nconst l4 = log4js.getLogger('auth');\napp.post('/l', (req, res) => { l4.info('login attempt', { user: encodeURIComponent(req.body.user) }); res.end(); });",
      "const pino = require('pino');\nconst child = pino().child({ route: 'x' });\napp.post('/o', (req, res) => { child.info({ coupon: req.body.coupon }, 'rejected coupon'); res.end(); });",
      "const cache = new Map();\nconst child = cache.child({ a: 1 });\napp.post('/o', (req, res) => { child.error('x ' + req.body.c); res.end(); });",
    ],
    invalid: [
      "app.post('/login', (req, res) => {\n  logger.warn('Failed login for ' + req.body.username + ' from ' + req.ip);\n});",
      {
        code: "fastify.get('/x', async (request, reply) => {\n  request.log.info(`no route ${request.query.p}`);\n});",
        line: 2,
        severity: "LOW",
      },
      {
        code: "function generate_receive_log(msg) {\n  return `[${new Date().toISOString()}] Received: ${msg}`;\n}",
        line: 2,
        severity: "LOW",
      },
      {
        code: "app.post('/l', (req, res) => {\n  console.log('Login failed for ' + req.body.username);\n});",
        line: 2,
      },
      "app.get('/s', (req, res) => { logger.warn(`search by ${req.query.user}`); });",
      "const pino = require('pino')();\napp.use(async (ctx) => { pino.info('page ' + ctx.query.page); });",
      "exports.handler = async (event) => { console.error('bad id %s', event.pathParameters.id); };",
      "const logger = require('./logger');\nmodule.exports = (req, res) => { logger.info('from ' + req.headers['user-agent']); };",
      "const say = console.log;\napp.get('/s', (req, res) => { say('search by ' + req.query.user); });",
      "app.get('/u', (req, res) => { logger.info('import ' + req.query.url + ' for ' + req.id); res.end(); });",
      "app.get('/u', (req, res) => {\n  const path = decodeURIComponent(req.url).replace(/^\\/+/, '');\n  logger.info(`fetching ${path}`);\n  res.end();\n});",
      "function escape(s) { return s; }\napp.post('/l', (req, res) => { console.log('failed for ' + escape(req.body.u)); });",
      "const logLine = console.log;\napp.get('/l', (req, res) => { logLine('user ' + req.query.u); });",
      "const audit = { write: console.info };\napp.get('/l', (req, res) => { audit.write('user ' + req.query.u); });",
      "app.use((req, res, next) => {\n  process.stdout.write(`${req.method} ${req.get('user-agent')}\\n`);\n  next();\n});",
      "const log4js = require('log4js');\nconst l4 = log4js.getLogger('auth');\napp.post('/l', (req, res) => { l4.info(`login attempt from ${req.body.user}`); res.end(); });",
      "const loglevel = require('loglevel');\napp.get('/s', (req, res) => { loglevel.debug('lookup for ' + req.query.sku); res.end(); });",
      "const pino = require('pino');\nconst plog = pino();\napp.post('/o', (req, res) => {\n  const child = plog.child({ route: 'o' });\n  child.error('rejected coupon ' + req.body.coupon);\n  res.end();\n});",
      "const { Signale } = require('signale');\nconst out = new Signale();\napp.get('/s', (req, res) => { out.info('search: ' + req.query.q); res.end(); });",
    ],
  },
});
