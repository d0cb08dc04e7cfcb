import type { JsContext } from "../../dataflow/javascript.js";
import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { regexEscape } from "../../../core/regex.js";

/** Access-Control-Allow-Credentials: true is sent alongside (object entry or header call). */
/**
 * A literal `*` origin: browsers refuse credentialed requests to it (with or without Allow-Credentials), so only
 * public data is exposed - the rule's LOW variant, as for cors() with its defaults.
 */
const WILDCARD = "Access-Control-Allow-Origin: * (no credentials are sent to a wildcard origin)";

function credentialed(text: string): boolean {
  return /['"]Access-Control-Allow-Credentials['"]\s*[:,]\s*['"]?true/i.test(text);
}

/**
 * The reflected origin is checked against something fixed: a list holding it (`ALLOWED.includes(origin)`,
 * `set.has(origin)`), equality, or a pattern test. A test of the origin's own text for a substring or a suffix
 * (`origin.includes('example.com')`, `origin.endsWith('example.com')`) is no check: `https://example.com.evil.net`
 * and `https://evilexample.com` pass.
 */
function vettedOrigin(fnText: string, value: string): boolean {
  const v = regexEscape(value);
  return new RegExp(
    `\\.(includes|has|indexOf)\\(\\s*${v}\\s*\\)|${v}\\s*[!=]==|[!=]==\\s*${v}\\b|\\.test\\(\\s*${v}\\s*\\)|\\.indexOf\\(\\s*${v}\\s*\\)` +
      // A table of allowed origins: `hasOwnProperty.call(ALLOWED, origin)`, `Object.hasOwn(ALLOWED, origin)`,
      // `origin in ALLOWED`, `ALLOWED[origin] !== undefined`.
      `|(hasOwnProperty(\\.call)?|Object\\.hasOwn)\\(\\s*([\\w$.]+\\s*,\\s*)?${v}\\s*\\)|\\b${v}\\s+in\\s+[\\w$]|\\[\\s*${v}\\s*\\]\\s*!==?\\s*(undefined|null)\\b`,
  ).test(fnText);
}

/**
 * What decides whether the header line runs: the conditions of the enclosing `if`s that test the value when
 * there are any, otherwise the whole function (an early `return` guard).
 */
function guardText(node: SyntaxNode, value: string, ctx: JsContext): string {
  const conds: string[] = [];
  for (let a = node.parent; a && a !== ctx.enclosingFunction(node); a = a.parent) {
    const cond = a.type === "if_statement" ? field(a, "condition") : undefined;
    if (cond && ctx.text(cond).includes(value)) conds.push(ctx.text(cond));
  }
  if (conds.length) return conds.join("\n");
  // Only what runs before the header can guard it: an allow-list test in a later `else if` branch (a Worker's
  // fetch that reflects on one path and checks on another) guards nothing here.
  const fn = ctx.enclosingFunction(node) ?? node;
  return ctx.tree.source.slice(fn.start, node.start);
}

/**
 * `origin: (origin, cb) => cb(null, true)` / `cb(null, origin)` with no test of the origin (cors, socket.io's
 * `cors` option): a callback that passes every origin.
 */
function passesEveryOrigin(ctx: JsContext, fn: SyntaxNode | undefined): boolean {
  return (
    !!fn &&
    /^(arrow_function|function_expression|function)$/.test(fn.type) &&
    /\(\s*null\s*,\s*(true|origin)\s*\)/.test(ctx.text(fn)) &&
    !/\.(includes|has|indexOf|test|match|endsWith|startsWith)\(|===|!==/.test(ctx.text(fn))
  );
}

/**
 * `new Response(body, { headers: { 'Access-Control-Allow-Origin': req.headers.get('origin') } })`, a Lambda's
 * returned `headers: { ... }`: the header as an entry of a headers object no header call receives (those calls
 * are judged at the call). The request's Origin put back unvetted lets every site in; with credentials it reads
 * the visitor's private data.
 */
function reflectedHeaderEntry(
  pair: SyntaxNode,
  ctx: JsContext,
  report: (r: { node: SyntaxNode; message: string; severity?: "LOW" }) => void,
): void {
  const key = ctx.stringValue(field(pair, "key")) ?? ctx.text(field(pair, "key") ?? pair);
  if (!/^access-control-allow-origin$/i.test(key)) return;
  const v = field(pair, "value");
  const obj = pair.parent;
  if (!v || obj?.type !== "object") return;
  const call = obj.parent?.type === "arguments" ? obj.parent.parent : undefined;
  if (call?.type === "call_expression" && /\.(writeHead|set|header|setHeader)$/.test(ctx.callee(call)))
    return;
  if (ctx.level(v, "header") !== Level.SOURCE) return;
  const chosen = ctx.resolve(v) ?? v;
  if (
    chosen.type === "ternary_expression" &&
    /\.(includes|has|indexOf|test)\(|===|!==/.test(ctx.text(field(chosen, "condition") ?? chosen))
  )
    return;
  const vt = ctx.text(v);
  if (vettedOrigin(guardText(pair, vt, ctx), vt)) return;
  if (credentialed(ctx.text(obj)))
    report({
      node: pair,
      message: "Access-Control-Allow-Origin reflects the request's origin with credentials",
    });
  else
    report({
      node: pair,
      severity: "LOW",
      message: "Access-Control-Allow-Origin reflects the request's origin: every site is allowed",
    });
}

export default jsRule({
  meta: {
    id: "JS-CORS-001",
    title: "CORS allows any origin",
    cwe: ["CWE-942", "CWE-346"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "any origin without credentials: browsers send no cookies cross-origin, so only public data is exposed",
      },
    ],
    docs: {
      what_it_does:
        "Flags cors() without options or with origin '*'/true together with credentials, and Access-Control-Allow-Origin headers (setHeader, writeHead) that are * or reflect the request's origin.",
      why_bad:
        "Any website can read responses from a visitor's browser; with credentials it reads their private data.",
      example_bad: "const cors = require('cors');\napp.use(cors({ origin: true, credentials: true }));",
      example_good:
        "const cors = require('cors');\napp.use(cors({ origin: ['https://app.example.com'], credentials: true }));",
    },
    fix_hint: "List trusted origins explicitly; never reflect arbitrary origins with credentials.",
  },
  trigger: /cors|Cors|Access-Control/,
  nodeTypes: ["call_expression", "pair"],
  detect(node, ctx, report) {
    // hapi route or server options: `cors: { origin: ['*'], credentials: true }` echoes any origin with cookies.
    if (node.type === "pair") {
      const value = field(node, "value");
      if (ctx.text(field(node, "key") ?? node).replace(/['"]/g, "") !== "cors" || value?.type !== "object") {
        reflectedHeaderEntry(node, ctx, report);
        return;
      }
      const t = ctx.text(value).replace(/\s+/g, "");
      // (socket.io's `cors: { origin: (origin, cb) => cb(null, true) }`: a callback that passes every origin.)
      const anyByCallback = passesEveryOrigin(ctx, ctx.prop(value, "origin"));
      if ((/origin:(\[['"]\*['"]\]|['"]\*['"]|true)/.test(t) || anyByCallback) && /credentials:true/.test(t))
        report({ node, message: "any origin allowed with credentials" });
      return;
    }
    const q = ctx.callee(node);
    const callText = ctx.text(node).replace(/\s+/g, "");
    // The cors middleware, and Nest's `app.enableCors(options)` (the same options, passed to it).
    const plugin = ctx.method(node) === "register" ? ctx.args(node)[0] : undefined;
    const fastifyCors =
      !!plugin &&
      /^(@fastify\/cors|fastify-cors)$/.test(
        // `register(require('@fastify/cors'), ...)`, `register(cors, ...)` with cors imported from it.
        ctx.stringValue(ctx.args(plugin)[0]) ??
          (plugin.type === "identifier" ? ctx.qname(plugin) : ctx.callee(plugin)),
      );
    if (
      /^(cors|@koa\/cors|koa-cors|kcors|koa2-cors|hono\/cors\.cors|@elysiajs\/cors\.cors)$/.test(q) ||
      ctx.method(node) === "enableCors" ||
      fastifyCors
    ) {
      const given = ctx.args(node)[fastifyCors ? 1 : 0];
      // `const policy = { origin: '*' }; app.use(cors(policy))`: the options object bound to a name first.
      const bound = given?.type === "identifier" ? ctx.resolve(given) : undefined;
      const opts = bound?.type === "object" ? bound : given;
      const t = bound?.type === "object" ? ctx.text(bound).replace(/\s+/g, "") : callText;
      // `origin: (origin, cb) => cb(null, true)` / `cb(null, origin)` with no test of the origin: every one passes.
      const fn = ctx.prop(opts, "origin");
      const anyByCallback = passesEveryOrigin(ctx, fn);
      // koa `origin: (ctx) => ctx.get('Origin')`: the function hands back whatever origin the request names.
      const reflects =
        !!fn &&
        /^(arrow_function|function_expression|function)$/.test(fn.type) &&
        /\.get\(\s*['"]origin['"]\s*\)|headers\.origin|header\.origin|headers\[['"]origin['"]\]/i.test(
          ctx.text(fn),
        ) &&
        !/\.(includes|has|indexOf|test|match|endsWith|startsWith)\(|===|!==|\?/.test(ctx.text(fn));
      // Hono `origin: (origin) => origin` (the function returns the origin to allow): its first parameter handed
      // back unchanged, whatever site sent it.
      const params = fn ? (field(fn, "parameters") ?? field(fn, "parameter")) : undefined;
      const first = params
        ? params.type === "identifier"
          ? params
          : namedChildren(params).find((c) => c.type !== "comment")
        : undefined;
      const p0 = first
        ? ctx
            .text(field(first, "pattern") ?? first)
            .split(/[:=]/)[0]!
            .trim()
        : "";
      const body = fn ? field(fn, "body") : undefined;
      const echoes =
        !!fn &&
        !!body &&
        /^[\w$]+$/.test(p0) &&
        (ctx.text(body) === p0 || new RegExp(`^\\{\\s*return\\s+${p0}\\s*;?\\s*\\}$`).test(ctx.text(body)));
      // `origin: /example\.com/` (or a list of such): a pattern not anchored at both ends also matches
      // `https://example.com.evil.net` and `https://notexample.com`.
      const patterns = fn?.type === "regex" ? [fn] : fn?.type === "array" ? namedChildren(fn) : [];
      const loosePattern = patterns.some((p) => {
        if (p.type !== "regex") return false;
        const body = ctx.text(field(p, "pattern") ?? p);
        return !body.startsWith("^") || !body.endsWith("$");
      });
      // @koa/cors (and kcors) without `origin` answers with the request's own Origin header.
      const koaReflects = /^(@koa\/cors|kcors)$/.test(q) && opts?.type === "object" && !fn;
      if ((loosePattern || koaReflects) && /credentials:true/.test(t)) {
        report({
          node,
          message: koaReflects
            ? `${q} without origin reflects every origin, with credentials`
            : "origin pattern is not anchored at both ends: look-alike origins pass, with credentials",
        });
        return;
      }
      if (!opts)
        report({
          node,
          severity: "LOW",
          message: `${ctx.method(node) || q}() with defaults allows every origin`,
        });
      else if (
        (/origin:(['"]\*['"]|true)/.test(t) ||
          anyByCallback ||
          reflects ||
          echoes ||
          // `cors({ origin: req.query.allow })`: the request names the origin to allow.
          (!!fn && ctx.level(fn, "url") === Level.SOURCE)) &&
        /credentials:true/.test(t)
      )
        // Options written in the call: the finding sits on the `origin` entry that lets every origin in.
        report({
          node: !bound && fn?.parent?.type === "pair" ? fn.parent : node,
          message: "any origin allowed with credentials",
        });
      else if (/origin:['"]\*['"]/.test(t)) report({ node, severity: "LOW", message: "any origin allowed" });
      // `cors({ origin: req.query.allow })`: the request names the origin the response trusts.
      // (Read as a URL: `process.env.ORIGIN || /localhost/` is the operator's setting, as for a URL a program calls.)
      else if (fn && ctx.level(fn, "url") === Level.SOURCE)
        report({ node, message: "allowed origin comes from the request" });
      return;
    }
    // Node's res.writeHead(status, [message,] { 'Access-Control-Allow-Origin': ... }): the same header as an
    // object entry. A reflected origin counts unless an enclosing test checks that value (allow-list, equality).
    if (/\.writeHead$/.test(q)) {
      const headers = ctx.args(node).find((a) => a.type === "object");
      for (const pair of headers ? namedChildren(headers) : []) {
        if (pair.type !== "pair") continue;
        const key = ctx.stringValue(field(pair, "key")) ?? ctx.text(field(pair, "key") ?? pair);
        if (!/^access-control-allow-origin$/i.test(key)) continue;
        const v = field(pair, "value");
        if (!v) continue;
        if (ctx.stringValue(v) === "*") report({ node, severity: "LOW", message: WILDCARD });
        else if (ctx.stringValue(v) === "null" && credentialed(ctx.text(node)))
          report({
            node,
            message: "Access-Control-Allow-Origin: null (sandboxed frames, data: URLs) with credentials",
          });
        else if (ctx.level(v, "header") === Level.SOURCE) {
          const vt = ctx.text(v);
          let checked = false;
          for (let a = node.parent; a && !checked; a = a.parent) {
            const cond = a.type === "if_statement" ? field(a, "condition") : undefined;
            const c = cond ? ctx.text(cond) : "";
            checked = c.includes(vt) && /\.(includes|has|indexOf|test)\(|===/.test(c);
          }
          if (!checked)
            report({
              node,
              message: "Access-Control-Allow-Origin reflects the request's origin: every site is allowed",
            });
        }
        return;
      }
      return;
    }
    const t = callText;
    const [name, value] = ctx.args(node);
    // `res.writeHead(200, { 'Access-Control-Allow-Origin': req.headers.origin, ... })`, `res.set({ ... })`: the
    // headers object form. An allow-list choice (`LIST.has(o) ? o : DEFAULT`) is no reflection.
    const headers = /\.writeHead$/.test(q) ? ctx.args(node)[1] : /\.(set|header)$/.test(q) ? name : undefined;
    const echoed =
      headers?.type === "object"
        ? namedChildren(headers)
            .filter((p) => p.type === "pair")
            .find((p) => /^['"]?access-control-allow-origin['"]?$/i.test(ctx.text(field(p, "key") ?? p)))
        : undefined;
    const echoedValue = echoed ? (field(echoed, "value") ?? undefined) : undefined;
    if (echoedValue && ctx.level(echoedValue, "header") === Level.SOURCE) {
      const chosen = ctx.resolve(echoedValue) ?? echoedValue;
      const vetted =
        chosen.type === "ternary_expression" &&
        /\.(includes|has|indexOf|test)\(|===|!==/.test(ctx.text(field(chosen, "condition") ?? chosen));
      if (!vetted) {
        if (/['"]?Access-Control-Allow-Credentials['"]?:['"]?true/i.test(t))
          report({
            node,
            message: "Access-Control-Allow-Origin reflects the request's origin with credentials",
          });
        else
          report({
            node,
            severity: "LOW",
            message: "Access-Control-Allow-Origin reflects the request's origin: every site is allowed",
          });
        return;
      }
    }
    if (
      /\.(setHeader|header|set|append)$/.test(q) &&
      /^access-control-allow-origin$/i.test(ctx.stringValue(name) ?? "") &&
      value &&
      ctx.level(value, "header") === Level.SOURCE &&
      !vettedOrigin(guardText(node, ctx.text(value), ctx), ctx.text(value))
    ) {
      report({
        node,
        message: "Access-Control-Allow-Origin reflects the request's origin: every site is allowed",
      });
      return;
    }
    if (
      /\.(setHeader|header|set|append)$/.test(q) &&
      /^access-control-allow-origin$/i.test(ctx.stringValue(name) ?? "") &&
      ctx.stringValue(value) === "null" &&
      credentialed(ctx.text(ctx.enclosingFunction(node) ?? node))
    ) {
      report({
        node,
        message: "Access-Control-Allow-Origin: null (sandboxed frames, data: URLs) with credentials",
      });
      return;
    }
    if (
      /\.(setHeader|header|set|append)$/.test(q) &&
      /^[^(]*\(['"]Access-Control-Allow-Origin['"],['"]\*['"]/i.test(t.slice(t.indexOf("(")))
    )
      report({ node, severity: "LOW", message: WILDCARD });
  },
  cases: {
    valid: [
      // the operator's configured origin, or a local one
      "const cors = require('cors');\napp.use(cors({ origin: process.env.ALLOWED_ORIGIN || /^https?:\\/\\/localhost(:\\d+)?$/ }));",
      "import { cors } from 'hono/cors';\nconst ALLOWED = ['https://app.example.com'];\napp.use('/api/*', cors({ origin: (origin) => (ALLOWED.includes(origin) ? origin : null), credentials: true }));",
      "const ALLOWED = { 'https://a.example': true };\nhttp.createServer((req, res) => {\n  const origin = req.headers.origin;\n  if (Object.prototype.hasOwnProperty.call(ALLOWED, origin)) {\n    res.setHeader('Access-Control-Allow-Origin', origin);\n    res.setHeader('Access-Control-Allow-Credentials', 'true');\n  }\n  res.end();\n});",
      "http.createServer((req, res) => {\n  const o = OK.has(req.headers.origin) ? req.headers.origin : 'https://a.example.com';\n  res.writeHead(200, { 'Access-Control-Allow-Origin': o, 'Access-Control-Allow-Credentials': 'true' });\n});",
      "app.use(cors({ origin: ['https://a.com'] }));",
      "const io = new Server(http, { cors: { origin: (o, cb) => cb(null, ALLOWED.includes(o)), credentials: true } });",
      "const policy = { origin: ['https://a.example.com'], credentials: true };\napp.use(cors(policy));",
      "http.createServer((req, res) => { const o = req.headers.origin; if (OK.has(o)) { res.writeHead(200, { 'Access-Control-Allow-Origin': o }); } res.end(); });",
      "app.use(cors({ origin: (o, cb) => cb(null, ALLOWED.includes(o)), credentials: true }));",
      "app.enableCors({ origin: 'https://admin.example.com', credentials: true });",
      "const server = Hapi.server({ routes: { cors: { origin: ['https://a.example.com'], credentials: true } } });",
      "const cors = require('@koa/cors');\napp.use(cors({ origin: 'https://a.example.com', credentials: true }));",
      "app.use(cors({ origin: /^https:\\/\\/app\\.example\\.com$/, credentials: true }));",
      "app.use((req, res, next) => { const o = req.get('origin'); if (o === 'https://a.example.com') { res.set('Access-Control-Allow-Origin', o); res.set('Access-Control-Allow-Credentials', 'true'); } next(); });",
      // a headers object handed to a Response, the origin checked first
      "Deno.serve((req) => {\n  const o = req.headers.get('origin') ?? '';\n  if (!ALLOWED.includes(o)) return new Response(null, { status: 403 });\n  return new Response('{}', { headers: { 'Access-Control-Allow-Origin': o, 'Access-Control-Allow-Credentials': 'true' } });\n});",
      "export const handler = async (event) => ({ statusCode: 200, headers: { 'Access-Control-Allow-Origin': OK.has(event.headers.origin) ? event.headers.origin : 'https://a.example.com', 'Access-Control-Allow-Credentials': true }, body: '' });",
      "import { cors } from '@elysiajs/cors';\nnew Elysia().use(cors({ origin: 'app.example.com', credentials: true }));",
    ],
    invalid: [
      "const io = new Server(http, { cors: { origin: (origin, cb) => cb(null, true), credentials: true } });\n",
      "import { cors } from 'hono/cors';\napp.use('/api/*', cors({ origin: (origin) => origin, credentials: true }));",
      "import { cors } from 'hono/cors';\napp.use('/api/*', cors({ origin: (o, c) => { return o; }, credentials: true }));",
      {
        code: "const cors = require('cors');\napp.use(\n  cors({\n    origin: (origin, cb) => cb(null, true),\n    credentials: true,\n  }),\n);",
        line: 4,
      },
      "import cors from '@fastify/cors';\nconst app = Fastify();\napp.register(cors, { origin: true, credentials: true });",
      "http.createServer((req, res) => {\n  res.writeHead(200, { 'Access-Control-Allow-Origin': req.headers.origin, 'Access-Control-Allow-Credentials': 'true' });\n});",
      "app.use((req, res, next) => { res.setHeader('Access-Control-Allow-Origin', req.headers.origin); next(); });",
      { code: "res.setHeader('Access-Control-Allow-Origin', '*');", severity: "LOW" },
      "http.createServer((req, res) => { res.writeHead(200, { 'Access-Control-Allow-Origin': req.headers.origin }); res.end(); });",
      "app.use(cors({ origin: '*', credentials: true }));",
      "const policy = { origin: '*', methods: ['GET'] };\napp.use(cors(policy));",
      "app.use(cors({ origin: (origin, cb) => cb(null, origin), credentials: true }));",
      "fastify.register(require('@fastify/cors'), { origin: true, credentials: true });",
      "const cors = require('@koa/cors');\napp.use(cors({ origin: (ctx) => ctx.get('Origin'), credentials: true }));",
      "const server = Hapi.server({ routes: { cors: { origin: ['*'], credentials: true } } });",
      "app.get('/x', (req, res, next) => cors({ origin: req.query.allow, credentials: true })(req, res, next));",
      "const cors = require('@koa/cors');\napp.use(cors({ credentials: true }));",
      "app.use(cors({ origin: /example\\.com/, credentials: true }));",
      "app.use((req, res, next) => { const o = req.get('origin'); if (o.includes('example.com')) { res.set('Access-Control-Allow-Origin', o); res.set('Access-Control-Allow-Credentials', 'true'); } next(); });",
      "http.createServer((req, res) => { res.writeHead(200, { 'Access-Control-Allow-Origin': 'null', 'Access-Control-Allow-Credentials': 'true' }); res.end(); });",
      "const cors = require('cors');\nadmin.use((req, res, next) => { cors({ origin: req.query.allow, credentials: true })(req, res, next); });",
      "const app = await NestFactory.create(AppModule);\napp.enableCors({ origin: true, credentials: true });",
      "Deno.serve((req) => new Response('{}', { headers: { 'Access-Control-Allow-Origin': req.headers.get('origin'), 'Access-Control-Allow-Credentials': 'true' } }));",
      "export const handler = async (event) => ({ statusCode: 200, headers: { 'Access-Control-Allow-Origin': event.headers.origin, 'Access-Control-Allow-Credentials': true }, body: '' });",
      // reflected on one path; the allow-list test in the later branch guards only that branch
      {
        code: "export default {\n  async fetch(request) {\n    const origin = request.headers.get('Origin') ?? '';\n    const headers = new Headers();\n    if (new URL(request.url).pathname.startsWith('/v1/')) {\n      headers.set('Access-Control-Allow-Origin', origin);\n    } else if (ALLOWED.includes(origin)) {\n      headers.set('Access-Control-Allow-Origin', origin);\n    }\n    return new Response('{}', { headers });\n  },\n};",
        line: 6,
      },
      "import { cors } from '@elysiajs/cors';\nnew Elysia().use(cors({ origin: true, credentials: true }));",
    ],
  },
});
