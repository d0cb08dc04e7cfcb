import { Level } from "../../dataflow/python.js";
import { returnedValues, type JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, lastStatement, namedChildren, sourceHas, unparen } from "../../parse/nodes.js";
import { jsRule, sitePinnedTest } from "./common.js";
import { regexEscape } from "../../../core/regex.js";

const esc = regexEscape;

/**
 * `new URL(x, request.url)` (or a literal base): an absolute `x` replaces the base and a path keeps the base's
 * origin, this site's own, so where the browser goes is decided by `x` alone and the checks are asked of it.
 */
function ownBaseTarget(url: SyntaxNode, ctx: JsContext): SyntaxNode {
  if (url.type !== "new_expression" || ctx.text(field(url, "constructor") ?? url) !== "URL") return url;
  const [x, base] = ctx.args(url);
  if (!x || !base || x.type === "spread_element") return url;
  const own =
    /^[\w$]+\.(url|nextUrl)$/.test(ctx.text(base)) ||
    typeof ctx.constValue(base) === "string" ||
    requestOrigin(base, ctx);
  return own ? x : url;
}

/**
 * `url.origin` where `url = new URL(req.url)` (a fetch handler's own URL), or `req.nextUrl.origin`: this site's
 * origin. (The origin of a URL parsed from some other value may be anyone's.)
 */
function requestOrigin(base: SyntaxNode, ctx: JsContext): boolean {
  if (base.type !== "member_expression" || ctx.text(field(base, "property") ?? base) !== "origin")
    return false;
  const obj = field(base, "object");
  if (!obj) return false;
  if (/^[\w$]+\.nextUrl$/.test(ctx.text(obj))) return true;
  const made = obj.type === "identifier" ? ctx.resolve(obj) : obj;
  return !!made && /^new\s+URL\(\s*[\w$]+\.url\s*\)$/.test(ctx.text(made));
}

/** A predicate named for a target that stays on the site: `isSafeRedirect`, `isRelativeUrl`, `isLocalPath`. */
const SAFE_TARGET_CHECK =
  /^(is|check|validate|verify|assert|ensure)_?(safe|local|relative|allowed|trusted|internal|same_?origin|same_?site|whitelisted|permitted)_?(redirect|url|uri|path|return_?(url|to)|target|next|location|destination)s?$/i;

/**
 * The function's text up to the end of `node`, less the bodies of earlier `if` blocks that always leave (their
 * last statement returns or throws): the code after such a block runs only when it did not, so a check inside it
 * (`if (p) { return redirect(ALLOWED.has(t) ? t : '/') }`) guards nothing later. Their conditions stay when
 * negated.
 */
function textBefore(fn: SyntaxNode, node: SyntaxNode, ctx: JsContext): string {
  let text = ctx.text(fn).slice(0, node.end - fn.start);
  const cut: [number, number][] = [];
  for (const n of ctx.tree.nodes) {
    if (n.type !== "if_statement" || n.start < fn.start) continue;
    // A positive test (`if (isLocal(t))`, no negation, no conjunction) that the redirect does not depend on: the
    // redirect sits in its `else` (the test failed there), or after it when its branch neither leaves nor assigns
    // anything (the redirect runs whether the test passed or not).
    const positive = (c: SyntaxNode | undefined) => !!c && !/!|&&/.test(ctx.text(c));
    const alt = field(n, "alternative");
    const then = field(n, "consequence");
    if (alt && then && node.start >= alt.start && node.end <= alt.end && positive(field(n, "condition"))) {
      if (!cut.some(([a, b]) => n.start >= a && then.end <= b)) cut.push([n.start, then.end]);
      continue;
    }
    if (
      !alt &&
      then &&
      n.end <= node.start &&
      positive(field(n, "condition")) &&
      !/(^|[^=!<>])=(?![=>])|\+\+|--|\b(return|throw|break|continue)\b/.test(ctx.text(then))
    ) {
      if (!cut.some(([a, b]) => n.start >= a && then.end <= b)) cut.push([n.start, then.end]);
      continue;
    }
    if (n.end > node.start || alt) continue;
    const body = field(n, "consequence");
    const last = lastStatement(body);
    if (!body || !last || !/^(return|throw)_statement$/.test(last.type)) continue;
    // A test without negation that led out (`if (OK.has(t)) return redirect(t);`) failed for the code after it:
    // its condition goes too. A negated one (`if (!OK.has(t)) return ...`) stays: after it, the test passed.
    // So does a conjunction (`if (t.startsWith('/') && !t.startsWith('//')) return ...`): that it failed says
    // nothing definite.
    let cond = field(n, "condition");
    cond = unparen(cond);
    const conj =
      cond?.type === "binary_expression" &&
      (field(cond, "operator")?.type ?? cond.children.find((c) => !c.named)?.type) === "&&";
    const from = cond && (conj || !/!/.test(ctx.text(cond))) ? n.start : body.start;
    if (!cut.some(([a, b]) => from >= a && body.end <= b)) cut.push([from, body.end]);
  }
  for (const [a, b] of cut.sort((x, y) => y[0] - x[0]))
    text = text.slice(0, a - fn.start) + " ".repeat(b - a) + text.slice(b - fn.start);
  return text;
}

/**
 * How the code before a redirect tests its target `url` (the name, or the name it was read from):
 * "weak" when by substring (`t.includes(x)`, `t.indexOf(x) !== -1`, `t.endsWith(x)`, or a helper of this file
 * doing so to its parameter), "strong" when by exact membership or equality (a helper returning `SET.has(p)`,
 * `p === x`), by the parsed URL's host (`HOSTS.has(u.hostname)`) or by a scheme-host-slash prefix; undefined
 * when neither is seen.
 */
function guardOn(before: string, url: SyntaxNode, ctx: JsContext): "weak" | "strong" | undefined {
  const names = new Set<string>();
  const add = (n: SyntaxNode | undefined) => {
    if (n && (n.type === "identifier" || n.type === "member_expression")) names.add(ctx.text(n));
  };
  add(url);
  if (url.type === "identifier") add(ctx.resolve(url));
  // `res.redirect(parsed.toString())`, `parsed.href`: the URL object a host check may have vetted.
  if (url.type === "call_expression" || url.type === "member_expression")
    add(field(field(url, "function") ?? url, "object") ?? undefined);
  // A test for a punctuation literal (`t.includes('\\')`, `t.indexOf('//')`, `t.includes(':')`) rejects URL
  // syntax; it admits no host, so it is no substring check of one.
  const substring = (body: string, v: string) =>
    new RegExp(
      `(^|[^\\w$.])${esc(v)}\\s*\\.\\s*(includes|indexOf|search|endsWith)\\((?!\\s*(['"\`])[^\\w'"\`]+\\3\\s*[,)])`,
    ).test(body);
  // Membership of the target or of its parsed host; in a helper's body also equality (`p === allowedUrl`). In
  // the handler an equality test is usually a default (`if (t === '') ...`), not a check.
  const exact = (body: string, v: string, equality: boolean) =>
    new RegExp(
      `\\.(has|includes)\\(\\s*${esc(v)}(\\.(hostname|host|origin))?\\s*\\)|(^|[^\\w$.])${esc(v)}\\.(hostname|host|origin)\\s*===` +
        // (`typeof p === 'string'` tests its type, not the value)
        (equality ? `|(^|[^\\w$.])(?<!\\btypeof\\s*)${esc(v)}\\s*===|===\\s*${esc(v)}\\b` : ""),
    ).test(body);
  // `t.startsWith('https://app.example.com/')`: the host ends where the literal's path begins; without that
  // slash `https://app.example.com.evil.net` passes.
  const hostPrefix = (body: string, v: string) =>
    new RegExp(
      `(^|[^\\w$.])${esc(v)}\\s*\\.\\s*startsWith\\(\\s*(['"\`])[a-z][\\w+.-]*://[^/'"\`]+/`,
      "i",
    ).test(body);
  let strong = false;
  let weak = false;
  for (const v of names) {
    // `host = new URL(t).hostname; if (HOSTS.has(host)) ...`: the parsed host held under its own name.
    for (const h of before.matchAll(
      new RegExp(
        `([\\w$]+)\\s*=\\s*new\\s+URL\\(\\s*${esc(v)}\\s*[,)][^;\\n]*?\\.(hostname|host|origin)\\b`,
        "g",
      ),
    )) {
      const hv = esc(h[1]!);
      if (
        new RegExp(`\\.(has|includes)\\(\\s*${hv}\\s*\\)|(^|[^\\w$.])${hv}\\s*===?\\s*['"\`\\w]`).test(before)
      )
        strong = true;
    }
    if (substring(before, v)) weak = true;
    // (or a regex test pinning the start to one site: `/^https:\/\/app\.example\.com\//.test(t)`)
    if (exact(before, v, false) || hostPrefix(before, v) || sitePinnedTest(before, v)) strong = true;
    // `if (looksTrusted(t))`: what the helper declared in this file does with its first parameter.
    for (const m of before.matchAll(new RegExp(`([\\w$]+)\\(\\s*${esc(v)}\\s*\\)`, "g"))) {
      const helper = ctx.functionNamed(m[1]!);
      // An imported check named for a same-site target (`validators.isRelativeUrl(t)`, `isSafeRedirect(t)`);
      // a bare syntax check (`isURL`, `isValidUrl`) admits any host and is no such check.
      if (!helper && SAFE_TARGET_CHECK.test(m[1]!)) strong = true;
      const param = helper && namedChildren(field(helper, "parameters") ?? helper)[0];
      if (!helper || !param) continue;
      const p = ctx.text(field(param, "pattern") ?? param).replace(/\s*[:=].*$/s, "");
      const body = ctx.text(field(helper, "body") ?? helper);
      if (substring(body, p)) weak = true;
      // (a predicate: a helper handing the value itself back is no test of it)
      if (
        exact(body, p, true) ||
        (relativePath(body, p) && !new RegExp(`return\\s+${esc(p)}\\s*[;}]`).test(body))
      )
        strong = true;
    }
  }
  // An exact test passed is enough whatever substring tests sit beside it (`LIST.includes(t) && t.endsWith('/')`).
  return strong ? "strong" : weak ? "weak" : undefined;
}

/** A helper body testing `p` for a leading '/' and for a leading '//': a same-site path. */
function relativePath(body: string, p: string): boolean {
  const v = esc(p);
  return (
    new RegExp(`(^|[^\\w$.])${v}\\s*\\.\\s*startsWith\\(\\s*(['"\`])/\\2`).test(body) &&
    new RegExp(`(^|[^\\w$.])${v}\\s*\\.\\s*startsWith\\(\\s*(['"\`])//\\2`).test(body)
  );
}

/**
 * `isLocalPath(t) ? t : '/'`: the condition is a call vetting the value chosen, by a helper of this file whose
 * body tests that parameter for a leading '/' and for a leading '//' (the relative-path check), or for exact
 * membership (`OK.has(p)`); or by an imported predicate named for a same-site target (`isSafeRedirect`).
 */
function vettingCall(cond: SyntaxNode, value: SyntaxNode, ctx: JsContext): boolean {
  let c: SyntaxNode | undefined = cond;
  c = unparen(c);
  if (c?.type !== "call_expression") return false;
  const i = ctx.args(c).findIndex((a) => ctx.text(a) === ctx.text(value));
  if (i < 0) return false;
  const helper = ctx.localFunction(c);
  if (!helper) return SAFE_TARGET_CHECK.test(ctx.callee(c).split(".").pop() ?? "");
  const params = field(helper, "parameters") ?? field(helper, "parameter");
  const ps = params
    ? params.type === "identifier"
      ? [params]
      : namedChildren(params).filter((n) => n.type !== "comment")
    : [];
  const p =
    ps[i] &&
    ctx
      .text(field(ps[i]!, "pattern") ?? ps[i]!)
      .split(/[:=]/)[0]!
      .trim();
  if (!p) return false;
  const body = ctx.text(field(helper, "body") ?? helper);
  const v = esc(p);
  return relativePath(body, p) || new RegExp(`\\.(has|includes)\\(\\s*${v}\\s*\\)`).test(body);
}

/**
 * `HOSTS.has(u.host) ? u.toString() : '/'`: the condition looks the chosen URL object's host (or the value itself) up
 * in a list or set (its equality with a request value is no such check).
 */
function hostListed(cond: SyntaxNode, value: SyntaxNode, ctx: JsContext): boolean {
  const f = value.type === "call_expression" ? field(value, "function") : value;
  const obj = f?.type === "member_expression" ? field(f, "object") : undefined;
  return [value, obj].some(
    (v) =>
      !!v &&
      /^[\w$.]+$/.test(ctx.text(v)) &&
      new RegExp(`\\.(has|includes)\\(\\s*${esc(ctx.text(v))}(\\.(hostname|host|origin))?\\s*\\)`).test(
        ctx.text(cond),
      ),
  );
}

/** A Nest handler carrying `@Redirect(...)`: the decorators written between the previous member and its body. */
function redirectDecorated(fn: SyntaxNode, ctx: JsContext): boolean {
  const body = field(fn, "body");
  const before = ctx.tree.source.slice(Math.max(0, fn.start - 300), fn.start);
  const own = before.slice(Math.max(before.lastIndexOf("}"), before.lastIndexOf(";")) + 1);
  return /@Redirect\s*\(/.test(own + ctx.tree.source.slice(fn.start, body?.start ?? fn.start));
}

/** `re.test(t) ? t : '/'`, `ALLOWED.has(t) ? t : '/'`: the other side, when the condition checked the value. */
function checkedChoice(t: SyntaxNode, node: SyntaxNode, ctx: JsContext): SyntaxNode | undefined {
  const cond = field(t, "condition");
  const yes = field(t, "consequence");
  const no = field(t, "alternative");
  if (!cond || !yes || !no) return undefined;
  const around = ctx.enclosingFunction(node);
  return checks(ctx.text(cond), ctx.text(yes)) ||
    vettingCall(cond, yes, ctx) ||
    hostListed(cond, yes, ctx) ||
    (!!around && parsedHostChecks(ctx.text(cond), ctx.text(yes), textBefore(around, node, ctx)))
    ? no
    : undefined;
}

/**
 * `HOSTS.has(host) ? next : '/'` after `host = new URL(next).host`: the condition tests the value's parsed host,
 * held under its own name (in a try whose catch leaves it empty, or as a const).
 */
function parsedHostChecks(cond: string, value: string, before: string): boolean {
  if (!/^[\w$.]+$/.test(value)) return false;
  for (const h of before.matchAll(
    new RegExp(
      `([\\w$]+)\\s*=\\s*new\\s+URL\\(\\s*${esc(value)}\\s*[,)][^;\\n]*?\\.(hostname|host|origin)\\b`,
      "g",
    ),
  )) {
    const hv = esc(h[1]!);
    if (new RegExp(`\\.(has|includes)\\(\\s*${hv}\\s*\\)|(^|[^\\w$.])${hv}\\s*===\\s*['"\`\\w]`).test(cond))
      return true;
  }
  return false;
}

/** A condition that tests `value` with a pattern, an allow-list or a prefix check. */
function checks(cond: string, value: string): boolean {
  const v = regexEscape(value);
  return new RegExp(
    `\\.(test|has|includes|startsWith|match)\\(\\s*${v}\\s*[,)]|\\b${v}\\.(startsWith|match)\\(`,
  ).test(cond);
}

/**
 * For a redirect target that is an expression (`base + next`, `` `https://${host}/` ``): whether a name it
 * contains was tested before it with `x.startsWith('/')` or `LIST.includes(x)`. A test of some other name (the
 * `next` checked in an earlier branch) says nothing about this target. A name assigned from an expression that
 * makes such a test counts as tested.
 */
function checkedPart(before: string, target: string): boolean {
  const names = [
    ...[...before.matchAll(/([\w$.]+)\s*\.\s*startsWith\(\s*['"]\//g)].map((m) => m[1]!),
    ...[...before.matchAll(/includes\(\s*([\w$.]+)/g)].map((m) => m[1]!),
    // `const safe = next.startsWith('/') && ... ? next : '/'`: the name the checked value was chosen into.
    ...[...before.matchAll(/([\w$]+)\s*=(?!=)[^;\n]*?\.\s*startsWith\(\s*['"]\//g)].map((m) => m[1]!),
  ];
  return names.some((n) => new RegExp(`(^|[^\\w$.])${n.replace(/[.$]/g, "\\$&")}($|[^\\w$])`).test(target));
}

/** `param.startsWith('https://host/...')`: a prefix with a literal scheme, host and slash. */
function prefixFixesOrigin(param: string, test: string): boolean {
  const p = param.replace(/[$]/g, "\\$");
  return new RegExp(`^${p}\\.startsWith\\(\\s*(['"\`])https?:\\/\\/[^/'"\`\\s]+\\/[^'"\`]*\\1\\s*\\)$`).test(
    test,
  );
}

/**
 * `if (isSafeRedirect(next)) { res.redirect(next) }` where the file defines `function isSafeRedirect(t) { return
 * t.startsWith('https://www.example.com/'); }` (or an arrow with that body): a helper whose whole answer is a
 * prefix test on its parameter with a literal scheme, host and slash fixes where the user can be sent.
 */
function helperFixesOrigin(call: SyntaxNode, url: SyntaxNode, ctx: JsContext): boolean {
  const used = ctx.text(url);
  for (let p = call.parent; p; p = p.parent) {
    if (p.type !== "if_statement") continue;
    const cons = field(p, "consequence");
    if (!cons || call.start < cons.start || call.end > cons.end) continue;
    let cond = field(p, "condition");
    cond = unparen(cond);
    if (cond?.type !== "call_expression") continue;
    const f = field(cond, "function");
    const i = ctx.args(cond).findIndex((a) => ctx.text(a) === used);
    if (f?.type !== "identifier" || i < 0) continue;
    const name = ctx.text(f);
    for (const d of ctx.tree.nodes) {
      let fn: SyntaxNode | undefined;
      if (d.type === "function_declaration" && ctx.text(field(d, "name") ?? d) === name) fn = d;
      else if (
        d.type === "variable_declarator" &&
        ctx.text(field(d, "name") ?? d) === name &&
        field(d, "value")?.type === "arrow_function"
      )
        fn = field(d, "value");
      if (!fn) continue;
      const params = field(fn, "parameters") ?? field(fn, "parameter");
      const ps = params ? (params.type === "identifier" ? [params] : namedChildren(params)) : [];
      const param = ps[i]
        ? ctx
            .text(field(ps[i]!, "pattern") ?? ps[i]!)
            .split(/[:=]/)[0]!
            .trim()
        : undefined;
      const body = field(fn, "body");
      if (!param || !body) return false;
      let expr: SyntaxNode | undefined = body;
      if (body.type === "statement_block") {
        const stmts = namedChildren(body).filter((c) => c.type !== "comment");
        // `if (t.startsWith('https://host/')) { return true; } return false;`: the answer is the condition.
        const [first, second] = stmts;
        if (
          stmts.length === 2 &&
          first?.type === "if_statement" &&
          !field(first, "alternative") &&
          /^\{?\s*return\s+true\s*;?\s*\}?$/.test(ctx.text(field(first, "consequence") ?? first).trim()) &&
          /^return\s+false\s*;?$/.test(ctx.text(second!).trim())
        ) {
          let c = field(first, "condition");
          c = unparen(c);
          return !!c && prefixFixesOrigin(param, ctx.text(c).trim());
        }
        expr =
          stmts.length === 1 && stmts[0]!.type === "return_statement"
            ? namedChildren(stmts[0]!)[0]
            : undefined;
      }
      if (!expr) return false;
      return prefixFixesOrigin(param, ctx.text(expr).trim());
    }
  }
  return false;
}

/**
 * `if (!t || /[^\w/-]/.test(t)) { ... } else { redirect(t) }`: the else branch runs only for values the
 * negated character class let through (no ':', '.', '\\' or '?'), so no other host can be spelt.
 */
function rejectedElsewhere(call: SyntaxNode, url: SyntaxNode, ctx: JsContext): boolean {
  const used = ctx.text(url);
  for (let p = call.parent; p; p = p.parent) {
    if (p.type === "else_clause") {
      const stmt = p.parent;
      if (stmt?.type !== "if_statement") continue;
      const cond = ctx.text(field(stmt, "condition") ?? stmt);
      for (const m of cond.matchAll(
        /\/\[\^([^\]]*)\][+*]?\/[a-z]*\.test\(\s*([\w$.]+)\s*\)|([\w$.]+)\.match\(\s*\/\[\^([^\]]*)\][+*]?\/[a-z]*\s*\)/g,
      )) {
        const cls = m[1] ?? m[4] ?? "";
        const name = m[2] ?? m[3] ?? "";
        // The class must forbid ':' and '.' (scheme and host), i.e. list neither among the allowed characters.
        if (
          new RegExp(`\\b${name.replace(/[.$]/g, "\\$&")}\\b`).test(used) &&
          !/[:.]/.test(cls.replace(/\\w/g, ""))
        )
          return true;
      }
    }
    if (/^(function_declaration|function_expression|arrow_function|method_definition)$/.test(p.type)) break;
  }
  return false;
}

/**
 * `redirect(safeRedirect(to))` (or the result bound to a name first) where the helper is declared in this file and
 * each of its answers is a literal (a literal default of a parameter left out included) or the parameter itself
 * after a check in the helper that keeps it on the site: a relative-path test that also rejects `//`
 * (`if (!to.startsWith('/') || to.startsWith('//')) return fallback; return to;`), or an exact allow-list test.
 */
/**
 * An OAuth / OIDC client's own authorization-URL builder (openid-client's `authorizationUrl` and
 * `buildAuthorizationUrl`, simple-oauth2's `authorizeURL`, node-oauth's `getAuthorizeUrl`, googleapis'
 * `generateAuthUrl`, arctic's `createAuthorizationURL`).
 */
const AUTH_URL_BUILDER =
  /^(authorizationUrl|authorizationURL|buildAuthorizationUrl|authorizeURL|authorizeUrl|getAuthorizeUrl|getAuthorizeURL|getAuthorizationUrl|getAuthorizationURL|generateAuthUrl|createAuthorizationURL)$/;

/**
 * A redirect to the authorization endpoint a client library builds: the URL's origin is the identity provider the
 * client was configured with, and the parameters ride in its query. Not open when neither the parameters nor the
 * client's configuration come from the request; the configuration is read as a path's would be (the environment
 * and the command line are the operator's choice, not the visitor's).
 */
function authorizationEndpoint(value: SyntaxNode | undefined, ctx: JsContext): boolean {
  let v = value;
  while (v?.type === "await_expression" || v?.type === "parenthesized_expression") v = namedChildren(v)[0];
  if (v?.type !== "call_expression") return false;
  const f = field(v, "function");
  const name = f?.type === "member_expression" ? ctx.text(field(f, "property") ?? f) : ctx.text(f ?? v);
  if (!AUTH_URL_BUILDER.test(name)) return false;
  const receiver = f?.type === "member_expression" ? field(f, "object") : undefined;
  const config = [...(receiver ? [receiver] : []), ...ctx.args(v)];
  return config.every((a) => ctx.level(a, "path") < Level.SOURCE);
}

function helperVets(value: SyntaxNode, ctx: JsContext): boolean {
  const call = value.type === "identifier" ? ctx.resolve(value) : value;
  if (call?.type !== "call_expression") return false;
  const helper = ctx.localFunction(call);
  const rets = ctx.returnedBy(call);
  if (!helper || !rets.length) return false;
  const params = field(helper, "parameters") ?? field(helper, "parameter");
  const ps = params
    ? params.type === "identifier"
      ? [params]
      : namedChildren(params).filter((c) => c.type !== "comment")
    : [];
  const names = ps.map((p) =>
    ctx
      .text(field(p, "pattern") ?? field(p, "left") ?? p)
      .split(/[:=]/)[0]!
      .trim(),
  );
  const args = ctx.args(call);
  return rets.every((r) => {
    const t = ctx.text(r);
    const i = names.indexOf(t);
    if (i < 0) return ctx.constValue(r) !== undefined;
    // `safeRedirect(to, '/notes')`: the fallback the call passes is a literal.
    if (i < args.length && ctx.constValue(args[i]) !== undefined) return true;
    if (i >= args.length) {
      const dflt = field(ps[i]!, "value") ?? field(ps[i]!, "right");
      return !!dflt && ctx.constValue(dflt) !== undefined;
    }
    const before = textBefore(helper, r, ctx);
    const v = esc(t);
    return (
      (new RegExp(`(^|[^\\w$.])${v}\\s*\\.\\s*startsWith\\(\\s*(['"\`])/\\2`).test(before) &&
        new RegExp(`(^|[^\\w$.])${v}\\s*\\.\\s*startsWith\\(\\s*(['"\`])//\\2`).test(before)) ||
      guardOn(before, r, ctx) === "strong"
    );
  });
}

/**
 * `const route = req.url; req.url = '/'; res.setHeader('Location', req.url + '#' + route)`: the target begins with a
 * request field the handler set to a literal path before the redirect, and that path with the literal after it
 * (`'/' + '#'`) already fixes a same-origin start (a slash and then neither a slash nor a backslash).
 */
function resetFieldFirst(ctx: JsContext, url: SyntaxNode, before: string): boolean {
  const parts: SyntaxNode[] = [];
  const flat = (n: SyntaxNode): void => {
    if (
      n.type === "binary_expression" &&
      (field(n, "operator")?.type ?? n.children.find((c) => !c.named)?.type) === "+"
    ) {
      flat(field(n, "left")!);
      flat(field(n, "right")!);
    } else parts.push(n);
  };
  flat(url);
  const first = parts[0];
  if (parts.length < 2 || first?.type !== "member_expression") return false;
  const t = regexEscape(ctx.text(first));
  const sets = [...before.matchAll(new RegExp(`(^|[^\\w$.])${t}\\s*=(?!=)\\s*([^;\\n]*)`, "g"))];
  const last = sets[sets.length - 1]?.[2]?.trim();
  const lit = last && /^(['"])([^'"\\]*)\1$/.exec(last)?.[2];
  if (lit === undefined || lit === null || lit === "") return false;
  const prefix = lit + (ctx.stringValue(parts[1]) ?? "");
  return /^\/[^/\\]/.test(prefix);
}

/**
 * `redirect(...)` called by a name the enclosing handler destructured from its context parameter (Elysia's
 * `({ query, redirect }) => redirect(query.to)`, an Astro endpoint's `({ redirect }) => ...`): the framework's
 * redirect, not a function of this file or an import.
 */
function contextRedirect(call: SyntaxNode, ctx: JsContext): boolean {
  for (let f = ctx.enclosingFunction(call); f; f = ctx.enclosingFunction(f)) {
    const params = field(f, "parameters");
    const first = params ? namedChildren(params).find((c) => c.type !== "comment") : field(f, "parameter");
    const pattern = first?.type === "required_parameter" ? field(first, "pattern") : first;
    if (pattern?.type !== "object_pattern") continue;
    if (
      namedChildren(pattern).some(
        (c) => c.type === "shorthand_property_identifier_pattern" && ctx.text(c) === "redirect",
      )
    )
      return true;
  }
  return false;
}

/**
 * Astro's endpoint and middleware context taken whole: `async (context) => context.redirect(url)` - the first
 * parameter of the handler around the call (typed `APIContext`, bound to a name typed `APIRoute` /
 * `MiddlewareHandler`, an exported `GET` / `POST` / ... or `onRequest`, or given to `defineMiddleware`), in a file
 * that uses Astro. (A helper taking a context from its caller answers for the URL it was handed.)
 */
function contextParamRedirect(call: SyntaxNode, q: string, ctx: JsContext): boolean {
  const m = /^([\w$]+)\.redirect$/.exec(q);
  if (!m || !sourceHas(ctx.tree, /['"]astro(:middleware)?['"]/)) return false;
  for (let f = ctx.enclosingFunction(call); f; f = ctx.enclosingFunction(f)) {
    const params = field(f, "parameters");
    const first = params ? namedChildren(params).find((c) => c.type !== "comment") : field(f, "parameter");
    const pattern = first?.type === "required_parameter" ? field(first, "pattern") : first;
    if (pattern?.type !== "identifier" || ctx.text(pattern) !== m[1]) continue;
    return astroHandler(f, first!, ctx);
  }
  return false;
}

function astroHandler(f: SyntaxNode, first: SyntaxNode, ctx: JsContext): boolean {
  if (/:\s*APIContext\b/.test(ctx.text(first))) return true;
  const p = f.parent;
  if (p?.type === "arguments") {
    const c = p.parent;
    return c?.type === "call_expression" && /(^|\.)defineMiddleware$/.test(ctx.callee(c));
  }
  const decl = p?.type === "variable_declarator" ? p : undefined;
  const value = decl ? field(decl, "value") : undefined;
  if (
    decl &&
    value &&
    /:\s*(\w+\.)?(APIRoute|MiddlewareHandler)\b/.test(ctx.text(decl).slice(0, value.start - decl.start))
  )
    return true;
  const name = decl ? field(decl, "name") : field(f, "name");
  const exported = (decl ? decl.parent?.parent : p)?.type === "export_statement";
  return exported && !!name && /^(GET|POST|PUT|PATCH|DELETE|ALL|onRequest)$/.test(ctx.text(name));
}

/** `u.origin === ORIGIN ? u.href : '/'` (or `!==` with the branches swapped): only a URL of a fixed origin. */
function originTernary(n: SyntaxNode, ctx: JsContext): boolean {
  let t: SyntaxNode | undefined = n;
  t = unparen(t);
  if (t?.type !== "ternary_expression") return false;
  const cond = field(t, "condition");
  let c: SyntaxNode | undefined = cond ?? undefined;
  c = unparen(c);
  // `ref && new URL(ref).origin === ORIGIN ? ref : '/'`: a conjunction's last test decides the branch taken.
  while (c?.type === "binary_expression" && c.children.find((k) => !k.named)?.type === "&&")
    c = unparen(field(c, "right") ?? undefined);
  if (c?.type !== "binary_expression") return false;
  const op = c.children.find((k) => !k.named)?.type ?? "";
  if (!/^[!=]==?$/.test(op)) return false;
  const [l, r] = [field(c, "left"), field(c, "right")];
  if (!l || !r) return false;
  // `u.origin`, or the value parsed in place: `new URL(ref).origin`, `new URL(ref, base).host`.
  const parsed = (x: SyntaxNode) =>
    /^new\s+URL\(\s*([\w$]+)\s*(,[^()]*)?\)\.(origin|host|hostname)$/.exec(ctx.text(x))?.[1];
  const side = [l, r].find((x) => /^[\w$]+\.(origin|host|hostname)$/.test(ctx.text(x)) || parsed(x));
  const other = side === l ? r : l;
  // The compared value is fixed: a literal or a name bound to one (not another part of the request).
  if (!side || (other.type !== "string" && other.type !== "identifier" && other.type !== "member_expression"))
    return false;
  // (the request's own origin, `req.nextUrl.origin` / `new URL(req.url).origin`, as `new URL('/', req.url)` is)
  const ownOrigin =
    /^(req|request)\.(nextUrl|url)\.origin$|^new\s+URL\(\s*(req|request)\.url\s*\)\.origin$/.test(
      ctx.text(other),
    );
  if (other.type !== "string" && !ownOrigin && ctx.level(other, "redirect") === Level.SOURCE) return false;
  const root = parsed(side) ?? ctx.text(side).split(".")[0];
  const [yes, no] = op.startsWith("=")
    ? [field(t, "consequence"), field(t, "alternative")]
    : [field(t, "alternative"), field(t, "consequence")];
  // (the fallback may be a path on the request's own origin: `new URL('/', req.url)`)
  const home = (x: SyntaxNode) =>
    ctx.fixedOrigin(x) ||
    /^new\s+URL\(\s*(['"`])\/\1\s*,\s*(req|request)\.(url|nextUrl)\s*\)$/.test(ctx.text(x));
  if (!yes || !no || (ctx.level(no, "redirect") === Level.SOURCE && !home(no))) return false;
  const m = /^([\w$]+)(\.href|\.toString\(\))?$/.exec(ctx.text(yes));
  return m?.[1] === root;
}

export default jsRule({
  meta: {
    id: "JS-REDIR-001",
    title: "Open redirect to a URL from the request",
    cwe: ["CWE-601"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags res.redirect / location assignments (and the redirect helpers of Next.js, Remix, SvelteKit and Hono) whose target comes from request data, a Next.js page's searchParams included.",
      why_bad: "Links on your domain can bounce users to phishing sites, borrowing your domain's trust.",
      example_bad: "app.get('/go', (req, res) => res.redirect(req.query.next));",
      example_good:
        "app.get('/go', (req, res) => {\n  const next = String(req.query.next || '/');\n  res.redirect(next.startsWith('/') && !next.startsWith('//') ? next : '/');\n});",
    },
    fix_hint: "Only redirect to relative paths or allow-listed hosts.",
  },
  trigger: /redirect|location|refresh/i,
  nodeTypes: ["call_expression", "pair", "return_statement", "assignment_expression"],
  detect(node, ctx, report) {
    let url: SyntaxNode | undefined;
    // Next.js data fetching (`getServerSideProps`, `getStaticProps`, middleware helpers) returning
    // `{ redirect: { destination: x, permanent: false } }`: the framework answers with a redirect to x.
    const nextRedirect =
      node.type === "pair" &&
      ctx.text(field(node, "key") ?? node).replace(/['"]/g, "") === "destination" &&
      node.parent?.parent?.type === "pair" &&
      /^['"]?redirect['"]?$/.test(ctx.text(field(node.parent.parent, "key") ?? node));
    if (nextRedirect) url = field(node, "value") ?? undefined;
    else if (node.type === "pair" || node.type === "return_statement") {
      if (node.type === "pair") {
        // A Lambda / serverless response: `{ statusCode: 302, headers: { Location: x } }`.
        const key = ctx.text(field(node, "key") ?? node).replace(/['"]/g, "");
        const holder = node.parent?.parent;
        if (!/^location$/i.test(key)) return;
        // (or the init of a fetch Headers: `new Response(null, { status: 302, headers: new Headers({ location }) })`)
        const headersInit =
          holder?.type === "arguments" &&
          holder.parent?.type === "new_expression" &&
          ctx.text(field(holder.parent, "constructor") ?? holder.parent) === "Headers";
        if (!headersInit && holder?.type !== "pair") return;
        if (!headersInit && !/^['"]?headers['"]?$/i.test(ctx.text(field(holder!, "key") ?? holder!))) return;
        url = field(node, "value") ?? undefined;
        // (the checked choice made once into a name: `const target = ok(next) ? next : '/'`)
        const chosen = url?.type === "identifier" ? ctx.resolve(url) : url;
        if (chosen?.type === "ternary_expression") url = checkedChoice(chosen, node, ctx) ?? url;
      } else {
        // Nest's `@Redirect()` handler: a returned `{ url }` replaces the redirect target.
        const fn = ctx.enclosingFunction(node);
        const ret = namedChildren(node)[0];
        if (!fn || ret?.type !== "object" || !redirectDecorated(fn, ctx)) return;
        for (const p of namedChildren(ret))
          if (p.type === "shorthand_property_identifier" && ctx.text(p) === "url") url = p;
          else if (p.type === "pair" && ctx.text(field(p, "key") ?? p).replace(/['"]/g, "") === "url")
            url = field(p, "value") ?? undefined;
      }
      if (url && !ctx.fixedOrigin(url) && ctx.level(url, "redirect") === Level.SOURCE)
        report({ node, message: "redirect target comes from the request" });
      return;
    }
    // Elysia before 1.0: `({ query, set }) => { set.redirect = query.to }` answers with a redirect there.
    const assigned = node.type === "assignment_expression";
    if (assigned) {
      if (!/^(?:[\w$]+\.)?set\.redirect$/.test(ctx.text(field(node, "left") ?? node))) return;
      url = field(node, "right") ?? undefined;
    }
    const q = nextRedirect || assigned ? "" : ctx.callee(node);
    const args = nextRedirect || assigned ? [] : ctx.args(node);
    // Express/Koa/Fastify/hapi, Hono's `c.redirect(url, status)`.
    if (/^(res|response|reply|ctx|h|ctx\.response)\.redirect$/.test(q)) url = args[args.length - 1];
    else if (q === "c.redirect") url = args[0];
    // h3 / Nuxt server routes: `sendRedirect(event, location, code)` (imported from h3 or auto-imported).
    else if (/^(h3\.)?sendRedirect$/.test(q)) url = args[1];
    // SvelteKit: `redirect(status, location)` from @sveltejs/kit.
    else if (q === "@sveltejs/kit.redirect") url = args[1];
    // Next.js: `NextResponse.redirect(url)`, `Response.redirect(url)`, `redirect(url)` from next/navigation;
    // Remix / React Router: `redirect(url)` from @remix-run/* or react-router.
    else if (
      /^(next\/server\.NextResponse|NextResponse|Response)\.redirect$|^next\/navigation\.(redirect|permanentRedirect)$|^(@remix-run\/[\w-]+|react-router(-dom)?)\.(redirect|redirectDocument)$/.test(
        q,
      )
    )
      url = args[0];
    else if (/^(res|response|ctx)\.location$/.test(q)) url = args[0];
    // Elysia's and Astro's handler context: `({ query, redirect }) => redirect(query.to)`, `Astro.redirect(url)`.
    else if (
      q === "Astro.redirect" ||
      (q === "redirect" && contextRedirect(node, ctx)) ||
      contextParamRedirect(node, q, ctx)
    )
      url = args[0];
    // h3: `setResponseHeader(event, 'location', url)` (with a 30x status set beside it).
    else if (
      /^(h3\.)?(setResponseHeader|appendResponseHeader|setHeader)$/.test(q) &&
      /^location$/i.test(ctx.stringValue(args[1]) ?? "")
    )
      url = args[2];
    // AdonisJS `response.redirect().toPath(url)`: the redirect builder sends the browser to the path it is given.
    else if (/\bredirect\(\s*\)\s*\.\s*toPath$/.test(ctx.text(field(node, "function") ?? node)))
      url = args[0];
    else if (
      (/^(res|response|reply|ctx)\.(setHeader|set|header|append)$/.test(q) ||
        // Hono's `c.header('Location', url)` and h3's Node response (`event.node.res.setHeader(...)`).
        (q === "c.header" && sourceHas(ctx.tree, /['"]hono['"]/)) ||
        /^event\.node\.res\.setHeader$/.test(q)) &&
      /^location$/i.test(ctx.stringValue(args[0]) ?? "")
    )
      url = args[1];
    // `res.set('Refresh', '0; url=' + next)`: the browser navigates to what follows `url=` after the delay.
    else if (
      /^(res|response|reply|ctx)\.(setHeader|set|header|append)$/.test(q) &&
      /^refresh$/i.test(ctx.stringValue(args[0]) ?? "")
    ) {
      const v = args[1];
      const left = v?.type === "binary_expression" ? field(v, "left") : undefined;
      url =
        left && /^\s*\d+\s*[;,]\s*url\s*=\s*['"]?$/i.test(ctx.stringValue(left) ?? "")
          ? (field(v!, "right") ?? undefined)
          : v?.type === "template_string" && /^`\s*\d+\s*[;,]\s*url\s*=\s*['"]?\$\{/i.test(ctx.text(v))
            ? v
            : undefined;
    } else if (/^(res|response)\.writeHead$/.test(q))
      url = args.map((a) => ctx.prop(a, "Location") ?? ctx.prop(a, "location")).find((x) => x);
    else if (!nextRedirect && !assigned) return;
    if (!url) return;
    url = ownBaseTarget(url, ctx);
    // `re.test(t) ? t : '/'`, `ALLOWED.has(t) ? t : '/'`: the value is only used when the condition checked it.
    // The same choice made once into a name: `const next = re.test(t) ? t : '/'; res.redirect(next)`.
    let chosen = url.type === "identifier" ? ctx.resolve(url) : url;
    // The same choice returned by a getter of an object literal (`flow.target`) or a helper of this file
    // (`target()`), when it is the one value returned.
    const helper = chosen?.type === "call_expression" ? ctx.localFunction(chosen) : undefined;
    const returned =
      chosen?.type === "member_expression"
        ? (ctx.keyedProp(chosen) ?? ctx.receiverGetterReturns(chosen))
        : helper
          ? returnedValues(helper)
          : undefined;
    // (other returns that are literals, `catch { return '/'; }`, choose nothing)
    const live = returned?.filter((r) => ctx.constValue(r) === undefined);
    if (returned?.length === 1) chosen = returned[0];
    else if (live?.length === 1) chosen = live[0];
    if (authorizationEndpoint(chosen, ctx)) return;
    // (`u.origin === req.nextUrl.origin ? u : new URL('/', req.url)`: judged whole, before a branch is picked)
    if (chosen && originTernary(chosen, ctx)) return;
    if (chosen?.type === "ternary_expression") url = checkedChoice(chosen, node, ctx) ?? url;
    const fn = ctx.enclosingFunction(node);
    // A check written before the redirect (or in it); one in a later branch guards some other redirect. A
    // substring test of the target itself (`t.includes('example.org')`, directly or in a helper of this file)
    // is no check: `https://evil.net/?example.org` passes it. Otherwise the check must be on the value
    // redirected to (`next.startsWith('/')`, `LIST.includes(next)`): a `req.url.startsWith('/bounce')` routing
    // test says nothing about the target.
    const before = fn ? textBefore(fn, node, ctx) : "";
    const guard = fn ? guardOn(before, url, ctx) : undefined;
    const v = regexEscape(ctx.text(url));
    if (
      fn &&
      (guard === "strong" ||
        (guard !== "weak" &&
          (/allow/i.test(before) ||
            ((/^[\w$.]+$/.test(ctx.text(url))
              ? new RegExp(`\\b${v}\\s*\\.\\s*startsWith\\(['"]/|includes\\(\\s*${v}\\b`).test(before)
              : checkedPart(before, ctx.text(url))) &&
              // `t.startsWith('/')` alone passes `//evil.example` (a protocol-relative URL): the second character
              // must be checked too (`!t.startsWith('//')`, `t[1] !== '/'`), unless an allow-list decides.
              (/allow|includes\(/i.test(before) || /['"`]\/\/|['"`]\/\\\\|\[1\]|charAt\(1\)/.test(before))))))
    )
      return;
    if (rejectedElsewhere(node, url, ctx)) return;
    // `const u = new URL(next, BASE); if (u.origin !== BASE_ORIGIN) return ...; redirect(u.href)`: the parsed URL's
    // origin or host compared with a fixed one before it is used (as `u`, `u.href` or `u.toString()`).
    const root = /^([\w$]+)(\.href|\.toString\(\))?$/.exec(ctx.text(url))?.[1];
    if (fn && root) {
      const r = root.replace(/\$/g, "\\$");
      const before = ctx.text(fn).slice(0, node.start - fn.start);
      if (
        new RegExp(
          `\\b${r}\\.(origin|host|hostname)\\s*[!=]==?\\s*['"\`\\w]|['"\`]\\s*[!=]==?\\s*${r}\\.(origin|host|hostname)\\b`,
        ).test(before)
      )
        return;
    }
    // The same check in a `?:` (`u.origin === ORIGIN ? u.href : '/'`, `u.host !== HOST ? '/' : u.toString()`):
    // the parsed URL itself in the branch where its origin or host equals a fixed one, a constant in the other.
    if (originTernary(url, ctx)) return;
    // `const u = req.nextUrl.clone(); u.pathname = '/login'; NextResponse.redirect(u)`: a URL object copied from
    // the request's own URL (Next.js `nextUrl`, a route handler's `new URL(request.url)`) keeps this app's origin
    // unless the code assigns its host, href, origin or protocol.
    if (fn && url.type === "identifier") {
      const made = ctx.resolve(url);
      const t = made ? ctx.text(made).replace(/\s+/g, "") : "";
      const u = ctx.text(url).replace(/\$/g, "\\$");
      if (
        /^[\w$.]+\.nextUrl(\.clone\(\))?$|^newURL\([\w$.]+\.url\)$/.test(t) &&
        !new RegExp(`\\b${u}\\.(host|hostname|href|origin|protocol|port|username)\\s*=[^=]`).test(
          ctx.text(fn),
        )
      )
        return;
    }
    if (helperFixesOrigin(node, url, ctx)) return;
    if (helperVets(url, ctx)) return;
    // `'/login?next=' + x`, `https://example.com/?q=${x}`: the code fixes where the user goes.
    if (ctx.fixedOrigin(url)) return;
    if (fn && resetFieldFirst(ctx, url, textBefore(fn, node, ctx))) return;
    if (ctx.level(url, "redirect") === Level.SOURCE)
      report({ node, message: "redirect target comes from the request" });
  },
  cases: {
    valid: [
      // `new URL(x, request.url)`: the checks are asked of x (an allow-list choice, a constant key after a spread).
      "Deno.serve((req) => {\n  const url = new URL(req.url);\n  const next = url.searchParams.get('next') ?? '/';\n  const dest = /^\\/[^/\\\\]/.test(next) ? next : '/';\n  return Response.redirect(new URL(dest, url.origin), 302);\n});",
      "import { NextResponse } from 'next/server';\nconst OK = ['/a', '/b'];\nexport function GET(request) {\n  const n = request.nextUrl.searchParams.get('next');\n  const t = OK.includes(n) ? n : '/a';\n  return NextResponse.redirect(new URL(t, request.url));\n}",
      "import { NextResponse } from 'next/server';\nexport function GET(request) {\n  const o = { ...Object.fromEntries(request.nextUrl.searchParams), home: '/' };\n  return NextResponse.redirect(new URL(o.home, request.url));\n}",
      "import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/b', (c) => {\n  c.header('Location', '/login');\n  return c.body(null, 302);\n});",
      // The referer's origin compared with the app's in the choice itself.
      "export const actions = {\n  back: async ({ request }) => {\n    const ref = request.headers.get('referer');\n    throw redirect(303, ref && new URL(ref).origin === 'https://app.example.com' ? ref : '/');\n  },\n};",
      "import { Elysia } from 'elysia';\nconst OK = new Set(['/a']);\nnew Elysia().get('/o', ({ query, redirect }) => redirect(OK.has(query.to) ? query.to : '/'));",
      "import { NextResponse } from 'next/server';\nexport function middleware(request) {\n  const to = request.nextUrl.searchParams.get('to') ?? '';\n  return NextResponse.redirect(new URL('/app/' + encodeURIComponent(to), request.url));\n}",
      "import Route from '@ioc:Adonis/Core/Route';\nRoute.get('/c', async ({ response }) => response.redirect().toPath('/dashboard'));",
      "const HOSTS = new Set(['a.example.com']);\nexports.handler = async (event) => {\n  const next = event.queryStringParameters?.next ?? '';\n  let host = '';\n  try {\n    host = new URL(next).host;\n  } catch {\n    host = '';\n  }\n  return { statusCode: 302, headers: { Location: HOSTS.has(host) ? next : 'https://a.example.com/' } };\n};",
      // A subclass getter that returns the base's value only once it is a same-site path.
      "class Flow {\n  constructor(req) {\n    this.req = req;\n  }\n  get back() {\n    return String(this.req.query.back);\n  }\n}\nclass Safe extends Flow {\n  get back() {\n    const c = super.back;\n    return /^\\/(?![\\/\\\\])/.test(c) ? c : '/';\n  }\n}\napp.get('/cb', (req, res) => res.redirect(new Safe(req).back));",
      // A service method returning the parsed URL only when its host is allow-listed (a literal otherwise).
      "class Redirects {\n  constructor(hosts) {\n    this.hosts = new Set(hosts);\n  }\n  safe(next) {\n    try {\n      const url = new URL(next, 'https://app.example.com');\n      return this.hosts.has(url.host) ? url.toString() : '/';\n    } catch {\n      return '/';\n    }\n  }\n}\nconst redirects = new Redirects(['app.example.com']);\napp.get('/done', (req, res) => res.redirect(redirects.safe(req.query.next)));",
      "app.get('/a', (req, res) => {\n  res.set('Refresh', '5; url=/home').send('Redirecting ' + encodeURIComponent(req.query.u));\n});",
      "app.get('/a', (req, res) => {\n  res.set('Refresh', '0; url=/search?q=' + encodeURIComponent(req.query.q)).end();\n});",
      // A rejected backslash or colon is a syntax filter beside the same-site check, not a host substring test.
      "app.get('/go', (req, res) => {\n  const to = String(req.query.to || '/');\n  if (!to.startsWith('/') || to.startsWith('//') || to.includes('\\\\')) return res.redirect('/');\n  res.redirect(to);\n});",
      "app.get('/p', (req, res) => {\n  const t = String(req.query.next);\n  if (/^https:\\/\\/(www\\.)?example\\.com\\//.test(t)) return res.redirect(t);\n  res.redirect('/');\n});",
      "function isLocal(t) {\n  return typeof t === 'string' && t.startsWith('/') && !t.startsWith('//');\n}\napp.get('/b', (req, res) => {\n  if (isLocal(req.query.next)) return res.redirect(req.query.next);\n  res.redirect('/');\n});",
      "app.get('/r', (req, res) => {\n  const u = new URL(String(req.query.next), 'https://app.example.com');\n  res.redirect(u.origin === 'https://app.example.com' ? u.href : '/');\n});",
      "const HOST = 'app.example.com';\napp.get('/r', (req, res) => {\n  const u = new URL(String(req.query.next), 'https://app.example.com');\n  res.redirect(u.host !== HOST ? '/' : u.toString());\n});",
      "const { OAuth2 } = require('oauth');\nconst oauth2 = new OAuth2(process.env.GH_ID, process.env.GH_SECRET, 'https://github.com/', 'login/oauth/authorize');\napp.get('/login', (req, res) => {\n  const url = oauth2.getAuthorizeUrl({ scope: ['read:user'], state: 'gh' });\n  res.redirect(url);\n});",
      "const { Issuer, generators } = require('openid-client');\nlet client;\nIssuer.discover(process.env.ISSUER).then((issuer) => {\n  client = new issuer.Client({ client_id: process.env.OIDC_ID });\n});\napp.get('/login', (req, res) => {\n  res.redirect(client.authorizationUrl({ scope: 'openid', state: generators.state() }));\n});",
      "function isLocalPath(p) {\n  return typeof p === 'string' && p.startsWith('/') && !p.startsWith('//');\n}\napp.post('/login', (req, res) => {\n  const next = req.query.next || '/';\n  res.redirect(isLocalPath(next) ? next : '/home');\n});",
      "const OK = new Set(['/a', '/b']);\nconst known = (p) => OK.has(p);\napp.get('/r', (req, res) => res.redirect(known(req.query.to) ? req.query.to : '/'));",
      "app.get('/d', (req, res) => {\n  const flow = {\n    get target() {\n      const n = String(req.query.next || '');\n      return n.startsWith('/') && !n.startsWith('//') ? n : '/';\n    },\n  };\n  res.redirect(flow.target);\n});",
      "app.get('/d', (req, res) => {\n  function target() {\n    const n = String(req.query.next || '');\n    return n.startsWith('/') && !n.startsWith('//') ? n : '/';\n  }\n  res.redirect(target());\n});",
      "app.get('/go', (req, res) => {\n  const to = req.query.to;\n  if (isLocalUrl(to)) res.redirect(to);\n  else res.redirect('/');\n});",
      "const DEST = { '/home': 1, '/orders': 1 };\napp.get('/go', (req, res) => {\n  const to = req.query.to;\n  if (Object.prototype.hasOwnProperty.call(DEST, to)) return res.redirect(to);\n  res.redirect('/');\n});",
      "const DEST = { '/home': 1 };\napp.get('/go', (req, res) => {\n  const to = req.query.to;\n  if (to in DEST) res.redirect(to);\n});",
      "const DEST = { '/home': 1 };\napp.get('/go', (req, res) => {\n  const to = req.query.to;\n  if (DEST[to] !== undefined) res.redirect(to);\n});",
      "module.exports = (req, res) => {\n  const route = req.url;\n  req.url = '/';\n  res.statusCode = 302;\n  res.setHeader('Location', req.url + '#' + route);\n  res.end();\n};",
      "import { redirect } from '@remix-run/node';\nfunction safeTo(to, fallback = '/') {\n  if (!to || !to.startsWith('/') || to.startsWith('//')) return fallback;\n  return to;\n}\nexport async function action({ request }) {\n  const form = await request.formData();\n  return redirect(safeTo(form.get('to'), '/notes'));\n}",
      "import { redirect } from '@remix-run/node';\nfunction safeTo(to, fallback = '/') {\n  if (!to || !to.startsWith('/') || to.startsWith('//')) return fallback;\n  return to;\n}\nexport async function loader({ request }) {\n  return redirect(safeTo(new URL(request.url).searchParams.get('to')));\n}",
      "import { defineEventHandler, getQuery, sendRedirect } from 'h3';\nconst OK = new Set(['/a']);\nexport default defineEventHandler((event) => {\n  const { to } = getQuery(event);\n  if (!OK.has(to)) return sendRedirect(event, '/');\n  return sendRedirect(event, to);\n});",
      "class Links {\n  static internal(key) {\n    return key === 'billing' ? '/billing' : '/';\n  }\n}\napp.get('/i', (req, res) => res.redirect(Links.internal(String(req.query.to))));",
      "export function middleware(req) {\n  const url = req.nextUrl.clone();\n  url.pathname = '/login';\n  return NextResponse.redirect(url);\n}",
      "const HOSTS = new Set(['a.example.com']);\napp.get('/o', (req, res) => {\n  const t = String(req.query.to);\n  let host = '';\n  try {\n    host = new URL(t).hostname;\n  } catch {\n    return res.redirect('/');\n  }\n  if (HOSTS.has(host)) return res.redirect(t);\n  res.redirect('/');\n});",
      "const v = require('./validators');\napp.get('/r', (req, res) => {\n  if (v.isRelativeUrl(req.query.next)) return res.redirect(req.query.next);\n  res.redirect('/');\n});",
      "import { redirect } from '@sveltejs/kit';\nconst GET = async ({ url }) => {\n  redirect(303, url.searchParams.get('to'));\n};",
      "fastify.get('/r', async (request, reply) => {\n  const u = new URL(request.query.next, 'https://app.example.com');\n  if (u.origin !== 'https://app.example.com') return reply.redirect('/');\n  return reply.redirect(u.href);\n});",
      "app.get('/r', (c) => {\n  const u = new URL(c.req.query('next') ?? '/', ORIGIN);\n  if (u.origin !== ORIGIN) return c.redirect('/');\n  return c.redirect(u.toString());\n});",
      "function ok(u) {\n  if (u.startsWith('https://www.example.com/')) {\n    return true;\n  }\n  return false;\n}\nfunction go(req, res) {\n  const u = req.query.u;\n  if (ok(u)) {\n    res.redirect(u);\n  }\n}",
      "function isSafe(t) {\n  return t.startsWith('https://www.example.com/');\n}\napp.get('/go', (req, res) => {\n  const n = String(req.query.n);\n  if (isSafe(n)) {\n    return res.redirect(n);\n  }\n  res.redirect('/');\n});",
      "app.get('/r', (req, res) => { res.redirect(base() + '?target=' + req.query.t); });",
      "app.get('/r/:u', (req, res) => { res.redirect('users/' + req.params.u); });",
      "app.get('/', (req, res) => { res.redirect('/search?q=' + req.query.q); });",
      // An array joined into the URL: the request part comes after a literal '?'.
      "app.get('/', (req, res) => { res.redirect(['/search?q=', req.query.q].join('')); });",
      // A name bound to '#' before the request part: only the fragment varies.
      "const HASH = '#';\napp.get('/', (req, res) => { res.redirect(homeUrl() + (HASH + req.query.anchor)); });",
      "app.get('/', (req, res) => res.redirect('/home'));",
      "app.get('/n', (req, res) => {\n  const next = /^\\/(?![\\/\\\\])/.test(req.query.next) ? req.query.next : '/';\n  res.redirect(next);\n});",
      "app.use(async (ctx) => {\n  const d = ctx.query.d;\n  if (!d || /[^\\w\\/-]/.test(d)) ctx.redirect('/');\n  else ctx.redirect('/' + d.replace(/^\\/+/, ''));\n});",
      "app.get('/', (req, res) => { const t = req.query.t; res.redirect(/^\\/[^/\\\\]/.test(t) ? t : '/'); });",
      "const OK = new Set(['https://a.example/']);\nconst trusted = (u) => OK.has(u);\napp.get('/o', (req, res) => {\n  if (trusted(req.query.u)) return res.redirect(req.query.u);\n  res.end();\n});",
      "app.get('/c', (req, res) => {\n  const n = String(req.query.n);\n  if (n.startsWith('https://app.example.com/')) return res.redirect(n);\n  res.end();\n});",
      "app.get('/o', (req, res) => {\n  const u = new URL(req.query.u);\n  if (HOSTS.has(u.hostname)) return res.redirect(u.toString());\n  res.end();\n});",
      "exports.h = async (event) => ({ statusCode: 302, headers: { Location: '/home?id=' + event.queryStringParameters.id } });",
      "exports.h = async (event) => {\n  const next = event.queryStringParameters.next || '/';\n  const target = next.startsWith('/') && !next.startsWith('//') ? next : '/';\n  return { statusCode: 302, headers: { Location: target }, body: '' };\n};",
      "const HOME = ['/', '/cart'];\nexport const getServerSideProps = async ({ query }) => {\n  const next = HOME.includes(query.next) ? query.next : '/';\n  return { redirect: { destination: next, permanent: false } };\n};",
      "export const getServerSideProps = async ({ query }) => ({ redirect: { destination: '/items/' + query.id, permanent: true } });",
      "class C {\n  @Get('d')\n  @Redirect('https://docs.example.com')\n  d(req) {\n    return { url: 'https://docs.example.com/v5/' };\n  }\n  @Get('e')\n  e(req) {\n    return { url: req.query.u };\n  }\n}",
      "import { redirect } from 'next/navigation';\nexport default function Page({ searchParams }) {\n  const n = searchParams.next ?? '/';\n  redirect(n.startsWith('/') && !n.startsWith('//') ? n : '/');\n}",
    ],
    invalid: [
      "Deno.serve((req) => new Response(null, { status: 303, headers: new Headers({ location: req.headers.get('referer') ?? '/' }) }));",
      "import { NextResponse } from 'next/server';\nexport function GET(request) {\n  const n = request.nextUrl.searchParams.get('next') ?? '/';\n  return NextResponse.redirect(new URL(n, request.url));\n}",
      "import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/b', (c) => {\n  c.header('Location', c.req.query('next') ?? '/');\n  return c.body(null, 302);\n});",
      "export default defineEventHandler((event) => {\n  event.node.res.statusCode = 302;\n  event.node.res.setHeader('Location', String(getQuery(event).to));\n  event.node.res.end();\n});",
      // Elysia's and Astro's context redirect, Elysia's `set.redirect`, h3's location header.
      "import { Elysia } from 'elysia';\nnew Elysia().get('/o', ({ query, redirect }) => redirect(query.to));",
      "import { Elysia } from 'elysia';\nnew Elysia().get('/o', ({ query, set }) => {\n  set.redirect = query.to;\n});",
      "export const GET = ({ url, redirect }) => redirect(url.searchParams.get('next') ?? '/');",
      "import { defineEventHandler, getQuery, setResponseHeader, setResponseStatus } from 'h3';\nexport default defineEventHandler((event) => {\n  setResponseStatus(event, 302);\n  setResponseHeader(event, 'Location', String(getQuery(event).to));\n});",
      "import { NextResponse } from 'next/server';\nexport function middleware(request) {\n  const to = request.nextUrl.searchParams.get('to') ?? '';\n  return NextResponse.redirect(new URL('/' + to, request.url));\n}",
      "import Route from '@ioc:Adonis/Core/Route';\nRoute.get('/c', async ({ request, response }) => response.redirect(request.input('to')));",
      "import Route from '@ioc:Adonis/Core/Route';\nRoute.get('/c', async ({ request, response }) => response.redirect().toPath(request.input('to')));",
      // the parsed host of some other value is no check of this one
      "const HOSTS = new Set(['a.example.com']);\nexports.handler = async (event) => {\n  const q = event.queryStringParameters;\n  const host = new URL(q.home).host;\n  return { statusCode: 302, headers: { Location: HOSTS.has(host) ? q.next : '/' } };\n};",
      // (the getter tests something else)
      "class Flow {\n  constructor(req) {\n    this.req = req;\n  }\n  get back() {\n    return String(this.req.query.back);\n  }\n}\nclass Safe extends Flow {\n  get back() {\n    const c = super.back;\n    return /^\\/(?![\\/\\\\])/.test(this.req.path) ? c : '/';\n  }\n}\napp.get('/cb', (req, res) => res.redirect(new Safe(req).back));",
      // (the allow-list tests something else than the URL returned)
      "class Redirects {\n  constructor(hosts) {\n    this.hosts = new Set(hosts);\n  }\n  safe(next) {\n    try {\n      const url = new URL(next, 'https://app.example.com');\n      return this.hosts.has(next) ? url.toString() : '/';\n    } catch {\n      return '/';\n    }\n  }\n}\nconst redirects = new Redirects(['app.example.com']);\napp.get('/done', (req, res) => res.redirect(redirects.safe(req.query.next)));",
      "app.get('/a', (req, res) => {\n  res.set('Refresh', '0; url=' + req.query.u).send('Redirecting...');\n});",
      "app.get('/a', (req, res) => {\n  res.setHeader('Refresh', `3;url=${req.query.next}`);\n  res.end('bye');\n});",
      "function isString(v) {\n  return typeof v === 'string';\n}\napp.get('/b', (req, res) => {\n  const back = req.query.back;\n  if (isString(back)) return res.redirect(back);\n  res.redirect('/');\n});",
      // The request value leads the joined URL: it picks the host.
      "app.get('/', (req, res) => { res.redirect([req.query.next, '?from=login'].join('')); });",
      "app.get('/r', (req, res) => {\n  const u = new URL(String(req.query.next), 'https://app.example.com');\n  res.redirect(u.origin === 'https://app.example.com' ? u.pathname + u.search : '/');\n});",
      "app.get('/r', (req, res) => {\n  const u = new URL(String(req.query.next), 'https://app.example.com');\n  res.redirect(u.origin === req.query.origin ? u.href : '/');\n});",
      "const { OAuth2 } = require('oauth');\napp.get('/login', (req, res) => {\n  const oauth2 = new OAuth2(process.env.GH_ID, process.env.GH_SECRET, req.query.idp, 'authorize');\n  res.redirect(oauth2.getAuthorizeUrl({ scope: 'openid' }));\n});",
      "app.get('/login', (req, res) => {\n  res.redirect(client.authorizationUrl({ scope: 'openid', redirect_uri: req.query.cb }));\n});",
      "function isLocalPath(p) {\n  return typeof p === 'string' && p.startsWith('/');\n}\napp.post('/login', (req, res) => {\n  const next = req.query.next || '/';\n  res.redirect(isLocalPath(next) ? next : '/home');\n});",
      "function isLocalPath(p) {\n  return p.startsWith('/') && !p.startsWith('//');\n}\napp.post('/login', (req, res) => {\n  const next = req.query.next || '/';\n  res.redirect(isLocalPath(req.query.other) ? next : '/home');\n});",
      "import { redirect } from '@remix-run/node';\nfunction safeTo(to, fallback = '/') {\n  if (!to || !to.startsWith('/') || to.startsWith('//')) return fallback;\n  return to;\n}\nexport async function action({ request }) {\n  const form = await request.formData();\n  return redirect(safeTo(form.get('to'), String(form.get('back'))));\n}",
      {
        code: "app.get('/d', (req, res) => {\n  const flow = {\n    get target() {\n      return req.query.next;\n    },\n    home: '/',\n  };\n  res.redirect(flow.target);\n});",
        line: 8,
      },
      {
        code: "app.get('/go', (req, res) => {\n  const to = req.query.to;\n  if (isLocalUrl(to)) res.redirect(to);\n  else res.redirect(to);\n});",
        line: 4,
      },
      {
        code: "app.get('/go', (req, res) => {\n  const to = req.query.to;\n  if (isLocalUrl(to)) console.log('local');\n  res.redirect(to);\n});",
        line: 4,
      },
      {
        code: "const DEST = { '/home': 1 };\napp.get('/go', (req, res) => {\n  const to = req.query.to;\n  if (DEST[to] !== undefined) res.redirect('/');\n  else res.redirect(to);\n});",
        line: 5,
      },
      "module.exports = (req, res) => {\n  const to = req.query.to;\n  req.url = '/';\n  res.setHeader('Location', req.url + to);\n  res.end();\n};",
      "import { defineEventHandler, getQuery, sendRedirect } from 'h3';\nexport default defineEventHandler((event) => sendRedirect(event, String(getQuery(event).to)));",
      "export default defineEventHandler(async (event) => {\n  const body = await readBody(event);\n  return sendRedirect(event, body.next, 302);\n});",
      {
        code: "const OK = ['/home'];\nserver.route({ method: 'GET', path: '/c', handler: (request, h) => {\n  if (OK.includes(request.query.n)) return h.redirect(request.query.n);\n  return h.redirect(request.query.n);\n} });",
        line: 4,
      },
      {
        code: "import { redirect } from '@remix-run/node';\nfunction safeTo(to) {\n  if (to.startsWith('/') && !to.startsWith('//')) return to;\n  return to;\n}\nexport async function loader({ request }) {\n  return redirect(safeTo(new URL(request.url).searchParams.get('to')));\n}",
        line: 7,
      },
      "app.get('/back', (req, res) => {\n  const next = String(req.query.next || '/');\n  if (!next.startsWith('/')) return res.redirect('/');\n  res.redirect(next);\n});",
      "class Links {\n  static external(to) {\n    return to;\n  }\n}\napp.get('/o', (req, res) => res.redirect(Links.external(String(req.query.to))));",
      "export function middleware(req) {\n  const url = req.nextUrl.clone();\n  url.host = req.nextUrl.searchParams.get('h');\n  return NextResponse.redirect(url);\n}",
      "app.get('/r', (c) => {\n  const u = new URL(c.req.query('next') ?? '/', ORIGIN);\n  if (u.pathname === '/') return c.redirect('/');\n  return c.redirect(u.toString());\n});",
      "const vh = require('./validationHandler');\napp.post('/r', (req, res) => {\n  if (vh.isValidUrl(req.body.url)) res.redirect(req.body.url);\n});",
      "import { redirect } from '@remix-run/node';\nconst ALLOWED = new Set(['/a']);\nexport async function loader({ request }) {\n  const url = new URL(request.url);\n  const to = url.searchParams.get('to') || '/a';\n  if (url.pathname.endsWith('/safe')) {\n    return redirect(ALLOWED.has(to) ? to : '/a');\n  }\n  return redirect(to);\n}",
      "import { redirect } from 'next/navigation';\nexport default function Page({ searchParams }) {\n  redirect(searchParams.next ?? '/');\n}",
      "import { redirect } from '@remix-run/node';\nexport async function loader({ request }) {\n  const url = new URL(request.url);\n  return redirect(url.searchParams.get('redirectTo') || '/');\n}",
      "import { redirect } from '@sveltejs/kit';\nexport const GET = async ({ url }) => {\n  redirect(303, url.searchParams.get('to'));\n};",
      "app.get('/o', (c) => c.redirect(c.req.query('u')));",
      "'use server';\nimport { redirect } from 'next/navigation';\nexport async function go(formData) {\n  redirect(String(formData.get('to')));\n}",
      "fastify.get('/r', async (request, reply) => {\n  if (request.hostname !== 'app.example.com') return reply.redirect('/');\n  return reply.redirect(request.query.next);\n});",
      "function isSafe(t) {\n  return t.includes('example.com');\n}\napp.get('/go', (req, res) => {\n  const n = String(req.query.n);\n  if (isSafe(n)) {\n    return res.redirect(n);\n  }\n  res.redirect('/');\n});",
      "http.createServer((req, res) => {\n  const to = new URLSearchParams(req.url.split('?')[1]).get('to');\n  if (req.url.startsWith('/bounce')) return res.writeHead(302, { Location: to }).end();\n});",
      "app.get('/n', (req, res) => {\n  const next = req.query.next ? req.query.next : '/';\n  res.redirect(next);\n});",
      "app.get('/r/:u', (req, res) => { res.redirect('/' + req.params.u); });",
      "app.use(async (ctx) => {\n  const d = ctx.query.d;\n  if (!d || /[^\\w.:\\/-]/.test(d)) ctx.redirect('/');\n  else ctx.redirect(d);\n});",
      "app.get('/r/:u', (req, res) => { res.redirect('//' + req.params.u); });",
      "app.get('/', (req, res) => { res.redirect(req.query.url); });",
      "app.get('/o', (req, res) => {\n  const t = req.query.to;\n  if (t.includes('example.org')) return res.redirect(t);\n  res.end();\n});",
      "app.get('/c', (req, res) => {\n  const n = String(req.query.n);\n  if (n.startsWith('https://app.example.com')) return res.redirect(n);\n  res.end();\n});",
      "const ALLOW = ['https://a.example'];\nfunction isAllowed(url) {\n  let ok = false;\n  for (const a of ALLOW) ok = ok || url.includes(a);\n  return ok;\n}\napp.get('/o', (req, res) => {\n  if (isAllowed(req.query.to)) res.redirect(req.query.to);\n});",
      "router.get('/r', async (ctx) => { ctx.response.redirect(ctx.query.r); });",
      "app.get('/', (req, res) => { res.redirect('https://' + req.query.host + '/home'); });",
      "app.get('/o', (req, res) => {\n  res.setHeader('Location', req.query.to);\n  res.status(302).end();\n});",
      {
        code: "exports.h = async (event) => ({\n  statusCode: 302,\n  headers: { Location: event.queryStringParameters.next },\n});",
        line: 3,
      },
      {
        code: "export const getServerSideProps = async ({ query, req }) => {\n  if (!req.cookies.sid) {\n    return { redirect: { destination: String(query.next), permanent: false } };\n  }\n  return { props: {} };\n};",
        line: 3,
      },
      {
        code: "class C {\n  @Get('out')\n  @Redirect()\n  out(req) {\n    return { url: req.query.url };\n  }\n}",
        line: 5,
      },
    ],
  },
});
