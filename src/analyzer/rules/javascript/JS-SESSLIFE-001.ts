import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { isInlineFunction, routeCall } from "./routes.js";

/** Two years in milliseconds: a session cookie kept longer outlives any reason to trust it. */
const YEARS_MS = 2 * 365 * 24 * 60 * 60 * 1000;
/** Cookie names that carry a session or credentials. */
const AUTH_COOKIE = /sess|sid|auth|token|jwt|login|remember/i;
/** What ends a server-side session: express-session's destroy / regenerate, passport's logout, cookie-session's null. */
const ENDS_SESSION =
  /\.destroy\(|\.regenerate\(|\.log[oO]ut\(|\bsession\s*=\s*null\b|\.session\s*=\s*(null|undefined|\{\s*\})/;

/** Is this object a session's cookie options: `cookie: {...}` in express-session, cookie-session / koa-session's own. */
function sessionCookieOptions(obj: SyntaxNode, ctx: JsContext): boolean {
  const p = obj.parent;
  if (p?.type === "pair" && /^['"]?cookie['"]?$/.test(ctx.text(field(p, "key") ?? p))) {
    const call = p.parent?.parent?.type === "arguments" ? p.parent.parent.parent : undefined;
    return !!call && /^(express-session|@fastify\/session|@fastify\/secure-session)$/.test(ctx.callee(call));
  }
  if (p?.type !== "arguments" || !p.parent) return false;
  const call = p.parent;
  if (/^(cookie-session|koa-session)$/.test(ctx.callee(call))) return true;
  // `res.cookie('sid', id, { maxAge })`: a session or auth cookie set directly.
  const args = ctx.args(call);
  return (
    /\.cookie$|(^|\.)cookies\.set$|\.setCookie$/.test(ctx.callee(call)) &&
    args[2] === obj &&
    AUTH_COOKIE.test(ctx.stringValue(args[0]) ?? "")
  );
}

/** The inline handler of `app.post('/logout', ..., handler)`, when the path names a sign-out. */
function logoutHandler(node: SyntaxNode, ctx: JsContext): SyntaxNode | undefined {
  const r = routeCall(node, ctx, /^(get|post|all|delete)$/);
  if (!r || !/log-?out|sign-?out/i.test(r.path)) return undefined;
  return isInlineFunction(r.handler) ? r.handler : undefined;
}

export default jsRule({
  meta: {
    id: "JS-SESSLIFE-001",
    title: "Session outlives the sign-out or lasts for years",
    cwe: ["CWE-613"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a sign-out route (path /logout, /signout) in a file that keeps server-side sessions (express-session, req.session, ctx.session) whose handler neither destroys nor regenerates the session (nor calls passport's logout, nor sets the cookie-session to null) - it only clears the cookie or blanks a field; and a session or auth cookie given a maxAge of two years or more (express-session `cookie`, cookie-session, koa-session, res.cookie of a session cookie).",
      why_bad:
        "A session left alive on the server stays usable by whoever holds its id (a copied cookie, a shared machine) after the user signs out; a cookie good for years keeps a stolen session working that long.",
      example_bad:
        "const session = require('express-session');\napp.post('/logout', (req, res) => {\n  res.clearCookie('connect.sid');\n  res.redirect('/');\n});",
      example_good:
        "app.post('/logout', (req, res, next) => {\n  req.session.destroy((err) => (err ? next(err) : res.redirect('/')));\n});",
    },
    fix_hint:
      "Call req.session.destroy() (or regenerate) on sign-out, and keep session cookies to hours or days.",
  },
  trigger: /maxAge|log-?out|sign-?out/i,
  nodeTypes: ["pair", "call_expression"],
  detect(node, ctx, report) {
    if (node.type === "pair") {
      if (!/^['"]?maxAge['"]?$/.test(ctx.text(field(node, "key") ?? node))) return;
      const v = ctx.constValue(field(node, "value") ?? undefined);
      if (typeof v !== "number" || v < YEARS_MS || !node.parent || !sessionCookieOptions(node.parent, ctx))
        return;
      report({ node, message: `session cookie kept for ${Math.round(v / (365 * 24 * 3600 * 1000))} years` });
      return;
    }
    const handler = logoutHandler(node, ctx);
    if (!handler || !sourceHas(ctx.tree, /express-session|\b(req|ctx)\.session\b/)) return;
    const body = field(handler, "body");
    if (!body || ENDS_SESSION.test(ctx.text(body))) return;
    const first =
      body.type === "statement_block" ? namedChildren(body).find((c) => c.type !== "comment") : body;
    report({
      node: first ?? node,
      message: "sign-out leaves the server-side session alive: destroy or regenerate it",
    });
  },
  cases: {
    valid: [
      "const session = require('express-session');\napp.post('/logout', (req, res, next) => {\n  req.session.destroy((e) => (e ? next(e) : res.redirect('/')));\n});",
      "const cookieSession = require('cookie-session');\napp.post('/logout', (req, res) => {\n  req.session = null;\n  res.redirect('/');\n});",
      "app.post('/logout', (req, res) => {\n  res.clearCookie('jwt');\n  res.end();\n});",
      "const session = require('express-session');\napp.post('/logout', (req, res, next) => {\n  req.logout((e) => (e ? next(e) : res.redirect('/')));\n});",
      "const cookieSession = require('cookie-session');\napp.use(cookieSession({ keys: [K], maxAge: 24 * 60 * 60 * 1000 }));",
      "res.cookie('theme', 'dark', { maxAge: 10 * 365 * 24 * 3600 * 1000 });",
    ],
    invalid: [
      "const session = require('express-session');\napp.post('/logout', (req, res) => {\n  res.clearCookie('connect.sid');\n  res.redirect('/');\n});",
      "app.get('/signout', (req, res) => {\n  req.session.user = null;\n  res.redirect('/');\n});",
      "const cookieSession = require('cookie-session');\napp.use(cookieSession({ keys: [K], maxAge: 5 * 365 * 24 * 60 * 60 * 1000 }));",
      "const session = require('express-session');\napp.use(session({ secret: S, cookie: { maxAge: 1000 * 60 * 60 * 24 * 365 * 20 } }));",
      "res.cookie('remember_token', t, { httpOnly: true, secure: true, maxAge: 100 * 365 * 86400000 });",
    ],
  },
});
