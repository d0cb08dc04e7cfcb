import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

const SETTING = /^(SESSION|CSRF|REMEMBER)_COOKIE_SAMESITE$/;

/** None, or the string 'None': no SameSite restriction. */
function noneValue(ctx: PythonContext, value: SyntaxNode | undefined): boolean {
  return value?.type === "none" || /^none$/i.test(ctx.stringValue(value) ?? "");
}

export default pyRule({
  meta: {
    id: "PY-SAMESITE-001",
    title: "Session or CSRF cookie sent on cross-site requests (SameSite=None)",
    // (CWE-352 as well: a session cookie sent on cross-site requests is what lets a forged form post act as the user)
    cwe: ["CWE-1275", "CWE-352"],
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
  trigger: /SAMESITE|samesite|same_site/,
  nodeTypes: ["assignment", "keyword_argument"],
  detect(node, ctx, report) {
    if (node.type === "keyword_argument") {
      const key = ctx.text(field(node, "name") ?? node);
      const call = node.parent?.parent;
      if (call?.type !== "call") return;
      const value = field(node, "value");
      // app.config.update(SESSION_COOKIE_SAMESITE="None"): the setting written as a keyword.
      if (SETTING.test(key)) {
        if (/config\.(update|from_mapping)$/.test(ctx.callee(call)) && noneValue(ctx, value))
          report({ node, message: `${key} = None: the cookie goes with cross-site requests` });
        return;
      }
      // set_cookie / Sanic's add_cookie, and session middlewares' cookie options (Starlette's same_site).
      if (
        /^(samesite|same_site)$/.test(key) &&
        (/^(set_cookie|add_cookie)$/.test(ctx.method(call)) ||
          // (Starlette's `Middleware(SessionMiddleware, same_site=...)` hands its keywords to the class)
          /(SessionMiddleware|CookieStorage|SessionFactory|add_middleware|(^|\.)Middleware)$/.test(
            ctx.callee(call),
          )) &&
        /^none$/i.test(ctx.stringValue(value) ?? "")
      )
        report({ node, message: "cookie set with SameSite=None" });
      return;
    }
    const left = field(node, "left");
    const name =
      left?.type === "subscript" ? ctx.stringValue(field(left, "subscript")) : left ? ctx.text(left) : "";
    if (!SETTING.test(name ?? "")) return;
    if (noneValue(ctx, field(node, "right")))
      report({ node, message: `${name} = None: the cookie goes with cross-site requests` });
  },
  cases: {
    valid: [
      "SESSION_COOKIE_SAMESITE = 'Lax'",
      "app.config['SESSION_COOKIE_SAMESITE'] = 'Strict'",
      "resp.set_cookie('a', 'b', samesite='Lax')",
      "app.config.update(SESSION_COOKIE_SAMESITE='Lax')",
      "app.add_middleware(SessionMiddleware, secret_key=k, same_site='strict')",
      "from starlette.middleware import Middleware\nmw = [Middleware(SessionMiddleware, secret_key=k, same_site='lax')]",
    ],
    invalid: [
      "SESSION_COOKIE_SAMESITE = None",
      "app.config['CSRF_COOKIE_SAMESITE'] = 'None'",
      { code: "def f(resp):\n    resp.set_cookie('sid', 'v', secure=True, samesite='None')", line: 2 },
      "app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE='None')",
      "app.add_middleware(SessionMiddleware, secret_key=k, same_site='none')",
      "from starlette.middleware import Middleware\nmw = [Middleware(SessionMiddleware, secret_key=k, same_site='none')]",
      {
        code: "def f(resp, sid):\n    resp.add_cookie('session', sid, secure=True, samesite='None')",
        line: 2,
      },
    ],
  },
});
