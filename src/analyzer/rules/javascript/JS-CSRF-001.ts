import { typeTestModule } from "./JS-CRED-001.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-CSRF-001",
    title: "CSRF protection disabled or cookie without SameSite",
    cwe: ["CWE-352"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags csrf: false / csrfProtection disabled options and session cookies configured with sameSite: 'none' or false.",
      why_bad:
        "Without a CSRF token or SameSite cookies, any site can submit state-changing requests with the user's session.",
      example_bad: "app.use(session({ secret: process.env.S, cookie: { sameSite: 'none', secure: true } }));",
      example_good:
        "app.use(session({ secret: process.env.S, cookie: { sameSite: 'lax', secure: true, httpOnly: true } }));",
    },
    fix_hint:
      "Keep CSRF middleware on for cookie-authenticated forms and use SameSite=Lax or Strict cookies.",
  },
  trigger: /csrf|xsrf|sameSite/i,
  nodeTypes: ["pair", "call_expression"],
  detect(node, ctx, report) {
    // A type-assertion test (tstyche, tsd) only type-checks the option; it never serves a cookie.
    if (typeTestModule(ctx)) return;
    if (node.type === "call_expression") {
      // `app.use(methodOverride())` before `app.use(csurf())`: a POST carrying `_method=GET` reaches csurf as a
      // GET, a method it ignores, and the route behind it still runs the state change without a token.
      const fn = field(node, "function");
      const mw = ctx.args(node)[0];
      if (fn?.type !== "member_expression" || ctx.text(field(fn, "property") ?? fn) !== "use") return;
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
    if (/^['"]?(csrf|csrfProtection|xsrf)['"]?:false$/i.test(t))
      report({ node, message: "CSRF protection disabled" });
    // csurf's `ignoreMethods` naming a state-changing method: those requests skip the token check.
    else if (/^['"]?ignoreMethods['"]?:\[.*['"](POST|PUT|PATCH|DELETE)['"]/i.test(t))
      report({ node, message: "CSRF token check skipped for a state-changing method" });
    else if (/^['"]?sameSite['"]?:(false|['"]none['"])$/i.test(t))
      report({ node, message: "cookie sent on cross-site requests" });
  },
  cases: {
    valid: [
      "const o = { sameSite: 'lax' };",
      "import { expect } from 'tstyche';\napp.register(oauth, { cookie: { secure: true, sameSite: 'none' } });",
      "app.use(csrf({ ignoreMethods: ['GET', 'HEAD', 'OPTIONS'] }));",
      "const csrf = require('csurf');\nconst methodOverride = require('method-override');\napp.use(csrf({ cookie: true }));\napp.use(methodOverride('_method'));",
    ],
    invalid: [
      "const o = { csrf: false };",
      "const o = { cookie: { sameSite: 'none' } };",
      "app.use(csrf({ ignoreMethods: ['GET', 'POST'] }));",
      {
        code: "const csrf = require('csurf');\nconst methodOverride = require('method-override');\napp.use(methodOverride('_method'));\napp.use(csrf({ cookie: true }));",
        line: 3,
      },
    ],
  },
});
