import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field } from "../../parse/nodes.js";
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
  trigger: /cookie|COOKIE|Cookie|AuthTkt|SessionMiddleware/,
  nodeTypes: ["call", "assignment"],
  detect(node, ctx, report) {
    const t = ctx.text(node).replace(/\s+/g, "");
    const flagOff = (flag: SyntaxNode | undefined) => {
      if (!flag) return true;
      const v = ctx.constValue(flag);
      return v === false || v === null || v === 0 || v === "";
    };
    /** Why a Set-Cookie header value is insecure: dump_cookie() without secure, or cookie text without Secure. */
    const rawCookie = (value: SyntaxNode | undefined): string | undefined => {
      if (!value) return undefined;
      if (value.type === "call" && /(^|\.)dump_cookie$/.test(ctx.callee(value)))
        return flagOff(ctx.kwarg(value, "secure")) ? "cookie header written without Secure" : undefined;
      // The literal parts of the header text: a cookie (`name=`, attributes after `;`) none of which says Secure.
      const lits = [value, ...descendants(value)].filter(
        (n) => n.type === "string_content" || n.type === "string",
      );
      const text = lits.map((n) => ctx.text(n)).join(" ");
      if (!/=|;\s*(HttpOnly|Path|Max-Age|Expires|SameSite)/i.test(text) || /\bsecure\b/i.test(text))
        return undefined;
      return "cookie header written without Secure";
    };
    /** A dict's constant-key entries at `at`: the literal or dict(...) it is bound to, then its update()s and item writes. */
    const dictOptions = (
      name: SyntaxNode | undefined,
      at: SyntaxNode,
      depth = 0,
    ): Map<string, SyntaxNode> | undefined => {
      if (!name) return undefined;
      // The one plain binding of the name in this function, else at module level (its update()s are not
      // bindings of their own).
      const n = ctx.text(name);
      const bindsIn = (scope: SyntaxNode | undefined) =>
        ctx.tree.nodes
          .filter(
            (a) =>
              a.type === "assignment" &&
              ctx.text(a.children.find((c) => c.field === "left") ?? a) === n &&
              ctx.enclosingFunction(a) === scope,
          )
          .map((a) => a.children.find((c) => c.field === "right"));
      let fn = ctx.enclosingFunction(at);
      let binds = name.type !== "identifier" ? [name] : bindsIn(fn);
      if (!binds.length && fn) binds = bindsIn((fn = undefined));
      const dict = binds.length === 1 ? binds[0] : undefined;
      const out = new Map<string, SyntaxNode>();
      const addKwargs = (call: SyntaxNode): boolean => {
        for (const a of call.children.find((c) => c.field === "arguments")?.children ?? []) {
          if (!a.named || a.type === "comment") continue;
          if (a.type !== "keyword_argument") return false;
          const k = a.children.find((c) => c.field === "name");
          const v = a.children.find((c) => c.field === "value");
          if (k && v) out.set(ctx.text(k), v);
        }
        return true;
      };
      if (dict?.type === "dictionary") {
        for (const pair of dict.children) {
          if (!pair.named) continue;
          // `{**BASE, 'secure': True}`: the entries of the dict spread in, then the ones after it.
          if (pair.type === "dictionary_splat") {
            const inner =
              depth < 3
                ? dictOptions(
                    pair.children.find((c) => c.named),
                    at,
                    depth + 1,
                  )
                : undefined;
            if (!inner) return undefined;
            for (const [k, v] of inner) out.set(k, v);
            continue;
          }
          const k =
            pair.type === "pair" ? ctx.constValue(pair.children.find((c) => c.field === "key")) : undefined;
          const v = pair.children.find((c) => c.field === "value");
          if (typeof k !== "string" || !v) return undefined;
          out.set(k, v);
        }
      } else if (dict?.type === "call" && ctx.callee(dict) === "dict") {
        if (!addKwargs(dict)) return undefined;
      } else return undefined;
      if (name.type !== "identifier") return out;
      for (const w of ctx.tree.nodes) {
        const wf = ctx.enclosingFunction(w);
        if (w.start < dict.end || w.start >= at.start || (wf !== fn && wf !== ctx.enclosingFunction(at)))
          continue;
        if (
          w.type === "call" &&
          ctx.text(w.children.find((c) => c.field === "function") ?? w) === n + ".update"
        ) {
          if (!addKwargs(w)) return undefined;
        } else if (w.type === "assignment") {
          const l = w.children.find((c) => c.field === "left");
          if (l?.type !== "subscript" || ctx.text(l.children.find((c) => c.field === "value") ?? l) !== n)
            continue;
          const k = ctx.constValue(l.children.find((c) => c.field === "subscript"));
          const v = w.children.find((c) => c.field === "right");
          if (typeof k !== "string" || !v) return undefined;
          out.set(k, v);
        }
      }
      return out;
    };
    if (node.type === "assignment") {
      const left = node.children.find((c) => c.field === "left");
      if (left?.type === "subscript" && /Cookie/.test(t)) {
        // resp.headers['Set-Cookie'] = ...: the header's text, or werkzeug's dump_cookie(...) flags.
        const key = ctx.constValue(left.children.find((c) => c.field === "subscript"));
        if (String(key).toLowerCase() !== "set-cookie") return;
        const why = rawCookie(node.children.find((c) => c.field === "right"));
        if (why) report({ node, message: why });
        return;
      }
      if (
        /(SESSION_COOKIE_SECURE|SESSION_COOKIE_HTTPONLY|CSRF_COOKIE_SECURE|REMEMBER_COOKIE_SECURE|REMEMBER_COOKIE_HTTPONLY|JWT_COOKIE_SECURE)['"]?\]?=False$/.test(
          t,
        )
      )
        report({ node, message: "cookie protection disabled" });
      return;
    }
    if (
      /^(update|from_mapping)$/.test(ctx.method(node)) &&
      /config\.(update|from_mapping)$/.test(ctx.callee(node))
    ) {
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
    if (/^(add|append|set|setdefault|add_header)$/.test(ctx.method(node)) && /Cookie/.test(t)) {
      // resp.headers.add('Set-Cookie', 'sid=...; HttpOnly'): a cookie written as a raw header.
      if (String(ctx.constValue(ctx.arg(node, 0))).toLowerCase() !== "set-cookie") return;
      const why = rawCookie(ctx.arg(node, 1));
      if (why) report({ node, message: why });
      return;
    }
    // Starlette's session cookie: https_only defaults to False (the cookie goes over plain HTTP).
    if (
      /(^|\.)SessionMiddleware$/.test(ctx.callee(node)) ||
      ctx.args(node).some((a) => /(^|\.)SessionMiddleware$/.test(ctx.qname(a)))
    ) {
      const https = ctx.kwarg(node, "https_only");
      if (!https || ctx.constValue(https) === false)
        report({ node, message: "session cookie sent without Secure (https_only is off)" });
      return;
    }
    if (!/^set_(signed_)?cookie$/.test(ctx.method(node))) return;
    // http.cookiejar's CookieJar.set_cookie(cookie) stores one Cookie object in a client's jar; a response's
    // set_cookie names the cookie (a key, then its value and flags).
    const only = ctx.args(node);
    if (
      ctx.method(node) === "set_cookie" &&
      only.length === 1 &&
      !/\*\*|=/.test(ctx.text(field(node, "arguments") ?? node)) &&
      ctx.stringValue(only[0]) === undefined &&
      !/(^|_)(key|name)$/i.test(ctx.text(only[0]!))
    )
      return;
    // `**OPTS`: the flags come from a dict with constant keys, a literal or dict(k=v), with the updates the
    // function makes to it before the call (anything else: unknown, not reported).
    let splat: Map<string, SyntaxNode> | undefined;
    if (/\*\*/.test(t)) {
      const arg = node.children
        .find((c) => c.field === "arguments")
        ?.children.find((c) => c.type === "dictionary_splat");
      splat = dictOptions(
        arg?.children.find((c) => c.named),
        node,
      );
      if (!splat) return;
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
      "BASE = {'httponly': True}\ndef f(resp, t):\n    opts = {**BASE, 'secure': True}\n    resp.set_cookie('sid', t, **opts)",
      "from pyramid.authentication import AuthTktCookieHelper\nh = AuthTktCookieHelper(s, secure=True, http_only=True)",
      "r.set_cookie('s', v, secure=True, httponly=True)",
      "import http.cookiejar\ndef merge(jar, cookies):\n    for cookie in cookies:\n        jar.set_cookie(cookie)",
      "flag = True\nr.set_cookie('s', v, secure=flag, httponly=flag)",
      "r.headers.add('Set-Cookie', 'sid=' + v + '; Secure; HttpOnly')",
      "from werkzeug.http import dump_cookie\nr.headers['Set-Cookie'] = dump_cookie('a', v, secure=True, httponly=True)",
      "def f(r, v):\n    o = dict(httponly=True)\n    o.update(secure=True)\n    r.set_cookie('a', v, **o)",
      "class Jar:\n    secure = True\n    def put(self, r, v):\n        r.set_cookie('a', v, secure=self.secure, httponly=True)",
      "r.set_signed_cookie('uid', v, salt='s', secure=True, httponly=True)",
      "from starlette.middleware.sessions import SessionMiddleware\napp.add_middleware(SessionMiddleware, secret_key=k, https_only=True)",
    ],
    invalid: [
      "app.config['JWT_COOKIE_SECURE'] = False",
      {
        code: "BASE = {'httponly': True}\ndef f(resp, t):\n    opts = {**BASE, 'samesite': 'Lax'}\n    resp.set_cookie('sid', t, **opts)",
        line: 4,
      },
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
      {
        code: "from flask import Flask\napp = Flask(__name__)\napp.config.from_mapping(SESSION_COOKIE_SECURE=False)",
        line: 3,
      },
      "r.headers.add('Set-Cookie', 'sid=' + v + '; HttpOnly')",
      {
        code: "from werkzeug.http import dump_cookie\nr.headers['Set-Cookie'] = dump_cookie('a', v, httponly=True)",
        line: 2,
      },
      {
        code: "def f(r, v):\n    o = dict(httponly=True)\n    o.update(secure=False)\n    r.set_cookie('a', v, **o)",
        line: 4,
      },
      {
        code: "class Jar:\n    secure = False\n    def put(self, r, v):\n        r.set_cookie('a', v, secure=self.secure, httponly=True)",
        line: 4,
      },
      "r.set_signed_cookie('uid', v, salt='s', httponly=True)",
      {
        code: "from starlette.middleware.sessions import SessionMiddleware\napp.add_middleware(SessionMiddleware, secret_key=k, https_only=False)",
        line: 2,
      },
    ],
  },
});
