import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { JsContext } from "../../dataflow/javascript.js";
import { jsRule } from "./common.js";

/** A login route or handler: `app.post('/login', ...)`, `/auth/signin`, `/api/session`, `async function login(...)`. */
// (An SSO / OAuth / SAML callback signs the user in as a login form does.)
const LOGIN_PATH =
  /(^|[/_-])(log-?in|sign-?in|authenticate|session|sessions)($|[/?_-])|(^|\/)(sso|oauth2?|oidc|saml|auth)\/([\w:-]+\/)?(callback|acs)($|[/?])/i;
const LOGIN_NAME =
  /^(log_?in|sign_?in|authenticate|handle_?login|do_?login|post_?login|login_?(handler|user|route))$/i;

/** Session fields that say who the user is or what they may do. */
const IDENTITY =
  /^(user|user_?id|uid|username|email|account|account_?id|auth|authenticated|is_?authenticated|logged_?in|is_?logged_?in|role|roles|is_?admin|admin|member_?id|customer_?id|profile)$/i;

/** A fresh session id at login: express-session's regenerate, Passport's req.login (it regenerates since 0.6). */
const ROTATES =
  /\.session\.regenerate\s*\(|\.session\.destroy\s*\(|\breq(uest)?\.(login|logIn)\s*\(|\bctx\.regenerateSession\s*\(|\bctx\.session\s*=\s*null\b/;

/** The name a function is known by: its declaration, or the variable, property or method it is bound to. */
function fnName(fn: SyntaxNode, ctx: JsContext): string {
  const own = field(fn, "name");
  if (own) return ctx.text(own);
  const p = fn.parent;
  const n =
    p?.type === "variable_declarator" ? field(p, "name") : p?.type === "pair" ? field(p, "key") : undefined;
  return n ? ctx.text(n) : "";
}

/** The route path a handler is registered under (`app.post('/login', mw, handler)`), if it is passed inline. */
function routePath(fn: SyntaxNode, ctx: JsContext): string | undefined {
  const call = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
  if (call?.type !== "call_expression") return undefined;
  const first = ctx.args(call)[0];
  return first ? ctx.stringValue(first) : undefined;
}

export default jsRule({
  meta: {
    id: "JS-SESS-001",
    title: "Session not renewed at login (session fixation)",
    cwe: ["CWE-384"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the file imports no session middleware, so req.session may be a signed client-side cookie-session (fixation needs a server-side session id)",
      },
    ],
    docs: {
      what_it_does:
        "Flags a login handler (a route whose path names login/signin/session, or a function named login/signIn/authenticate) that writes who the user is into req.session (userId, user, role, authenticated, ...) without req.session.regenerate() (or Passport's req.login, which regenerates). Files using cookie-session, iron-session or @fastify/secure-session (no server-side id) are left alone.",
      why_bad:
        "An attacker who planted a session id in the victim's browser before login shares the authenticated session afterwards, because express-session keeps the same id across the privilege change.",
      example_bad:
        "const session = require('express-session');\napp.post('/login', async (req, res) => {\n  const user = await verify(req.body.username, req.body.password);\n  if (!user) return res.status(401).end();\n  req.session.userId = user.id;\n  res.redirect('/');\n});",
      example_good:
        "const session = require('express-session');\napp.post('/login', async (req, res, next) => {\n  const user = await verify(req.body.username, req.body.password);\n  if (!user) return res.status(401).end();\n  req.session.regenerate((err) => {\n    if (err) return next(err);\n    req.session.userId = user.id;\n    res.redirect('/');\n  });\n});",
    },
    fix_hint:
      "Call req.session.regenerate() at login and store the user in the new session inside its callback.",
  },
  trigger: /session\.\w+\s*=|session\[|Object\.assign\(\s*(req|request|ctx)\.session\b/,
  nodeTypes: ["assignment_expression", "call_expression"],
  detect(node, ctx, report) {
    if (node.type === "call_expression") {
      // `Object.assign(req.session, { userId: user.id })`: the same identity write as `req.session.userId = ...`.
      if (ctx.callee(node) !== "Object.assign") return;
      const [target, src] = ctx.args(node);
      if (!target || !/^(req|request|ctx)\.session$/.test(ctx.text(target).replace(/\s+/g, ""))) return;
      if (src?.type !== "object") return;
      const keys = namedChildren(src).map((p) =>
        ctx.text(p.type === "pair" ? (field(p, "key") ?? p) : p).replace(/['"]/g, ""),
      );
      if (!keys.some((k) => IDENTITY.test(k))) return;
    } else {
      const left = field(node, "left");
      if (left?.type !== "member_expression" && left?.type !== "subscript_expression") return;
      // (koa's `ctx.session` too: koa-session with a store keeps a server-side id, rotated by
      // ctx.regenerateSession())
      const m = /^(req|request|ctx)\.session(?:\.([\w$]+)|\[\s*['"]([\w$]+)['"]\s*\])$/.exec(
        ctx.text(left).replace(/\s+/g, ""),
      );
      const key = m?.[2] ?? m?.[3];
      if (!key || !IDENTITY.test(key)) return;
    }
    // cookie-session, iron-session and @fastify/secure-session keep the whole session in a signed or sealed cookie:
    // there is no server-side id to fix.
    if (
      sourceHas(
        ctx.tree,
        /['"](cookie-session|@fastify\/secure-session|iron-session|next-iron-session)(\/[\w-]+)?['"]/,
      )
    )
      return;
    let login: SyntaxNode | undefined;
    for (let f = ctx.enclosingFunction(node); f; f = f.parent ? ctx.enclosingFunction(f.parent) : undefined) {
      const path = routePath(f, ctx);
      if ((path !== undefined && LOGIN_PATH.test(path)) || LOGIN_NAME.test(fnName(f, ctx))) login = f;
    }
    if (!login || ROTATES.test(ctx.text(login))) return;
    const serverSide = sourceHas(ctx.tree, /['"](express-session|koa-generic-session|@fastify\/session)['"]/);
    report({
      node,
      severity: serverSide ? undefined : "LOW",
      message: "login stores the user in the session without regenerating its id (session fixation)",
    });
  },
  cases: {
    valid: [
      "const session = require('express-session');\napp.get('/webhooks/callback', async (req, res) => {\n  req.session.user = req.query.u;\n  res.end();\n});",
      "const session = require('express-session');\napp.post('/login', async (req, res) => {\n  Object.assign(req.session, { theme: 'dark' });\n  res.redirect('/');\n});",
      "import { withIronSessionApiRoute } from 'iron-session/next';\nexport default withIronSessionApiRoute(async function loginRoute(req, res) {\n  req.session.user = await verify(req.body);\n  await req.session.save();\n  res.send({ ok: true });\n}, opts);",
      "const session = require('express-session');\napp.post('/login', async (req, res, next) => {\n  const user = await verify(req.body.u, req.body.p);\n  req.session.regenerate((err) => {\n    if (err) return next(err);\n    req.session.userId = user.id;\n    res.redirect('/');\n  });\n});",
      "const session = require('express-session');\napp.post('/login', passport.authenticate('local'), (req, res) => res.redirect('/'));",
      "const session = require('express-session');\napp.post('/login', async (req, res, next) => {\n  const user = await verify(req.body.u, req.body.p);\n  req.login(user, (err) => {\n    if (err) return next(err);\n    req.session.role = user.role;\n    res.redirect('/');\n  });\n});",
      "const cookieSession = require('cookie-session');\napp.post('/login', async (req, res) => {\n  const user = await verify(req.body.u, req.body.p);\n  req.session.userId = user.id;\n  res.redirect('/');\n});",
      "const session = require('express-session');\napp.post('/cart', (req, res) => {\n  req.session.cart = req.body.items;\n  res.end();\n});",
      "const session = require('express-session');\napp.post('/login', (req, res) => {\n  req.session.returnTo = req.query.next;\n  res.render('login');\n});",
      "router.post('/signin', async (ctx) => {\n  const a = await verify(ctx.request.body);\n  await ctx.regenerateSession();\n  ctx.session.accountId = a.id;\n});",
    ],
    invalid: [
      "const session = require('express-session');\napp.get('/auth/google/callback', async (req, res) => {\n  const profile = await exchange(req.query.code);\n  req.session.userId = profile.sub;\n  res.redirect('/');\n});",
      "const session = require('express-session');\napp.post('/login', async (req, res) => {\n  const u = await check(req.body);\n  Object.assign(req.session, { authenticated: true, userId: u.id });\n  res.redirect('/');\n});",
      "const session = require('express-session');\napp.post('/login', async (req, res) => {\n  const user = await verify(req.body.u, req.body.p);\n  if (!user) return res.status(401).end();\n  req.session.userId = user.id;\n  res.redirect('/account');\n});",
      "import session from 'express-session';\nrouter.post('/api/auth/signin', async (req, res) => {\n  const user = await Users.check(req.body);\n  req.session['user'] = { id: user.id, role: user.role };\n  res.json({ ok: true });\n});",
      {
        code: "async function login(req, res) {\n  const user = await verify(req.body.u, req.body.p);\n  req.session.authenticated = true;\n  res.json({ ok: true });\n}\nmodule.exports = { login };",
        severity: "LOW",
      },
      {
        code: "router.post('/signin', async (ctx) => {\n  const a = await verify(ctx.request.body);\n  ctx.session.accountId = a.id;\n});",
        line: 3,
      },
    ],
  },
});
