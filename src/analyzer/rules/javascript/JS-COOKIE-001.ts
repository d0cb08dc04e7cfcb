import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { Report } from "../../rule.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/**
 * What an options value ends up holding under `key`, the last writer winning: pairs and spreads of object literals
 * (`{ secure: false, ...BASE }`), and `Object.fromEntries([...Object.entries(BASE), ['secure', false]])`. null: not
 * set; undefined: not worked out (a spread or entry of unknown content).
 */
function lastOption(
  opts: SyntaxNode | undefined,
  key: string,
  ctx: JsContext,
  depth = 0,
): SyntaxNode | null | undefined {
  if (!opts || depth > 4) return undefined;
  const r = ctx.resolve(opts) ?? opts;
  let v: SyntaxNode | null = null;
  const merge = (s: SyntaxNode | null | undefined) => {
    if (s === undefined) return false;
    if (s) v = s;
    return true;
  };
  if (r.type === "object") {
    for (const c of namedChildren(r)) {
      if (c.type === "pair") {
        if (ctx.text(field(c, "key") ?? c).replace(/^['"]|['"]$/g, "") === key) v = field(c, "value") ?? null;
      } else if (c.type === "spread_element") {
        if (!merge(lastOption(namedChildren(c)[0], key, ctx, depth + 1))) return undefined;
      } else if (c.type === "shorthand_property_identifier") {
        if (ctx.text(c) === key) v = c;
      } else if (c.type !== "comment") return undefined;
    }
    return v;
  }
  // `CookieOpts.client()`, `sessionOpts()`: a helper of this file whose one return is the options object.
  const fn = r.type === "call_expression" ? ctx.calledFunction(r) : undefined;
  if (fn) {
    const rets = descendants(fn).filter(
      (d) => d.type === "return_statement" && ctx.enclosingFunction(d) === fn,
    );
    // (or an arrow's expression body: `() => ({ httpOnly: false })`)
    let body = field(fn, "body");
    if (body?.type === "parenthesized_expression") body = namedChildren(body)[0];
    const only = rets.length === 1 ? namedChildren(rets[0]!)[0] : body?.type === "object" ? body : undefined;
    return only ? lastOption(only, key, ctx, depth + 1) : undefined;
  }
  // `Object.assign({}, BASE, { secure: false })`: each source's keys in turn, the last writer winning.
  if (r.type === "call_expression" && ctx.callee(r) === "Object.assign") {
    for (const a of ctx.args(r)) if (!merge(lastOption(a, key, ctx, depth + 1))) return undefined;
    return v;
  }
  const list =
    r.type === "call_expression" && ctx.callee(r) === "Object.fromEntries" ? ctx.args(r)[0] : undefined;
  if (list?.type !== "array") return undefined;
  for (const e of namedChildren(list)) {
    const inner = e.type === "spread_element" ? namedChildren(e)[0] : undefined;
    if (inner?.type === "call_expression" && ctx.callee(inner) === "Object.entries") {
      if (!merge(lastOption(ctx.args(inner)[0], key, ctx, depth + 1))) return undefined;
    } else if (e.type === "array") {
      const [k, val] = namedChildren(e);
      const name = ctx.stringValue(k);
      if (name === undefined) return undefined;
      if (name === key) v = val ?? null;
    } else if (e.type !== "comment") return undefined;
  }
  return v;
}

/** An option value that is false: the literal, or a constant expression folding to it. */
function isOff(n: SyntaxNode | null | undefined, ctx: JsContext): boolean {
  return !!n && (n.type === "false" || ctx.constValue(n) === false);
}

/**
 * Calls that set one cookie from (name, value, options): Express `res.cookie`, Fastify `reply.setCookie`, Koa
 * `ctx.cookies.set`, Next.js `cookies().set` (next/headers, awaited or not), Hono's `setCookie(c, name, value,
 * options)` (hono/cookie), matched on the callee's text.
 */
const COOKIE_SETTER = /\.cookie$|(^|\.)cookies\.set$|cookies\(\)\)?\.set$|(^|\.)setCookie$/;

/** Where the cookie's value is among a setter's arguments: Hono's bare `setCookie` takes the context first. */
function valueIndex(call: SyntaxNode, text: (n: SyntaxNode) => string): number {
  return text(field(call, "function") ?? call) === "setCookie" ? 2 : 1;
}

/** Is this object literal cookie options: `cookie: {...}` in a session config, or res.cookie's third argument? */
function cookieOptions(
  obj: SyntaxNode | null,
  text: (n: SyntaxNode) => string,
  callee: (call: SyntaxNode) => string,
): boolean {
  const p = obj?.parent;
  if (p?.type === "pair" && /^['"]?cookie['"]?$/.test(text(field(p, "key") ?? p))) return true;
  // `function setSid(res, id, opts = { secure: false }) { res.cookie('sid', id, opts); }`: a parameter's default
  // that the function hands to a cookie call as its options.
  const dflt = p?.type === "assignment_pattern" ? field(p, "left") : undefined;
  if (dflt?.type === "identifier" && field(p!, "right") === obj) {
    let fn: SyntaxNode | null = p!.parent;
    while (
      fn &&
      !/^(function_declaration|function_expression|arrow_function|method_definition)$/.test(fn.type)
    )
      fn = fn.parent;
    const body = fn && field(fn, "body");
    const name = text(dflt).replace(/\$/g, "\\$");
    return (
      !!body &&
      new RegExp(
        `\\.(cookie|setCookie)\\([^()]*,\\s*${name}\\s*\\)|(^|\\.)cookies\\.set\\([^()]*,\\s*${name}\\s*\\)`,
      ).test(text(body))
    );
  }
  if (p?.type === "arguments") {
    const call = p.parent;
    const fn = call && field(call, "function");
    // cookie-session takes its cookie options at the top level: `cookieSession({ keys, secure: false })`.
    return (
      !!fn &&
      (COOKIE_SETTER.test(text(fn)) ||
        /^cookie\.serialize$|^cookieSession$/.test(text(fn)) ||
        // hapi: `server.state(name, options)`, `h.state(name, value, options)`.
        /(^|\.)state$/.test(text(fn)) ||
        /^(cookie-session|koa-session)$/.test(callee(call)))
    );
  }
  return false;
}

/** A cookie value named as a display preference (`lng`, `locale`, `opts.theme`), read the same way by scripts. */
function preference(v: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (!v || !/^(identifier|member_expression)$/.test(v.type)) return false;
  const last = v.type === "member_expression" ? ctx.text(field(v, "property") ?? v) : ctx.text(v);
  return /^(lng|lang|language|locale|theme|currency|timezone|tz|colou?rScheme|colou?rMode|dir)$/i.test(last);
}

// Which weakness a finding is, from the flag its message names: without Secure a cookie can travel in clear
// (CWE-614), without HttpOnly page scripts can read it (CWE-1004). A cookie with Secure set is not CWE-614.
function messageCwe(message: string): string[] | undefined {
  const secure = /\bsecure\b|\bSecure\b|plain HTTP/.test(message);
  const httpOnly = /httpOnly|HttpOnly|page scripts/.test(message);
  if (secure === httpOnly) return undefined;
  return secure ? ["CWE-614"] : ["CWE-1004"];
}

/** Deno's standard library cookie module, from jsr, deno.land/std or npm's @std mirror. */
const STD_COOKIE = /(^|[/:])(@std\/http(@[^/]*)?(\/cookie)?|std(@[^/]*)?\/http\/cookie\.ts)\.setCookie$/;

/**
 * Hono's `setCookie(c, name, value, options)` (hono/cookie) and Deno's `setCookie(headers, { name, value, ...})`
 * (@std/http): both leave Secure and HttpOnly off unless the options name them. A session or auth cookie set
 * with options that leave `secure` out goes over plain HTTP too; one that leaves `httpOnly` out is readable by
 * page scripts. (Options spelling either flag false are reported at the pair.) Returns whether the call was one.
 */
function runtimeCookie(
  node: SyntaxNode,
  ctx: JsContext,
  report: (r: { node: SyntaxNode; message: string }) => void,
): boolean {
  const q = ctx.callee(node);
  const args = ctx.args(node);
  let name: string | undefined;
  let opts: SyntaxNode | undefined;
  if (q === "hono/cookie.setCookie") {
    name = ctx.stringValue(args[1]);
    opts = args[3];
  } else if (STD_COOKIE.test(q)) {
    opts = args[1] && (ctx.resolve(args[1]) ?? args[1]);
    name = opts?.type === "object" ? ctx.stringValue(ctx.prop(opts, "name")) : undefined;
  } else return false;
  if (!/sess|auth|token|jwt|sid|login|remember/i.test(name ?? "")) return true;
  const o = opts && (ctx.resolve(opts) ?? opts);
  if (opts && (o?.type !== "object" || namedChildren(o).some((c) => c.type !== "pair"))) return true;
  if (o && /\b(maxAge\s*:\s*0\b|expires\s*:\s*new Date\(0\))/.test(ctx.text(o))) return true;
  const missing = ["secure", "httpOnly"].find((k) => !o || !ctx.prop(o, k));
  if (missing === "secure")
    report({ node, message: `session cookie '${name}' set without secure: it is sent over plain HTTP too` });
  else if (missing)
    report({ node, message: `session cookie '${name}' set without httpOnly: page scripts can read it` });
  return true;
}

export default jsRule({
  meta: {
    id: "JS-COOKIE-001",
    title: "Cookie sent without Secure or HttpOnly",
    cwe: ["CWE-614", "CWE-1004"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "express-session configured without cookie.secure (the library's default is false; behind TLS-terminating proxies it may be intended)",
      },
    ],
    docs: {
      what_it_does:
        "Flags cookie options (res.cookie, express-session / cookie-session `cookie: {...}`) that switch `secure` or `httpOnly` off, session cookies from res.cookie or Next.js cookies().set with no options or options without `secure`, express-session without `cookie.secure` (LOW), session or auth cookies written through document.cookie without `Secure`, and raw Set-Cookie headers (setHeader, writeHead or a headers object) that send a session or auth cookie without `Secure` or `HttpOnly`.",
      why_bad:
        "Without Secure the cookie travels over plain HTTP to anyone on the path; without HttpOnly any injected script reads the session.",
      example_bad: "res.cookie('sid', id, { httpOnly: false, secure: false });",
      example_good: "res.cookie('sid', id, { httpOnly: true, secure: true, sameSite: 'lax' });",
    },
    fix_hint: "Set `secure: true` and `httpOnly: true` on session and auth cookies.",
  },
  trigger: /secure|httpOnly|\.cookie\(|cookies\(\)|document\.cookie|express-session|Set-Cookie|serialize/i,
  nodeTypes: ["pair", "call_expression", "assignment_expression"],
  detect(node, ctx, reportAny) {
    const report = (r: Report) => reportAny({ ...r, cwe: r.cwe ?? messageCwe(r.message ?? "") });
    /**
     * Why a Set-Cookie header value sends a session or auth cookie unprotected: no Secure, or no HttpOnly (a CSRF
     * token cookie is meant to be read by script). A cookie being cleared (`sid=; Max-Age=0`) holds nothing, and
     * `'sid=' + value` with no attribute written out may take its attributes from the value: neither is reported.
     */
    const headerCookie = (value: SyntaxNode): string | undefined => {
      const v = ctx.resolve(value) ?? value;
      for (const c of v.type === "array" ? namedChildren(v) : [v]) {
        const lead = ctx.leadingText(c) ?? "";
        const name = /^\s*([^=;\s]+)=/.exec(lead)?.[1];
        if (!name || !/sess|auth|token|jwt|sid|login|remember/i.test(name)) continue;
        const text = ctx.text(c);
        if (
          /^\s*[^=;\s]+=\s*;/.test(lead) ||
          /;\s*max-age\s*=\s*0\b|expires\s*=\s*thu,\s*01\s+jan\s+1970/i.test(text)
        )
          continue;
        if (!text.includes(";") && ctx.constValue(c) === undefined) continue;
        if (!/;\s*secure\b/i.test(text))
          return `Set-Cookie header sends '${name}' without the Secure attribute`;
        if (!/;\s*httponly\b/i.test(text) && !/csrf|xsrf/i.test(name))
          return `Set-Cookie header sends '${name}' without HttpOnly: page scripts can read it`;
      }
      return undefined;
    };
    if (node.type === "assignment_expression") {
      // `document.cookie = 'session=' + token + '; path=/'`: a session cookie written by script without the
      // Secure attribute goes out over plain HTTP too. (Script can never set HttpOnly.)
      if (!/^(window\.)?document\.cookie$/.test(ctx.text(field(node, "left") ?? node))) return;
      const value = field(node, "right");
      const name = /^\s*([^=;\s]+)=/.exec(ctx.leadingText(value) ?? "")?.[1];
      if (!name || !/sess|auth|token|jwt|sid|login|remember|csrf|xsrf/i.test(name)) return;
      const whole = ctx.text(value ? (ctx.resolve(value) ?? value) : node);
      if (/;\s*secure\b/i.test(whole)) return;
      report({ node, message: `cookie '${name}' written by script without the Secure attribute` });
      return;
    }
    if (node.type === "call_expression") {
      const args = ctx.args(node);
      // `res.setHeader('Set-Cookie', 'sid=' + id + '; HttpOnly')`: a session cookie header without Secure.
      if (
        /\.(setHeader|set|header|append)$/.test(ctx.callee(node)) &&
        /^set-cookie$/i.test(ctx.stringValue(args[0]) ?? "") &&
        args[1]
      ) {
        const why = headerCookie(args[1]);
        if (why) report({ node, message: why });
        return;
      }
      // The cookie package's `cookie.serialize('sid', id, { httpOnly: true })`: a session cookie header built
      // with no `secure` among its options (the package leaves it off). One being cleared (`maxAge: 0`, an
      // expiry at the epoch) holds nothing.
      if (runtimeCookie(node, ctx, report)) return;
      if (/^cookie\.serialize$/.test(ctx.callee(node)) && args.length >= 2) {
        if (!/sess|auth|token|jwt|sid|login|remember/i.test(ctx.stringValue(args[0]) ?? "")) return;
        const o = args[2] && (ctx.resolve(args[2]) ?? args[2]);
        if (args[2] && (o?.type !== "object" || namedChildren(o).some((c) => c.type !== "pair"))) return;
        if (o && (ctx.prop(o, "secure") || /\b(maxAge\s*:\s*0\b|new Date\(0\))/.test(ctx.text(o)))) return;
        report({ node, message: "session cookie serialized without secure: it is sent over plain HTTP too" });
        return;
      }
      // express-session without `cookie.secure`: its cookie defaults to `secure: false`.
      if (ctx.callee(node) === "express-session" && args[0]?.type === "object") {
        const cookie = ctx.prop(args[0], "cookie");
        // `cookie: { ...base, httpOnly: true }`: the options spread in from an object written elsewhere count,
        // the last writer of `secure` winning.
        let secure = cookie?.type === "object" ? ctx.prop(cookie, "secure") : undefined;
        if (cookie?.type === "object" && !secure)
          for (const c of namedChildren(cookie)) {
            if (c.type !== "spread_element") continue;
            const spread = ctx.resolve(namedChildren(c)[0]);
            secure = (spread?.type === "object" ? ctx.prop(spread, "secure") : undefined) ?? secure;
          }
        if (secure?.type === "false") {
          report({ node, message: "express-session cookie options spread in secure: false" });
          return;
        }
        if (!cookie || (cookie.type === "object" && !secure))
          report({
            node,
            severity: "LOW",
            message: "express-session cookie without secure: it defaults to being sent over plain HTTP",
          });
        return;
      }
      // `res.cookie('session', token)` with no options: Express sends it without Secure and HttpOnly. Next.js
      // `cookies().set(name, value, opts)` / `cookies().set({ name, value, ...opts })` (next/headers) likewise
      // leaves Secure off unless it is given.
      const nextCookies = /^(\(await )?cookies\(\)\)?\.set$/.test(ctx.callee(node));
      if (!/^(res|response)\.cookie$/.test(ctx.callee(node)) && !nextCookies) return;
      const objectForm = nextCookies && args.length === 1 && args[0]?.type === "object";
      const cookieName = objectForm ? ctx.stringValue(ctx.prop(args[0], "name")) : ctx.stringValue(args[0]);
      if (!/sess|auth|token|jwt|sid|login|remember/i.test(cookieName ?? "")) return;
      if (args.length === 2) {
        report({ node, message: "session cookie set without secure or httpOnly options" });
        return;
      }
      // `res.cookie('sid', id, { httpOnly: true })`: options written out in full, but no `secure` among them.
      // Options bound to a name first (`const opts = { httpOnly: false }; res.cookie('sid', id, opts)`) are
      // judged here, at the call that sends the session cookie: their pairs sit under no cookie call.
      const given = objectForm ? args[0] : args[2];
      // `const { secure, ...rest } = BASE; res.cookie('sid', id, rest)`: the rest object has no `secure` (nor
      // `httpOnly`, when that is the key taken out), whatever BASE set.
      const dropped = given
        ? ctx.restOmits(given)?.find((k) => k === "secure" || k === "httpOnly")
        : undefined;
      if (dropped) {
        report({
          node,
          message:
            dropped === "secure"
              ? "session cookie options are a rest object that leaves out secure: it is sent over plain HTTP too"
              : "session cookie options are a rest object that leaves out httpOnly: page scripts can read it",
        });
        return;
      }
      const opts = given?.type === "identifier" ? (ctx.resolve(given) ?? given) : given;
      // Options rebuilt from entries (`Object.fromEntries([...Object.entries(BASE), ['secure', false]])`).
      if (opts?.type === "call_expression") {
        const off = ["secure", "httpOnly"].find((k) => isOff(lastOption(opts, k, ctx), ctx));
        if (off) {
          report({ node, message: `session cookie options end up with ${off}: false` });
          return;
        }
      }
      if (opts !== given && opts?.type === "object") {
        // (the last writer of the key: `{ secure: false, ...BASE }` takes BASE's; `{ ...BASE, ...{ secure: false } }`
        // the inner one)
        const off = ["secure", "httpOnly"].find((k) => {
          const last = lastOption(opts, k, ctx);
          return last === undefined ? ctx.prop(opts, k)?.type === "false" : isOff(last, ctx);
        });
        if (off) {
          report({
            node,
            message:
              off === "secure"
                ? "session cookie options bound to a name set secure: false"
                : "session cookie options bound to a name set httpOnly: false: page scripts can read it",
          });
          return;
        }
      }
      if (
        (args.length === 3 || objectForm) &&
        opts?.type === "object" &&
        !namedChildren(opts).some((c) => c.type !== "pair") &&
        !ctx.prop(opts, "secure")
      ) {
        report({ node, message: "session cookie options leave out secure: it is sent over plain HTTP too" });
        return;
      }
      // `res.cookie('access_token', t, { secure: true, sameSite: 'strict' })`: options written out in full with no
      // `httpOnly` - Express and Next.js default it to off. (Not a CSRF token: the double-submit pattern has the
      // page read it on purpose.)
      if (
        (args.length === 3 || objectForm) &&
        opts?.type === "object" &&
        !namedChildren(opts).some((c) => c.type !== "pair" && c.type !== "comment") &&
        !ctx.prop(opts, "httpOnly") &&
        !/csrf|xsrf/i.test(cookieName ?? "")
      )
        report({ node, message: "session cookie options leave out httpOnly: page scripts can read it" });
      return;
    }
    const key = ctx.text(field(node, "key") ?? node).replace(/['"]/g, "");
    // A headers object (`res.writeHead(200, { 'Set-Cookie': ... })`, `new Response(body, { headers: {...} })`).
    if (/^set-cookie$/i.test(key)) {
      const value = field(node, "value");
      const why = value ? headerCookie(value) : undefined;
      if (why) report({ node, message: why });
      return;
    }
    // hapi spells the flags isSecure / isHttpOnly (server.state, h.state, @hapi/cookie's `cookie: {...}`);
    // `httpOnly: DEBUG ? true : false` with DEBUG a constant is the side it picks.
    const flag = /^is(Secure|HttpOnly)$/.test(key) ? key.charAt(2).toLowerCase() + key.slice(3) : key;
    if (!/^(secure|httpOnly)$/i.test(flag) || !isOff(field(node, "value"), ctx)) return;
    // `{ secure: false, ...BASE }` with BASE's own `secure`: a later spread overrides the pair.
    const last = node.parent ? lastOption(node.parent, key, ctx) : undefined;
    if (last && last !== field(node, "value")) return;
    if (
      !cookieOptions(
        node.parent,
        (n) => ctx.text(n),
        (c) => ctx.callee(c),
      )
    )
      return;
    // A literal value (`res.cookie('theme', 'dark', { httpOnly: false })`, or one of a few literals picked by a
    // condition) is no secret for a script to steal.
    const call = node.parent?.parent?.type === "arguments" ? node.parent.parent.parent : undefined;
    const literal = (n: SyntaxNode | undefined, depth = 0): boolean => {
      const r = n && depth < 6 ? (ctx.resolve(n) ?? n) : undefined;
      if (!r) return false;
      if (ctx.constValue(r) !== undefined) return true;
      if (r.type === "parenthesized_expression") return literal(namedChildren(r)[0], depth + 1);
      if (r.type === "ternary_expression")
        return (
          literal(field(r, "consequence") ?? undefined, depth + 1) &&
          literal(field(r, "alternative") ?? undefined, depth + 1)
        );
      return false;
    };
    if (
      /^httpOnly$/i.test(flag) &&
      call &&
      COOKIE_SETTER.test(ctx.text(field(call, "function") ?? call)) &&
      literal(ctx.args(call)[valueIndex(call, (n) => ctx.text(n))])
    )
      return;
    // A preference (`ctx.cookies.set(lookupCookie, lng, { httpOnly: false })`: the language an i18n middleware
    // remembers, a theme, a locale): the page's script reads it back by design, and it holds nothing to steal.
    if (
      /^httpOnly$/i.test(flag) &&
      call &&
      COOKIE_SETTER.test(ctx.text(field(call, "function") ?? call)) &&
      preference(ctx.args(call)[valueIndex(call, (n) => ctx.text(n))], ctx)
    )
      return;
    // A CSRF double-submit token cookie (`res.cookie('XSRF-TOKEN', t, { httpOnly: false })`) exists to be read by
    // the page's script, which echoes it in a header; HttpOnly would break it (as for Set-Cookie headers above).
    if (
      /^httpOnly$/i.test(flag) &&
      call &&
      COOKIE_SETTER.test(ctx.text(field(call, "function") ?? call)) &&
      /csrf|xsrf/i.test(ctx.stringValue(ctx.args(call)[valueIndex(call, (n) => ctx.text(n)) - 1]) ?? "")
    )
      return;
    report({
      node,
      message: /^secure$/i.test(flag)
        ? `cookie may be sent over plain HTTP (${key}: false)`
        : "cookie readable by page scripts (httpOnly: false)",
    });
  },
  cases: {
    valid: [
      "const cookie = require('cookie');\nres.setHeader('Set-Cookie', cookie.serialize('sid', id, { httpOnly: true, secure: true }));\nres.setHeader('Set-Cookie', cookie.serialize('theme', 'dark'));\nres.setHeader('Set-Cookie', cookie.serialize('sid', '', { maxAge: 0 }));",
      "class Opts {\n  static session() {\n    return { httpOnly: true, secure: true };\n  }\n}\napp.post('/l', (req, res) => res.cookie('sid', req.sid, Opts.session()));",
      "const BASE = { httpOnly: true, secure: true, sameSite: 'lax' };\napp.post('/l', (req, res) => {\n  const { sameSite, ...rest } = BASE;\n  res.cookie('sid', req.sid, { ...rest, sameSite: 'strict' });\n});",
      "function connect(host, opts = { secure: false }) {\n  return tls.connect(host, opts);\n}",
      "server.state('session', { ttl: 86400000, isSecure: true, isHttpOnly: true, encoding: 'base64json' });",
      "const store = { isSecure: false };",
      "const BASE = { httpOnly: true, secure: true };\napp.post('/l', (req, res) => res.cookie('sid', newId(), { secure: false, ...BASE }));",
      "const BASE = { httpOnly: true, secure: true };\napp.post('/l', (req, res) => res.cookie('sid', newId(), Object.fromEntries([['secure', false], ...Object.entries(BASE)])));",
      "import { setCookie } from 'hono/cookie';\napp.get('/t', (c) => {\n  setCookie(c, 'theme', 'dark', { httpOnly: false, secure: true });\n  return c.text('ok');\n});",
      "import { setCookie } from 'hono/cookie';\napp.get('/t', (c) => {\n  setCookie(c, 'XSRF-TOKEN', crypto.randomUUID(), { httpOnly: false, secure: true });\n  return c.text('ok');\n});",
      "app.post('/t', (req, res) => {\n  res.cookie('theme', req.body.dark ? 'dark' : 'light', { httpOnly: false, secure: true });\n});",
      "const session = require('express-session');\nconst base = { secure: true, sameSite: 'lax' };\napp.use(session({ secret: process.env.S, cookie: { ...base, httpOnly: true } }));",
      "app.post('/login', (req, res) => res.cookie('sid', newId(), { httpOnly: true, secure: true }));",
      "app.get('/t', (req, res) => res.cookie('theme', 'dark', { maxAge: 3600000 }));",
      "res.cookie('sid', id, { httpOnly: true, secure: true });",
      "res.cookie('theme', 'dark');",
      "const tls = { secure: false };",
      "app.use(session({ secret: process.env.S, cookie: { secure: true } }));",
      "const session = require('express-session');\napp.use(session({ secret: process.env.S, cookie: { secure: 'auto', httpOnly: true } }));",
      "res.cookie('theme', 'dark', { httpOnly: false });",
      "app.post('/r', (req, res) => {\n  const opts = { secure: true, httpOnly: false };\n  res.cookie('theme', req.body.t, opts);\n});",
      "document.cookie = 'session=' + t + '; path=/; Secure; SameSite=Lax';",
      "document.cookie = 'theme=' + theme + '; path=/';",
      "res.setHeader('Set-Cookie', `session_id=${sid}; Path=/; HttpOnly; Secure; SameSite=Strict`);",
      "res.setHeader('Set-Cookie', `sid=${id}; Path=/; HttpOnly; Secure`);",
      "res.setHeader('Set-Cookie', 'lang=' + lang);",
      "import { cookies } from 'next/headers';\nexport async function login(t) {\n  cookies().set('session', t, { httpOnly: true, secure: true });\n}",
      "import { cookies } from 'next/headers';\nexport async function login(t) {\n  (await cookies()).set({ name: 'session', value: t, httpOnly: true, secure: true });\n}",
      "import { cookies } from 'next/headers';\nexport async function pick(t) {\n  cookies().set('theme', t);\n}",
      "import { setCookie } from 'hono/cookie';\napp.post('/s', (c) => {\n  setCookie(c, 'session', crypto.randomUUID(), { secure: true, httpOnly: true, sameSite: 'Lax' });\n  return c.text('ok');\n});",
      "import { setCookie } from 'hono/cookie';\napp.get('/t', (c) => {\n  setCookie(c, 'theme', 'dark');\n  return c.text('ok');\n});",
      "import { setCookie } from 'jsr:@std/http/cookie';\nDeno.serve(() => {\n  const headers = new Headers();\n  setCookie(headers, { name: 'sid', value: crypto.randomUUID(), httpOnly: true, secure: true });\n  return new Response(null, { headers });\n});",
      "res.setHeader('Set-Cookie', 'sid=; Path=/; Max-Age=0');",
      "res.setHeader('Set-Cookie', 'session=' + cookieValue);",
      "res.setHeader('Set-Cookie', `XSRF-TOKEN=${t}; Path=/; Secure; SameSite=Strict`);",
      "res.writeHead(200, { 'Set-Cookie': `sid=${id}; Path=/; Secure; HttpOnly`, 'Content-Type': 'text/plain' });",
      "app.get('/form', (req, res) => {\n  res.cookie('XSRF-TOKEN', req.csrfToken(), { httpOnly: false, secure: true, sameSite: 'strict' });\n});",
      "koa.use(async (ctx) => {\n  ctx.cookies.set('csrf_token', newToken(), { httpOnly: false, secure: true });\n});",
      "const BASE = { httpOnly: true, secure: true };\napp.post('/l', (req, res) => {\n  const opts = { secure: false, ...BASE };\n  res.cookie('sid', newId(), opts);\n});",
      "const BASE = { httpOnly: true, secure: true };\napp.post('/l', (req, res) => {\n  const opts = Object.assign({}, { secure: false }, BASE);\n  res.cookie('sid', newId(), opts);\n});",
      "const DEBUG = 1 > 2;\napp.post('/l', (req, res) => res.cookie('sid', newId(), { secure: true, httpOnly: DEBUG ? false : true }));",
    ],
    invalid: [
      "const cookie = require('cookie');\nres.setHeader('Set-Cookie', cookie.serialize('sessionid', sid, { httpOnly: true }));",
      "const cookie = require('cookie');\nconst h = cookie.serialize('auth_token', t);",
      "class Opts {\n  static client() {\n    return { httpOnly: false, secure: true };\n  }\n}\napp.post('/l', (req, res) => res.cookie('sid', req.sid, Opts.client()));",
      "const clientOpts = () => ({ httpOnly: true, secure: false });\napp.post('/l', (req, res) => res.cookie('sid', req.sid, clientOpts()));",
      "const BASE = { httpOnly: true, secure: true, sameSite: 'lax' };\napp.post('/l', (req, res) => {\n  const { secure, ...rest } = BASE;\n  res.cookie('sid', req.sid, rest);\n});",
      "function setSid(res, id, opts = { httpOnly: true, secure: false }) {\n  res.cookie('sid', id, opts);\n}",
      "server.state('session', { ttl: 86400000, isSecure: false, isHttpOnly: true, encoding: 'base64json' });",
      "const handler = (request, h) => h.response('ok').state('sid', request.auth.credentials.sid, { isHttpOnly: false });",
      "const BASE = { httpOnly: true, secure: true };\napp.post('/l', (req, res) => res.cookie('sid', newId(), { ...BASE, secure: false }));",
      "const BASE = { httpOnly: true, secure: true };\napp.post('/l', (req, res) => res.cookie('sid', newId(), Object.fromEntries([...Object.entries(BASE), ['secure', false]])));",
      "import { setCookie } from 'hono/cookie';\napp.post('/s', (c) => {\n  setCookie(c, 'session', crypto.randomUUID(), { httpOnly: true, secure: false });\n  return c.text('ok');\n});",
      "import { cookies } from 'next/headers';\nexport async function login(t) {\n  cookies().set('session', t, { httpOnly: false, secure: true });\n}",
      "import { cookies } from 'next/headers';\nexport async function login(t) {\n  (await cookies()).set('auth', t, { secure: false, httpOnly: true });\n}",
      "fastify.post('/l', async (request, reply) => {\n  reply.setCookie('sid', request.body.sid, { httpOnly: true, secure: false });\n});",
      "const session = require('express-session');\nconst base = { secure: false, sameSite: 'lax' };\napp.use(session({ secret: process.env.S, cookie: { ...base, httpOnly: true } }));",
      "app.post('/login', (req, res) => res.cookie('sid', newId(), { httpOnly: true, maxAge: 3600000 }));",
      { code: "app.use(session({\n  secret: process.env.S,\n  cookie: { secure: false },\n}));", line: 3 },
      "res.setHeader('Set-Cookie', `session_id=${sid}; Path=/; HttpOnly`);",
      {
        code: "const session = require('express-session');\napp.use(session({ secret: process.env.S, resave: false }));",
        severity: "LOW",
      },
      "res.cookie('sid', id, { httpOnly: false });",
      "res.cookie('access_token', jwtToken, { httpOnly: false, secure: true, sameSite: 'lax' });",
      {
        code: "app.post('/r', (req, res) => {\n  const opts = { secure: true, httpOnly: false };\n  res.cookie('refresh_token', req.body.t, opts);\n});",
        line: 3,
      },
      "app.use(cookieSession({ name: 's', keys: [process.env.K], secure: false }));",
      "const session = require('koa-session');\napp.use(session({ key: 'sid', secure: false }, app));",
      "app.post('/login', (req, res) => { res.cookie('auth_token', t); res.end(); });",
      "document.cookie = `auth_token=${t}; max-age=86400`;",
      "res.setHeader('Set-Cookie', `session_id=${id}; Path=/; HttpOnly`);",
      "import { cookies } from 'next/headers';\nexport async function login(t) {\n  cookies().set('sid', t);\n}",
      "import { setCookie } from 'hono/cookie';\napp.post('/s', (c) => {\n  setCookie(c, 'session', crypto.randomUUID(), { httpOnly: true });\n  return c.text('ok');\n});",
      "import { setCookie } from 'hono/cookie';\napp.post('/s', (c) => {\n  setCookie(c, 'auth_token', crypto.randomUUID(), { secure: true, sameSite: 'Strict' });\n  return c.text('ok');\n});",
      "import { setCookie } from 'jsr:@std/http/cookie';\nDeno.serve(() => {\n  const headers = new Headers();\n  setCookie(headers, { name: 'sid', value: crypto.randomUUID(), httpOnly: true });\n  return new Response(null, { headers });\n});",
      "import { cookies } from 'next/headers';\nexport async function login(t) {\n  cookies().set('session', t, { httpOnly: true });\n}",
      "import { cookies } from 'next/headers';\nexport async function login(t) {\n  (await cookies()).set({ name: 'auth_token', value: t, httpOnly: true });\n}",
      "res.setHeader('Set-Cookie', 'auth=' + token + '; Secure; SameSite=Strict; Path=/');",
      "res.writeHead(200, { 'Set-Cookie': 'token=' + t + '; HttpOnly; Path=/' });",
      "const r = new Response('ok', { headers: { 'Set-Cookie': `session=${id}; Path=/` } });",
      {
        code: "const BASE = { httpOnly: true, secure: true };\napp.post('/l', (req, res) => {\n  const opts = { ...BASE, ...{ secure: false } };\n  res.cookie('sid', newId(), opts);\n});",
        line: 4,
      },
      {
        code: "const BASE = { httpOnly: true, secure: true };\napp.post('/l', (req, res) => {\n  const opts = Object.assign({}, BASE, { secure: false });\n  res.cookie('sid', newId(), opts);\n});",
        line: 4,
      },
      "const DEBUG = 1 > 2;\napp.post('/l', (req, res) => res.cookie('sid', newId(), { secure: true, httpOnly: !DEBUG ? false : true }));",
    ],
  },
});
