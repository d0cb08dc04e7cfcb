import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-SAMESITE-001",
    title: "Session or CSRF cookie sent on cross-site requests (SameSite=None)",
    cwe: ["CWE-1275"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags Django/Flask settings that set SESSION_COOKIE_SAMESITE or CSRF_COOKIE_SAMESITE to None (or 'None'), and set_cookie(..., samesite='None').",
      why_bad:
        "A cookie without a SameSite restriction rides along on requests other sites trigger: the session works for cross-site request forgery and cross-site leaks.",
      example_bad: "SESSION_COOKIE_SAMESITE = None",
      example_good: "SESSION_COOKIE_SAMESITE = 'Lax'",
    },
    fix_hint:
      "Use SameSite 'Lax' (or 'Strict'); if a cross-site flow truly needs the cookie, keep CSRF tokens on.",
  },
  trigger: /SAMESITE|samesite/,
  nodeTypes: ["assignment", "keyword_argument"],
  detect(node, ctx, report) {
    if (node.type === "keyword_argument") {
      if (ctx.text(field(node, "name") ?? node) !== "samesite") return;
      const call = node.parent?.parent;
      if (
        call?.type === "call" &&
        ctx.method(call) === "set_cookie" &&
        /^none$/i.test(ctx.stringValue(field(node, "value")) ?? "")
      )
        report({ node, message: "cookie set with SameSite=None" });
      return;
    }
    const left = field(node, "left");
    const name =
      left?.type === "subscript" ? ctx.stringValue(field(left, "subscript")) : left ? ctx.text(left) : "";
    if (!/^(SESSION|CSRF|REMEMBER)_COOKIE_SAMESITE$/.test(name ?? "")) return;
    const value = field(node, "right");
    if (value?.type === "none" || /^none$/i.test(ctx.stringValue(value) ?? ""))
      report({ node, message: `${name} = None: the cookie goes with cross-site requests` });
  },
  cases: {
    valid: [
      "SESSION_COOKIE_SAMESITE = 'Lax'",
      "app.config['SESSION_COOKIE_SAMESITE'] = 'Strict'",
      "resp.set_cookie('a', 'b', samesite='Lax')",
    ],
    invalid: [
      "SESSION_COOKIE_SAMESITE = None",
      "app.config['CSRF_COOKIE_SAMESITE'] = 'None'",
      { code: "def f(resp):\n    resp.set_cookie('sid', 'v', secure=True, samesite='None')", line: 2 },
    ],
  },
});
