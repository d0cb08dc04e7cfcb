import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** Headers that name the caller or the caller's rights: X-User-Id, X-Role, X-Forwarded-User, Remote-User ... */
const IDENTITY_HEADER =
  /^(x-(forwarded-|remote-|auth-|authenticated-|original-)?(user|user-?id|uid|username|user-?name|user-?role|role|roles|email|user-?email|account-?id|is-?admin|admin|groups?|tenant-?id)|remote-user)$/i;
/** A request object by its usual names: Express/Node `req`, Koa `ctx` / `ctx.request`, Hono `c.req`. */
const REQUEST = /^(\(?(req|request)( as \w+)?\)?|ctx|ctx\.request|c\.req)$/;

/** The header name read off a request here, or undefined. */
function headerRead(node: SyntaxNode, ctx: JsContext): string | undefined {
  if (node.type === "subscript_expression") {
    const obj = ctx.text(field(node, "object") ?? node);
    if (!/^(req|request|ctx|ctx\.request)\.headers$/.test(obj)) return undefined;
    return ctx.stringValue(field(node, "index") ?? undefined);
  }
  const fn = field(node, "function");
  if (fn?.type !== "member_expression" || !/^(get|header)$/.test(ctx.method(node) ?? "")) return undefined;
  const obj = ctx.text(field(fn, "object") ?? fn);
  if (!REQUEST.test(obj) && !/^(req|request)\.headers$/.test(obj)) return undefined;
  return ctx.stringValue(ctx.args(node)[0]);
}

/**
 * The value is passed on, not believed: copied into an outgoing request's or response's header
 * (`proxyReq.setHeader('X-Forwarded-User', req.headers['x-user'] || 'anonymous')`, `headers: { 'x-user-id': ... }`).
 */
function forwarded(node: SyntaxNode, ctx: JsContext): boolean {
  let v: SyntaxNode = node;
  while (
    v.parent &&
    (v.parent.type === "parenthesized_expression" ||
      (v.parent.type === "binary_expression" &&
        /^(\|\||\?\?)$/.test(v.parent.children.find((c) => !c.named)?.type ?? "")))
  )
    v = v.parent;
  const up = v.parent;
  if (up?.type === "arguments" && up.parent?.type === "call_expression")
    return (
      /^(setHeader|set|header|append|appendHeader)$/.test(ctx.method(up.parent) ?? "") &&
      ctx.args(up.parent)[1] === v
    );
  if (up?.type === "pair") {
    const holder = up.parent?.parent;
    return holder?.type === "pair" && /^['"]?headers['"]?$/.test(ctx.text(field(holder, "key") ?? holder));
  }
  return false;
}

export default jsRule({
  meta: {
    id: "JS-IDHEADER-001",
    title: "Caller identity or role taken from a client-set request header",
    cwe: ["CWE-290", "CWE-287"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a request handler reading who the caller is, or what role it has, from a header such as X-User-Id, X-Role, X-User-Role, X-Forwarded-User, X-Forwarded-Email or Remote-User (req.headers[...], req.get, req.header, ctx.get).",
      why_bad:
        "Any client can send these headers: unless a proxy that every request must pass strips and rewrites them, `X-User-Id: 1` or `X-Role: admin` is a log-in as anyone.",
      example_bad:
        "app.get('/me', async (req, res) => {\n  res.json(await users.find(req.headers['x-user-id']));\n});",
      example_good:
        "app.get('/me', async (req, res) => {\n  const claims = await verifyToken(req.headers.authorization);\n  res.json(await users.find(claims.sub));\n});",
    },
    fix_hint:
      "Take the identity from a verified session or token; if a gateway authenticates, verify its signed assertion.",
  },
  trigger: /[Uu]ser|[Rr]ole|[Ee]mail|[Aa]dmin|[Uu]id|[Gg]roup|[Tt]enant|[Aa]ccount/,
  nodeTypes: ["subscript_expression", "call_expression"],
  detect(node, ctx, report) {
    const name = headerRead(node, ctx);
    if (!name || !IDENTITY_HEADER.test(name) || forwarded(node, ctx)) return;
    report({ node, message: `caller identity read from the client-set '${name}' header` });
  },
  cases: {
    valid: [
      "app.get('/t', (req, res) => res.json({ id: req.headers['x-request-id'] }));",
      "fetch(url, { headers: { 'x-user-id': id } });",
      "res.set('x-user-id', user.id);",
      "const ua = req.get('user-agent');",
      "proxy.on('proxyReq', (proxyReq, req) => {\n  proxyReq.setHeader('X-Forwarded-User', req.headers['x-user'] || 'anonymous');\n});",
      "app.use((req, res, next) => fetch(API, { headers: { 'x-user-id': req.headers['x-user-id'] } }).then(() => next()));",
    ],
    invalid: [
      "app.get('/me', (req, res) => res.json(users.find(req.headers['x-user-id'])));",
      "app.delete('/a/:id', (req, res) => {\n  if (req.get('x-user-role') === 'admin') return remove(req.params.id);\n  res.sendStatus(403);\n});",
      "app.get('/me', (req, res) => {\n  const u = req.header('X-Forwarded-User');\n  res.json(u);\n});",
      "router.get('/me', (ctx) => {\n  ctx.body = ctx.get('x-user-email');\n});",
    ],
  },
});
