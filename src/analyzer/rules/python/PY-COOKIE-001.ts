import type { SyntaxNode } from "../../parse/index.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-COOKIE-001",
    title: "Cookie without Secure or HttpOnly",
    cwe: ["CWE-614", "CWE-1004"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags set_cookie calls without secure=True or httponly=True, and SESSION_COOKIE_SECURE / SESSION_COOKIE_HTTPONLY = False.",
      why_bad:
        "Without Secure the cookie travels over plain HTTP; without HttpOnly any injected script can read the session.",
      example_bad: "def login(resp, sid):\n    resp.set_cookie('session', sid)",
      example_good:
        "def login(resp, sid):\n    resp.set_cookie('session', sid, secure=True, httponly=True, samesite='Lax')",
    },
    fix_hint: "Pass secure=True, httponly=True and samesite='Lax' (or 'Strict') for session cookies.",
  },
  trigger: /cookie|COOKIE|AuthTkt/,
  nodeTypes: ["call", "assignment"],
  detect(node, ctx, report) {
    const t = ctx.text(node).replace(/\s+/g, "");
    if (node.type === "assignment") {
      if (
        /(SESSION_COOKIE_SECURE|SESSION_COOKIE_HTTPONLY|CSRF_COOKIE_SECURE|REMEMBER_COOKIE_SECURE|REMEMBER_COOKIE_HTTPONLY|JWT_COOKIE_SECURE)['"]?\]?=False$/.test(
          t,
        )
      )
        report({ node, message: "cookie protection disabled" });
      return;
    }
    if (ctx.method(node) === "update" && /config\.update$/.test(ctx.callee(node))) {
      // app.config.update(SESSION_COOKIE_SECURE=False): the same setting as a keyword.
      if (
        /\b(SESSION_COOKIE_SECURE|SESSION_COOKIE_HTTPONLY|REMEMBER_COOKIE_SECURE|REMEMBER_COOKIE_HTTPONLY|JWT_COOKIE_SECURE)=False\b/.test(
          t,
        )
      )
        report({ node, message: "cookie protection disabled" });
      return;
    }
    // pyramid's auth ticket cookie: secure defaults to False.
    if (/(^|\.)AuthTkt(CookieHelper|AuthenticationPolicy)$/.test(ctx.callee(node))) {
      const secure = ctx.kwarg(node, "secure");
      if (!secure || ctx.constValue(secure) === false)
        report({ node, message: "auth ticket cookie sent without Secure" });
      return;
    }
    if (ctx.method(node) !== "set_cookie") return;
    // `**OPTS`: the flags come from a dict literal with constant keys (anything else: unknown, not reported).
    let splat: Map<string, SyntaxNode> | undefined;
    if (/\*\*/.test(t)) {
      const arg = node.children
        .find((c) => c.field === "arguments")
        ?.children.find((c) => c.type === "dictionary_splat");
      const dict = ctx.resolve(arg?.children.find((c) => c.named));
      if (dict?.type !== "dictionary") return;
      splat = new Map();
      for (const pair of dict.children) {
        if (!pair.named) continue;
        const k =
          pair.type === "pair" ? ctx.constValue(pair.children.find((c) => c.field === "key")) : undefined;
        const v = pair.children.find((c) => c.field === "value");
        if (typeof k !== "string" || !v) return;
        splat.set(k, v);
      }
    }
    const flagOf = (name: string) => ctx.kwarg(node, name) ?? splat?.get(name);
    // A flag the code provably sets off (False, a name bound to False, a constant choice of False, a helper's
    // parameter that some call in the file passes as False) is off.
    const isOff = (v: unknown) => v === false || v === null || v === 0 || v === "";
    const off = (flag: ReturnType<typeof ctx.kwarg>) => {
      if (!flag) return true;
      const v = ctx.constValue(flag);
      if (v !== undefined) return isOff(v);
      return flag.type === "identifier" && !!ctx.paramConstants(flag)?.some(isOff);
    };
    const noSecure = off(flagOf("secure"));
    if (noSecure || off(flagOf("httponly")))
      report({ node, message: `cookie set without ${noSecure ? "Secure" : "HttpOnly"}` });
  },
  cases: {
    valid: [
      "app.config['REMEMBER_COOKIE_HTTPONLY'] = True",
      "from pyramid.authentication import AuthTktCookieHelper\nh = AuthTktCookieHelper(s, secure=True, http_only=True)",
      "r.set_cookie('s', v, secure=True, httponly=True)",
      "flag = True\nr.set_cookie('s', v, secure=flag, httponly=flag)",
    ],
    invalid: [
      "app.config['JWT_COOKIE_SECURE'] = False",
      "app.config['REMEMBER_COOKIE_HTTPONLY'] = False",
      {
        code: "from pyramid.authentication import AuthTktCookieHelper\nh = AuthTktCookieHelper(s, secure=False)",
        line: 2,
      },
      {
        code: "from flask import Flask\napp = Flask(__name__)\napp.config.update(SESSION_COOKIE_SECURE=False)",
        line: 3,
      },
      "r.set_cookie('s', v)",
      "app.config['SESSION_COOKIE_SECURE'] = False",
      "flag = False\nr.set_cookie('s', v, secure=flag, httponly=True)",
      "n = 10\nflag = True if n < 5 else False\nr.set_cookie('s', v, secure=flag, httponly=True)",
    ],
  },
});
