import { typeTestModule } from "./JS-CRED-001.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import type { JsContext } from "../../dataflow/javascript.js";
import { jsRule } from "./common.js";

/** Cookie names that carry a session or credentials; SameSite matters for those. */
const AUTH_COOKIE = /sess|sid|auth|token|jwt|login|remember|user|csrf|xsrf|connect\.|^id$/i;

/** `res.cookie('theme', 'dark', { sameSite: 'none' })`: a cookie named for something other than a session. */
function plainCookie(pair: SyntaxNode, ctx: JsContext): boolean {
  const obj = pair.parent;
  const call = obj?.parent?.type === "arguments" ? obj.parent.parent : undefined;
  if (!obj || call?.type !== "call_expression" || !/^(cookie|set)$/.test(ctx.method(call))) return false;
  const args = ctx.args(call);
  if (args.indexOf(obj) < 1) return false;
  const name = ctx.constValue(args[0]);
  return typeof name === "string" && !AUTH_COOKIE.test(name);
}

/** The options object of a crumb plugin registration (`{ plugin: Crumb, options: { skip } }`). */
function crumbOptions(pair: SyntaxNode, ctx: JsContext): boolean {
  const reg = pair.parent?.parent?.parent;
  return reg?.type === "object" && /crumb/i.test(ctx.text(ctx.prop(reg, "plugin") ?? reg).slice(0, 200));
}

/** A hapi route object whose method is GET / HEAD (no state change for the token to guard). */
function safeRoute(pair: SyntaxNode, ctx: JsContext): boolean {
  for (let o: SyntaxNode | null = pair.parent; o; o = o.parent) {
    if (o.type !== "object") continue;
    const m = ctx.prop(o, "method");
    if (!m) continue;
    const v = ctx.constValue(m);
    return typeof v === "string" && /^(GET|HEAD|OPTIONS)$/i.test(v);
  }
  return false;
}

export default jsRule({
  meta: {
    id: "JS-CSRF-001",
    title: "CSRF protection disabled or cookie without SameSite",
    cwe: ["CWE-352", "CWE-1275"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags csrf: false / csrfProtection / Apollo csrfPrevention disabled options and session cookies configured with sameSite: 'none' or false.",
      why_bad:
        "Without a CSRF token or SameSite cookies, any site can submit state-changing requests with the user's session.",
      example_bad: "app.use(session({ secret: process.env.S, cookie: { sameSite: 'none', secure: true } }));",
      example_good:
        "app.use(session({ secret: process.env.S, cookie: { sameSite: 'lax', secure: true, httpOnly: true } }));",
    },
    fix_hint:
      "Keep CSRF middleware on for cookie-authenticated forms and use SameSite=Lax or Strict cookies.",
  },
  trigger: /csrf|xsrf|sameSite|crumb/i,
  nodeTypes: ["pair", "call_expression"],
  detect(node, ctx, report) {
    // A type-assertion test (tstyche, tsd) only type-checks the option; it never serves a cookie.
    if (typeTestModule(ctx)) return;
    if (node.type === "call_expression") {
      // Angular's `HttpClientXsrfModule.disable()`: the client stops echoing the XSRF cookie in a header, so the
      // server's double-submit check has nothing to compare (or was dropped with it).
      if (ctx.callee(node).replace(/^@angular\/common\/http\./, "") === "HttpClientXsrfModule.disable") {
        report({ node, message: "Angular's XSRF header echo disabled" });
        return;
      }
      if (/^(set|setHeader|header|append)$/.test(ctx.method(node))) {
        const [name, value] = ctx.args(node);
        const v = value ? ctx.text(value) : "";
        if (/^set-cookie$/i.test(String(ctx.constValue(name) ?? "")) && /\bSameSite=None\b/i.test(v)) {
          const cookie = /^[`'"]\s*([\w.-]+)=/.exec(v)?.[1];
          if (!cookie || AUTH_COOKIE.test(cookie))
            report({ node, message: "session cookie sent on cross-site requests (SameSite=None)" });
        }
        return;
      }
      // `app.use(methodOverride())` before `app.use(csurf())`: a POST carrying `_method=GET` reaches csurf as a
      // GET, a method it ignores, and the route behind it still runs the state change without a token.
      const fn = field(node, "function");
      const mw = ctx.args(node)[0];
      if (fn?.type !== "member_expression" || ctx.text(field(fn, "property") ?? fn) !== "use") return;
      // `app.post('/transfer', ...)` then `app.use(csurf())`: Express runs handlers in registration order, so the
      // routes registered before the middleware never pass through it.
      if (mw?.type === "call_expression" && /^(csurf|lusca\.csrf)$/.test(ctx.callee(mw))) {
        const owner = ctx.text(field(fn, "object") ?? fn);
        const before = ctx.tree.nodes.find(
          (d) =>
            d.end < node.start &&
            d.type === "call_expression" &&
            /^(post|put|patch|delete)$/.test(ctx.method(d)) &&
            ctx.text(field(field(d, "function") ?? d, "object") ?? d) === owner &&
            ctx.args(d).length >= 2 &&
            /^(string|template_string)$/.test(ctx.args(d)[0]?.type ?? ""),
        );
        if (before)
          report({
            node,
            message: `CSRF middleware mounted after ${ctx.method(before).toUpperCase()} routes it never guards`,
          });
        return;
      }
      if (mw?.type !== "call_expression" || ctx.callee(mw) !== "method-override") return;
      const app = ctx.text(field(fn, "object") ?? fn);
      const later = ctx.tree.nodes.find(
        (d) =>
          d.start > node.end &&
          d.type === "call_expression" &&
          ctx.callee(d) === "csurf" &&
          d.parent?.type === "arguments" &&
          ctx.text(field(d.parent.parent!, "function") ?? d).replace(/\s+/g, "") === `${app}.use`,
      );
      if (later)
        report({
          node,
          message: "method-override runs before csurf: an overridden POST skips the token check",
        });
      return;
    }
    const t = ctx.text(node).replace(/\s+/g, "");
    // (Apollo Server 4's `csrfPrevention: false` lets simple cross-site requests run operations.)
    if (/^['"]?(csrf|csrfProtection|xsrf|csrfPrevention)['"]?:false$/i.test(t))
      report({ node, message: "CSRF protection disabled" });
    // csurf's `ignoreMethods` naming a state-changing method: those requests skip the token check.
    else if (/^['"]?ignoreMethods['"]?:\[.*['"](POST|PUT|PATCH|DELETE)['"]/i.test(t))
      report({ node, message: "CSRF token check skipped for a state-changing method" });
    else if (/^['"]?sameSite['"]?:(false|['"]none['"])$/i.test(t)) {
      if (!plainCookie(node, ctx)) report({ node, message: "cookie sent on cross-site requests" });
    }
    // lusca.csrf's `blocklist` skips the check on every path starting with an entry: '/' is all of them.
    else if (/^['"]?(blocklist|blacklist)['"]?:(\[(.*,)?)?['"]\/['"]/.test(t))
      report({ node, message: "CSRF check skipped for every path (blocklist '/')" });
    // hapi crumb: `skip: () => true` in the plugin's options, or `plugins: { crumb: false }` on a route that
    // changes state.
    else if (/^['"]?skip['"]?:(\(\w*\)|\w+)=>(true|\{returntrue;?\})$/.test(t) && crumbOptions(node, ctx))
      report({ node, message: "crumb CSRF check skipped for every request" });
    else if (/^['"]?crumb['"]?:false$/.test(t) && !safeRoute(node, ctx))
      report({ node, message: "crumb CSRF check switched off on a state-changing route" });
  },
  cases: {
    valid: [
      "const csrf = require('csurf');\napp.use(csrf());\napp.post('/a', (req, res) => res.end());\nother.post('/b', h);",
      "const o = { sameSite: 'lax' };",
      "import { expect } from 'tstyche';\napp.register(oauth, { cookie: { secure: true, sameSite: 'none' } });",
      "app.use(csrf({ ignoreMethods: ['GET', 'HEAD', 'OPTIONS'] }));",
      "const csrf = require('csurf');\nconst methodOverride = require('method-override');\napp.use(csrf({ cookie: true }));\napp.use(methodOverride('_method'));",
      "res.cookie('theme', 'dark', { sameSite: 'none', secure: true });",
      "app.use(lusca.csrf({ blocklist: ['/webhooks/stripe'] }));",
      "server.route({ method: 'GET', path: '/a', options: { plugins: { crumb: false } }, handler });",
      "await server.register({ plugin: Crumb, options: { skip: (req) => req.path.startsWith('/hooks/') } });",
      "HttpClientXsrfModule.withOptions({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' });",
      "res.setHeader('Set-Cookie', 'theme=dark; Path=/; SameSite=None; Secure');",
      "const server = new ApolloServer({ typeDefs, resolvers, csrfPrevention: true });",
    ],
    invalid: [
      "const csrf = require('csurf');\napp.post('/transfer', (req, res) => res.end());\napp.use(csrf());",
      "const o = { csrf: false };",
      "const server = new ApolloServer({ typeDefs, resolvers, csrfPrevention: false });",
      "const o = { cookie: { sameSite: 'none' } };",
      "app.use(csrf({ ignoreMethods: ['GET', 'POST'] }));",
      "res.cookie('session_id', t, { httpOnly: true, secure: true, sameSite: false });",
      "app.use(lusca.csrf({ blocklist: ['/'] }));",
      "server.route({ method: 'POST', path: '/a', options: { plugins: { crumb: false } }, handler });",
      "await server.register({ plugin: Crumb, options: { skip: () => true } });",
      "import { HttpClientXsrfModule } from '@angular/common/http';\n@NgModule({ imports: [HttpClientXsrfModule.disable()] })\nexport class M {}",
      "res.setHeader('Set-Cookie', `sid=${t}; Path=/; HttpOnly; Secure; SameSite=None`);",
      {
        code: "const csrf = require('csurf');\nconst methodOverride = require('method-override');\napp.use(methodOverride('_method'));\napp.use(csrf({ cookie: true }));",
        line: 3,
      },
    ],
  },
});
