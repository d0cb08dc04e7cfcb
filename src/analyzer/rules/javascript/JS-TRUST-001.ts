import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
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
      if (ctx.level(field(node, "right") ?? undefined, "trust") === Level.SOURCE)
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
      "app.get('/r', (req, res) => {\n  const ROLES = ['viewer', 'editor'];\n  if (!ROLES.includes(req.query.role)) return res.sendStatus(400);\n  req.session.role = req.query.role;\n  res.end();\n});",
    ],
    invalid: [
      "app.post('/l', (req, res) => {\n  req.session.username = req.body.username;\n  res.end();\n});",
      "app.get('/r', (req, res) => {\n  Promise.resolve(req.query.role).then((role) => {\n    req.session.role = role;\n    res.end();\n  });\n});",
      "app.post('/p', (req, res) => {\n  Object.assign(req.session, req.body);\n  res.end();\n});",
      "router.post('/l', (ctx) => {\n  ctx.session.user = ctx.request.body.user.trim();\n});",
      "app.get('/h', (req, res) => {\n  req.session['lang'] = req.headers['accept-language'];\n  res.end();\n});",
    ],
  },
});
