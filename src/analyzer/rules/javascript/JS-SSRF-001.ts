import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas, sourceMatches } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

const TARGET_KEYS = ["url", "uri", "host", "hostname", "baseURL"];

/** The target inside an options object: a literal's `url`/`host`, or `opts.url = x` written before the call. */
function optionsTarget(
  obj: SyntaxNode | undefined,
  call: SyntaxNode,
  ctx: JsContext,
): SyntaxNode | undefined {
  if (!obj) return undefined;
  if (obj.type === "object") {
    for (const k of TARGET_KEYS) {
      const v = ctx.prop(obj, k);
      if (v) return v;
      // `{ host, path: '/health' }`: the shorthand entry is the variable of that name.
      const short = obj.children.find((c) => c.type === "shorthand_property_identifier" && ctx.text(c) === k);
      if (short) return short;
    }
    return undefined;
  }
  if (obj.type !== "identifier" || ctx.resolve(obj)?.type !== "object") return undefined;
  const literal = optionsTarget(ctx.resolve(obj), call, ctx);
  if (literal) return literal;
  const name = ctx.text(obj);
  const fn = ctx.enclosingFunction(call);
  for (const n of ctx.tree.nodes) {
    if (n.type !== "assignment_expression" || n.order >= call.order) continue;
    if (fn && (n.start < fn.start || n.end > fn.end)) continue;
    const left = n.children.find((c) => c.field === "left");
    if (left?.type !== "member_expression") continue;
    const o = left.children.find((c) => c.field === "object");
    const p = left.children.find((c) => c.field === "property");
    if (o && p && ctx.text(o) === name && TARGET_KEYS.includes(ctx.text(p)))
      return n.children.find((c) => c.field === "right");
  }
  return undefined;
}

/** `this.http.get(url)` where `http` is a constructor parameter typed `HttpService` (Nest's axios wrapper). */
function nestHttp(q: string, ctx: JsContext): boolean {
  const m = /^this\.(\w+)\.(axiosRef\.)?(get|post|put|patch|delete|head|request)$/.exec(q);
  if (!m || !sourceHas(ctx.tree, /@nestjs\/axios|HttpService/)) return false;
  return sourceMatches(ctx.tree, `\\b${m[1]}\\s*:\\s*HttpService\\b`);
}

/**
 * `api.get(url)` on `const api = axios.create({ baseURL })`: axios sends an absolute `url` to its own host, whatever
 * the instance's base URL (got's and ky's `prefixUrl` prepend instead, so those are not counted).
 */
function axiosInstance(call: SyntaxNode, ctx: JsContext): boolean {
  const fn = call.children.find((c) => c.field === "function");
  // `const client = got.extend({ timeout })`: `client(url)` requests url as got itself would.
  if (fn?.type === "identifier") return extendedWithoutPrefix(ctx.resolve(fn), ctx);
  if (fn?.type !== "member_expression") return false;
  if (!/^(get|post|put|patch|delete|head|options|request|stream)$/.test(ctx.method(call))) return false;
  const recv = fn.children.find((c) => c.field === "object");
  const made = recv?.type === "identifier" ? ctx.resolve(recv) : undefined;
  return (
    (made?.type === "call_expression" && ctx.callee(made) === "axios.create") ||
    extendedWithoutPrefix(made, ctx)
  );
}

/** `got.extend({...})` / `ky.create({...})` / `ky.extend({...})` with no `prefixUrl`: a client for any URL. */
function extendedWithoutPrefix(made: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (made?.type !== "call_expression" || !/^(got|ky)\.(extend|create)$/.test(ctx.callee(made))) return false;
  return ctx.args(made).every((a) => a.type === "object" && !ctx.prop(a, "prefixUrl"));
}

/**
 * A host test: membership of a value (`ALLOWED.has(u.hostname)`, `HOSTS.includes(host)`, an `allow`-named check; a
 * substring test with a literal, `url.includes('example.com')`, passes `https://evil.test/?example.com`), or the
 * host compared with a literal (`u.hostname !== 'cdn.example.com'`).
 */
const HOST_TEST =
  /ALLOW|[Aa]llow|\.has\((?!\s*['"`])|includes\((?!\s*['"`])|\.(hostname|host|origin)\s*(!==?|===?)\s*['"`]|['"`]\s*(!==?|===?)\s*[\w$.]+\.(hostname|host|origin)\b/;

/**
 * A condition's text, with each name bound once to a test (`const ok = HOSTS.has(u.hostname)`) followed by it, and
 * each name bound to a string literal read as that literal in place (`u.hostname !== CDN_HOST` where
 * `const CDN_HOST = 'cdn.example.com'` compares the host with a literal).
 */
function conditionText(cond: SyntaxNode, ctx: JsContext): string {
  const ids = cond.type === "identifier" ? [cond] : descendants(cond).filter((n) => n.type === "identifier");
  let t = ctx.text(cond);
  for (const id of [...ids].sort((a, b) => b.start - a.start)) {
    const lit = ctx.resolve(id);
    if (lit?.type === "string" && lit !== id)
      t = t.slice(0, id.start - cond.start) + ctx.text(lit) + t.slice(id.end - cond.start);
  }
  for (const id of ids) {
    const r = ctx.resolve(id);
    if (r && r.type !== "identifier" && r.type !== "string" && r.end - r.start < 400) t += " " + ctx.text(r);
  }
  return t;
}

/**
 * The branch leaves: it is, or begins or ends with, a return or throw, or a call that throws (Koa's
 * `ctx.throw(400)`, hapi's `throw Boom...` aside) or ends the process.
 */
function exits(branch: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (!branch) return false;
  const stmts =
    branch.type === "statement_block" ? namedChildren(branch).filter((c) => c.type !== "comment") : [branch];
  return [stmts[0], stmts[stmts.length - 1]].some(
    (e) =>
      e &&
      (e.type === "return_statement" ||
        e.type === "throw_statement" ||
        (e.type === "expression_statement" &&
          /^(?:[\w$]+\.throw|process\.exit)\s*\(/.test(ctx.text(e).replace(/^await\s+/, "")))),
  );
}

/**
 * The host is checked on the way to the request: the request sits in the branch taken when a host test passes
 * (`if (ALLOWED.has(u.hostname)) { fetch(u) }`), or follows, in the same block, an `if` whose negated test leaves
 * (`if (!HOSTS.has(u.hostname)) return ...;`, `if (u.hostname !== 'cdn.example.com') throw ...`), here or in a
 * function around a callback. A check in a branch that returned (`if (HOSTS.has(h)) return fetch(h);`) guards
 * nothing after it.
 */
function hostChecked(node: SyntaxNode, ctx: JsContext): boolean {
  const fn = ctx.enclosingFunction(node);
  if (!fn) return false;
  for (let child: SyntaxNode = node, p = node.parent; p && p !== fn; child = p, p = p.parent) {
    if (p.type !== "if_statement" || child.field !== "consequence") continue;
    const cond = field(p, "condition");
    const text = cond ? ctx.text(cond).replace(/^\(\s*/, "") : "";
    if (cond && !text.startsWith("!") && HOST_TEST.test(conditionText(cond, ctx))) return true;
  }
  for (let f: SyntaxNode | undefined = fn; f; f = f.parent ? ctx.enclosingFunction(f.parent) : undefined) {
    for (const s of ctx.tree.nodes) {
      if (s.type !== "if_statement" || s.start < f.start || s.end > node.start) continue;
      const block = s.parent;
      if (!block || node.start < block.start || node.end > block.end) continue;
      const cond = field(s, "condition");
      if (!cond || !exits(field(s, "consequence"), ctx)) continue;
      const text = conditionText(cond, ctx);
      if (/!/.test(text) && HOST_TEST.test(text)) return true;
    }
  }
  return false;
}

/** An HTTP client value: the axios/got/ky export, or an instance made without a prefix URL (got/ky prepend it). */
function clientExpr(e: SyntaxNode | undefined, ctx: JsContext, depth: number): boolean {
  if (!e || depth > 4) return false;
  if (e.type === "call_expression") {
    const q = ctx.callee(e);
    if (q === "axios.create") return true;
    if (/^(got|ky)\.(extend|create)$/.test(q))
      return !ctx.args(e).some((a) => a.type === "object" && ctx.prop(a, "prefixUrl") !== undefined);
    return false;
  }
  if (e.type === "identifier" || e.type === "member_expression") return clientRecv(e, ctx, depth + 1);
  return false;
}

/** The position of parameter `name` in a function's parameter list (TypeScript modifiers and types allowed). */
function paramIndex(fn: SyntaxNode, name: string, ctx: JsContext): number {
  const params = field(fn, "parameters");
  const list = params ? params.children.filter((c) => c.named && c.type !== "comment") : [];
  return list.findIndex((p) =>
    new RegExp(
      `^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*(?:(?:public|private|protected|readonly)\\s+)*${name}\\b`,
    ).test(ctx.text(p)),
  );
}

/**
 * A receiver that holds an HTTP client handed in from outside: a parameter of a factory or constructor (or a
 * member the constructor stores it in) whose callers in this file pass axios, got, ky or an instance of one.
 */
function clientRecv(recv: SyntaxNode, ctx: JsContext, depth: number): boolean {
  if (depth > 4) return false;
  if (recv.type === "identifier") {
    if (/^(axios|got|ky)$/.test(ctx.qname(recv))) return true;
    const r = ctx.resolve(recv);
    if (r && r !== recv) return clientExpr(r, ctx, depth + 1);
    const name = ctx.text(recv);
    // Out through every function around the call (`(client) => (url) => client.get(url)`: the outer one).
    for (let f = ctx.enclosingFunction(recv); f; f = ctx.enclosingFunction(f)) {
      const i = paramIndex(f, name, ctx);
      if (i < 0) continue;
      return callersPass(f, i, ctx, depth);
    }
    return false;
  }
  if (recv.type === "member_expression" && field(recv, "object")?.type === "this") {
    const prop = ctx.text(field(recv, "property") ?? recv);
    let c: SyntaxNode | null = recv.parent;
    while (c && c.type !== "class_body") c = c.parent;
    const ctor = c?.children.find(
      (m) => m.type === "method_definition" && ctx.text(field(m, "name") ?? m) === "constructor",
    );
    if (!ctor) return false;
    // `constructor(private readonly http: AxiosInstance)`: a parameter property.
    const own = paramIndex(ctor, prop, ctx);
    const params = field(ctor, "parameters");
    const p =
      own >= 0 && params ? params.children.filter((x) => x.named && x.type !== "comment")[own] : undefined;
    const declared = p ? ctx.text(p).replace(/^(@[\w.]+(\([^)]*\))?\s+)*/, "") : "";
    // A client the container injects by its type (`@Inject(HTTP) private readonly http: AxiosInstance`).
    if (p && /:\s*(AxiosInstance|Got|KyInstance)\b/.test(declared)) return true;
    if (p && /^(public|private|protected|readonly)\b/.test(declared))
      return callersPass(ctor, own, ctx, depth);
    // `this.http = http` in the constructor.
    for (const d of descendants(ctor)) {
      if (d.type !== "assignment_expression" || ctx.text(field(d, "left") ?? d) !== `this.${prop}`) continue;
      const v = field(d, "right");
      if (v?.type === "identifier") {
        const i = paramIndex(ctor, ctx.text(v), ctx);
        if (i >= 0) return callersPass(ctor, i, ctx, depth);
      }
      return clientExpr(v, ctx, depth + 1);
    }
  }
  return false;
}

/** Every call of the function (every `new` of the constructor's class) in this file passes a client at `index`. */
function callersPass(fn: SyntaxNode, index: number, ctx: JsContext, depth: number): boolean {
  let name: string | undefined;
  let ctor = false;
  if (fn.type === "method_definition" && ctx.text(field(fn, "name") ?? fn) === "constructor") {
    const cls = fn.parent?.parent;
    const n = cls ? field(cls, "name") : undefined;
    name = n ? ctx.text(n) : undefined;
    ctor = true;
  } else if (fn.type === "function_declaration") name = ctx.text(field(fn, "name") ?? fn);
  else if (fn.parent?.type === "variable_declarator") name = ctx.text(field(fn.parent, "name") ?? fn);
  if (!name) return false;
  const calls = ctx.tree.nodes.filter(
    (n) =>
      (ctor ? n.type === "new_expression" : n.type === "call_expression") &&
      ctx.text(field(n, ctor ? "constructor" : "function") ?? n) === name,
  );
  return calls.length > 0 && calls.every((c) => clientExpr(ctx.args(c)[index], ctx, depth + 1));
}

/** `this.http.get(url)`, `client.get(url)` on a client injected through a constructor or factory parameter. */
function injectedClient(call: SyntaxNode, ctx: JsContext): boolean {
  const fn = field(call, "function");
  if (fn?.type !== "member_expression") return false;
  // `this.client(url)`: got, ky and axios are themselves callable.
  if (field(fn, "object")?.type === "this" && clientRecv(fn, ctx, 0)) return true;
  if (!/^(get|post|put|patch|delete|head|options|request)$/.test(ctx.method(call))) return false;
  const recv = field(fn, "object");
  return (
    !!recv && (recv.type === "identifier" || recv.type === "member_expression") && clientRecv(recv, ctx, 0)
  );
}

/**
 * `new Api(x)` of a class in this file extending Apollo's RESTDataSource (or a gateway's RemoteGraphQLDataSource)
 * whose constructor sets `this.baseURL` (or `this.url`) to a parameter: the argument at that position, the host
 * every request of the data source goes to.
 */
function dataSourceBase(node: SyntaxNode, ctx: JsContext): SyntaxNode | undefined {
  if (!sourceHas(ctx.tree, /RESTDataSource|RemoteGraphQLDataSource/)) return undefined;
  const name = ctx.text(field(node, "constructor") ?? node);
  const cls = ctx.tree.nodes.find(
    (n) =>
      /^class(_declaration)?$/.test(n.type) &&
      ctx.text(field(n, "name") ?? n) === name &&
      /\bextends\s+(RESTDataSource|RemoteGraphQLDataSource)\b/.test(ctx.text(n).slice(0, 200)),
  );
  const body = cls ? field(cls, "body") : undefined;
  const ctor = body?.children.find(
    (m) => m.type === "method_definition" && ctx.text(field(m, "name") ?? m) === "constructor",
  );
  if (!ctor) return undefined;
  for (const d of descendants(ctor)) {
    if (d.type !== "assignment_expression" || !/^this\.(baseURL|url)$/.test(ctx.text(field(d, "left") ?? d)))
      continue;
    const v = field(d, "right");
    const i = v?.type === "identifier" ? paramIndex(ctor, ctx.text(v), ctx) : -1;
    if (i >= 0) return ctx.args(node)[i];
  }
  return undefined;
}

/**
 * The global fetch reached through the global object (`globalThis.fetch`, `self.fetch`), and ofetch, which Nuxt and
 * Nitro expose as the auto-imported `$fetch` (`$fetch(url)`, `ofetch.raw(url)`, `$fetch.native(url)`).
 */
const FETCH_ALIKE =
  /^(globalThis\.fetch|self\.fetch|(\$fetch|ofetch|ofetch\.ofetch|ofetch\.\$fetch)(\.(raw|native))?)$/;

/** The file uses http-proxy or http-proxy-middleware (required or imported). */
const PROXY_MODULE = /['"](http-proxy|http-proxy-middleware)['"]/;

/**
 * A reverse proxy steered by the request: http-proxy's `proxy.web(req, res, { target })` / `proxy.ws(req, socket,
 * head, { target })` with a target from the request (an open proxy to any host the server reaches), or
 * http-proxy-middleware's `router` function returning one. Forwarding the request itself (its path, headers and
 * body) to a fixed upstream is what a proxy is for: not reported. True when the call was such a proxy call.
 */
function proxyTarget(
  node: SyntaxNode,
  ctx: JsContext,
  report: (r: { node: SyntaxNode; message: string }) => void,
): boolean {
  if (node.type !== "call_expression" || !sourceHas(ctx.tree, PROXY_MODULE)) return false;
  const m = ctx.method(node);
  if (/(^|\.)createProxyMiddleware$|^http-proxy-middleware$/.test(ctx.callee(node))) {
    const opts = ctx.args(node).find((a) => a.type === "object");
    const router = opts ? ctx.prop(opts, "router") : undefined;
    const fn = router && ctx.resolve(router);
    if (fn && /^(arrow_function|function_expression|function)$/.test(fn.type)) {
      const body = field(fn, "body");
      const rets =
        body?.type === "statement_block"
          ? descendants(body).filter((d) => d.type === "return_statement" && ctx.enclosingFunction(d) === fn)
          : body
            ? [body]
            : [];
      const hit = rets.find((r) => {
        const v = r.type === "return_statement" ? namedChildren(r)[0] : r;
        return !!v && requestHost(v, v, ctx);
      });
      if (hit)
        report({ node: hit, message: "proxy router sends the request to a host taken from the request" });
    }
    return true;
  }
  if (m !== "web" && m !== "ws") return false;
  const opts = ctx.args(node)[m === "web" ? 2 : 3];
  // `{ target: t }` or the shorthand `{ target }`.
  const shorthand =
    opts?.type === "object"
      ? namedChildren(opts).find(
          (c) => c.type === "shorthand_property_identifier" && ctx.text(c) === "target",
        )
      : undefined;
  const target = opts
    ? (optionsTarget(opts, node, ctx) ??
      (opts.type === "object" ? (ctx.prop(opts, "target") ?? shorthand) : undefined))
    : undefined;
  if (target && requestHost(target, node, ctx))
    report({
      node,
      message: "proxy target comes from the request: an open proxy to any host the server reaches",
    });
  return true;
}

/**
 * The `baseURL` (`prefixUrl` for got and ky) of an options object after the URL in a call of axios, ofetch, got or
 * ky, or of an axios instance; undefined when there is none.
 */
function baseOption(node: SyntaxNode, q: string, ctx: JsContext): SyntaxNode | undefined {
  const axiosLike = /^axios(\.\w+)?$/.test(q) || FETCH_ALIKE.test(q) || axiosInstance(node, ctx);
  const prefixed = /^(got|ky)(\.\w+)?$/.test(q);
  if (!axiosLike && !prefixed) return undefined;
  for (const a of ctx.args(node).slice(1)) {
    const obj = a.type === "object" ? a : a.type === "identifier" ? ctx.resolve(a) : undefined;
    const v = obj?.type === "object" ? ctx.prop(obj, axiosLike ? "baseURL" : "prefixUrl") : undefined;
    if (v) return v;
  }
  return undefined;
}

/**
 * ufo's URL builders keep their first argument's origin: `withQuery(base, query)` only adds a query string,
 * `joinURL(base, ...segments)` path segments after it. The base decides the host (Nuxt and Nitro auto-import
 * them); any other value is itself.
 */
function ufoBase(url: SyntaxNode, ctx: JsContext): SyntaxNode {
  let u = url;
  for (let i = 0; u.type === "call_expression" && i < 4; i++) {
    if (!/^(ufo\.)?(withQuery|joinURL|withTrailingSlash|withoutTrailingSlash)$/.test(ctx.callee(u))) break;
    const base = ctx.args(u)[0];
    if (!base) break;
    u = base;
  }
  return u;
}

/** A URL (or base URL) whose host the request picks: request data, no fixed origin in front, no host check at `at`. */
function requestHost(url: SyntaxNode, at: SyntaxNode, ctx: JsContext): boolean {
  return (
    !ctx.fixedOrigin(url) &&
    ctx.level(url, "url") === Level.SOURCE &&
    !hostChecked(at, ctx) &&
    !checkedByHelper(url, ctx)
  );
}

/**
 * The URL is what a function of this file returned after a host test that throws or returns otherwise
 * (`const u = assertAllowedUrl(raw); fetch(u.toString())` with `if (!HOSTS.has(u.hostname)) throw ...` in it).
 */
function checkedByHelper(url: SyntaxNode, ctx: JsContext): boolean {
  let u: SyntaxNode | undefined = url;
  for (let i = 0; u && i < 4; i++) {
    if (u.type === "call_expression" && ctx.localFunction(u)) break;
    if (u.type === "identifier") u = ctx.resolve(u) === u ? undefined : ctx.resolve(u);
    else if (u.type === "member_expression") u = field(u, "object") ?? undefined;
    else if (u.type === "call_expression" && field(u, "function")?.type === "member_expression")
      u = field(field(u, "function")!, "object") ?? undefined;
    else if (u.type === "new_expression" && ctx.text(field(u, "constructor") ?? u) === "URL")
      u = ctx.args(u)[0];
    else return false;
  }
  const fn = u?.type === "call_expression" ? ctx.localFunction(u) : undefined;
  const body = fn && field(fn, "body");
  if (!body) return false;
  return descendants(body).some((n) => {
    if (n.type !== "if_statement" || ctx.enclosingFunction(n) !== fn) return false;
    const cond = field(n, "condition");
    return !!cond && HOST_TEST.test(conditionText(cond, ctx)) && exits(field(n, "consequence"), ctx);
  });
}

/**
 * The request goes through an agent that checks every address it connects to (request-filtering-agent's
 * `useAgent(url)` / `RequestFilteringHttp(s)Agent`, ssrf-req-filter's `ssrfFilter(url)`), passed as `agent`,
 * `httpAgent`, `httpsAgent` or `dispatcher` in the call's options: private, loopback and link-local addresses are
 * refused at connect time, after DNS, so neither a rebinding name nor a redirect gets through.
 */
function filteringAgent(node: SyntaxNode, ctx: JsContext): boolean {
  if (!sourceHas(ctx.tree, /['"](request-filtering-agent|ssrf-req-filter)['"]/)) return false;
  return ctx.args(node).some((a) => {
    const o = a.type === "object" ? a : ctx.resolve(a);
    if (o?.type !== "object") return false;
    return ["agent", "httpAgent", "httpsAgent", "dispatcher"].some((k) => {
      const v = ctx.prop(o, k);
      const made = v?.type === "identifier" ? (ctx.resolve(v) ?? v) : v;
      return (
        !!made &&
        /^(new\s+)?(useAgent|ssrfFilter|RequestFilteringHttpsAgent|RequestFilteringHttpAgent)\(/.test(
          ctx.text(made),
        )
      );
    });
  });
}

export default jsRule({
  meta: {
    id: "JS-SSRF-001",
    title: "Server-side request to a URL from the request",
    cwe: ["CWE-918"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "Next.js's image optimizer allowed to fetch from any host (remotePatterns hostname '**'): a configuration, not a request handler",
      },
    ],
    docs: {
      what_it_does:
        "Flags fetch/axios/got/request/http(s).get whose URL comes from request data, including clients injected into classes (by the file's callers or an AxiosInstance/Got type) and closures a factory returns (reported at the helper and at each call passing request data unchecked), http-proxy targets and http-proxy-middleware routers taken from the request, and an Apollo data source built with a base URL from the request.",
      why_bad: "Attackers make the server call internal services or cloud metadata endpoints.",
      example_bad:
        "app.get('/proxy', async (req, res) => {\n  const r = await fetch(req.query.url);\n  res.send(await r.text());\n});",
      example_good:
        "const ALLOWED = new Set(['api.example.com']);\napp.get('/proxy', async (req, res) => {\n  const u = new URL(String(req.query.url));\n  if (!ALLOWED.has(u.hostname)) return res.status(400).end();\n  const r = await fetch(u);\n  res.send(await r.text());\n});",
    },
    fix_hint: "Parse the URL and allow-list the host and scheme; block private address ranges.",
  },
  trigger:
    /remotePatterns|HttpService|fetch|axios|got|request|needle|superagent|http|goto|navigate|createTarget|setContent|ky|phin|bent|urllib|undici|wkhtmlto|phantom|WebSocket|fromURL|connect|createConnection|NextResponse\.rewrite/,
  nodeTypes: ["call_expression", "new_expression", "pair"],
  detect(node, ctx, report) {
    if (node.type === "pair") {
      // next.config's `images: { remotePatterns: [{ hostname: '**' }] }`: /_next/image fetches whatever URL its
      // `url` parameter names, on any host (internal ones included), for anyone who asks.
      if (ctx.text(field(node, "key") ?? node).replace(/['"]/g, "") !== "hostname") return;
      if (ctx.constValue(field(node, "value") ?? undefined) !== "**") return;
      const list = node.parent?.parent;
      const owner = list?.type === "array" ? list.parent : undefined;
      if (
        owner?.type === "pair" &&
        ctx.text(field(owner, "key") ?? owner).replace(/['"]/g, "") === "remotePatterns"
      )
        report({ node, severity: "MEDIUM", message: "Next.js image optimizer fetches images from any host" });
      return;
    }
    const q = ctx.callee(node);
    if (proxyTarget(node, ctx, report)) return;
    if (node.type === "new_expression") {
      const base = dataSourceBase(node, ctx);
      if (base) {
        if (requestHost(base, node, ctx))
          report({
            node,
            message: "data source's base URL comes from the request: its requests go to that host",
          });
        return;
      }
      // undici's `new Client(origin)` / `new Pool(origin)`: every request the client sends goes to that origin.
      if (/^undici\.(Client|Pool|BalancedPool)$/.test(q)) {
        const origin = ctx.args(node)[0];
        if (origin && requestHost(origin, node, ctx))
          report({
            node,
            message: "undici client's origin comes from the request: its requests go to that host",
          });
        return;
      }
      // `new WebSocket(url)` (browser global or the ws package): the server opens a socket to that host.
      if (!/^(WebSocket|ws|ws\.WebSocket|isomorphic-ws|reconnecting-websocket)$/.test(q)) return;
      if (q === "WebSocket" && !sourceHas(ctx.tree, /\brequire\(/)) return;
    } else if (/^(axios\.create|(got|ky)\.(extend|create))$/.test(q)) {
      // `axios.create({ baseURL: req.query.base })`: every relative request the client makes goes to that host.
      const opts = ctx.args(node)[0];
      const base = ctx.prop(opts, q === "axios.create" ? "baseURL" : "prefixUrl");
      if (base && requestHost(base, node, ctx))
        report({
          node,
          message: "HTTP client's base URL comes from the request: its requests go to that host",
        });
      return;
    } else if (/^jsdom\.JSDOM\.fromURL$/.test(q)) {
      // jsdom loads the page (and, with resources: 'usable', what it links to) from the server.
    } else if (
      (/\.(goto|setContent)$/.test(q) && sourceHas(ctx.tree, /puppeteer|playwright|chromium|newPage/)) ||
      // phantom / phantomjs-node: `page.open(url)` on a page from `instance.createPage()`.
      (/\.open$/.test(q) && sourceHas(ctx.tree, /phantom/) && sourceHas(ctx.tree, /createPage\(/)) ||
      // chrome-remote-interface: `client.Page.navigate({ url })` / `const { Page } = client; Page.navigate({ url })`.
      // (`Target.createTarget({ url })` opens a new tab on the URL)
      (/(^|\.)(Page\.navigate|Target\.createTarget)$/.test(q) &&
        sourceHas(ctx.tree, /['"]chrome-remote-interface['"]/))
    ) {
      // A headless browser (puppeteer, playwright) fetching a user-chosen URL is server-side request forgery too.
      // setContent: the browser fetches whatever the supplied HTML links to (iframes, images, redirects).
      const cdp = /\.(navigate|createTarget)$/.test(q);
      const url = cdp ? ctx.prop(ctx.args(node)[0], "url") : ctx.args(node)[0];
      const navigates = /(goto|open|navigate|createTarget)$/.test(q);
      if (
        url &&
        !(navigates && (ctx.fixedOrigin(url) || hostChecked(node, ctx))) &&
        ctx.level(url, "url") === Level.SOURCE
      )
        report({
          node,
          message: navigates
            ? "headless browser navigates to a URL from user input"
            : "headless browser renders HTML from user input, fetching whatever it references",
        });
      return;
    } else if (/^(net|node:net|tls|node:tls)\.(connect|createConnection)$/.test(q)) {
      // A raw socket: `net.connect({ host, port })` or `net.connect(port, host)` opens a connection to that host.
      const [first, second] = ctx.args(node);
      const host = optionsTarget(first, node, ctx) ?? (first?.type === "object" ? undefined : second);
      if (host && ctx.level(host, "url") === Level.SOURCE)
        report({ node, message: "socket opened to a host from user input" });
      return;
    } else if (nestHttp(q, ctx)) {
      // Nest's HttpService (`@nestjs/axios`) wraps axios: `this.http.get(url)` requests that URL.
    } else if (axiosInstance(node, ctx)) {
      // `const api = axios.create({ baseURL }); api.get(url)`: an absolute url replaces the base URL.
    } else if (injectedClient(node, ctx)) {
      // A client handed to a service or factory (`new Svc(axios.create())`, `makeFetcher(got)`), or a got/ky
      // instance made without a prefixUrl.
    } else if (
      !/^(fetch|window\.fetch|node-fetch|cross-fetch|axios|got|request|needle|superagent|ky|phin|bent|urllib|undici|wkhtmltopdf|wkhtmltoimage)(\.(get|post|put|delete|request|head|patch|fetch|stream))?$|^(http|https|node:http|node:https|follow-redirects\.https?)\.(get|request)$/.test(
        q,
      ) &&
      !FETCH_ALIKE.test(q) &&
      // Next.js `NextResponse.rewrite(url)`: the server proxies the request to that URL (any host).
      !/(^|\.)NextResponse\.rewrite$/.test(q)
    )
      return;
    // `create(label, request) { ... request(id) }`: a callback parameter that happens to be called `request`
    // (or `fetch`, `got`) shadows the library of that name; unless every caller hands it one, it is no client.
    const callee = field(node, "function");
    if (callee?.type === "identifier" && !ctx.paramFunction(node)) {
      const name = ctx.text(callee);
      for (let f = ctx.enclosingFunction(node); f; f = ctx.enclosingFunction(f)) {
        const params = field(f, "parameters") ?? field(f, "parameter");
        if (params && descendants(params).some((d) => d.type === "identifier" && ctx.text(d) === name))
          return;
      }
    }
    let [first, second] = ctx.args(node);
    // `needle('get', url)`, `superagent('GET', url)`, `needle.request('post', url, data)`: the method comes first.
    const method = ctx.stringValue(first);
    if (method && /^(get|post|put|patch|delete|head|options)$/i.test(method) && second)
      [first, second] = [second, undefined];
    // `axios({ url })`, `http.request({ host, path })`, `request(opts)` after `opts.uri = x`: the target inside
    // an options object; `http.get(path, { host })`: options after a relative URL.
    let url =
      optionsTarget(first, node, ctx) ??
      (first?.type !== "object" && ctx.resolve(first)?.type !== "object" ? first : undefined);
    // `http.get(url, { host })`: the options' host overrides the URL's, so a request-chosen one decides even
    // after a fixed or unknown URL.
    const hostOption = /^(http|https|node:http|node:https)\.(get|request)$/.test(q)
      ? optionsTarget(second, node, ctx)
      : undefined;
    if (hostOption && (!url || ctx.level(hostOption, "url") === Level.SOURCE)) url = hostOption;
    // `axios.get('/status', { baseURL })`, `$fetch('/v1/x', { baseURL })`: a base URL in the call's options
    // decides the host of a relative URL, so a request-chosen one sends the request there.
    const base = baseOption(node, q, ctx);
    if (base && (!url || ctx.level(base, "url") === Level.SOURCE)) url = base;
    if (!url) return;
    // `fetch(new Request(target, request))`: a Request's URL is its first argument; the init (often the incoming
    // request, to copy its method, headers and body) cannot change it.
    const made = ctx.resolve(url) ?? url;
    if (made.type === "new_expression" && ctx.callee(made) === "Request" && ctx.args(made).length > 1)
      url = ctx.args(made)[0] ?? url;
    url = ufoBase(url, ctx);
    if (hostChecked(node, ctx) || checkedByHelper(url, ctx)) return;
    if (filteringAgent(node, ctx)) return;
    // `const u = req.nextUrl.clone(); u.pathname = '/maintenance'; NextResponse.rewrite(u)`: a URL object copied
    // from the request's own URL (Next.js `nextUrl`, `new URL(request.url)`) stays on this app's origin unless the
    // code assigns its host, href, origin or protocol.
    if (url.type === "identifier") {
      const made = ctx.resolve(url);
      const t = made ? ctx.text(made).replace(/\s+/g, "") : "";
      const fn = ctx.enclosingFunction(node);
      const u = ctx.text(url).replace(/\$/g, "\\$");
      if (
        fn &&
        /^[\w$.]+\.nextUrl(\.clone\(\))?$|^newURL\([\w$.]+\.url\)$/.test(t) &&
        !new RegExp(`\\b${u}\\.(host|hostname|href|origin|protocol|port|username)\\s*=[^=]`).test(
          ctx.text(fn),
        )
      )
        return;
    }
    // A literal scheme and host in front: only the path varies, the server still talks to the same host.
    if (ctx.fixedOrigin(url)) return;
    if (ctx.level(url, "url") !== Level.SOURCE) return;
    // The URL is a helper's parameter (`fetch(url) { return this.http.get(url); }`, a factory's closure): judged
    // at the callers. Those that pass request data unchecked are reported at the call as well, where the value
    // enters; when every one checks the host first (or fixes the origin), the helper is not reported.
    const id = url.type === "identifier" ? url : undefined;
    const callerArgs = id ? ctx.argsAtCallers(id) : [];
    const tainted = callerArgs.filter((a) => {
      const call = a.parent?.type === "arguments" ? a.parent.parent : undefined;
      return ctx.level(a, "url") === Level.SOURCE && !ctx.fixedOrigin(a) && !(call && hostChecked(call, ctx));
    });
    if (callerArgs.length && !tainted.length && callerArgs.some((a) => ctx.level(a, "url") === Level.SOURCE))
      return;
    report({ node, message: "request URL comes from user input" });
    for (const a of tainted) {
      const call = a.parent?.parent;
      if (call && call.startRow !== node.startRow)
        report({ node: call, message: "request data passed as the URL of a helper that requests it" });
    }
  },
  cases: {
    valid: [
      // A helper that throws unless the host is allow-listed, and a negated `isAllowed...` check that returns.
      "const HOSTS = new Set(['api.partner.com']);\nfunction assertAllowedUrl(raw) {\n  const u = new URL(raw);\n  if (!HOSTS.has(u.hostname)) throw new Error('host');\n  return u;\n}\nfunction isAllowedUrl(raw) {\n  return HOSTS.has(new URL(raw).hostname);\n}\napp.get('/a', async (req, res) => {\n  const u = assertAllowedUrl(String(req.query.url));\n  res.json((await axios.get(u.toString())).data);\n});\napp.get('/b', async (req, res) => {\n  if (!isAllowedUrl(req.query.url)) return res.sendStatus(403);\n  res.json((await axios.get(req.query.url)).data);\n});",
      // ufo's withQuery / joinURL keep the base's host: request values go into the query or the path.
      "import { withQuery } from 'ufo';\nexport default defineEventHandler(async (event) => {\n  const query = getQuery(event);\n  return $fetch(withQuery(config.endpoint, { sig: query.sig }));\n});",
      "import { joinURL } from 'ufo';\nexport default defineEventHandler(async (event) => $fetch(joinURL('https://api.example.com', String(getQuery(event).id))));",
      "module.exports = {\n  images: {\n    remotePatterns: [{ protocol: 'https', hostname: '*.cdn.example.com' }],\n  },\n};",
      // The page's own URL in front: the request stays on the page's origin.
      "function promptForPin(secret) {\n  fetch(`${document.location}?__debugger__=yes&cmd=printpin&s=${encodeURIComponent(secret)}`);\n}",
      // A tRPC input whose schema admits only one host's URLs.
      "import { z } from 'zod';\nexport const r = t.router({\n  img: t.procedure\n    .input(z.object({ url: z.string().url().refine((u) => new URL(u).hostname === 'img.example.com') }))\n    .query(async ({ input }) => (await fetch(input.url)).text()),\n});",
      "import { z } from 'zod';\nexport const r = t.router({\n  img: t.procedure\n    .input(z.object({ url: z.string().startsWith('https://img.example.com/') }))\n    .query(async ({ input }) => (await fetch(input.url)).text()),\n});",
      "import { NextResponse } from 'next/server';\nexport function middleware(req) {\n  const url = req.nextUrl.clone();\n  url.pathname = '/maintenance';\n  return NextResponse.rewrite(url);\n}",
      "export default {\n  async fetch(request) {\n    const url = new URL(request.url);\n    return fetch('https://api.internal.example.com' + url.pathname + url.search);\n  },\n};",
      "const ORIGIN = 'https://api.example.com';\nexport default {\n  async fetch(request) {\n    const u = new URL(request.url);\n    return fetch(`${ORIGIN}${u.pathname}`);\n  },\n};",
      "const httpProxy = require('http-proxy');\nconst proxy = httpProxy.createProxyServer({});\nrequire('http').createServer((req, res) => proxy.web(req, res, { target: 'http://127.0.0.1:4000' })).listen(80);",
      "const axios = require('axios');\nconst HOSTS = new Set(['a.example.com']);\nconst make = (client) => (url) => client.get(url);\nconst get = make(axios);\napp.get('/p', async (req, res) => {\n  const u = new URL(String(req.query.u));\n  if (!HOSTS.has(u.hostname)) return res.sendStatus(403);\n  res.json((await get(u.href)).data);\n});",
      "const HOSTS = new Set(['cdn.example.com']);\nexport async function loader({ request }) {\n  const u = new URL(new URL(request.url).searchParams.get('src'));\n  if (HOSTS.has(u.hostname)) {\n    return fetch(u);\n  }\n  return new Response('no', { status: 400 });\n}",
      "app.get('/u', async (req, res) => {\n  const u = new URL(String(req.query.u));\n  const ok = ALLOWED_HOSTS.includes(u.hostname);\n  if (!ok) return res.sendStatus(403);\n  res.send(await (await fetch(u)).text());\n});",
      "const request = require('request');\nfunction create(label, request) { request(label.id); }",
      "const got = require('got');\nconst api = got.extend({ prefixUrl: 'https://api.example.com/v1' });\napp.get('/u/:id', async (req, res) => res.json((await api.get('users/' + encodeURIComponent(req.params.id))).body));",
      "const puppeteer = require('puppeteer');\nconst HOSTS = new Set(['example.com']);\napp.get('/s', async (req, res) => {\n  const t = new URL(String(req.query.url));\n  if (!HOSTS.has(t.hostname)) return res.sendStatus(400);\n  const page = await (await puppeteer.launch()).newPage();\n  await page.goto(t.href);\n});",
      "const axios = require('axios');\nconst api = axios.create({ baseURL: 'https://api.example.com/' });\napp.get('/p', async (req, res) => res.json((await api.get('items/' + encodeURIComponent(req.query.id))).data));",
      "const got = require('got');\nconst api = got.extend({ prefixUrl: 'https://api.example.com' });\napp.get('/p', async (req, res) => res.json(await api.get('items/' + encodeURIComponent(req.query.id)).json()));",
      "fetch('https://api.example.com');",
      "export default defineEventHandler(async (event) => {\n  const { id } = getQuery(event);\n  return $fetch(`/v1/items/${encodeURIComponent(String(id))}`, { baseURL: 'https://api.example.com' });\n});",
      "const axios = require('axios');\napp.get('/m', async (req, res) => res.json((await axios.get('/status', { baseURL: 'https://status.example.com', params: { r: req.query.r } })).data));",
      "const axios = require('axios');\napp.get('/p', async (req, res) => {\n  const api = axios.create({ baseURL: 'https://api.example.com/', params: { q: req.query.q } });\n  res.json((await api.get('/search')).data);\n});",
      "const needle = require('needle');\napp.post('/n', async (req, res) => { await needle('post', 'https://api.example.com/x', req.body); });",
      "const net = require('net');\napp.get('/p', (req, res) => { net.connect({ host: 'db.internal', port: Number(req.query.port) }); });",
      "app.get('/u', async (req, res) => {\n  const t = new URL(String(req.query.l));\n  if (t.hostname !== 'cdn.example.com') return res.end();\n  await fetch(t.href);\n});",
      "const CDN_HOST = 'cdn.example.com';\napp.get('/img', (req, res) => {\n  let target;\n  try {\n    target = new URL(req.query.src);\n  } catch {\n    return res.status(400).end();\n  }\n  if (target.protocol !== 'https:' || target.hostname !== CDN_HOST) return res.status(403).end();\n  https.get(target, (up) => up.pipe(res));\n});",
      "app.get('/u', async (req, res) => { await fetch('https://api.example.com/users/' + req.params.id); });",
      "const puppeteer = require('puppeteer');\napp.get('/s', async (req, res) => {\n  const page = await (await puppeteer.launch()).newPage();\n  await page.goto('https://example.com');\n});",
      "const CDP = require('chrome-remote-interface');\napp.get('/s', async (req, res) => {\n  const client = await CDP();\n  await client.Page.navigate({ url: 'https://example.com/status' });\n});",
      "const { Client } = require('undici');\nconst client = new Client('https://api.partner.example');\napp.get('/u', async (req, res) => { const { body } = await client.request({ path: '/u/' + encodeURIComponent(req.query.id), method: 'GET' }); res.send(await body.text()); });",
    ],
    invalid: [
      // A helper whose only test is the scheme: any host passes.
      "function looseCheck(raw) {\n  const u = new URL(raw);\n  if (u.protocol !== 'https:') throw new Error('scheme');\n  return raw;\n}\napp.get('/a', async (req, res) => {\n  res.json((await axios.get(looseCheck(String(req.query.url)))).data);\n});",
      "import { withQuery } from 'ufo';\nexport default defineEventHandler(async (event) => {\n  const query = getQuery(event);\n  return $fetch(withQuery(String(query.target), { a: 1 }));\n});",
      {
        code: "module.exports = {\n  images: {\n    remotePatterns: [{ protocol: 'https', hostname: '**' }],\n  },\n};",
        severity: "MEDIUM",
      },
      // ... not a value read from the page's URL put in front.
      "const u = new URLSearchParams(location.search).get('api');\nfetch(u + '/status');",
      "const p = new URLSearchParams(location.search).get('p');\nfetch(location.origin + p);",
      // A tRPC procedure's input is the client's: z.string().url() admits any host.
      "import { z } from 'zod';\nexport const r = t.router({\n  preview: t.procedure\n    .input(z.object({ url: z.string().url() }))\n    .query(async ({ input }) => (await fetch(input.url)).text()),\n});",
      "import { z } from 'zod';\nexport const r = t.router({\n  img: t.procedure\n    .input(z.object({ url: z.string().url().refine((u) => new URL(u).hostname.endsWith('example.com')) }))\n    .mutation(async ({ input }) => (await fetch(input.url)).text()),\n});",
      "const axios = require('axios');\napp.get('/f', async (req, res) => {\n  const api = axios.create({ baseURL: req.query.base });\n  res.send((await api.get('/status')).data);\n});",
      "const got = require('got');\napp.get('/f', async (req, res) => {\n  const api = got.extend({ prefixUrl: req.query.base });\n  res.send(await api.get('status').text());\n});",
      "app.get('/img', (req, res) => {\n  const want = req.query.host;\n  const target = new URL(req.query.src);\n  if (target.hostname !== want) return res.status(403).end();\n  https.get(target, (up) => up.pipe(res));\n});",
      "import { NextResponse } from 'next/server';\nexport function middleware(req) {\n  return NextResponse.rewrite(new URL(req.nextUrl.searchParams.get('upstream')));\n}",
      "import { NextResponse } from 'next/server';\nexport function middleware(req) {\n  const url = req.nextUrl.clone();\n  url.host = req.nextUrl.searchParams.get('h');\n  return NextResponse.rewrite(url);\n}",
      "export default {\n  async fetch(request) {\n    const url = new URL(request.url);\n    return fetch('https://api.internal.example.com' + url.searchParams.get('p'));\n  },\n};",
      "export default {\n  async fetch(request) {\n    const url = new URL(request.url);\n    return fetch(new URL(url.pathname, 'https://api.internal.example.com').toString());\n  },\n};",
      {
        code: "const axios = require('axios');\nconst make = (client) => (url) => client.get(url);\nconst get = make(axios);\napp.get('/p', async (req, res) => res.json((await get(req.query.u)).data));",
        line: 2,
      },
      {
        code: "const got = require('got');\nclass M {\n  constructor(c) { this.c = c; }\n  fetch(u) { return this.c(u).text(); }\n}\nconst m = new M(got);\napp.get('/m', async (req, res) => res.send(await m.fetch(req.query.src)));",
        line: 7,
      },
      "const httpProxy = require('http-proxy');\nconst proxy = httpProxy.createProxyServer({});\napp.get('/p', (req, res) => proxy.web(req, res, { target: req.query.t }));",
      "const { createProxyMiddleware } = require('http-proxy-middleware');\napp.use(createProxyMiddleware({ target: 'http://a:1', router: (req) => req.query.b }));",
      "module.exports = {\n  inputs: { url: { type: 'string' } },\n  fn: async function ({ url }) {\n    return fetch(url);\n  },\n};",
      {
        code: "const HOSTS = new Set(['cdn.example.com']);\nexport async function loader({ request }) {\n  const src = new URL(request.url).searchParams.get('src');\n  if (HOSTS.has(new URL(src).hostname)) return fetch(src);\n  return fetch(src);\n}",
        line: 5,
      },
      {
        code: "exports.handler = async (event) => {\n  const { url } = JSON.parse(event.body);\n  if (ALLOWED.has(new URL(url).host)) {\n    await axios.post(url, {});\n  }\n  await axios.post(url, {});\n};",
        line: 6,
      },
      "import { defineEventHandler, getQuery } from 'h3';\nexport default defineEventHandler(async (event) => {\n  const { url } = getQuery(event);\n  return (await fetch(String(url))).text();\n});",
      "const axios = require('axios');\nclass Svc {\n  constructor(http) { this.http = http; }\n  get(u) { return this.http.get(u); }\n}\nconst svc = new Svc(axios.create({ timeout: 1000 }));\nclass Api {\n  constructor(private readonly client: any) {}\n  run(u: string) { return this.client.get(u); }\n}\napp.get('/p', async (req, res) => res.json(await new Svc(axios).http.get(req.query.url)));",
      "const got = require('got');\nconst plain = got.extend({ timeout: { request: 5000 } });\napp.get('/h', async (req, res) => res.json((await plain.get(String(req.query.t))).body));",
      "const ALLOWED = new Set(['a.example.com']);\napp.get('/p', async (req, res) => {\n  const raw = String(req.query.url);\n  if (req.query.strict) {\n    if (!ALLOWED.has(new URL(raw).hostname)) return res.end();\n    return res.send(await (await fetch(raw)).text());\n  }\n  res.send(await (await fetch(raw)).text());\n});",
      "app.post('/t', async (req, res) => {\n  const u = req.body.url;\n  if (!u.includes('hooks.example.com')) return res.sendStatus(400);\n  res.json((await axios.get(u)).data);\n});",
      "const axios = require('axios');\nconst api = axios.create({ baseURL: 'https://api.example.com/' });\napp.get('/p', async (req, res) => res.json((await api.get(req.query.path)).data));",
      "const got = require('got');\nconst client = got.extend({ retry: { limit: 1 } });\napp.post('/h', async (req, res) => { await client.post(req.body.hook); res.end(); });",
      "app.get('/', async (req, res) => { await axios.get(req.query.u); });",
      "const WebSocket = require('ws');\napp.get('/r', (req, res) => { const s = new WebSocket(req.query.upstream); });",
      "const { JSDOM } = require('jsdom');\napp.get('/p', async (req, res) => { await JSDOM.fromURL(req.query.site); });",
      "const request = require('request');\napp.get('/f', (req, res) => {\n  const opts = {};\n  opts.uri = req.query.feed;\n  request(opts);\n});",
      "const http = require('http');\napp.get('/', (req, res) => { http.request({ host: req.query.h, path: '/' }).end(); });",
      "const http = require('http');\napp.get('/', (req, res) => { http.get(STATUS_PATH, { host: req.query.h }); });",
      "const puppeteer = require('puppeteer');\napp.get('/s', async (req, res) => {\n  const page = await (await puppeteer.launch()).newPage();\n  await page.goto(req.query.url);\n});",
      "const CDP = require('chrome-remote-interface');\napp.get('/s', async (req, res) => {\n  const client = await CDP();\n  await client.Page.navigate({ url: req.query.url });\n});",
      "const CDP = require('chrome-remote-interface');\napp.get('/s', async (req, res) => {\n  const { Page } = await CDP();\n  await Page.navigate({ url: String(req.query.url) });\n});",
      "const CDP = require('chrome-remote-interface');\napp.post('/t', async (req, res) => {\n  const client = await CDP();\n  await client.Target.createTarget({ url: req.body.url });\n});",
      "const phantom = require('phantom');\napp.get('/s', async (req, res) => {\n  const page = await (await phantom.create()).createPage();\n  await page.open(req.query.url);\n});",
      "const net = require('net');\napp.get('/p', (req, res) => { net.connect({ host: req.query.host, port: 80 }); });",
      "const net = require('net');\napp.get('/p', (req, res) => { net.createConnection(25, req.query.mx); });",
      "const needle = require('needle');\napp.get('/n', async (req, res) => { await needle('get', req.query.feed); });",
      "const { request: send } = require('undici');\napp.get('/u', async (req, res) => { await send(req.query.target); });",
      // The global fetch through the global object, ofetch / Nuxt's `$fetch`, a base URL in the call's options.
      "export const POST = async ({ request }) => {\n  const { hook } = await request.json();\n  await globalThis.fetch(hook, { method: 'POST' });\n};",
      "export default defineEventHandler(async (event) => {\n  const { src } = getQuery(event);\n  return $fetch(String(src));\n});",
      "import { ofetch } from 'ofetch';\nexport default defineEventHandler(async (event) => {\n  const body = await readBody(event);\n  return ofetch.raw(body.url);\n});",
      "const axios = require('axios');\napp.get('/m', async (req, res) => res.json((await axios.get('/status', { baseURL: req.query.base })).data));",
      "export default defineEventHandler(async (event) => $fetch('/status', { baseURL: String(getQuery(event).base) }));",
      "const { Client } = require('undici');\napp.get('/u', async (req, res) => { const client = new Client(req.query.origin); const { body } = await client.request({ path: '/', method: 'GET' }); res.send(await body.text()); });",
      "const undici = require('undici');\napp.get('/u', async (req, res) => { const pool = new undici.Pool(`http://${req.query.host}:8080`); res.send(await (await pool.request({ path: '/', method: 'GET' })).body.text()); });",
    ],
  },
});
