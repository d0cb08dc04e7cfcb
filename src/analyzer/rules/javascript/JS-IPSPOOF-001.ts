import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** Request headers a client can set to any address unless a proxy it cannot bypass overwrites them. */
const CLIENT_IP_HEADER =
  /x-forwarded-for|x-real-ip|x-client-ip|true-client-ip|x-originating-ip|x-cluster-client-ip|cf-connecting-ip|fastly-client-ip|\bgetClientIp\(/i;
/** Per-client counters and limiters: keyed on a spoofable address, each request may claim a fresh budget. */
const LIMIT_STORE = /fail|attempt|lock|limit|throttl|rate|brute|ban\b|bans|block/i;
/** A literal that names an address or an address prefix (`'127.0.0.1'`, `'10.'`, `'::1'`, `'192.168.'`). */
const ADDRESS = /^(\d{1,3}\.(\d{1,3}\.?){0,3}|::1|::ffff:[\d.]+|localhost|[0-9a-f]{1,4}:[0-9a-f:]*)$/i;

export default jsRule({
  meta: {
    id: "JS-IPSPOOF-001",
    title: "Access check trusts a client-supplied IP header",
    cwe: ["CWE-348", "CWE-290"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags an `if` test that compares an address read from X-Forwarded-For, X-Real-IP or a similar header (directly or through local variables, including its first comma-separated entry) with an address literal, an address prefix (`startsWith('10.')`) or an allow-list (`ALLOWED.includes(ip)`). Also flags Express `trust proxy` set to true (every hop trusted, so req.ip is the client-written first entry) in a file that gates access on req.ip. Taking the last entry of X-Forwarded-For, the one the trusted proxy appended, is not flagged.",
      why_bad:
        "The client writes these headers: sending `X-Forwarded-For: 127.0.0.1` passes a localhost-only or office-only gate from anywhere.",
      example_bad:
        "app.get('/admin', (req, res) => {\n  const ip = req.headers['x-forwarded-for'];\n  if (ip === '127.0.0.1') return res.send(secrets());\n  res.sendStatus(403);\n});",
      example_good:
        "app.get('/admin', (req, res) => {\n  const ip = req.socket.remoteAddress;\n  if (ip === '127.0.0.1') return res.send(secrets());\n  res.sendStatus(403);\n});",
    },
    fix_hint:
      "Use the socket address, or the proxy-appended (last) X-Forwarded-For entry with express's `trust proxy` set to the proxy count; never the first entry.",
  },
  trigger:
    /trust proxy|getClientIp|[Cc][Ff]-[Cc]onnecting-[Ii][Pp]|[Ff]astly-[Cc]lient-[Ii][Pp]|[Xx]-[Ff]orwarded-[Ff]or|[Xx]-[Rr]eal-[Ii][Pp]|[Xx]-[Cc]lient-[Ii][Pp]|[Tt]rue-[Cc]lient-[Ii][Pp]|[Xx]-[Oo]riginating-[Ii][Pp]|[Xx]-[Cc]luster-[Cc]lient-[Ii][Pp]/,
  nodeTypes: ["binary_expression", "call_expression", "pair"],
  detect(node, ctx, report) {
    // express-rate-limit's `keyGenerator: (req) => req.headers['x-forwarded-for'] || req.ip`: every request names
    // its own bucket.
    if (node.type === "pair") {
      if (ctx.text(field(node, "key") ?? node).replace(/['"]/g, "") !== "keyGenerator") return;
      const fn = field(node, "value");
      if (!fn || !/^(arrow_function|function_expression|function)$/.test(fn.type)) return;
      const body = ctx.text(fn);
      if (CLIENT_IP_HEADER.test(body) && !LAST_ENTRY.test(body))
        report({ node, message: "rate-limit key read from a client-supplied IP header" });
      return;
    }
    // `failures.get(ip)`, `limiter.consume(ip)` with ip from X-Forwarded-For: the counter a lockout or limiter
    // keeps per client is chosen by the client. Reported where the header is read.
    // Express `app.set('trust proxy', true)` / `app.enable('trust proxy')`: req.ip becomes the first (client-written)
    // X-Forwarded-For entry. Reported where the file gates access on req.ip (an address test or an allow-list).
    if (node.type === "call_expression" && /\.(set|enable)$/.test(ctx.callee(node))) {
      const [name, value] = ctx.args(node);
      if (ctx.stringValue(name) !== "trust proxy") return;
      if (ctx.method(node) === "set" && value?.type !== "true") return;
      if (
        sourceHas(
          ctx.tree,
          /\.(includes|has|startsWith)\(\s*(req|request)\.ip\s*\)|\b(req|request)\.ip\s*[!=]==?\s*['"]|['"]\s*[!=]==?\s*(req|request)\.ip\b|\b(req|request)\.ip\.startsWith\(/,
        )
      )
        report({
          node,
          message:
            "trust proxy true: req.ip is the client-written first X-Forwarded-For entry, and access is gated on it",
        });
      return;
    }
    if (
      node.type === "call_expression" &&
      /^(get|set|has|incr|increment|consume|penalty|add)$/.test(ctx.method(node))
    ) {
      const fn = field(node, "function");
      const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
      const key = ctx.args(node)[0];
      const origin = recv && key && LIMIT_STORE.test(ctx.text(recv)) ? derivation(key, node, ctx) : "";
      if (key && CLIENT_IP_HEADER.test(origin) && !LAST_ENTRY.test(origin)) {
        report({
          node: headerRead(key, node, ctx) ?? node,
          message: "a per-client limit or lockout is keyed on an address the client sets in a request header",
        });
        return;
      }
    }
    // Only a test that decides something: the condition of an `if` or of a `?:`.
    let inTest = false;
    for (let a: SyntaxNode | null = node; a?.parent && !inTest; a = a.parent) {
      const p: SyntaxNode = a.parent;
      if ((p.type === "if_statement" || p.type === "ternary_expression") && a.field === "condition")
        inTest = true;
      if (
        /^(statement_block|function_declaration|arrow_function|function_expression|method_definition)$/.test(
          p.type,
        )
      )
        break;
    }
    // `const allowed = ADMINS.includes(ip); ... allowed ? 200 : 403`: a test bound to a const name first, the
    // name then deciding (checked once the header is known to be read, below).
    let bound: string | undefined;
    if (!inTest) {
      let v: SyntaxNode = node;
      while (
        v.parent &&
        /^(parenthesized_expression|binary_expression|unary_expression)$/.test(v.parent.type)
      )
        v = v.parent;
      const decl = v.parent;
      if (decl?.type !== "variable_declarator" || v.field !== "value") return;
      const name = field(decl, "name");
      if (name?.type !== "identifier") return;
      bound = ctx.text(name);
    }
    let subject: SyntaxNode | undefined;
    if (node.type === "binary_expression") {
      const op = node.children.find((c) => !c.named)?.type;
      if (op !== "===" && op !== "==" && op !== "!==" && op !== "!=") return;
      const l = field(node, "left");
      const r = field(node, "right");
      if (!l || !r) return;
      const lv = ctx.stringValue(l);
      const rv = ctx.stringValue(r);
      if (rv !== undefined && ADDRESS.test(rv)) subject = l;
      else if (lv !== undefined && ADDRESS.test(lv)) subject = r;
    } else {
      const m = ctx.method(node);
      const fn = field(node, "function");
      const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
      const arg = ctx.args(node)[0];
      if (!recv || !arg) return;
      const av = ctx.stringValue(arg);
      // `ip.startsWith('10.')`, `ip.includes('192.168.')`: an address prefix.
      if (/^(startsWith|includes|endsWith|indexOf)$/.test(m) && av !== undefined && ADDRESS.test(av))
        subject = recv;
      // `ALLOWED.includes(ip)`, `trusted.has(ip)`: an allow-list lookup.
      else if (/^(includes|has|indexOf)$/.test(m) && av === undefined) subject = arg;
    }
    if (!subject) return;
    const origin = derivation(subject, node, ctx);
    if (!CLIENT_IP_HEADER.test(origin)) return;
    if (cloudflareSet(origin) && inCloudflareWorker(node, ctx)) return;
    if (bound) {
      const n = bound.replace(/\$/g, "\\$");
      const decides = new RegExp(
        `\\bif\\s*\\(\\s*!?\\s*${n}\\b|(^|[^\\w$.])${n}\\s*(&&[^?;\\n]*)?\\?(?![.?])`,
      );
      if (!decides.test(ctx.text(ctx.enclosingFunction(node) ?? node))) return;
    }
    // The last entry (`.pop()`, `[parts.length - 1]`) is the address the trusted proxy appended.
    if (LAST_ENTRY.test(origin)) return;
    report({ node, message: "an access check compares an address the client can set in a request header" });
    // Also where the header is read, when that is another line (`const ip = req.get('X-Real-IP')` above the test).
    const read = headerRead(subject, node, ctx);
    if (read && read.startRow !== node.startRow)
      report({ node: read, message: "client-supplied IP header read for an access check" });
  },
  cases: {
    valid: [
      "app.set('trust proxy', 1);\napp.use('/admin', (req, res, next) => (ALLOWED.includes(req.ip) ? next() : res.sendStatus(403)));",
      "app.set('trust proxy', true);\napp.use((req, res, next) => { console.log(req.ip); next(); });",
      "app.get('/a', (req, res) => { const ip = req.socket.remoteAddress; if (ip === '127.0.0.1') res.send('ok'); });",
      "app.get('/a', (req, res) => { let ip = req.headers['x-forwarded-for'] || ''; ip = ip.split(',').pop().trim(); if (ip.startsWith('10.')) res.send('ok'); });",
      "app.get('/a', (req, res) => { const hops = String(req.headers['x-forwarded-for']).split(','); const ip = hops[hops.length - 1]; if (ALLOWED.includes(ip)) res.send('ok'); });",
      "app.get('/a', (req, res) => { const ip = req.headers['x-forwarded-for']; log(ip === '127.0.0.1'); });",
      "const limiter = rateLimit({ keyGenerator: (req) => req.socket.remoteAddress });",
      "exports.handler = async (event) => {\n  const internal = ADMIN_IPS.includes(event.headers['X-Forwarded-For'] ?? '');\n  console.log({ internal });\n  return { statusCode: 200, body: '' };\n};",
      "app.post('/login', (req, res) => { const who = req.socket.remoteAddress; failures.set(who, 1); });",
      "app.get('/w', (req, res) => { const ip = requestIp.getClientIp(req); log(ip); });",
      "export default {\n  async fetch(request) {\n    if (!ADMIN_IPS.includes(request.headers.get('cf-connecting-ip') ?? '')) return new Response('no', { status: 403 });\n    return new Response('admin');\n  },\n};",
    ],
    invalid: [
      "const limiter = rateLimit({ keyGenerator: (req) => req.headers['x-forwarded-for'] || req.ip });",
      {
        code: "app.post('/login', (req, res) => {\n  const who = req.header('x-forwarded-for') || req.ip;\n  failures.set(who, (failures.get(who) || 0) + 1);\n});",
        line: 2,
      },
      {
        code: "app.use((req, res, next) => {\n  const ip = requestIp.getClientIp(req);\n  if (!ADMINS.includes(ip)) return res.sendStatus(403);\n  next();\n});",
        line: 2,
      },
      "fastify.addHook('onRequest', async (request, reply) => { if (request.headers['cf-connecting-ip'] !== '203.0.113.9') reply.code(403).send(); });",
      "app.set('trust proxy', true);\napp.use('/admin', (req, res, next) => (ALLOWED.includes(req.ip) ? next() : res.sendStatus(403)));",
      "app.enable('trust proxy');\napp.get('/local', (req, res) => { if (req.ip === '127.0.0.1') res.send(debugInfo()); });",
      "app.get('/a', (req, res) => { const ip = req.headers['x-forwarded-for']; if (ip === '127.0.0.1') res.send('ok'); });",
      {
        code: "exports.handler = async (event) => {\n  const allowed = ADMIN_IPS.includes(event.headers['X-Forwarded-For']?.split(',')[0] ?? '');\n  return { statusCode: allowed ? 200 : 403, body: '' };\n};",
        line: 2,
      },
      "export default {\n  async fetch(request) {\n    const ip = request.headers.get('x-forwarded-for') ?? '';\n    if (!ADMIN_IPS.includes(ip)) return new Response('no', { status: 403 });\n    return new Response('admin');\n  },\n};",
      "app.get('/a', (req, res) => { const ip = req.get('X-Real-IP'); if (ip && ip.startsWith('10.')) res.send('ok'); });",
      "app.get('/a', (req, res) => { const chain = String(req.headers['x-forwarded-for'] ?? ''); const ip = chain.split(',')[0].trim(); if (OFFICE.includes(ip)) res.send('ok'); });",
      "app.get('/a', (req, res) => { const ip = req.headers['x-forwarded-for'] || req.socket.remoteAddress; if (ip === '::1') res.send('ok'); });",
    ],
  },
});

/** Only Cloudflare's own client-address header is read (CF-Connecting-IP), no header a client may also send. */
function cloudflareSet(origin: string): boolean {
  return /cf-connecting-ip/i.test(origin) && !CLIENT_IP_HEADER.test(origin.replace(/cf-connecting-ip/gi, ""));
}

/**
 * Code that runs on Cloudflare itself: a Worker's `export default { fetch(request, env, ctx) }` (or one typed
 * ExportedHandler / ExecutionContext), a Pages Function (`onRequest*`, PagesFunction). There Cloudflare writes
 * CF-Connecting-IP on every request, replacing whatever the client sent, so it is the connecting address; a
 * Node server reading the same header trusts whoever can reach it directly.
 */
function inCloudflareWorker(node: SyntaxNode, ctx: JsContext): boolean {
  if (
    sourceHas(
      ctx.tree,
      /\b(ExportedHandler|ExecutionContext|PagesFunction|EventContext)\b|['"]cloudflare:workers['"]/,
    )
  )
    return true;
  for (let a = node.parent; a; a = a.parent) {
    if (
      a.type === "function_declaration" &&
      /^onRequest(Get|Post|Put|Patch|Delete|Head|Options)?$/.test(ctx.text(field(a, "name") ?? a))
    )
      return a.parent?.type === "export_statement";
    if (a.type !== "method_definition" || ctx.text(field(a, "name") ?? a) !== "fetch") continue;
    let up = a.parent?.parent;
    while (up && /^(satisfies_expression|as_expression|parenthesized_expression)$/.test(up.type))
      up = up.parent;
    return up?.type === "export_statement" && /^export\s+default\b/.test(ctx.text(up));
  }
  return false;
}

/** The last X-Forwarded-For entry (`.pop()`, `[parts.length - 1]`): the address the trusted proxy appended. */
const LAST_ENTRY = /\.pop\(\)|\.at\(\s*-1\s*\)|length\s*-\s*1\s*\]|\.slice\(\s*-1\s*\)/;

/**
 * The value last bound to a local name (declaration or assignment) before `at`, skipping a binding that holds
 * `within` (the expression being explained is that binding's own value).
 */
function lastBound(
  name: string,
  at: SyntaxNode,
  ctx: { text(n: SyntaxNode): string; tree: { nodes: SyntaxNode[] } },
  within?: SyntaxNode,
): SyntaxNode | undefined {
  let last: SyntaxNode | undefined;
  for (const n of ctx.tree.nodes) {
    if (n.order >= at.order) break;
    const target =
      n.type === "variable_declarator"
        ? field(n, "name")
        : n.type === "assignment_expression"
          ? field(n, "left")
          : undefined;
    if (target?.type === "identifier" && ctx.text(target) === name) {
      const v = n.type === "variable_declarator" ? field(n, "value") : field(n, "right");
      if (v && !(within && within.start >= n.start && within.end <= n.end)) last = v;
    }
  }
  return last;
}

/** The expression, found through local bindings as `derivation` does, whose own text reads the IP header. */
function headerRead(
  expr: SyntaxNode,
  at: SyntaxNode,
  ctx: { text(n: SyntaxNode): string; tree: { nodes: SyntaxNode[] } },
  depth = 0,
): SyntaxNode | undefined {
  if (depth > 4) return undefined;
  if (expr.type !== "identifier") return CLIENT_IP_HEADER.test(ctx.text(expr)) ? expr : undefined;
  const name = ctx.text(expr);
  const last = lastBound(name, at, ctx);
  if (!last) return undefined;
  if (CLIENT_IP_HEADER.test(ctx.text(last))) return last;
  // `const ip = forwarded.split(',')[0]`: follow the name the value is cut from.
  const ids: SyntaxNode[] = [];
  const visit = (n: SyntaxNode) => {
    if (n.type === "identifier" && n.field !== "property") ids.push(n);
    for (const c of n.children) visit(c);
  };
  visit(last);
  for (const id of ids) {
    const r = headerRead(id, last, ctx, depth + 1);
    if (r) return r;
  }
  return undefined;
}

/**
 * The text of an expression with the values of the local names it reads spliced in (the last binding or
 * assignment before `at`, a few levels deep): enough to see which header an address came from and how it was cut.
 */
function derivation(
  expr: SyntaxNode,
  at: SyntaxNode,
  ctx: { text(n: SyntaxNode): string; tree: { nodes: SyntaxNode[] } },
  depth = 0,
): string {
  let out = ctx.text(expr);
  if (depth > 4) return out;
  const names = new Set<string>();
  const visit = (n: SyntaxNode) => {
    if (n.type === "identifier" && n.field !== "property") names.add(ctx.text(n));
    for (const c of n.children) visit(c);
  };
  visit(expr);
  for (const name of names) {
    const last = lastBound(name, at, ctx, expr);
    if (last) out += " <= " + derivation(last, last, ctx, depth + 1);
  }
  return out;
}
