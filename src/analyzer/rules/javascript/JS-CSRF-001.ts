import { typeTestModule } from "./JS-CRED-001.js";
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
  nodeTypes: ["pair"],
  detect(node, ctx, report) {
    // A type-assertion test (tstyche, tsd) only type-checks the option; it never serves a cookie.
    if (typeTestModule(ctx)) return;
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
    ],
    invalid: [
      "const o = { csrf: false };",
      "const o = { cookie: { sameSite: 'none' } };",
      "app.use(csrf({ ignoreMethods: ['GET', 'POST'] }));",
    ],
  },
});
