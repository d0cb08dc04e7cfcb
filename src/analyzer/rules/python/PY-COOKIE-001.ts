import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { dictOptions, inTestCode, pyRule } from "./common.js";

/**
 * `resp.set_cookie(...)` on `resp = AppResponse(...)`, a class of this file (or a local base of it) whose own
 * set_cookie sets flags in its `**kwargs` at the top of its body before passing them on: each flag it sets to a
 * truthy constant, "force" for an item write or update(), "default" for setdefault(). Undefined: no such override.
 */
function overrideFlags(ctx: PythonContext, call: SyntaxNode): Map<string, "force" | "default"> | undefined {
  const fn = field(call, "function");
  const recv = fn?.type === "attribute" ? ctx.resolve(field(fn, "object")) : undefined;
  const made = recv?.type === "call" ? field(recv, "function") : undefined;
  let klass = made?.type === "identifier" ? ctx.localClass(ctx.text(made)) : undefined;
  for (let hops = 0; klass && hops < 4; hops++) {
    const def = (field(klass, "body")?.children ?? [])
      .map((c) =>
        c.type === "decorated_definition" ? c.children.find((d) => d.type === "function_definition") : c,
      )
      .find((d) => d?.type === "function_definition" && ctx.text(field(d, "name") ?? d) === ctx.method(call));
    if (def) {
      const kw = namedChildren(field(def, "parameters") ?? def).find(
        (p) => p.type === "dictionary_splat_pattern",
      );
      const kwName = kw ? ctx.text(namedChildren(kw)[0] ?? kw) : undefined;
      if (!kwName) return undefined;
      const out = new Map<string, "force" | "default">();
      const truthy = (v: SyntaxNode | undefined) => {
        const k = v ? ctx.constValue(v) : undefined;
        return k !== undefined && k !== false && k !== null && k !== 0 && k !== "";
      };
      for (const st of field(def, "body")?.children ?? []) {
        const e = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
        if (e?.type === "assignment") {
          const l = field(e, "left");
          const key = l?.type === "subscript" ? ctx.constValue(field(l, "subscript")) : undefined;
          if (
            typeof key === "string" &&
            ctx.text(field(l!, "value") ?? l!) === kwName &&
            truthy(field(e, "right"))
          )
            out.set(key.toLowerCase(), "force");
        } else if (e?.type === "call") {
          const f = field(e, "function");
          const m = f?.type === "attribute" ? ctx.text(field(f, "attribute") ?? f) : "";
          if (f?.type !== "attribute" || ctx.text(field(f, "object") ?? f) !== kwName) continue;
          if (m === "setdefault") {
            const key = ctx.constValue(ctx.args(e)[0]);
            if (typeof key === "string" && truthy(ctx.args(e)[1])) out.set(key.toLowerCase(), "default");
          } else if (m === "update")
            for (const a of namedChildren(field(e, "arguments") ?? e))
              if (a.type === "keyword_argument" && truthy(field(a, "value")))
                out.set(ctx.text(field(a, "name") ?? a).toLowerCase(), "force");
        }
      }
      return out;
    }
    const base = namedChildren(field(klass, "superclasses") ?? klass).find((b) => b.type === "identifier");
    klass = base ? ctx.localClass(ctx.text(base)) : undefined;
  }
  return undefined;
}

/** A flag given as a constant that is off (False, None, 0, ''). */
function off0(ctx: PythonContext, flag: SyntaxNode): boolean {
  const v = ctx.constValue(flag);
  return v === false || v === null || v === 0 || v === "";
}

/** Settings that switch a cookie flag, as a dict's key: Flask / Django names and CherryPy's session tool's. */
const COOKIE_FLAG_KEY =
  /^(SESSION_COOKIE_SECURE|SESSION_COOKIE_HTTPONLY|CSRF_COOKIE_SECURE|REMEMBER_COOKIE_SECURE|REMEMBER_COOKIE_HTTPONLY|JWT_COOKIE_SECURE|tools\.sessions\.(secure|httponly))$/;

// Which weakness a finding is: a cookie sent without Secure can travel in clear (CWE-614); one without HttpOnly can
// be read by page scripts (CWE-1004). A cookie with Secure set is not CWE-614, whatever else it lacks.
const SECURE = ["CWE-614"];
const HTTPONLY = ["CWE-1004"];
const flagCwe = (httpOnly: boolean): string[] => (httpOnly ? HTTPONLY : SECURE);
const flagsCwe = (noSecure: boolean, noHttpOnly: boolean): string[] =>
  noSecure && noHttpOnly ? [...SECURE, ...HTTPONLY] : flagCwe(!noSecure);
const messageCwe = (message: string): string[] =>
  flagsCwe(/\bSecure\b/.test(message), /\bHttpOnly\b/.test(message));

/** The receiver of `set_cookie` is a client-side cookie store: a jar, a credential store or a test client. */
function clientCookieStore(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  if (!recv) return false;
  const last = ctx.text(recv).split(".").pop() ?? "";
  return /^(cookies|cookie_?jar|jar|cred(ential)?s|testapp|test_?app|test_?client|client|browser)$/i.test(
    last,
  );
}

export default pyRule({
  meta: {
    id: "PY-COOKIE-001",
    title: "Cookie without Secure or HttpOnly",
    cwe: ["CWE-614", "CWE-1004", "CWE-565"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags set_cookie calls without secure=True, or without httponly=True unless it is a CSRF token cookie or a fixed preference value, SESSION_COOKIE_SECURE / SESSION_COOKIE_HTTPONLY = False, and raw Set-Cookie headers (headers[...], headers.add, send_header, WSGI header tuples) without Secure, or a session/auth cookie without HttpOnly, and http.cookies morsels of a session/auth cookie output without secure or httponly set; also aiohttp-session's SimpleCookieStorage, which keeps the session as plain unsigned JSON in the cookie (CWE-565).",
      why_bad:
        "Without Secure the cookie travels over plain HTTP; without HttpOnly any injected script can read the session.",
      example_bad: "def login(resp, sid):\n    resp.set_cookie('session', sid)",
      example_good:
        "def login(resp, sid):\n    resp.set_cookie('session', sid, secure=True, httponly=True, samesite='Lax')",
    },
    fix_hint: "Pass secure=True, httponly=True and samesite='Lax' (or 'Strict') for session cookies.",
  },
  trigger: /cookie|COOKIE|Cookie|AuthTkt|SessionMiddleware|tools\.sessions\./,
  nodeTypes: ["call", "assignment", "tuple", "pair"],
  detect(node, ctx, report) {
    if (node.type === "pair") {
      // A settings dict written out (`INSECURE = {"SESSION_COOKIE_SECURE": False}` handed to config.update later,
      // CherryPy's {"tools.sessions.secure": False}): the flag is switched off where the dict says so.
      const key = ctx.stringValue(field(node, "key"));
      if (key && COOKIE_FLAG_KEY.test(key) && ctx.constValue(field(node, "value")) === false)
        report({ node, message: `cookie protection disabled (${key})`, cwe: flagCwe(/httponly/i.test(key)) });
      return;
    }
    const t = ctx.text(node).replace(/\s+/g, "");
    const flagOff = (flag: SyntaxNode | undefined) => {
      if (!flag) return true;
      const v = ctx.constValue(flag);
      return v === false || v === null || v === 0 || v === "";
    };
    /** Why a Set-Cookie header value is insecure: dump_cookie() without secure, or cookie text without Secure. */
    const rawCookie = (value: SyntaxNode | undefined, sessionOnly = false): string | undefined => {
      if (!value) return undefined;
      if (value.type === "call" && /(^|\.)dump_cookie$/.test(ctx.callee(value)))
        return flagOff(ctx.kwarg(value, "secure")) ? "cookie header written without Secure" : undefined;
      // The literal parts of the header text: a cookie (`name=`, attributes after `;`) none of which says Secure.
      const lits = [value, ...descendants(value)].filter(
        (n) => n.type === "string_content" || n.type === "string",
      );
      const text = lits.map((n) => ctx.text(n)).join(" ");
      if (!/=|;\s*(HttpOnly|Path|Max-Age|Expires|SameSite)/i.test(text)) return undefined;
      // The cookie's name: a session or auth cookie must also be out of page scripts' reach (HttpOnly); a CSRF
      // token cookie is meant to be read by script. A cookie being cleared (`sid=; Max-Age=0`) holds nothing.
      const first = lits.find((n) => n.type === "string_content");
      const name = /^\s*([^=;\s]+)=/.exec(first ? ctx.text(first) : "")?.[1] ?? "";
      const session = /sess|auth|token|jwt|sid|login|remember/i.test(name) && !/csrf|xsrf/i.test(name);
      if (sessionOnly && !session) return undefined;
      if (/^\s*[^=;\s]+=\s*;|;\s*max-age\s*=\s*0\b/i.test(first ? ctx.text(first) : "")) return undefined;
      if (!/\bsecure\b/i.test(text))
        return session && !/\bhttponly\b/i.test(text)
          ? "cookie header written without Secure or HttpOnly"
          : "cookie header written without Secure";
      if (session && !/\bhttponly\b/i.test(text))
        return `cookie header sends '${name}' without HttpOnly: page scripts can read it`;
      return undefined;
    };
    if (node.type === "tuple") {
      // WSGI / ASGI header lists: `("Set-Cookie", "sid=%s; Path=/" % sid)`.
      const [k, v, ...rest] = node.children.filter((c) => c.named && c.type !== "comment");
      if (rest.length || String(ctx.constValue(k)).toLowerCase() !== "set-cookie") return;
      const why = rawCookie(v, true);
      if (why) report({ node, message: why, cwe: messageCwe(why) });
      return;
    }
    if (node.type === "assignment") {
      const left = node.children.find((c) => c.field === "left");
      if (left?.type === "subscript") {
        // http.cookies: jar["sid"]["secure"] = False (or a morsel = jar["sid"] taken first) clears the flag.
        // One key (`m["secure"]`), not a tuple of keys (`m["secure", "other"]`).
        const keys = left.children.filter((c) => c.field === "subscript");
        const attr = keys.length === 1 ? String(ctx.constValue(keys[0])).toLowerCase() : "";
        if (
          (attr === "secure" || attr === "httponly") &&
          flagOff(node.children.find((c) => c.field === "right"))
        ) {
          // Walk back to the jar: jar[name][flag] is two subscripts from SimpleCookie(), morsel[flag] one from Morsel().
          let obj: SyntaxNode | undefined = left;
          let subs = 0;
          for (let hops = 0; obj && hops < 8; hops++) {
            if (obj.type === "subscript") {
              subs++;
              obj = obj.children.find((c) => c.field === "value");
            } else if (obj.type === "identifier") {
              const r = ctx.resolve(obj, 1);
              if (!r || r === obj) break;
              obj = r;
            } else break;
          }
          const jar = obj?.type === "call" ? ctx.callee(obj) : "";
          if (
            (/^(http\.cookies|Cookie)\.(SimpleCookie|BaseCookie)$/.test(jar) && subs === 2) ||
            (/^(http\.cookies|Cookie)\.Morsel$/.test(jar) && subs === 1)
          ) {
            report({ node, message: `cookie's ${attr} flag turned off`, cwe: flagCwe(attr === "httponly") });
            return;
          }
        }
      }
      if (left?.type === "subscript" && /Cookie/.test(t)) {
        // resp.headers['Set-Cookie'] = ...: the header's text, or werkzeug's dump_cookie(...) flags.
        const key = ctx.constValue(left.children.find((c) => c.field === "subscript"));
        if (String(key).toLowerCase() !== "set-cookie") return;
        const why = rawCookie(node.children.find((c) => c.field === "right"));
        if (why) report({ node, message: why, cwe: messageCwe(why) });
        return;
      }
      if (
        /(SESSION_COOKIE_SECURE|SESSION_COOKIE_HTTPONLY|CSRF_COOKIE_SECURE|REMEMBER_COOKIE_SECURE|REMEMBER_COOKIE_HTTPONLY|JWT_COOKIE_SECURE)['"]?\]?=False$/.test(
          t,
        )
      )
        report({ node, message: "cookie protection disabled", cwe: flagCwe(/HTTPONLY/.test(t)) });
      // Falcon: resp_options.secure_cookies_by_default = False drops Secure from every set_cookie that omits it.
      else if (/\.secure_cookies_by_default=False$/.test(t))
        report({ node, message: "Falcon cookies sent without Secure by default", cwe: SECURE });
      return;
    }
    if (
      /^(update|from_mapping)$/.test(ctx.method(node)) &&
      /config\.(update|from_mapping)$/.test(ctx.callee(node))
    ) {
      // app.config.update(SESSION_COOKIE_SECURE=False): the same setting as a keyword (or a dict's key),
      // reported where the setting is written when the call spans lines.
      const setting =
        /\b(SESSION_COOKIE_SECURE|SESSION_COOKIE_HTTPONLY|REMEMBER_COOKIE_SECURE|REMEMBER_COOKIE_HTTPONLY|JWT_COOKIE_SECURE)(=|['"]:)False\b/;
      if (setting.test(t)) {
        const at = descendants(node).find(
          (n) =>
            (n.type === "keyword_argument" || n.type === "pair") &&
            setting.test(ctx.text(n).replace(/\s+/g, "")),
        );
        report({
          node: at ?? node,
          message: "cookie protection disabled",
          cwe: flagCwe(/HTTPONLY/.test(ctx.text(at ?? node))),
        });
      }
      return;
    }
    // pyramid's session cookie factories: secure and httponly both default to False.
    if (/^pyramid\.session\.(SignedCookieSessionFactory|BaseCookieSessionFactory)$/.test(ctx.callee(node))) {
      const secure = ctx.kwarg(node, "secure");
      const httponly = ctx.kwarg(node, "httponly");
      const noHttpOnly = !httponly || off0(ctx, httponly);
      if (!secure || off0(ctx, secure))
        report({ node, message: "session cookie sent without Secure", cwe: flagsCwe(true, noHttpOnly) });
      else if (noHttpOnly)
        report({ node, message: "session cookie without HttpOnly: page scripts can read it", cwe: HTTPONLY });
      return;
    }
    // pyramid's auth ticket cookie: secure and http_only both default to False.
    if (/(^|\.)AuthTkt(CookieHelper|AuthenticationPolicy)$/.test(ctx.callee(node))) {
      const secure = ctx.kwarg(node, "secure");
      const httpOnly = ctx.kwarg(node, "http_only");
      const noHttpOnly = !httpOnly || ctx.constValue(httpOnly) === false;
      if (!secure || ctx.constValue(secure) === false)
        report({ node, message: "auth ticket cookie sent without Secure", cwe: flagsCwe(true, noHttpOnly) });
      else if (noHttpOnly)
        report({
          node,
          message: "auth ticket cookie without HttpOnly: page scripts can read it",
          cwe: HTTPONLY,
        });
      return;
    }
    if (/^(add|append|set|setdefault|add_header|send_header)$/.test(ctx.method(node)) && /Cookie/.test(t)) {
      // resp.headers.add('Set-Cookie', 'sid=...; HttpOnly'): a cookie written as a raw header (http.server's
      // send_header: session and auth cookies only).
      if (String(ctx.constValue(ctx.arg(node, 0))).toLowerCase() !== "set-cookie") return;
      const why = rawCookie(ctx.arg(node, 1), ctx.method(node) === "send_header");
      if (why) report({ node, message: why, cwe: messageCwe(why) });
      return;
    }
    // http.cookies: `c = SimpleCookie(); c["sid"] = v; ...; c["sid"].OutputString()` (or `c.output()`): a session
    // or auth morsel sent out without its secure / httponly attribute set (truthy) in the function.
    if (/^(OutputString|output|js_output)$/.test(ctx.method(node))) {
      const sub = (n: SyntaxNode | undefined, f: string) => n?.children.find((c) => c.field === f);
      const recv = sub(sub(node, "function"), "object");
      const root = recv?.type === "subscript" ? sub(recv, "value") : recv;
      if (root?.type !== "identifier") return;
      const jar = ctx.resolve(root);
      if (jar?.type !== "call" || !/(^|\.)(SimpleCookie|BaseCookie)$/.test(ctx.callee(jar))) return;
      const fn = ctx.enclosingFunction(node);
      const n = ctx.text(root);
      const morsels = new Set<string>();
      const attrs = new Map<string, Set<string>>();
      for (const a of ctx.tree.nodes) {
        if (a.type !== "assignment" || ctx.enclosingFunction(a) !== fn || a.start > node.start) continue;
        const left = sub(a, "left");
        const key = left?.type === "subscript" ? ctx.constValue(sub(left, "subscript")) : undefined;
        if (typeof key !== "string") continue;
        const inner = sub(left, "value");
        if (inner && ctx.text(inner) === n) morsels.add(key);
        else if (inner?.type === "subscript" && ctx.text(sub(inner, "value") ?? inner) === n) {
          const morsel = ctx.constValue(sub(inner, "subscript"));
          const v = ctx.constValue(sub(a, "right"));
          if (typeof morsel !== "string" || v === false || v === "" || v === 0 || v === null) continue;
          if (!attrs.has(morsel)) attrs.set(morsel, new Set());
          attrs.get(morsel)!.add(key.toLowerCase());
        }
      }
      // OutputString() on one morsel sends that one; output() sends them all.
      const only = recv?.type === "subscript" ? ctx.constValue(sub(recv, "subscript")) : undefined;
      for (const name of morsels) {
        if (typeof only === "string" && only !== name) continue;
        if (!/sess|auth|token|jwt|sid|login|remember/i.test(name) || /csrf|xsrf/i.test(name)) continue;
        const set = attrs.get(name);
        if (!set?.has("secure") || !set.has("httponly")) {
          report({
            node,
            message: `cookie '${name}' sent without ${set?.has("secure") ? "HttpOnly" : "Secure"}`,
            cwe: flagsCwe(!set?.has("secure"), !set?.has("httponly")),
          });
          return;
        }
      }
      return;
    }
    // Starlette's session cookie: https_only defaults to False (the cookie goes over plain HTTP).
    // Django's SessionMiddleware (`SessionMiddleware(get_response)`, called by hand in tests) takes its cookie
    // flags from settings.SESSION_COOKIE_SECURE: not this class.
    const starlette = (q: string) => /(^|\.)SessionMiddleware$/.test(q) && !/^django\./.test(q);
    if (starlette(ctx.callee(node)) || ctx.args(node).some((a) => starlette(ctx.qname(a)))) {
      const https = ctx.kwarg(node, "https_only");
      if (!https || ctx.constValue(https) === false)
        report({ node, message: "session cookie sent without Secure (https_only is off)", cwe: SECURE });
      return;
    }
    // aiohttp-session's cookie storages: secure defaults to None (no Secure attribute), httponly to True.
    if (
      /(^|\.)(Encrypted|Nacl|Simple)?CookieStorage$/.test(ctx.callee(node)) &&
      /aiohttp_session/.test(ctx.callee(node))
    ) {
      const secure = ctx.kwarg(node, "secure");
      const httponly = ctx.kwarg(node, "httponly");
      const noHttpOnly = !!httponly && off0(ctx, httponly);
      // SimpleCookieStorage neither signs nor encrypts: the browser can rewrite the user id the session holds.
      if (/(^|\.)SimpleCookieStorage$/.test(ctx.callee(node)) && !inTestCode(ctx, node))
        report({
          node,
          message: "session kept as plain JSON in the cookie, unsigned: the client can rewrite what it holds",
          cwe: ["CWE-565"],
        });
      else if (!secure || off0(ctx, secure))
        report({
          node,
          message: "session cookie sent without Secure (aiohttp-session's secure is off)",
          cwe: flagsCwe(true, noHttpOnly),
        });
      else if (noHttpOnly)
        report({ node, message: "session cookie without HttpOnly: page scripts can read it", cwe: HTTPONLY });
      return;
    }
    // Falcon's resp.set_cookie (http_only=, or in a responder of a Falcon module) and Sanic's add_cookie default to
    // secure=True; Falcon's to http_only=True as well, Sanic's to httponly=False. Only a flag set off counts there.
    // A responder is `on_<verb>(self, req, resp)`: resource modules often import nothing from falcon.
    const responder = ctx.enclosingFunction(node);
    const falcon =
      ctx.method(node) === "set_cookie" &&
      (!!ctx.kwarg(node, "http_only") ||
        (!!responder &&
          /^on_(get|post|put|patch|delete|head|options)(_\w+)?$/.test(
            ctx.text(field(responder, "name") ?? node),
          ) &&
          (sourceHas(ctx.tree, /^\s*(import|from)\s+falcon\b/m) ||
            ctx.paramNames(responder).slice(0, 2).join(",") === "req,resp")));
    const sanic = ctx.method(node) === "add_cookie" && sourceHas(ctx.tree, /\bsanic\b/);
    if (falcon || sanic) {
      const secure = ctx.kwarg(node, "secure");
      const httponly = ctx.kwarg(node, falcon ? "http_only" : "httponly");
      const name = ctx.stringValue(ctx.kwarg(node, "key") ?? ctx.args(node)[0]) ?? "";
      const session =
        /sess|auth|token|jwt|sid|login|remember|user|key|secret/i.test(name) && !/csrf|xsrf/i.test(name);
      const noHttpOnly =
        session && (falcon ? !!httponly && off0(ctx, httponly) : !httponly || off0(ctx, httponly));
      if (secure && off0(ctx, secure))
        report({ node, message: "cookie set without Secure", cwe: flagsCwe(true, noHttpOnly) });
      else if (noHttpOnly) report({ node, message: "cookie set without HttpOnly", cwe: HTTPONLY });
      return;
    }
    // Tornado's set_secure_cookie signs the value; its Secure / HttpOnly flags are keywords like set_cookie's.
    if (!/^set_(signed_|secure_)?cookie$/.test(ctx.method(node))) return;
    // http.cookiejar's CookieJar.set_cookie(cookie) stores one Cookie object in a client's jar; a response's
    // set_cookie names the cookie (a key, then its value and flags).
    const only = ctx.args(node);
    // (a keyword inside that one argument's own call, `jar.set_cookie(make_cookie(name=n, value=v))`, is the
    // Cookie's field, not a flag of this call)
    if (
      ctx.method(node) === "set_cookie" &&
      only.length === 1 &&
      !namedChildren(field(node, "arguments") ?? node).some(
        (a) => a.type === "keyword_argument" || a.type === "dictionary_splat",
      ) &&
      ctx.stringValue(only[0]) === undefined &&
      !/(^|_)(key|name)$/i.test(ctx.text(only[0]!))
    )
      return;
    // A client's cookie store: a jar (`self.cookies.set_cookie(...)`, `cookie_jar.set_cookie`), an HTTP client's
    // credential store (`session.credentials.set_cookie`), or a test client (`testapp.set_cookie("name", "v")`):
    // the cookie is one the client will send, no Set-Cookie header is written.
    if (ctx.method(node) === "set_cookie" && clientCookieStore(ctx, node)) return;
    // `**OPTS`: the flags come from a dict with constant keys, a literal or dict(k=v), with the updates the
    // function makes to it before the call (anything else: unknown, not reported).
    let splat: Map<string, SyntaxNode> | undefined;
    if (/\*\*/.test(t)) {
      const arg = node.children
        .find((c) => c.field === "arguments")
        ?.children.find((c) => c.type === "dictionary_splat");
      const held = arg?.children.find((c) => c.named);
      splat = dictOptions(ctx, held, node);
      // `def set_auth(resp, token, **flags): resp.set_cookie(..., **flags)` left as given in the helper: the
      // keywords each call in the file passes; one call leaving secure off is enough.
      const fn = held?.type === "identifier" ? ctx.enclosingFunction(node) : undefined;
      const kwName = (p: SyntaxNode) => ctx.text(namedChildren(p)[0] ?? p);
      const passed =
        !splat &&
        fn &&
        namedChildren(field(fn, "parameters") ?? fn).some(
          (p) => p.type === "dictionary_splat_pattern" && kwName(p) === ctx.text(held!),
        ) &&
        !new RegExp(
          `\\b${ctx.text(held!)}\\s*(\\[|\\.(update|setdefault|pop|clear)\\()|=\\s*${ctx.text(held!)}\\b`,
        ).test(ctx.text(field(fn, "body") ?? fn))
          ? ctx.kwargsPerCall(fn)
          : undefined;
      const offIn = (m: Map<string, SyntaxNode>) => {
        const v = m.get("secure");
        const k = v ? ctx.constValue(v) : false;
        return k === false || k === null || k === 0 || k === "";
      };
      splat ??= passed?.find(offIn) ?? passed?.[0];
      if (!splat) return;
    }
    // set_cookie(key, value, max_age, expires, path, domain, secure, httponly, samesite) in Django, werkzeug and
    // Flask: the flags may come positionally (set_signed_cookie takes them as keywords only).
    const position: Record<string, number> = { secure: 6, httponly: 7 };
    const flagOf = (name: string) =>
      ctx.kwarg(node, name) ??
      splat?.get(name) ??
      (ctx.method(node) === "set_cookie" ? ctx.args(node)[position[name]!] : undefined);
    // A flag the code provably sets off (False, a name bound to False, a constant choice of False, a helper's
    // parameter that some call in the file passes as False) is off.
    const isOff = (v: unknown) => v === false || v === null || v === 0 || v === "";
    // `**POLICY.flags` (a property returning {'secure': self.secure}): the instance's own constant for self.X.
    const splatArg = /\*\*/.test(t)
      ? node.children
          .find((c) => c.field === "arguments")
          ?.children.find((c) => c.type === "dictionary_splat")
          ?.children.find((c) => c.named)
      : undefined;
    const instance = splatArg?.type === "attribute" ? field(splatArg, "object") : undefined;
    const off = (flag: ReturnType<typeof ctx.kwarg>) => {
      if (!flag) return true;
      const v =
        instance?.type === "identifier" &&
        flag.type === "attribute" &&
        ctx.text(field(flag, "object") ?? flag) === "self"
          ? ctx.instanceAttrConst(instance, ctx.text(field(flag, "attribute") ?? flag))
          : ctx.constValue(flag);
      if (v !== undefined) return isOff(v);
      return flag.type === "identifier" && !!ctx.paramConstants(flag)?.some(isOff);
    };
    // set_cookie(name, value="", expires=<past>): a cookie being cleared carries nothing to protect.
    const value =
      ctx.kwarg(node, "value") ?? (ctx.method(node) === "set_cookie" ? ctx.args(node)[1] : undefined);
    // ... or None (webob's delete_cookie: set_cookie(name, None) writes an empty, expired cookie).
    if (value && (ctx.constValue(value) === "" || value.type === "none")) return;
    // A response class of this file overriding set_cookie: the flags its override sets on every call (`kw['secure']
    // = True`), or by default (`kw.setdefault('secure', True)`) when the call passes none.
    const forced = overrideFlags(ctx, node);
    const on = (flag: string) =>
      forced?.get(flag) === "force" || (forced?.get(flag) === "default" && !flagOf(flag));
    const noSecure = !on("secure") && off(flagOf("secure"));
    // HttpOnly keeps a session or auth cookie from page scripts; a CSRF token cookie is meant to be read by
    // script (double submit), and a fixed preference (`theme=dark`) outside those names holds nothing secret.
    const name = ctx.stringValue(ctx.kwarg(node, "key") ?? ctx.args(node)[0]);
    const sessionLike = /sess|auth|token|jwt|sid|login|remember|user|key|secret/i;
    // ... nor does a display preference echoed from the request's own input (`theme=request.form["theme"]`): the
    // client chose it, so a script reading it learns nothing.
    const preference =
      /^(theme|lang|language|locale|tz|timezone|currency|colou?r_?scheme|font_?size|layout|density|dark_?mode)$/i;
    const scriptReadable =
      name !== undefined &&
      (/csrf|xsrf/i.test(name) ||
        (!sessionLike.test(name) &&
          value !== undefined &&
          (ctx.constValue(value) !== undefined ||
            (preference.test(name) && ctx.level(value, "header") === Level.SOURCE))));
    const noHttpOnly = !on("httponly") && off(flagOf("httponly")) && !scriptReadable;
    if (noSecure || noHttpOnly)
      report({
        node,
        message: `cookie set without ${noSecure ? "Secure" : "HttpOnly"}`,
        cwe: flagsCwe(noSecure, noHttpOnly),
      });
  },
  cases: {
    valid: [
      "import cherrypy\ncherrypy.config.update({'tools.sessions.on': True, 'tools.sessions.secure': True})",
      "OPTS = {'SESSION_COOKIE_SECURE': True}",
      "import falcon\napp = falcon.App()\napp.resp_options.secure_cookies_by_default = True",
      // `**self.opts` with the dict __init__ stores on self; written into in place, its flags are not known.
      "from django.http import HttpResponse\nfrom django.views import View\nclass V(View):\n    def __init__(self, **kw):\n        super().__init__(**kw)\n        self.opts = {'secure': True, 'httponly': True}\n    def post(self, request):\n        r = HttpResponse('x')\n        r.set_cookie('sid', request.POST['v'], **self.opts)\n        return r",
      "from django.http import HttpResponse\nfrom django.views import View\nclass V(View):\n    def __init__(self, **kw):\n        super().__init__(**kw)\n        self.opts = {'secure': False, 'httponly': True}\n        self.opts['secure'] = True\n    def post(self, request):\n        r = HttpResponse('x')\n        r.set_cookie('sid', request.POST['v'], **self.opts)\n        return r",
      // A helper's **flags as each call passes them; ChainMap's first map naming the key; a SimpleNamespace field.
      "from flask import make_response\ndef set_auth(resp, token, **flags):\n    resp.set_cookie('auth', token, **flags)\ndef view():\n    r = make_response('x')\n    set_auth(r, 't', secure=True, httponly=True)\n    return r",
      "from collections import ChainMap\nD = {'secure': True, 'httponly': True}\nO = {'samesite': 'Strict'}\ndef view(resp, sid):\n    opts = ChainMap(O, D)\n    resp.set_cookie('sid', sid, **opts)",
      "from collections import ChainMap\nB = {'secure': False, 'httponly': True}\nH = {'secure': True}\ndef view(resp, sid):\n    opts = ChainMap(H, B)\n    resp.set_cookie('sid', sid, **dict(opts))",
      "import types\nP = types.SimpleNamespace(secure=True, httponly=True)\ndef view(resp, sid):\n    resp.set_cookie('sid', sid, secure=P.secure, httponly=getattr(P, 'httponly'))",
      "import types\nP = types.SimpleNamespace()\nfor k, v in {'secure': True, 'httponly': True}.items():\n    setattr(P, k, v)\ndef view(resp, sid):\n    resp.set_cookie('sid', sid, secure=getattr(P, 'secure'), httponly=P.httponly)",
      // **asdict() of a local dataclass instance through dataclasses.replace; **flags handed back by a local
      // @contextmanager; secure= an identity test of local Enum members.
      "import dataclasses\nfrom flask import make_response\n@dataclasses.dataclass(frozen=True)\nclass Opts:\n    secure: bool = False\n    httponly: bool = True\nBASE = Opts()\ndef f():\n    r = make_response('x')\n    r.set_cookie('sid', 'abc', **dataclasses.asdict(dataclasses.replace(BASE, secure=True)))\n    return r",
      "from contextlib import contextmanager\nfrom flask import make_response\n@contextmanager\ndef flags():\n    f = {'secure': True, 'httponly': True}\n    yield f\ndef v():\n    r = make_response('x')\n    with flags() as fl:\n        r.set_cookie('sid', 'abc', **fl)\n    return r",
      "from enum import Enum\nfrom flask import make_response\nclass Mode(Enum):\n    DEV = 'dev'\n    PROD = 'prod'\nMODE = Mode.PROD\ndef v():\n    r = make_response('x')\n    r.set_cookie('sid', 'abc', secure=MODE is Mode.PROD, httponly=True)\n    return r",
      "from flask import Response\nclass R(Response):\n    def set_cookie(self, key, value='', **kw):\n        kw['secure'] = True\n        kw.setdefault('httponly', True)\n        super().set_cookie(key, value, **kw)\ndef f(t):\n    r = R('ok')\n    r.set_cookie('sid', t)\n    return r",
      "from http.cookies import SimpleCookie\njar = SimpleCookie()\njar['secure'] = False",
      "from http.cookies import SimpleCookie\njar = SimpleCookie()\njar['sid'] = 'x'\njar['sid']['secure', 'path'] = False",
      "from http.cookies import SimpleCookie\njar = SimpleCookie()\njar['sid'] = 'x'\njar['sid']['secure'] = True",
      "app.config['REMEMBER_COOKIE_HTTPONLY'] = True",
      "BASE = {'httponly': True}\ndef f(resp, t):\n    opts = {**BASE, 'secure': True}\n    resp.set_cookie('sid', t, **opts)",
      "from pyramid.authentication import AuthTktCookieHelper\nh = AuthTktCookieHelper(s, secure=True, http_only=True)",
      "r.set_cookie('s', v, secure=True, httponly=True)",
      "from pyramid.session import SignedCookieSessionFactory\nf = SignedCookieSessionFactory(k, secure=True, httponly=True)",
      "import falcon\nclass Login:\n    def on_post(self, req, resp):\n        resp.set_cookie('session', sid)",
      "class Login:\n    def on_post(self, req, resp):\n        resp.set_cookie('session', sid, secure=True)",
      "import falcon\ndef on_post(self, req, resp):\n    resp.set_cookie('session', sid, secure=True)\n    resp.set_cookie('s2', sid, http_only=True)",
      "from sanic import response\ndef h(r):\n    resp = response.json({})\n    resp.add_cookie('session', r.ctx.sid, httponly=True)\n    return resp",
      "from aiohttp_session.cookie_storage import EncryptedCookieStorage\ns = EncryptedCookieStorage(k, secure=True, httponly=True)",
      "r.set_cookie('theme', 'dark', secure=True, samesite='Lax')",
      "import tornado.web\nclass H(tornado.web.RequestHandler):\n    def post(self):\n        self.set_secure_cookie('user', self.get_body_argument('u'), secure=True, httponly=True)",
      "from flask import request\ndef f(r):\n    r.set_cookie('theme', request.form.get('theme', 'light'), secure=True)",
      "import secrets\nr.set_cookie(key='csrftoken', value=secrets.token_hex(16), secure=True, httponly=False)",
      "import http.cookiejar\ndef merge(jar, cookies):\n    for cookie in cookies:\n        jar.set_cookie(cookie)",
      "r.set_cookie('s', v, None, None, '/', None, True, True)",
      "flag = True\nr.set_cookie('s', v, secure=flag, httponly=flag)",
      "r.headers.add('Set-Cookie', 'sid=' + v + '; Secure; HttpOnly')",
      "headers = [('Set-Cookie', 'sid=%s; Path=/; Secure; HttpOnly' % sid)]",
      "from http.cookies import SimpleCookie\ndef h(sid):\n    c = SimpleCookie()\n    c['session'] = sid\n    c['session']['secure'] = True\n    c['session']['httponly'] = True\n    return c['session'].OutputString()",
      "from http.cookies import SimpleCookie\ndef h(lang):\n    c = SimpleCookie()\n    c['lang'] = lang\n    return c.output()",
      "headers = [('Set-Cookie', 'lang=%s; Path=/' % lang)]",
      "self.send_header('Set-Cookie', 'lang=' + lang + '; Path=/')",
      "r.headers['Set-Cookie'] = 'csrftoken=' + t + '; Secure; Path=/'",
      "r.headers['Set-Cookie'] = 'session=; Path=/; Max-Age=0; Secure'",
      "from werkzeug.http import dump_cookie\nr.headers['Set-Cookie'] = dump_cookie('a', v, secure=True, httponly=True)",
      "def f(r, v):\n    o = dict(httponly=True)\n    o.update(secure=True)\n    r.set_cookie('a', v, **o)",
      "class Jar:\n    secure = True\n    def put(self, r, v):\n        r.set_cookie('a', v, secure=self.secure, httponly=True)",
      "r.set_signed_cookie('uid', v, salt='s', secure=True, httponly=True)",
      "def clear(self, name, path='/'):\n    self.set_cookie(name, value='', path=path, expires=0)",
      "class Response:\n    def delete_cookie(self, name, path='/', domain=None):\n        self.set_cookie(name, None, path=path, domain=domain)",
      "from starlette.middleware.sessions import SessionMiddleware\napp.add_middleware(SessionMiddleware, secret_key=k, https_only=True)",
      "from django.contrib.sessions.middleware import SessionMiddleware\nSessionMiddleware(lambda r: None).process_request(request)",
      // The flags a property of a local policy object returns, its secure set True at construction.
      "import secrets\nfrom flask import make_response\nclass P:\n    def __init__(self, secure):\n        self.secure = secure\n        self.httponly = True\n    @property\n    def flags(self):\n        return {'secure': self.secure, 'httponly': self.httponly}\nPOLICY = P(True)\ndef v():\n    r = make_response('ok')\n    r.set_cookie('auth', secrets.token_hex(8), **POLICY.flags)\n    return r",
    ],
    invalid: [
      { code: "INSECURE = {\n    'SESSION_COOKIE_SECURE': False,\n}", line: 2 },
      {
        code: "import cherrypy\ncherrypy.config.update({'tools.sessions.on': True, 'tools.sessions.secure': False})",
        line: 2,
      },
      {
        code: "import falcon\napp = falcon.App()\napp.resp_options.secure_cookies_by_default = False",
        line: 3,
      },
      {
        code: "from django.http import HttpResponse\nfrom django.views import View\nclass V(View):\n    def __init__(self, **kw):\n        super().__init__(**kw)\n        self.opts = {'secure': False, 'httponly': True}\n    def post(self, request):\n        r = HttpResponse('x')\n        r.set_cookie('sid', request.POST['v'], **self.opts)\n        return r",
        line: 9,
      },
      {
        code: "from pyramid.session import SignedCookieSessionFactory\nf = SignedCookieSessionFactory(k, secure=False)",
        line: 2,
      },
      {
        code: "from pyramid.session import SignedCookieSessionFactory\nf = SignedCookieSessionFactory(k, secure=True)",
        line: 2,
      },
      {
        code: "import falcon\nclass Login:\n    def on_post(self, req, resp):\n        resp.set_cookie('session', sid, secure=False)",
        line: 4,
      },
      {
        code: "def on_post(self, req, resp):\n    resp.set_cookie('session', sid, http_only=False)",
        line: 2,
      },
      {
        code: "from sanic import response\ndef h(r):\n    resp = response.json({})\n    resp.add_cookie('session', r.ctx.sid)\n    return resp",
        line: 4,
      },
      {
        code: "from sanic import response\ndef h(r):\n    resp = response.json({})\n    resp.add_cookie('session', r.ctx.sid, secure=False, httponly=True)\n    return resp",
        line: 4,
      },
      {
        code: "from aiohttp import web\nfrom aiohttp_session import SimpleCookieStorage, setup\napp = web.Application()\nsetup(app, SimpleCookieStorage(secure=True))",
        line: 4,
      },
      {
        code: "from aiohttp_session.cookie_storage import EncryptedCookieStorage\ns = EncryptedCookieStorage(k, secure=False)",
        line: 2,
      },
      "from flask import make_response\ndef set_auth(resp, token, **flags):\n    resp.set_cookie('auth', token, **flags)\ndef view():\n    r = make_response('x')\n    set_auth(r, 't', secure=True, httponly=True)\n    set_auth(r, 'u', httponly=True)\n    return r",
      "from collections import ChainMap\nD = {'secure': True, 'httponly': True}\nO = {'secure': False}\ndef view(resp, sid):\n    opts = ChainMap(O, D)\n    resp.set_cookie('sid', sid, **opts)",
      "from collections import ChainMap\nB = {'secure': False, 'httponly': True}\nH = {'secure': True}\ndef view(resp, sid):\n    opts = ChainMap(B, H)\n    resp.set_cookie('sid', sid, **dict(opts))",
      "import types\nP = types.SimpleNamespace(secure=False, httponly=True)\ndef view(resp, sid):\n    resp.set_cookie('sid', sid, secure=P.secure, httponly=True)",
      "import types\nP = types.SimpleNamespace()\nfor k, v in {'secure': False, 'httponly': True}.items():\n    setattr(P, k, v)\ndef view(resp, sid):\n    resp.set_cookie('sid', sid, secure=getattr(P, 'secure'), httponly=P.httponly)",
      "import dataclasses\nfrom flask import make_response\n@dataclasses.dataclass(frozen=True)\nclass Opts:\n    secure: bool = False\n    httponly: bool = True\nBASE = Opts()\ndef f():\n    r = make_response('x')\n    r.set_cookie('sid', 'abc', **dataclasses.asdict(dataclasses.replace(BASE, httponly=True)))\n    return r",
      "from contextlib import contextmanager\nfrom flask import make_response\n@contextmanager\ndef flags():\n    f = {'secure': False, 'httponly': True}\n    yield f\ndef v():\n    r = make_response('x')\n    with flags() as fl:\n        r.set_cookie('sid', 'abc', **fl)\n    return r",
      "from enum import Enum\nfrom flask import make_response\nclass Mode(Enum):\n    DEV = 'dev'\n    PROD = 'prod'\nMODE = Mode.DEV\ndef v():\n    r = make_response('x')\n    r.set_cookie('sid', 'abc', secure=MODE is Mode.PROD, httponly=True)\n    return r",
      "import secrets\nfrom flask import make_response\nclass P:\n    def __init__(self, secure):\n        self.secure = secure\n        self.httponly = True\n    @property\n    def flags(self):\n        return {'secure': self.secure, 'httponly': self.httponly}\nPOLICY = P(False)\ndef v():\n    r = make_response('ok')\n    r.set_cookie('auth', secrets.token_hex(8), **POLICY.flags)\n    return r",
      {
        code: "from flask import Response\nclass R(Response):\n    def set_cookie(self, key, value='', **kw):\n        kw['secure'] = True\n        kw.setdefault('httponly', True)\n        super().set_cookie(key, value, **kw)\ndef f(t):\n    r = R('ok')\n    r.set_cookie('sid', t, httponly=False)\n    return r",
        line: 9,
      },
      {
        code: "from flask import Response\nclass R(Response):\n    def set_cookie(self, key, value='', **kw):\n        kw.setdefault('httponly', True)\n        super().set_cookie(key, value, **kw)\ndef f(t):\n    r = R('ok')\n    r.set_cookie('sid', t)\n    return r",
        line: 8,
      },
      { code: "r.set_cookie('s', v, None, None, '/', None, False, True)", line: 1 },
      { code: "r.set_cookie('session_id', v, secure=True)", line: 1 },
      { code: "r.set_cookie('pref', v, secure=True)", line: 1 },
      { code: "r.set_cookie(key='access_token', value=v, secure=True, httponly=False)", line: 1 },
      { code: "app.config.update({'SECRET_KEY': k, 'SESSION_COOKIE_HTTPONLY': False})", line: 1 },
      {
        code: "from http.cookies import SimpleCookie\njar = SimpleCookie()\njar['sid'] = 'x'\njar['sid']['secure'] = False",
        line: 4,
      },
      {
        code: "from http.cookies import SimpleCookie\njar = SimpleCookie()\njar['sid'] = 'x'\nm = jar['sid']\nm['httponly'] = ''",
        line: 5,
      },
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
        code: "from pyramid.authentication import AuthTktAuthenticationPolicy\np = AuthTktAuthenticationPolicy(s, hashalg='sha512', secure=True, http_only=False)",
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
      {
        code: "from flask import Flask\napp = Flask(__name__)\napp.config.update(\n    SECRET_KEY=k,\n    SESSION_COOKIE_SECURE=False,\n)",
        line: 5,
      },
      "from flask import request\ndef f(r):\n    r.set_cookie('user_id', request.form['uid'], secure=True)",
      "from flask import request\ndef f(r):\n    r.set_cookie('SomeCookie', request.cookies.get('a', ''), secure=True)",
      "r.headers.add('Set-Cookie', 'sid=' + v + '; HttpOnly')",
      {
        code: "def app(environ, start_response):\n    start_response('200 OK', [('Set-Cookie', 'sid=%s; Path=/' % new_sid())])",
        line: 2,
      },
      "self.send_header('Set-Cookie', 'session=' + sid + '; Path=/')",
      {
        code: "from http.cookies import SimpleCookie\ndef h(sid):\n    c = SimpleCookie()\n    c['session'] = sid\n    c['session']['path'] = '/'\n    return c['session'].OutputString()",
        line: 6,
      },
      "from http.cookies import SimpleCookie\ndef h(sid):\n    c = SimpleCookie()\n    c['auth'] = sid\n    c['auth']['secure'] = True\n    return c.output()",
      "r.headers['Set-Cookie'] = 'auth=' + token + '; Secure; Path=/'",
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
        code: "import tornado.web\nclass H(tornado.web.RequestHandler):\n    def post(self):\n        self.set_secure_cookie('user', self.get_body_argument('u'))",
        line: 4,
      },

      {
        code: "from starlette.middleware.sessions import SessionMiddleware\napp.add_middleware(SessionMiddleware, secret_key=k, https_only=False)",
        line: 2,
      },
    ],
  },
});
