import { CALL_TYPES, clikeRule, Level } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["csharp"], {
  meta: {
    id: "CS-REDIR-001",
    title: "Redirect to a URL from request data",
    cwe: ["CWE-601"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags Redirect/RedirectPermanent/Response.Redirect whose target is a parameter or request value, unless the code checks Url.IsLocalUrl.",
      why_bad:
        "Attackers send links to your domain that bounce victims to a look-alike phishing site (open redirect, CWE-601).",
      example_bad:
        "public ActionResult Login(string returnUrl) {\n  SignIn();\n  return Redirect(returnUrl);\n}",
      example_good:
        'public ActionResult Login(string returnUrl) {\n  SignIn();\n  return Url.IsLocalUrl(returnUrl) ? Redirect(returnUrl) : RedirectToAction("Index");\n}',
    },
    fix_hint: "Use LocalRedirect, or check Url.IsLocalUrl(target) before redirecting.",
  },
  trigger: /Redirect/,
  nodeTypes: CALL_TYPES.csharp,
  detect(node, ctx, report) {
    if (!/(^|\.)(Redirect|RedirectPermanent|RedirectPreserveMethod)$/.test(ctx.callee(node))) return;
    if (sourceHas(ctx.tree, /IsLocalUrl/)) return;
    const a = ctx.args(node)[0];
    if (a && ctx.level(a) >= Level.PARAM) report({ node, message: "redirect target comes from the request" });
  },
  cases: {
    valid: ['class C : Controller { ActionResult F() { return Redirect("/home"); } }'],
    invalid: ["class C : Controller { ActionResult F(string u) { return Redirect(u); } }"],
  },
});
