import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** A request object by its usual names: Express/Node `req`, Koa `ctx` / `ctx.request`, Hono `c.req`. */
const REQUEST = /^(req|request|ctx|ctx\.request|c\.req|event\.request)$/;
/** Headers that name the host the client says it reached. */
const HOST_HEADER = /^(host|x-forwarded-host|x-original-host)$/i;
/** What a link carrying a secret is for: password reset, e-mail verification, activation, magic sign-in, invites. */
const SECRET_LINK = /reset|token|verif|activat|confirm|magic|invite|passw/i;

/**
 * The host a client controls, read off the request: `req.headers.host`, `req.headers['x-forwarded-host']`,
 * `req.get('host')`, `req.header('host')`, `req.hostname` / `req.host` (Express, Koa), `request.headers.get('host')`.
 */
function hostRead(node: SyntaxNode, ctx: JsContext): boolean {
  if (node.type === "member_expression") {
    const obj = ctx.text(field(node, "object") ?? node);
    const prop = ctx.text(field(node, "property") ?? node);
    if (prop === "host" && /^(req|request|ctx\.request)\.headers$/.test(obj)) return true;
    return /^(hostname|host)$/.test(prop) && REQUEST.test(obj);
  }
  if (node.type === "subscript_expression") {
    const obj = ctx.text(field(node, "object") ?? node);
    return (
      /^(req|request|ctx\.request)\.headers$/.test(obj) &&
      HOST_HEADER.test(ctx.stringValue(field(node, "index") ?? undefined) ?? "")
    );
  }
  if (node.type === "call_expression") {
    const fn = field(node, "function");
    const obj = fn?.type === "member_expression" ? ctx.text(field(fn, "object") ?? fn) : "";
    return (
      /^(get|header)$/.test(ctx.method(node) ?? "") &&
      (REQUEST.test(obj) || /^(req|request)\.headers$/.test(obj)) &&
      HOST_HEADER.test(ctx.stringValue(ctx.args(node)[0]) ?? "")
    );
  }
  return false;
}

/**
 * The whole link built around a host read: the concatenation, template string or `new URL(path, base)` it is part
 * of (through parentheses and `String(...)`), or undefined when the host is read for something else.
 */
function linkAround(node: SyntaxNode, ctx: JsContext): SyntaxNode | undefined {
  let top: SyntaxNode = node;
  let built = false;
  for (let p = node.parent; p; p = p.parent) {
    if (
      p.type === "binary_expression" &&
      (field(p, "operator")?.type ?? p.children.find((c) => !c.named)?.type) === "+"
    )
      built = true;
    else if (p.type === "template_substitution" || p.type === "template_string") built = true;
    else if (p.type === "arguments" && p.parent && /^(new_expression|call_expression)$/.test(p.parent.type)) {
      const callee = ctx.text(field(p.parent, "constructor") ?? field(p.parent, "function") ?? p.parent);
      if (!/^(URL|url\.URL|url\.resolve|String)$/.test(callee)) break;
      built = true;
      p = p.parent;
    } else if (p.type !== "parenthesized_expression") break;
    top = p;
  }
  return built ? top : undefined;
}

export default jsRule({
  meta: {
    id: "JS-RESETHOST-001",
    title: "Password-reset or verification link built from the request's Host header",
    cwe: ["CWE-640"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a link built (concatenation, template string, `new URL(path, base)`) from the host the request names - `req.headers.host`, `req.get('host')`, `req.hostname`, X-Forwarded-Host - when the link carries a reset, verification, activation, magic-link or invite token.",
      why_bad:
        "The client writes the Host header: asking for a reset of the victim's account with `Host: evil.example` mails the victim a link to the attacker's site carrying the victim's token (reset-link poisoning).",
      example_bad:
        "app.post('/forgot', async (req, res) => {\n  const link = 'https://' + req.headers.host + '/reset?token=' + token;\n  await mail(req.body.email, link);\n});",
      example_good:
        "app.post('/forgot', async (req, res) => {\n  const link = process.env.PUBLIC_URL + '/reset?token=' + token;\n  await mail(req.body.email, link);\n});",
    },
    fix_hint:
      "Build links that carry tokens from a configured public base URL, never from the request's Host.",
  },
  trigger: /host/i,
  nodeTypes: ["member_expression", "subscript_expression", "call_expression"],
  detect(node, ctx, report) {
    if (!hostRead(node, ctx)) return;
    const link = linkAround(node, ctx);
    if (!link) return;
    const rest = ctx.text(link).replace(ctx.text(node), "");
    if (!SECRET_LINK.test(rest)) return;
    report({ node: link, message: "link carrying a token built from the client-supplied Host header" });
  },
  cases: {
    valid: [
      "app.post('/forgot', (req, res) => {\n  const link = process.env.BASE_URL + '/reset?token=' + token;\n  mail(link);\n});",
      "app.get('/page', (req, res) => {\n  const self = req.protocol + '://' + req.get('host') + req.originalUrl;\n  res.render('page', { self });\n});",
      "app.get('/whoami', (req, res) => res.json({ host: req.headers.host }));",
      "app.get('/login', (req, res) => res.redirect(`https://id.example.com/authorize?redirect_uri=${encodeURIComponent(CALLBACK)}`));",
      "function f(url) { return 'https://' + url.host + '/reset'; }",
    ],
    invalid: [
      "app.post('/forgot', (req, res) => {\n  const link = 'https://' + req.headers.host + '/reset?token=' + token;\n  mail(link);\n});",
      "app.post('/forgot', (req, res) => {\n  const u = `${req.protocol}://${req.get('host')}/password/reset/${token}`;\n  mail(u);\n});",
      "app.post('/forgot', (req, res) => {\n  const u = new URL('/reset/' + token, 'https://' + req.hostname);\n  mail(u.href);\n});",
      "router.post('/signup', async (ctx) => {\n  const verifyUrl = `https://${ctx.request.headers['x-forwarded-host']}/verify?t=${t}`;\n  await mail(verifyUrl);\n});",
    ],
  },
});
