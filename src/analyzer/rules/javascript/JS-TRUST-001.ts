import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** The server-side session: express-session's `req.session`, koa-session's `ctx.session`. */
const SESSION = /^(req|request|ctx)\.session$/;

/** `req.session.user`, `req.session['role']`, `req.session.prefs.theme`: a place inside the session. */
function inSession(left: SyntaxNode | undefined, ctx: JsContext): boolean {
  let n = left;
  while (n && (n.type === "member_expression" || n.type === "subscript_expression")) {
    const obj = field(n, "object") ?? undefined;
    if (obj && SESSION.test(ctx.qname(obj))) return true;
    n = obj;
  }
  return false;
}

/**
 * Session keys the app later relies on as its own verdict about who the client is or what it may do or pay: the
 * user's identity, role and permissions, a verified or logged-in flag, a tenant, a price. Those copied from the
 * request are what CWE-501 names; a preference the user picks for itself (theme, page size, a cart, a last search)
 * is the user's own data kept where the user can change it anyway.
 */
const TRUSTED_KEY =
  /^(user|users|username|user_?name|user_?id|uid|sub|email|login|account|account_?id|identity|principal|profile|role|roles|is_?admin|admin|is_?staff|is_?superuser|superuser|permissions?|perms|privileges?|scopes?|groups?|claims|grants?|acl|tenant|tenant_?id|org|org_?id|organization|owner|owner_?id|auth|authed|authenticated|is_?authenticated|logged_?in|is_?logged_?in|verified|is_?verified|mfa|mfa_?verified|two_?factor|otp_?verified|csrf|csrf_?token|token|access_?token|price|amount|total|discount|balance|credits?|plan|tier|level|quota|limit)$/i;

/** The request's whole parsed body, query or parameters: every key the client chose. */
const WHOLE_INPUT = /^(req|request|ctx|ctx\.request)\.(body|query|params)$/;

/** The keys of the session place written: `req.session.user.role` gives user, role. */
function sessionKeys(left: SyntaxNode | undefined, ctx: JsContext): string[] {
  const keys: string[] = [];
  let n = left;
  while (n && (n.type === "member_expression" || n.type === "subscript_expression")) {
    const obj = field(n, "object") ?? undefined;
    const k =
      n.type === "member_expression"
        ? ctx.text(field(n, "property") ?? n)
        : ctx.stringValue(field(n, "index") ?? undefined);
    if (k !== undefined) keys.push(k);
    if (obj && SESSION.test(ctx.qname(obj))) return keys;
    n = obj;
  }
  return keys;
}

/** `{ email: req.body.email, role: req.body.role }`: an object literal with a trusted key among its own. */
function trustedObject(n: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (n?.type !== "object") return false;
  return namedChildren(n).some((p) => {
    const k =
      p.type === "pair" ? field(p, "key") : p.type === "shorthand_property_identifier" ? p : undefined;
    return !!k && TRUSTED_KEY.test(ctx.text(k).replace(/['"]/g, ""));
  });
}

export default jsRule({
  meta: {
    id: "JS-TRUST-001",
    title: "Request data stored in the server-side session",
    cwe: ["CWE-501"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags writes of the client's query, body, route parameters, headers or cookies into express-session's `req.session` or koa-session's `ctx.session` (a property store or `Object.assign(req.session, ...)`) without a lookup, conversion or check in between.",
      why_bad:
        "Code that later reads the session treats its contents as the server's own, already-checked state (a user name, a role, a verified flag); copying unchecked request data there mixes trusted and untrusted data across a trust boundary.",
      example_bad:
        "app.post('/login', (req, res) => {\n  req.session.user = req.body.user;\n  res.sendStatus(204);\n});",
      example_good:
        "app.post('/login', async (req, res) => {\n  const user = await verify(req.body.user, req.body.password);\n  if (user) req.session.userId = user.id;\n  res.sendStatus(user ? 204 : 401);\n});",
    },
    fix_hint:
      "Store only values the server derived or verified (an authenticated user's id), never the raw request field.",
  },
  trigger: /\.session\b/,
  nodeTypes: ["assignment_expression", "call_expression"],
  detect(node, ctx, report) {
    if (node.type === "assignment_expression") {
      const left = field(node, "left") ?? undefined;
      if (!inSession(left, ctx)) return;
      // The "trust" level follows the client's text through copies, string building, containers and local
      // helpers, but not through other calls (a lookup by the submitted name returns the server's record).
      const right = field(node, "right") ?? undefined;
      if (ctx.level(right, "trust") !== Level.SOURCE) return;
      // Only what the app trusts later: a trusted key, the client's whole body/query (any key it likes), or an
      // object carrying a trusted key.
      const value = right?.type === "identifier" ? (ctx.resolve(right) ?? right) : right;
      if (
        !sessionKeys(left, ctx).some((k) => TRUSTED_KEY.test(k)) &&
        !(value && WHOLE_INPUT.test(ctx.qname(value))) &&
        !trustedObject(value, ctx)
      )
        return;
      report({ node, message: "request data is written into the session unchecked" });
      return;
    }
    // `Object.assign(req.session, req.body)`: every submitted field becomes session state.
    const [target, ...sources] = ctx.args(node);
    if (ctx.callee(node) !== "Object.assign" || !target || !SESSION.test(ctx.qname(target))) return;
    if (sources.some((a) => ctx.level(a, "trust") === Level.SOURCE))
      report({ node, message: "request data is merged into the session unchecked" });
  },
  cases: {
    valid: [
      "app.get('/v', (req, res) => {\n  req.session.views = (req.session.views || 0) + 1;\n  res.end();\n});",
      "app.get('/p', (req, res) => {\n  req.session.returnTo = req.originalUrl;\n  res.redirect('/login');\n});",
      "app.post('/l', async (req, res) => {\n  const user = await User.findOne({ name: String(req.body.name) });\n  if (user) req.session.userId = user.id;\n  res.end();\n});",
      "app.post('/l', (req, res) => {\n  req.session.user = req.user.id;\n  res.end();\n});",
      "app.get('/t', (req, res) => {\n  req.session.theme = ['light', req.query.theme][0];\n  res.end();\n});",
      "app.get('/n', (req, res) => {\n  req.session.page = parseInt(req.query.page, 10);\n  res.end();\n});",
      "app.post('/p', (req, res) => {\n  req.session.theme = req.body.theme;\n  req.session.cart = req.body.items;\n  req.session['lang'] = req.headers['accept-language'];\n  res.end();\n});",
      "app.get('/r', (req, res) => {\n  const ROLES = ['viewer', 'editor'];\n  if (!ROLES.includes(req.query.role)) return res.sendStatus(400);\n  req.session.role = req.query.role;\n  res.end();\n});",
    ],
    invalid: [
      "app.post('/l', (req, res) => {\n  req.session.username = req.body.username;\n  res.end();\n});",
      "app.get('/r', (req, res) => {\n  Promise.resolve(req.query.role).then((role) => {\n    req.session.role = role;\n    res.end();\n  });\n});",
      "app.post('/p', (req, res) => {\n  Object.assign(req.session, req.body);\n  res.end();\n});",
      "router.post('/l', (ctx) => {\n  ctx.session.user = ctx.request.body.user.trim();\n});",
      "app.get('/h', (req, res) => {\n  req.session['tenantId'] = req.headers['x-tenant'];\n  res.end();\n});",
      "app.post('/d', (req, res) => {\n  req.session.form = req.body;\n  res.end();\n});",
      "app.post('/a', (req, res) => {\n  req.session.account = { email: req.body.email, role: req.body.role };\n  res.end();\n});",
    ],
  },
});
