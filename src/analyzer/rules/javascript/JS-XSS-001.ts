import { Level } from "../../dataflow/python.js";
import {
  contains,
  descendants,
  field,
  namedChildren,
  sourceHas,
  sourceMatches,
  unparen,
} from "../../parse/nodes.js";
import { returnedValues, type JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { jsRule } from "./common.js";
import { regexEscape } from "../../../core/regex.js";
import { inTestCallback } from "./JS-CRED-001.js";
import type { Report } from "../../rule.js";

/** Calls that report HTML built in their own arguments (judged where they are called). */
const SENDS_HTML =
  /^((res|response|reply)\.(send|write|end)|h\.response|(window\.)?document\.(write|writeln))$|\.(insertAdjacentHTML|html|append|prepend|after|before|replaceWith)$|^(\$|jQuery|jquery)$/;

/** A content type no browser renders as a page: plain text, or JSON. */
const NON_HTML_TYPE = String.raw`(text\/plain|text\/csv|application\/([\w.+-]+\+)?json)\b`;

/** `'Content-Type': 'text/plain'`, `['content-type'] = 'application/json'`, `('content-type', 'text/plain')`. */
const DECLARES_NON_HTML = new RegExp(
  String.raw`['"]content-type['"]\s*\]?\s*[:,=]\s*['"\x60]` + NON_HTML_TYPE,
  "i",
);

/**
 * Markup sent under a type no browser renders as a page, declared where it is sent or earlier in the handler:
 * Hono's `c.text(x)` / `c.json(x)`, a Fetch `Response` / Hono `c.body` / `c.newResponse` whose headers say
 * text/plain or JSON, or a handler that set such a type before (`set.headers['content-type'] = 'text/plain'`,
 * `reply.type('text/plain')`, `res.contentType('json')`, `ctx.type = 'text/plain'`, `c.header(...)`) and never
 * names text/html.
 */
function sentAsNonHtml(node: SyntaxNode, ctx: JsContext): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "arguments" && p.parent && namedChildren(p)[0] === node) {
      const call = p.parent;
      const q = ctx.callee(call);
      if (call.type === "call_expression" && /^(c|ctx|context)\.(text|json)$/.test(q)) return true;
      if (
        (call.type === "new_expression" && /(^|\.)Response$/.test(q)) ||
        (call.type === "call_expression" && /^(c|ctx|context)\.(body|newResponse)$/.test(q))
      )
        return ctx
          .args(call)
          .slice(1)
          .some((a) => DECLARES_NON_HTML.test(ctx.text(a)) && !/text\/html/i.test(ctx.text(a)));
      break;
    }
    if (/statement|declaration|function|arrow_function|method_definition/.test(p.type)) break;
  }
  const fn = ctx.enclosingFunction(node);
  if (!fn || /text\/html/i.test(ctx.text(fn))) return false;
  const before = ctx.tree.source.slice(fn.start, node.start);
  return (
    DECLARES_NON_HTML.test(before) ||
    new RegExp(
      String.raw`\.(type|contentType)\(\s*['"](json|text|txt|` + NON_HTML_TYPE + String.raw`)['"]`,
    ).test(before) ||
    new RegExp(String.raw`\.type\s*=\s*['"](json|text|` + NON_HTML_TYPE + ")").test(before)
  );
}

/** The `body` pair of a serverless response object with a `statusCode` and a text/html content type. */
function lambdaHtmlBody(pair: SyntaxNode, ctx: JsContext): boolean {
  if (ctx.text(field(pair, "key") ?? pair).replace(/['"]/g, "") !== "body") return false;
  const obj = pair.parent;
  if (obj?.type !== "object" || !ctx.prop(obj, "statusCode")) return false;
  const headers = ctx.prop(obj, "headers");
  const h = headers && (ctx.resolve(headers) ?? headers);
  return !!h && /['"]?content-type['"]?\s*:\s*['"`]text\/html/i.test(ctx.text(h));
}

/** Imports of libraries whose `html` / `svg` template tags escape interpolated values. */
const AUTO_ESCAPING_TAGS =
  /(from\s*|require\(\s*)['"](lit|lit-html|lit-element|@lit\/[\w-]+|uhtml|lighterhtml|htm|htm\/preact|@polymer\/lit-element)['"]/;

/** `(s) => s`, `function (s) { return s; }`: a function that hands back its first parameter. */
function returnsItsInput(fn: SyntaxNode, ctx: JsContext): boolean {
  if (!/^(arrow_function|function_expression|function)$/.test(fn.type)) return false;
  const params = ctx.text(field(fn, "parameters") ?? field(fn, "parameter") ?? fn);
  const p = /^\(?\s*([\w$]+)/.exec(params)?.[1];
  const body = ctx.text(field(fn, "body") ?? fn).replace(/[\s;{}()]|return/g, "");
  return !!p && body === p;
}

/** `false`, `0`, `!1`, `true != true`: an argument that is a falsy constant. */
function isFalsyConstant(n: SyntaxNode, ctx: JsContext): boolean {
  if (n.type === "false" || n.type === "null" || n.type === "undefined") return true;
  const v = ctx.constValue(n);
  if (v === false || v === 0 || v === "") return true;
  // Comparisons of two literals (`true != true`, `1 === 2`) the constant folder does not evaluate.
  const m = /^(true|false|\d+)\s*(!==?|===?)\s*(true|false|\d+)$/.exec(ctx.text(n).trim());
  return !!m && (m[1] === m[3]) === m[2]!.startsWith("!");
}

/** The regular expression a regex literal or a constant string argument spells, or undefined. */
function patternOf(n: SyntaxNode, ctx: JsContext): RegExp | undefined {
  const r = ctx.resolve(n) ?? n;
  const m = r.type === "regex" ? /^\/(.*)\/([a-z]*)$/s.exec(ctx.text(r)) : undefined;
  const src = m ? m[1]! : ctx.constValue(r);
  if (typeof src !== "string") return undefined;
  try {
    return new RegExp(src, (m?.[2] ?? "").replace(/[gy]/g, ""));
  } catch {
    return undefined;
  }
}

/**
 * `const doc = parser.parseFromString(raw, 'text/html')` whose every later use in the function ends in reading
 * text (`doc.body.textContent`, `doc.querySelector('h1').innerText`, `doc.title`): nothing of it enters the page.
 */
function onlyTextRead(call: SyntaxNode, ctx: JsContext): boolean {
  const decl = call.parent?.type === "variable_declarator" ? call.parent : undefined;
  const name = decl && field(decl, "name");
  if (name?.type !== "identifier") return false;
  const scope = ctx.enclosingFunction(call);
  const after = ctx.tree.source.slice(decl!.end, scope ? scope.end : ctx.tree.source.length);
  const esc = ctx.text(name).replace(/\$/g, "\\$");
  const uses = [
    ...after.matchAll(new RegExp("\\b" + esc + "\\b((?:\\s*\\.\\s*[\\w$]+|\\([^()]*\\))*)", "g")),
  ];
  return (
    uses.length > 0 &&
    uses.every((u) => /\.(textContent|innerText|title)(\.|$)/.test(u[1]!.replace(/\s+/g, "")))
  );
}

/**
 * A URL that starts with the page's own path: `location.pathname` (always '/'-led), a leading cut of it
 * (`.split(x)[0]`, `.slice(0, n)`), or a regex match of it that starts where the path does (`/.*\/p\/[^/]+/.exec(...)`,
 * `/^\/[^/]+/`), in front of the rest (`${root}/export/html`, `base + rev`, `let h = base; h += rev`). No scheme can
 * come first, so no javascript: URL (the alternative of `a || b` must be one too, or not the page's input).
 */
function pathLed(value: SyntaxNode, ctx: JsContext, depth = 0): boolean {
  if (depth > 6) return false;
  let n: SyntaxNode | undefined = value;
  n = unparen(n);
  if (!n) return false;
  if (n.type === "identifier") {
    const r = ctx.resolve(n);
    return !!r && r !== n && pathLed(r, ctx, depth + 1);
  }
  if (n.type === "template_string") {
    const first = n.children.find((c) => c.type === "string_fragment" || c.type === "template_substitution");
    return (
      first?.type === "template_substitution" &&
      !!namedChildren(first)[0] &&
      pathLed(namedChildren(first)[0]!, ctx, depth + 1)
    );
  }
  if (n.type === "binary_expression") {
    const op = n.children.find((c) => !c.named)?.type;
    const [l, r] = [field(n, "left"), field(n, "right")];
    if (op === "+") return !!l && pathLed(l, ctx, depth + 1);
    if (op === "||" || op === "??")
      return (
        !!l &&
        !!r &&
        pathLed(l, ctx, depth + 1) &&
        (pathLed(r, ctx, depth + 1) || ctx.level(r, "url") < Level.SOURCE)
      );
    return false;
  }
  if (/^((window|document|self)\.)?location\.pathname$/.test(ctx.text(n))) return true;
  // `x.split('t')[0]`
  if (n.type === "subscript_expression") {
    const o = field(n, "object");
    return (
      ctx.text(field(n, "index") ?? n) === "0" &&
      o?.type === "call_expression" &&
      ctx.method(o) === "split" &&
      pathLed(field(field(o, "function")!, "object") ?? o, ctx, depth + 1)
    );
  }
  if (n.type !== "call_expression") return false;
  const f = field(n, "function");
  const recv = f?.type === "member_expression" ? field(f, "object") : undefined;
  if (!recv) return false;
  const m = ctx.method(n);
  const [a0] = ctx.args(n);
  if (/^(slice|substring|substr)$/.test(m)) return ctx.constValue(a0) === 0 && pathLed(recv, ctx, depth + 1);
  // `/re/.exec(path)`, `path.match(/re/)`: a match that starts at the start of the path.
  const re = m === "exec" ? recv : m === "match" ? a0 : undefined;
  const subject = m === "exec" ? a0 : m === "match" ? recv : undefined;
  return (
    re?.type === "regex" &&
    !/[gy]/.test(ctx.text(field(re, "flags") ?? re).replace(/^\/.*\//s, "")) &&
    /^(\^|\.\*)/.test(ctx.text(field(re, "pattern") ?? re)) &&
    !!subject &&
    pathLed(subject, ctx, depth + 1)
  );
}

/**
 * `u.href` (or `u.toString()`, `String(u)`, `u`) of a parsed URL whose `protocol` was compared with http:/https:
 * around it: inside `if (u.protocol === 'https:' || u.protocol === 'http:')`, or after
 * `if (u.protocol !== 'https:') return;`. No javascript: URL gets through.
 */
function schemeChecked(value: SyntaxNode, ctx: JsContext): boolean {
  const m = /^(?:String\(\s*)?([\w$]+)(?:\.(?:href|toString\(\s*\)))?\s*\)?$/.exec(ctx.text(value).trim());
  const name = m?.[1];
  if (!name) return false;
  const esc = regexEscape(name);
  const eqHttp = new RegExp(`^${esc}\\.protocol\\s*===?\\s*['"]https?:['"]$`);
  const listHttp = new RegExp(
    `^\\[\\s*(['"]https?:['"]\\s*,?\\s*)+\\]\\.includes\\(\\s*${esc}\\.protocol\\s*\\)$`,
  );
  const cond = (n: SyntaxNode) => ctx.text(field(n, "condition") ?? n).replace(/^\(\s*|\s*\)$/g, "");
  const fn = ctx.enclosingFunction(value);
  let child = value;
  for (let p = value.parent; p && p !== fn; child = p, p = p.parent) {
    if (p.type !== "if_statement" || child.field !== "consequence") continue;
    const c = cond(p);
    if (!/&&/.test(c) && c.split(/\s*\|\|\s*/).every((x) => eqHttp.test(x) || listHttp.test(x))) return true;
  }
  // `if (u.protocol !== 'https:' && u.protocol !== 'http:') return;` earlier in the same function.
  const neHttp = new RegExp(
    `^(${esc}\\.protocol\\s*!==?\\s*['"]https?:['"]|!\\[\\s*(['"]https?:['"]\\s*,?\\s*)+\\]\\.includes\\(\\s*${esc}\\.protocol\\s*\\))$`,
  );
  for (const s of ctx.tree.nodes) {
    if (s.type !== "if_statement" || s.end > value.start || ctx.enclosingFunction(s) !== fn) continue;
    if (
      !cond(s)
        .split(/\s*&&\s*/)
        .every((x) => neHttp.test(x))
    )
      continue;
    const then = field(s, "consequence");
    const first = then?.type === "statement_block" ? namedChildren(then)[0] : then;
    if (first?.type === "return_statement" || first?.type === "throw_statement") return true;
  }
  return false;
}

/** Whether text the browser could read as a script URL would pass a scheme test that admits `accepts`. */
function admitsScriptUrl(accepts: (v: string) => boolean): boolean {
  return [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<x>",
    "vbscript:x",
  ].some(accepts);
}

/**
 * A condition true only when `name` starts with a fixed safe scheme or path: `name.startsWith('https://')`,
 * `/^https?:\/\//i.test(name)`, a name bound to such a test, `a && b` with one of them such, `a || b` with both.
 */
function schemeGuard(cond: SyntaxNode | undefined, name: string, ctx: JsContext, depth = 0): boolean {
  let c = cond;
  c = unparen(c);
  if (!c || depth > 3) return false;
  if (c.type === "identifier") {
    const r = ctx.resolve(c);
    return !!r && r !== c && schemeGuard(r, name, ctx, depth + 1);
  }
  if (c.type === "binary_expression") {
    const op = c.children.find((k) => !k.named)?.type;
    const [a, b] = [field(c, "left"), field(c, "right")];
    if (op === "&&") return schemeGuard(a, name, ctx, depth + 1) || schemeGuard(b, name, ctx, depth + 1);
    if (op === "||") return schemeGuard(a, name, ctx, depth + 1) && schemeGuard(b, name, ctx, depth + 1);
    return false;
  }
  if (c.type !== "call_expression") return false;
  const f = field(c, "function");
  if (f?.type === "identifier") return vettingPredicate(c, name, ctx, depth);
  const obj = f?.type === "member_expression" ? field(f, "object") : undefined;
  const arg = ctx.args(c)[0];
  if (!obj || !arg) return false;
  if (ctx.method(c) === "startsWith" && ctx.text(obj) === name) {
    // `url.startsWith(location.origin)`: the page's own origin, `https://host` (or `null`), never a script scheme.
    if (
      /^((window|self|globalThis)\.origin|((window|self|globalThis|document)\.)?location\.origin)$/.test(
        ctx.text(arg),
      )
    )
      return true;
    const prefix = ctx.stringValue(arg);
    return !!prefix && !admitsScriptUrl((v) => v.startsWith(prefix));
  }
  if (ctx.method(c) === "test" && obj.type === "regex" && ctx.text(arg) === name) {
    try {
      const flags = field(obj, "flags");
      const re = new RegExp(
        ctx.text(field(obj, "pattern") ?? obj),
        flags ? ctx.text(flags).replace(/[gy]/g, "") : "",
      );
      return !admitsScriptUrl((v) => re.test(v));
    } catch {
      return false;
    }
  }
  return false;
}

/**
 * `isHttpUrl(name)` where the file's `isHttpUrl(v)` returns only `false` or a scheme test of its parameter: one of
 * the tests schemeGuard knows (`v.startsWith('https://')`, an anchored regex), or a web-scheme test of
 * `new URL(v)`'s protocol (`u.protocol === 'http:' || u.protocol === 'https:'`, false from the catch).
 */
function vettingPredicate(call: SyntaxNode, name: string, ctx: JsContext, depth: number): boolean {
  const local = ctx.localFunction(call);
  const i = ctx.args(call).findIndex((a) => ctx.text(a) === name);
  const params = local && field(local, "parameters");
  const p = i >= 0 && params ? namedChildren(params).filter((k) => k.type !== "comment")[i] : undefined;
  const id = p && (p.type === "identifier" ? p : field(p, "pattern"));
  if (!local || id?.type !== "identifier") return false;
  const param = ctx.text(id);
  const rets = returnedValues(local);
  return (
    rets.length > 0 &&
    rets.every(
      (r) => r.type === "false" || schemeGuard(r, param, ctx, depth + 1) || parsedWebScheme(r, param, ctx),
    )
  );
}

/** `u.protocol === 'https:' || ...` (see webSchemeTested) where `u` is `new URL(param)` (with or without a base). */
function parsedWebScheme(cond: SyntaxNode, param: string, ctx: JsContext): boolean {
  const stack = [cond];
  let url: SyntaxNode | undefined;
  while (stack.length && !url) {
    const n = stack.pop()!;
    if (n.type === "member_expression" && ctx.text(field(n, "property") ?? n) === "protocol")
      url = field(n, "object");
    else stack.push(...namedChildren(n));
  }
  if (url?.type !== "identifier" || !webSchemeTested(cond, url, ctx)) return false;
  const made = ctx.resolve(url);
  return (
    made?.type === "new_expression" &&
    ctx.callee(made) === "URL" &&
    !!ctx.args(made)[0] &&
    ctx.text(ctx.args(made)[0]!) === param
  );
}

/**
 * The content type a Koa handler set before `node` (`ctx.type = 'text/plain'`, `ctx.set('Content-Type', 'json')`,
 * on `ctx`, `this`, `context` or their `response`): the last such statement in the same function whose block
 * encloses `node` (one in a branch `node` is not in does not hold for it).
 */
function koaTypeBefore(node: SyntaxNode, ctx: JsContext): string | undefined {
  const fn = ctx.enclosingFunction(node);
  let typed: string | undefined;
  let at = -1;
  for (const s of ctx.tree.nodes) {
    if (s.type !== "expression_statement" || s.end > node.start || s.start < at) continue;
    if (!fn || s.start < fn.start || ctx.enclosingFunction(s) !== fn) continue;
    const block = s.parent;
    if (!block || block.start > node.start || block.end < node.end) continue;
    const e = namedChildren(s)[0];
    let v: string | undefined;
    if (e?.type === "assignment_expression") {
      if (/^(ctx|this|context)(\.response)?\.type$/.test(ctx.text(field(e, "left") ?? e)))
        v = ctx.stringValue(field(e, "right"));
    } else if (
      e?.type === "call_expression" &&
      // (Oak's `ctx.response.headers.set('Content-Type', ...)` too)
      /^(ctx|this|context)(\.response)?\.set$|^(ctx|context)\.response\.headers\.set$/.test(ctx.callee(e))
    ) {
      const [k, val] = ctx.args(e);
      if (k && /^content-type$/i.test(ctx.stringValue(k) ?? "")) v = val && ctx.stringValue(val);
    }
    if (v !== undefined) [typed, at] = [v, s.start];
  }
  return typed;
}

/**
 * `guard ? value : '/'`: the value only when its scheme was tested, a constant otherwise. The value is a name or a
 * plain property path (`user.website`): the guard tests the same text the branch yields.
 */
function guardedTernary(n: SyntaxNode, ctx: JsContext): boolean {
  let t: SyntaxNode | undefined = n;
  t = unparen(t);
  if (t?.type !== "ternary_expression") return false;
  const [yes, no] = [field(t, "consequence"), field(t, "alternative")];
  const path = (v: SyntaxNode) =>
    v.type === "identifier" || (v.type === "member_expression" && /^[\w$]+(\.[\w$]+)+$/.test(ctx.text(v)));
  if (!yes || !no || !path(yes) || ctx.level(no, "url") !== Level.CONST) return false;
  // (or a parsed URL's protocol compared with web schemes: `u.protocol === 'https:' ? u.href : '#'`)
  return (
    schemeGuard(field(t, "condition"), ctx.text(yes), ctx) || webSchemeTested(field(t, "condition"), yes, ctx)
  );
}

/**
 * A condition true only when the URL object `yes` reads (`u`, `u.href`, `u.toString()`, `String(u)`) has a web
 * scheme: `u.protocol === 'https:'`, `['http:', 'https:'].includes(u.protocol)`, or a `||` of such tests.
 */
function webSchemeTested(cond: SyntaxNode | undefined, yes: SyntaxNode, ctx: JsContext): boolean {
  const name = /^(?:String\(\s*)?([\w$]+)(?:\.href|\.toString\(\s*\))?\s*\)?$/.exec(
    ctx.text(yes).trim(),
  )?.[1];
  if (!cond || !name) return false;
  const esc = name.replace(/\$/g, "\\$");
  const scheme = `['"](?:https?|mailto|tel):['"]`;
  const one = new RegExp(
    `^(?:${esc}\\.protocol\\s*===?\\s*${scheme}|${scheme}\\s*===?\\s*${esc}\\.protocol|\\[\\s*(?:${scheme}\\s*,?\\s*)+\\]\\.includes\\(\\s*${esc}\\.protocol\\s*\\))$`,
  );
  const c = outerParens(ctx.text(cond));
  return !/&&/.test(c) && c.split(/\s*\|\|\s*/).every((x) => one.test(outerParens(x)));
}

/** Text without the parentheses that wrap all of it: `(u.protocol === 'https:')`, not the call's in `f(x)`. */
function outerParens(text: string): string {
  let t = text.trim();
  while (t.startsWith("(") && t.endsWith(")")) {
    // `(a) || (b)`: the first parenthesis closes before the end, so it wraps only `a`.
    let depth = 0;
    let i = 0;
    for (; i < t.length; i++) {
      depth += t[i] === "(" ? 1 : t[i] === ")" ? -1 : 0;
      if (depth === 0) break;
    }
    if (i !== t.length - 1) break;
    t = t.slice(1, -1).trim();
  }
  return t;
}

/**
 * `safeHref(raw)` where the file's `safeHref` returns only literals and parsed URLs whose scheme it tested
 * (`return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '/'`, or `u.href` after an
 * `if (u.protocol !== 'https:') return '/'`): no javascript: URL comes out of it.
 */
function schemeVettingCall(value: SyntaxNode, ctx: JsContext): boolean {
  if (value.type !== "call_expression") return false;
  const fn = ctx.localFunction(value);
  const rets = fn ? returnedValues(fn) : [];
  return (
    rets.length > 0 &&
    rets.every((r) => {
      if (ctx.level(r, "url") === Level.CONST || schemeChecked(r, ctx)) return true;
      let t: SyntaxNode | undefined = r;
      t = unparen(t);
      if (t?.type !== "ternary_expression") return false;
      const [yes, no] = [field(t, "consequence"), field(t, "alternative")];
      return (
        !!yes &&
        !!no &&
        ctx.level(no, "url") === Level.CONST &&
        webSchemeTested(field(t, "condition"), yes, ctx)
      );
    })
  );
}

/**
 * `frame.setAttribute('sandbox', '')` or `frame.sandbox = 'allow-forms'` before `frame.srcdoc = html` in the same
 * function: a literal sandbox without allow-scripts runs no script in the frame, whatever its markup.
 */
function scriptlessSandbox(frame: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (frame?.type !== "identifier") return false;
  const fn = ctx.enclosingFunction(frame);
  const before = ctx.tree.source.slice(fn ? fn.start : 0, frame.start);
  const name = ctx.text(frame).replace(/\$/g, "\\$");
  const m =
    new RegExp(`\\b${name}\\.setAttribute\\(\\s*(['"])sandbox\\1\\s*,\\s*(['"])([^'"]*)\\2\\s*\\)`).exec(
      before,
    ) ?? new RegExp(`\\b${name}\\.sandbox\\s*=\\s*(['"])()([^'"]*)\\1`).exec(before);
  return !!m && !/allow-scripts/.test(m[3]!);
}

/** A call that returns text made from its input: markdown renderers, string methods, decoders. */
function stringResult(n: SyntaxNode, ctx: JsContext): boolean {
  // `const html = await engine.parseAndRender(...)`: the awaited render.
  if (n.type === "await_expression" && namedChildren(n)[0]?.type === "call_expression")
    return ctx.templateRender(namedChildren(n)[0]!) !== undefined;
  if (n.type !== "call_expression") return false;
  if (ctx.templateRender(n)) return true;
  // HTML sanitisers return the cleaned markup (as tainted as their input when told to keep script tags):
  // sanitize-html, js-xss, DOMPurify, and js-xss's filter object (`new FilterXSS(opts).process(html)`).
  if (/^(sanitizeHtml|sanitize-html|xss|filterXSS|xss\.filterXSS|DOMPurify\.sanitize)$/.test(ctx.callee(n)))
    return true;
  if (ctx.method(n) === "process") {
    const fn = field(n, "function");
    const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
    const made = recv?.type === "identifier" ? ctx.resolve(recv) : undefined;
    if (made?.type === "new_expression" && /^(xss\.)?FilterXSS$/.test(ctx.callee(made))) return true;
  }
  return /^(marked|parse|render|renderInline|makeHtml|toHtml|markdown|snarkdown|processSync|toString|concat|replace|replaceAll|trim|slice|substring|substr|toUpperCase|toLowerCase|join|format|decodeURIComponent|decodeURI|unescape|String|padStart|padEnd|repeat|stringify)$/.test(
    ctx.method(n),
  );
}

/**
 * `fetch('/partials/cart')`: a request to the page's own origin (a path, not `//host`, nor `/\host`, which browsers
 * read as `//host`) that user input does not choose (a query-chosen path could pick any same-origin response).
 */
function ownFetch(n: SyntaxNode | undefined, ctx: JsContext): boolean {
  while (n && /^(await_expression|parenthesized_expression)$/.test(n.type)) n = namedChildren(n)[0];
  if (n?.type !== "call_expression" || !/^(window\.)?fetch$/.test(ctx.callee(n))) return false;
  const url = ctx.args(n)[0];
  const lead = ctx.leadingText(url);
  return lead !== undefined && /^\/(?![/\\])/.test(lead) && ctx.level(url, "url") !== Level.SOURCE;
}

/**
 * The body text of a response to a fixed same-origin request (`(await fetch('/partials/cart')).text()`,
 * `fetch('/p').then((r) => r.text())`): a fragment the app's own server rendered (the pjax/htmx idiom), whose
 * escaping is that server's job. A JSON field of such a response is not covered: the page is then the renderer.
 */
function ownPartial(n: SyntaxNode | undefined, ctx: JsContext, depth = 0): boolean {
  const r = n && (ctx.resolve(n) ?? n);
  if (!r || depth > 4) return false;
  if (r.type === "await_expression" || r.type === "parenthesized_expression")
    return ownPartial(namedChildren(r)[0], ctx, depth + 1);
  // `.then((html) => el.innerHTML = html)`: the value the promise before that step resolves to.
  if (r.type === "identifier") {
    const fn = ctx.enclosingFunction(r);
    const params = fn && field(fn, "parameters");
    const first = params ? namedChildren(params)[0] : fn && field(fn, "parameter");
    const id = first && (first.type === "identifier" ? first : field(first, "pattern"));
    const call = fn?.parent?.type === "arguments" ? fn.parent.parent : undefined;
    const callee = call && field(call, "function");
    if (!id || ctx.text(id) !== ctx.text(r) || !call || ctx.method(call) !== "then") return false;
    return (
      callee?.type === "member_expression" && ownPartial(field(callee, "object") ?? undefined, ctx, depth + 1)
    );
  }
  if (r.type !== "call_expression") return false;
  const callee = field(r, "function");
  const recv = callee?.type === "member_expression" ? field(callee, "object") : undefined;
  if (ctx.method(r) === "text" && ctx.args(r).length === 0) return ownFetch(ctx.resolve(recv) ?? recv, ctx);
  if (ctx.method(r) !== "then" || !ownFetch(recv, ctx)) return false;
  const cb = ctx.args(r)[0];
  if (cb?.type !== "arrow_function" && cb?.type !== "function_expression") return false;
  const rets = returnedValues(cb);
  return rets.length > 0 && rets.every((v) => /^[\w$]+\.text\(\)$/.test(ctx.text(v)));
}

/**
 * Markdown rendered with raw HTML off or sanitised: markdown-it's `render`/`renderInline` on an instance made
 * without `html: true` (markdown-it escapes HTML by default), or a unified/remark pipeline using rehype-sanitize.
 */
function safeMarkdown(n: SyntaxNode | undefined, ctx: JsContext, depth = 0): boolean {
  const r = n && (ctx.resolve(n) ?? n);
  if (!r || depth > 4) return false;
  if (r.type === "await_expression" || r.type === "parenthesized_expression")
    return safeMarkdown(namedChildren(r)[0], ctx, depth + 1);
  if (r.type !== "call_expression") return false;
  const m = ctx.method(r);
  if (/^(String|toString)$/.test(m)) {
    const fn = field(r, "function");
    const inner =
      m === "String" ? ctx.args(r)[0] : fn?.type === "member_expression" ? field(fn, "object") : undefined;
    return safeMarkdown(inner, ctx, depth + 1);
  }
  if (/^(render|renderInline)$/.test(m)) {
    const fn = field(r, "function");
    const recv = fn?.type === "member_expression" ? field(fn, "object") : undefined;
    const made = recv && (ctx.resolve(recv) ?? recv);
    if (!made || (made.type !== "call_expression" && made.type !== "new_expression")) return false;
    if (!MARKDOWN_RENDERER.test(ctx.callee(made))) return false;
    return !/\bhtml\s*:\s*true\b/.test(ctx.text(made));
  }
  const chain = ctx.text(r);
  return /\.(process|processSync)\(/.test(chain) && /\.use\(\s*(rehypeSanitize|sanitize)\b/.test(chain);
}

/** markdown-it and Remarkable, which escape HTML in the Markdown unless made with `html: true`. */
const MARKDOWN_RENDERER =
  /^markdown-it$|^(markdownIt|MarkdownIt|markdownit)$|^require\(\s*['"]markdown-it['"]\s*\)$|^remarkable(\.Remarkable)?$|^Remarkable$/;

/** The outermost `+` of a concatenation, or a template with substitutions. */
/**
 * `toString() { return `<FetchRequest url=${this.url}>`; }`: the text form a class gives its instances for logs and
 * the console (`toString`, `inspect`, `[util.inspect.custom]`), angle brackets around its name, no page markup.
 */
function describesItself(node: SyntaxNode, ctx: JsContext): boolean {
  const fn = ctx.enclosingFunction(node);
  if (!fn) return false;
  const name =
    fn.type === "method_definition"
      ? ctx.text(field(fn, "name") ?? fn)
      : fn.parent?.type === "assignment_expression"
        ? ctx.text(field(fn.parent, "left") ?? fn).replace(/^.*\./, "")
        : fn.parent?.type === "pair"
          ? ctx.text(field(fn.parent, "key") ?? fn)
          : "";
  return /^(toString|inspect|\[\s*(util\.)?inspect\.custom\s*\]|\[\s*Symbol\.for\(\s*['"]nodejs\.util\.inspect\.custom['"]\s*\)\s*\])$/.test(
    name,
  );
}

function outermostBuilt(node: SyntaxNode): boolean {
  if (node.type === "template_string") return node.children.some((c) => c.type === "template_substitution");
  const plus = (n: SyntaxNode | null) =>
    !!n && n.type === "binary_expression" && n.children.some((c) => !c.named && c.type === "+");
  return plus(node) && !plus(node.parent);
}

/** jQuery methods that parse a string argument as HTML. */
/**
 * `document.getElementById(id)`, `el.querySelectorAll(sel)`, `document.getElementsByName(n)`: a DOM lookup returns
 * elements, never a string, whatever its argument: jQuery wraps them (`$(node)`) or moves them (`.append(node)`)
 * without parsing markup.
 */
function domLookup(n: SyntaxNode | undefined, ctx: JsContext): boolean {
  const r = n && (ctx.resolve(n) ?? n);
  return (
    r?.type === "call_expression" &&
    /^(getElementById|getElementsByName|getElementsByClassName|getElementsByTagName(NS)?|querySelector(All)?|createElement(NS)?|createTextNode)$/.test(
      ctx.method(r),
    )
  );
}

/**
 * `React.createElement(CardGrid, props)`, `createElement(Component, {...props, key})`: the first argument a component
 * (a capitalised name, React's own rule for JSX, not bound to a string or a choice that may be one). A component's
 * props reach the DOM only where it renders them, which is judged there.
 */
function componentType(n: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (!n || !/^(identifier|member_expression)$/.test(n.type)) return false;
  const last = n.type === "member_expression" ? ctx.text(field(n, "property") ?? n) : ctx.text(n);
  if (!/^[A-Z]/.test(last)) return false;
  const r = ctx.resolve(n);
  return !r || r === n || !/^(string|template_string|ternary_expression|binary_expression)$/.test(r.type);
}

/**
 * `Reflect.set(target, 'innerHTML' | 'outerHTML', value)`: judged as `target.innerHTML = value` is (HIGH from user
 * input, MEDIUM when untraced, nothing for a constant). True when the call is such a set.
 */
function reflectMarkupSet(node: SyntaxNode, ctx: JsContext, report: (r: Report) => void): boolean {
  if (ctx.callee(node) !== "Reflect.set") return false;
  const [, key, value] = ctx.args(node);
  const prop = ctx.constValue(key);
  if (prop !== "innerHTML" && prop !== "outerHTML") return false;
  const level = value ? ctx.level(value, "html") : Level.CONST;
  if (level !== Level.CONST && !ownMarkup(value, ctx))
    report({
      node,
      severity: level === Level.SOURCE ? "HIGH" : "MEDIUM",
      reason:
        level === Level.SOURCE
          ? undefined
          : "an innerHTML property of non-literal HTML that no untrusted input was traced to",
      message: `Reflect.set writes non-literal HTML into ${prop}`,
    });
  return true;
}

/** `label.innerHTML` / `el.outerHTML` read: the serialised markup of an element already in the page. */
function ownMarkup(n: SyntaxNode | null | undefined, ctx: JsContext): boolean {
  // `const original = button.innerHTML; ...; button.innerHTML = original`: the saved markup put back.
  if (n?.type === "identifier") {
    const v = ctx.resolve(n);
    return !!v && v !== n && v.type === "member_expression" && ownMarkup(v, ctx);
  }
  if (n?.type !== "member_expression" || !/^(innerHTML|outerHTML)$/.test(ctx.text(field(n, "property") ?? n)))
    return false;
  const obj = ctx.text(field(n, "object") ?? n);
  // (an element, not a parsed message or request that merely has such a field)
  return !/\b(req|request|ctx|body|query|params|data|json|payload|message|msg|response|res)\b/i.test(obj);
}

/**
 * `const div = doc.createElement('div'); div.innerHTML = html; return div.outerHTML`: an element of another
 * document than the page's (DOMParser's, `implementation.createHTMLDocument()`): one without a browsing context,
 * where parsed markup runs no script and loads nothing. Only where its markup is put into the page next counts.
 */
function inertElement(n: SyntaxNode | null | undefined, ctx: JsContext): boolean {
  if (n?.type !== "identifier") return false;
  const v = ctx.resolve(n);
  if (v?.type !== "call_expression" || ctx.method(v) !== "createElement") return false;
  const owner = field(field(v, "function") ?? v, "object");
  return (
    !!owner &&
    ((!/^((window|self|globalThis|top|parent)\.)?document$|ownerDocument$/.test(ctx.text(owner)) &&
      /^(doc|\w*Doc(ument)?|\w*Dom)$/.test(ctx.text(owner))) ||
      jsdomDocument(owner, ctx))
  );
}

/**
 * `const s = document.createElement('style'); s.innerHTML = css`: an element whose content the HTML parser reads as
 * raw text (style) or escapable raw text (textarea, title) - a string put there becomes no element and no script.
 * (Not `script`: a script element filled before it is inserted runs.) Also a DOM adaptor's `adaptor.node('style')`.
 */
function rawTextElement(n: SyntaxNode | null | undefined, ctx: JsContext): boolean {
  if (n?.type !== "identifier") return false;
  const v = ctx.resolve(n);
  if (v?.type !== "call_expression" || !/^(createElement|node)$/.test(ctx.method(v) ?? "")) return false;
  return /^(style|textarea|title)$/i.test(ctx.stringValue(ctx.args(v)[0]) ?? "");
}

/**
 * `dom.window.document` of `const dom = new JSDOM(...)` on the server, made without `runScripts`: jsdom runs no
 * script in it by default, so markup parsed there only becomes text or nodes the code reads.
 */
function jsdomDocument(owner: SyntaxNode, ctx: JsContext): boolean {
  const m = /^([\w$]+)\.window\.document$/.exec(ctx.text(owner));
  const root = m ? field(field(owner, "object") ?? owner, "object") : undefined;
  const made = root?.type === "identifier" ? ctx.resolve(root) : undefined;
  return (
    made?.type === "new_expression" &&
    /(^|\.)JSDOM$/.test(ctx.text(field(made, "constructor") ?? made)) &&
    !/runScripts/.test(ctx.text(made))
  );
}

/**
 * `'Charts ' + $.plot.version + ' &ndash; '`: literals joined with properties of the jQuery object itself (a
 * plugin's version, `$.fn.jquery`): the library's own constants, no data.
 */
function libraryText(n: SyntaxNode | null | undefined, ctx: JsContext, depth = 0): boolean {
  if (!n || depth > 8) return false;
  if (n.type === "string" || n.type === "number") return true;
  if (n.type === "parenthesized_expression") return libraryText(namedChildren(n)[0], ctx, depth + 1);
  if (n.type === "binary_expression")
    return (
      n.children.some((c) => !c.named && c.type === "+") &&
      libraryText(field(n, "left"), ctx, depth + 1) &&
      libraryText(field(n, "right"), ctx, depth + 1)
    );
  return n.type === "member_expression" && /^(\$|jQuery)(\.[A-Za-z_$][\w$]*)+$/.test(ctx.text(n));
}

const JQUERY_HTML =
  /^(html|append|prepend|after|before|replaceWith|wrap|wrapAll|wrapInner|prependTo|appendTo)$/;

/** `i` inside `for (let i = ...; ...; i--)` / `depth -= 1`: a counter the loop steps by a number. */
function loopCounter(id: SyntaxNode, ctx: JsContext): boolean {
  const name = ctx.text(id);
  const esc = name.replace(/\$/g, "\\$");
  const step = new RegExp(`^(${esc}\\s*(\\+\\+|--|[-+]=\\s*\\d+)|(\\+\\+|--)\\s*${esc})$`);
  for (let p = id.parent; p; p = p.parent) {
    if (p.type !== "for_statement") continue;
    const init = field(p, "initializer");
    const inc = field(p, "increment");
    if (
      init &&
      inc &&
      step.test(ctx.text(inc).trim()) &&
      new RegExp(`^(let|var)\\s+${esc}\\s*=`).test(ctx.text(init).trim())
    )
      return true;
  }
  return false;
}

/**
 * Arithmetic, not markup: `d + 1`, `depth - 1`, a variable set from such (`for (let i = $pos.depth + 1; ...)`).
 * ProseMirror's `$pos.before(depth + 1)` / `$to.after(i)` (a ResolvedPos, `$`-named by convention) take a depth.
 */
function numericExpr(n: SyntaxNode | undefined, ctx: JsContext, depth = 0): boolean {
  if (!n || depth > 3) return false;
  if (n.type === "number") return true;
  if (n.type === "parenthesized_expression") return numericExpr(namedChildren(n)[0], ctx, depth + 1);
  if (n.type === "unary_expression") return /^[-+~]/.test(ctx.text(n));
  if (n.type === "update_expression") return true;
  if (n.type === "identifier") {
    if (loopCounter(n, ctx)) return true;
    const r = ctx.resolve(n);
    return !!r && r !== n && numericExpr(r, ctx, depth + 1);
  }
  if (n.type !== "binary_expression") return false;
  const op = n.children.find((c) => !c.named)?.type ?? "";
  if (/^(-|\*|\/|%|\||&|\^|<<|>>|>>>|\*\*)$/.test(op)) return true;
  if (op !== "+") return false;
  const [l, r] = [field(n, "left"), field(n, "right")];
  const text = (x: SyntaxNode | undefined) => !!x && /^(string|template_string)$/.test(x.type);
  return !text(l) && !text(r) && (numericExpr(l, ctx, depth + 1) || numericExpr(r, ctx, depth + 1));
}

/**
 * `this` in a jQuery plugin method (`$.fn.flash = function () { this.html(...) }`, or a method of the object passed
 * to `$.fn.extend({...})`): the jQuery collection the plugin was called on. Arrow functions keep the outer `this`.
 */
function jqueryPluginThis(self: SyntaxNode, ctx: JsContext): boolean {
  let fn = ctx.enclosingFunction(self);
  while (fn?.type === "arrow_function") fn = fn.parent ? ctx.enclosingFunction(fn.parent) : undefined;
  let at = fn?.type === "method_definition" ? fn : fn?.parent;
  if (!fn || !at) return false;
  if (at.type === "assignment_expression" && field(at, "right") === fn)
    return /^(\$|jQuery)\.fn\.[\w$]+$/.test(ctx.text(field(at, "left") ?? at).replace(/\s+/g, ""));
  if (at.type === "pair" && field(at, "value") === fn) at = at.parent ?? at;
  else if (at === fn) at = fn.parent ?? fn;
  const call = at.type === "object" && at.parent?.type === "arguments" ? at.parent.parent : undefined;
  return !!call && /^(\$|jQuery)\.(fn\.extend|extend\(\s*(\$|jQuery)\.fn)/.test(ctx.text(call));
}

/**
 * The receiver chain starts at `$(...)` / `jQuery(...)` or a `$`-named variable, or is a plugin's `this`. The module
 * imported under another name (`import jq from 'jquery'`) is jQuery too, and a constant computed member
 * (`$(el)['html'](x)`) is a link of the chain.
 */
function isJquery(call: SyntaxNode, ctx: JsContext): boolean {
  const fn = field(call, "function");
  const member = (n: SyntaxNode | undefined | null) =>
    n?.type === "member_expression" || n?.type === "subscript_expression";
  let r = member(fn) ? field(fn!, "object") : undefined;
  for (let i = 0; r && i < 8; i++) {
    if (r.type === "identifier")
      return (
        (/^\$/.test(ctx.text(r)) && !ANGULAR_SERVICE.test(ctx.text(r))) ||
        ctx.text(r) === "jQuery" ||
        ctx.qname(r) === "jquery" ||
        angularLinkElement(r, ctx)
      );
    if (r.type === "this") return jqueryPluginThis(r, ctx);
    if (r.type === "call_expression") {
      const f = field(r, "function");
      if (f?.type === "identifier") return /^(\$|jQuery)$/.test(ctx.text(f)) || ctx.qname(f) === "jquery";
      if (f && /^angular\.element$/.test(ctx.text(f))) return true; // jqLite: the same .html()/.append()
      r = member(f) ? field(f!, "object") : undefined;
    } else if (member(r)) r = field(r, "object");
    else return false;
  }
  return false;
}

/**
 * One attribute write (`el.setAttribute(attr, value)`, `$(el).attr(attr, value)`, an entry of `.attr({ ... })`):
 * an `on*` handler or `srcdoc` from the page's input is script or markup outright; a URL attribute can carry a
 * javascript: URL. Reports and answers true when the write is one of those.
 */
function urlAttributeWrite(
  node: SyntaxNode,
  attr: string,
  value: SyntaxNode | undefined,
  ctx: JsContext,
  report: (r: Report) => void,
): boolean {
  if (/^(on\w+|srcdoc)$/i.test(attr) && value && ctx.level(value, "html") === Level.SOURCE) {
    report({ node, message: `${attr} attribute set from user input` });
    return true;
  }
  if (
    /^(href|src|action|formaction|xlink:href|data)$/i.test(attr) &&
    value &&
    !ctx.fixedOrigin(value) &&
    ctx.level(value, "url") === Level.SOURCE &&
    // The same scheme tests as for `a.href = u.href` (`if (u.protocol === 'https:') el.setAttribute(...)`).
    !schemeChecked(value, ctx) &&
    !schemeVettingCall(value, ctx) &&
    !guardedTernary(ctx.resolve(value) ?? value, ctx) &&
    !pathLed(value, ctx)
  ) {
    report({ node, message: "URL attribute set from user input can carry a javascript: URL" });
    return true;
  }
  return false;
}

/** Calls that take a Vue component's options and compile its `template` string in the browser. */
const VUE_COMPONENT =
  /^(Vue|vue)$|^((Vue|vue)\.)?(createApp|createSSRApp|defineComponent|extend|component)$|^[\w$]+\.component$/;

/** `template: x` in the options of `new Vue({...})` / `createApp({...})` / `Vue.component(name, {...})`, x from input. */
function vueTemplateOption(pair: SyntaxNode, ctx: JsContext): boolean {
  if (ctx.text(field(pair, "key") ?? pair).replace(/['"]/g, "") !== "template") return false;
  const value = field(pair, "value");
  const args = pair.parent?.type === "object" ? pair.parent.parent : undefined;
  const call = args?.type === "arguments" ? args.parent : undefined;
  if (!value || !call || !/^(call|new)_expression$/.test(call.type)) return false;
  const q = ctx.callee(call);
  if (!VUE_COMPONENT.test(q) || (call.type === "new_expression") !== /^(Vue|vue)$/.test(q)) return false;
  if (/\.component$/.test(q) && !sourceHas(ctx.tree, /\bvue\b|\bVue\b/)) return false;
  return ctx.level(value, "html") === Level.SOURCE;
}

/** AngularJS services injected under `$` names: no jQuery objects (`$window.location.hash.slice(1)` is a string). */
const ANGULAR_SERVICE =
  /^\$(window|location|scope|rootScope|http|sce|sanitize|routeParams|stateParams|route|state|timeout|interval|q|filter|injector|parse|interpolate|log|cookies|resource)$/;

/** The keys an AngularJS directive gives its linking functions under (`link`, and `compile`'s `pre` / `post`). */
const ANGULAR_LINK_KEY = /^(link|pre|post|compile)$/;

/**
 * `element` in an AngularJS directive's `link: function (scope, element, attrs) { ... }`: the second parameter of
 * a linking function is the directive's element wrapped in jqLite (or jQuery), whose `.html()` / `.append()`
 * parse markup as jQuery's do.
 */
function angularLinkElement(id: SyntaxNode, ctx: JsContext): boolean {
  if (!sourceHas(ctx.tree, /\bangular\b|\.directive\s*\(/)) return false;
  const name = ctx.text(id);
  let fn = ctx.enclosingFunction(id);
  for (let i = 0; fn && i < 6; i++, fn = ctx.enclosingFunction(fn)) {
    const params = field(fn, "parameters");
    const list = params ? namedChildren(params).filter((p) => p.type !== "comment") : [];
    const at = list.findIndex((p) => p.type === "identifier" && ctx.text(p) === name);
    if (at < 0) continue;
    if (at !== 1) return false;
    // `link: function (scope, el) {}`, `link(scope, el) {}` (a method), `post: (scope, el) => {}`.
    const key =
      fn.type === "method_definition"
        ? field(fn, "name")
        : fn.parent?.type === "pair"
          ? field(fn.parent, "key")
          : undefined;
    return !!key && ANGULAR_LINK_KEY.test(ctx.text(key).replace(/['"]/g, ""));
  }
  return false;
}

/**
 * An element by its declared type or framework handle: a parameter or variable typed `HTMLAnchorElement` (any
 * `HTML...Element`), Angular's `x.nativeElement`, a React ref's `x.current`.
 */
function domTyped(obj: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (!obj) return false;
  if (
    obj.type === "member_expression" &&
    /^(nativeElement|current)$/.test(ctx.text(field(obj, "property") ?? obj))
  )
    return true;
  if (obj.type !== "identifier") return false;
  const name = ctx.text(obj).replace(/[$]/g, "\\$&");
  const fn = ctx.enclosingFunction(obj);
  const params = fn ? (field(fn, "parameters") ?? field(fn, "parameter")) : undefined;
  const scope = params ? ctx.text(params) : "";
  const typed = new RegExp(`(^|[\\s,({])${name}\\s*\\??\\s*:\\s*(HTML\\w*Element|Element|SVG\\w*Element)\\b`);
  if (typed.test(scope)) return true;
  return sourceMatches(ctx.tree, `\\b(const|let|var)\\s+${name}\\s*:\\s*HTML\\w*Element\\b`);
}

/** A request field itself (`req.params.msg`, `req.query['q']`): a string the client chose, sent as HTML. */
function isRequestValue(n: SyntaxNode, ctx: JsContext): boolean {
  return ctx.requestField(n);
}

/**
 * `el.innerHTML` / `el.outerHTML`, and the same member named by a constant: `el['inner' + 'HTML']`,
 * `el[prop]` with `const prop = 'innerHTML'`.
 */
function markupProp(left: SyntaxNode | undefined, ctx: JsContext): boolean {
  if (left?.type === "member_expression") return /\.(innerHTML|outerHTML)$/.test(ctx.text(left));
  if (left?.type !== "subscript_expression") return false;
  const key = ctx.constValue(field(left, "index") ?? undefined);
  return key === "innerHTML" || key === "outerHTML";
}

/** `(s) => s`, `(s) => String(s)`, `function (t) { return '' + t; }`: a function that hands back its input. */
function passThrough(fn: SyntaxNode, ctx: JsContext): boolean {
  if (!/^(arrow_function|function_expression|function)$/.test(fn.type)) return false;
  const params = ctx.text(field(fn, "parameters") ?? field(fn, "parameter") ?? fn);
  const p = /^\(?\s*([\w$]+)/.exec(params)?.[1];
  if (!p) return false;
  const body = ctx.text(field(fn, "body") ?? fn).replace(/[\s;{}]|return/g, "");
  return [p, `String(${p})`, `''+${p}`, `""+${p}`, `\`\${${p}}\``].includes(body);
}

export default jsRule({
  meta: {
    id: "JS-XSS-001",
    title: "Untrusted data written into HTML",
    cwe: ["CWE-79"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "dangerouslySetInnerHTML with non-literal HTML that no untrusted input was traced to",
      },
      {
        severity: "LOW",
        when: "a JSX URL attribute (href, src) from a prop or argument that no untrusted input was traced to",
      },
      {
        severity: "LOW",
        when: "inside a test (a describe/it/test callback or set-up hook): the test's own fixture server or page",
      },
    ],
    docs: {
      what_it_does:
        "Flags innerHTML/outerHTML assignments and document.write with non-literal values, dangerouslySetInnerHTML, AngularJS `$sce.trustAs*` and Angular `bypassSecurityTrust*` of non-literal content, and res.send/res.write of strings built from request data.",
      why_bad:
        "Markup in the value runs as script in the victim's browser, stealing sessions or acting as the user.",
      example_bad:
        "app.get('/hi', (req, res) => {\n  res.send('<h1>Hello ' + req.query.name + '</h1>');\n});",
      example_good:
        "const escapeHtml = require('escape-html');\napp.get('/hi', (req, res) => {\n  res.send('<h1>Hello ' + escapeHtml(req.query.name) + '</h1>');\n});",
    },
    fix_hint:
      "Use textContent or a templating engine with auto-escaping; escape values (escape-html, DOMPurify for HTML).",
  },
  trigger:
    /innerHTML|outerHTML|document\.write|[mM]ustache\.escape|\.escape\s*=|dangerouslySetInnerHTML|\.send\(|\.write\(|\.end\(|trustAs|bypassSecurityTrust|insertAdjacentHTML|\.(html|append|prepend|after|before|replaceWith|wrap\w*)\(|href|src[dD]oc|\b(src|action|formAction)=\{|\$\(|jQuery\(|\$sceProvider|Sanitization(TrustedUrlList|Whitelist)|createPolicy|['"`]\s*<[a-zA-Z!/]|\.body\s*=|h\.response|createContextualFragment|parseFromString|SafeString|Reflect\.set|\.attr\(|\.(src|action|formaction|formAction|srcdoc)\s*=|noEscape|autoescape|escape(Function)?\s*:|rehypeRaw|escapeHtml=|allowDangerousHtml|unsafeHTML|unsafeSVG|setAttribute|setProperty|v-html|\$compile|execCommand|parseHTML|setHTMLUnsafe|compile\(|\.load\(|SecurityContext\.NONE|htmlSafe|html:\s*true|Response\(|createElement\(|unsafe:|text\/html|\.prop\(|template\s*:/,
  nodeTypes: [
    "pair",
    "new_expression",
    "assignment_expression",
    "augmented_assignment_expression",
    "call_expression",
    "jsx_attribute",
    "template_string",
    "binary_expression",
    "return_statement",
  ],
  detect(node, ctx, emit) {
    // A test's fixture server or page serves the test run only.
    const report = (r: Report) => emit(inTestCallback(ctx, r.node) ? { ...r, severity: "LOW" } : r);
    // `Reflect.set(el, 'innerHTML', x)`: the property assignment spelt as a call.
    if (node.type === "call_expression" && reflectMarkupSet(node, ctx, report)) return;
    if (node.type === "return_statement") {
      const fn = ctx.enclosingFunction(node);
      // An Elysia handler (`({ body, set }) => ...`) that set `set.headers['content-type'] = 'text/html'`: the
      // string it returns is the HTML response.
      if (fn && sourceHas(ctx.tree, /['"]elysia['"]/)) {
        const params = field(fn, "parameters");
        const first = params ? namedChildren(params).find((c) => c.type !== "comment") : undefined;
        const before = ctx.tree.source.slice(fn.start, node.start);
        if (
          first &&
          /^\{[^}]*\bset\b/.test(ctx.text(first)) &&
          /\bset\.headers\s*\[\s*['"]content-type['"]\s*\]\s*=\s*['"]text\/html/i.test(before)
        ) {
          const value = namedChildren(node).find((c) => c.type !== "comment");
          const v = value && (ctx.resolve(value) ?? value);
          if (
            v &&
            (isRequestValue(v, ctx) || ctx.isBuiltString(v)) &&
            ctx.level(value, "html") === Level.SOURCE
          )
            report({ node, message: "Elysia handler returns request data as an HTML response" });
          return;
        }
      }
      // A hapi route handler's return value is the response; a string goes out as text/html.
      const pair = fn?.parent;
      if (pair?.type !== "pair" || ctx.text(field(pair, "key") ?? pair).replace(/['"]/g, "") !== "handler")
        return;
      const call = pair.parent?.parent?.type === "arguments" ? pair.parent.parent.parent : undefined;
      if (!call || ctx.method(call) !== "route") return;
      const value = namedChildren(node).find((c) => c.type !== "comment");
      const v = value && (ctx.resolve(value) ?? value);
      if (!v || !(isRequestValue(v, ctx) || ctx.isBuiltString(v))) return;
      if (ctx.level(value, "html") === Level.SOURCE)
        report({ node, message: "hapi handler returns request data as an HTML response" });
      return;
    }
    if (node.type === "pair") {
      // A Lambda / serverless response `{ statusCode, headers: { 'content-type': 'text/html' }, body }`: API
      // Gateway serves the body as the page (the markup builder below leaves an inline body to this sink).
      if (lambdaHtmlBody(node, ctx)) {
        const body = field(node, "value");
        if (body && ctx.level(body, "html") === Level.SOURCE)
          report({ node, message: "serverless handler returns request data in a text/html response body" });
        return;
      }
      // A Vue component's `template` option compiled at run time (`new Vue({ template })`, `createApp({ template
      // })`): a template from the page's input is markup and Vue expressions, both live.
      if (vueTemplateOption(node, ctx)) {
        report({ node, message: "Vue template compiled from user input: its markup and expressions run" });
        return;
      }
      // Template engines' HTML escaping switched off: `Handlebars.compile(t, { noEscape: true })`,
      // `nunjucks.configure(dir, { autoescape: false })`: every value the templates print is raw markup.
      const key = ctx.text(field(node, "key") ?? node).replace(/['"]/g, "");
      const value = field(node, "value");
      // serialize-javascript's `unsafe: true` skips escaping `<`, `>` and `/`: a `</script>` in the data closes the
      // inline script the serialised state is embedded in.
      if (key === "unsafe" && value?.type === "true") {
        const made = node.parent?.parent?.type === "arguments" ? node.parent.parent.parent : undefined;
        const data = made && ctx.args(made)[0];
        if (
          made?.type === "call_expression" &&
          data &&
          ctx.args(made)[1]?.start === node.parent?.start &&
          /^serialize-javascript$/.test(ctx.callee(made))
        ) {
          if (ctx.level(data, "html") === Level.SOURCE)
            report({
              node: made,
              message: "serialize-javascript with unsafe: true leaves </script> unescaped in the output",
            });
        }
        return;
      }
      if (
        (key === "noEscape" && value?.type === "true") ||
        (key === "autoescape" && value?.type === "false")
      ) {
        report({ node, message: `template HTML escaping switched off (${key}: ${ctx.text(value)})` });
        return;
      }
      // ejs's `escape` / `escapeFunction` option replaced by one that returns its input (`(s) => String(s)`).
      if ((key === "escape" || key === "escapeFunction") && value && passThrough(value, ctx)) {
        const made = node.parent?.parent?.type === "arguments" ? node.parent.parent.parent : undefined;
        if (made?.type === "call_expression" && /^ejs\.(render|compile|renderFile)$/.test(ctx.callee(made)))
          report({
            node,
            message: `ejs ${key} replaced by a function that returns its input: nothing is escaped`,
          });
        return;
      }
      // A Markdown renderer told to pass raw HTML through: `new MarkdownIt({ html: true })`,
      // `new Remarkable({ html: true })`; every `<script>` or `onerror=` in the Markdown reaches the page.
      if (key === "html" && value?.type === "true") {
        const made = node.parent?.parent?.type === "arguments" ? node.parent.parent.parent : undefined;
        if (made && MARKDOWN_RENDERER.test(ctx.callee(made)))
          report({ node, message: "Markdown renderer passes raw HTML through (html: true)" });
        return;
      }
      // A Vue component's `template: '<span v-html="comment.body"></span>'`: the bound value renders as raw
      // markup (Vue escapes `{{ }}` and v-text, never v-html).
      if (
        key === "template" &&
        (value?.type === "string" || value?.type === "template_string") &&
        /\sv-html\s*=\s*["'][^"']/.test(ctx.text(value))
      ) {
        report({
          node,
          severity: "MEDIUM",
          reason: "v-html of a component's data that no untrusted input was traced to",
          message: "Vue template renders a bound value with v-html, unescaped",
        });
        return;
      }
      // `h('div', { domProps: { innerHTML: x } })` (Vue render functions), `Object.assign(el, { innerHTML: x })`.
      if (key === "innerHTML" || key === "outerHTML") {
        const level = value ? ctx.level(value, "html") : Level.CONST;
        if (level !== Level.CONST)
          report({
            node,
            severity: level === Level.SOURCE ? "HIGH" : "MEDIUM",
            reason:
              level === Level.SOURCE
                ? undefined
                : "an innerHTML property of non-literal HTML that no untrusted input was traced to",
            message: `${key} set from non-literal HTML`,
          });
        return;
      }
      // `React.createElement('div', { dangerouslySetInnerHTML: { __html: x } })`: the JSX attribute's twin.
      if (!/^['"]?dangerouslySetInnerHTML['"]?$/.test(ctx.text(field(node, "key") ?? node))) return;
      const obj = field(node, "value");
      const html = obj?.type === "object" ? ctx.prop(obj, "__html") : obj;
      const level = html ? ctx.level(html, "html") : Level.UNKNOWN;
      if (level === Level.CONST) return;
      report({
        node,
        severity: level === Level.SOURCE ? "HIGH" : "MEDIUM",
        message:
          level === Level.SOURCE
            ? "dangerouslySetInnerHTML with HTML from user input"
            : "dangerouslySetInnerHTML with non-literal HTML",
      });
      return;
    }
    if (node.type === "template_string" || node.type === "binary_expression") {
      // Markup assembled from request data where it is built; the sinks below report their own line.
      if (!outermostBuilt(node) || !/^\s*<[a-zA-Z!/]/.test(ctx.leadingText(node) ?? "")) return;
      // Lit / lit-html / uhtml / htm: html`<b>${x}</b>` is a tagged template whose values are escaped text
      // (only `unsafeHTML(x)` inside it renders markup, judged where it is called).
      if (
        node.type === "template_string" &&
        node.parent?.type === "call_expression" &&
        node.field === "arguments"
      )
        // (the callee is named through its import: `lit.html`)
        if (/(^|\.)(html|svg)$/.test(ctx.callee(node.parent)) && sourceHas(ctx.tree, AUTO_ESCAPING_TAGS))
          return;
      for (let p = node.parent; p; p = p.parent) {
        if (p.type === "arguments" && p.parent && SENDS_HTML.test(ctx.callee(p.parent))) return;
        if (p.type === "jsx_attribute") return;
        if (p.type === "pair" && lambdaHtmlBody(p, ctx)) return;
        if (
          (p.type === "assignment_expression" || p.type === "augmented_assignment_expression") &&
          /innerHTML|outerHTML|\.body$/.test(ctx.text(field(p, "left") ?? p))
        )
          return;
        // An Angular component's own field (`this.msg = '<b>' + name + '</b>'`): its template reads it, where
        // `{{ }}` escapes and an `[innerHTML]` binding sanitises (only a bypassSecurityTrust* call, judged where
        // it is made, would let the markup through).
        if (
          p.type === "assignment_expression" &&
          /^this\.[\w$]+$/.test(ctx.text(field(p, "left") ?? p)) &&
          sourceHas(ctx.tree, /@angular\/core/) &&
          sourceHas(ctx.tree, /@Component\s*\(/)
        )
          return;
        if (/statement|declaration|function|arrow_function|method_definition/.test(p.type)) break;
      }
      if (
        ctx.level(node, "html") === Level.SOURCE &&
        !sentAsNonHtml(node, ctx) &&
        !describesItself(node, ctx)
      )
        report({
          node,
          severity: "MEDIUM",
          reason: "HTML built from request data; the place it is written was not traced",
          message: "HTML markup built from request data without escaping",
        });
      return;
    }
    if (node.type === "jsx_attribute" && /^(href|src|action|formAction|srcDoc)\b/.test(ctx.text(node))) {
      // `<a href={url}>`: a `javascript:` URL runs script on click. A template or concatenation that starts with
      // a literal fixes the scheme; a bare value does not.
      const expr = node.children.find((c) => c.type === "jsx_expression");
      const value = expr?.children.find((c) => c.named && c.type !== "comment");
      if (!value) return;
      // A media element's src (`<img src={u}>`, video, audio, source, track) is fetched as media: a javascript:
      // URL there runs nothing (unlike an iframe's or a script's src, or a link's href).
      const element = node.parent ? field(node.parent, "name") : undefined;
      // Only a form has an action (and a button or input a formAction): a component of the app's own that is no
      // form (`<ActionHeader action={listAction} />`) takes an `action` prop as its own data, not a URL.
      if (
        /^(action|formAction)\b/.test(ctx.text(node)) &&
        element &&
        /^[A-Z]|\./.test(ctx.text(element)) &&
        !/form|button|input|submit/i.test(ctx.text(element))
      )
        return;
      if (
        /^src\b/.test(ctx.text(node)) &&
        element &&
        /^(img|video|audio|source|track)$/.test(ctx.text(element))
      )
        return;
      // `<iframe srcDoc={html} />` is a document's markup, not a URL: a literal prefix does not make it safe, HTML
      // escaping does. A literal sandbox without allow-scripts runs no script in it, whatever its markup.
      const srcDoc = /^srcDoc\b/.test(ctx.text(node));
      if (
        srcDoc &&
        namedChildren(node.parent ?? node).some(
          (a) =>
            a.type === "jsx_attribute" &&
            /^sandbox\s*=\s*(["'])[^"']*\1$/.test(ctx.text(a)) &&
            !/allow-scripts/.test(ctx.text(a)),
        )
      )
        return;
      const r = ctx.resolve(value) ?? value;
      if (guardedTernary(r, ctx)) return;
      // `:href="safeSite"` in a Vue template: the component's computed property, judged by what its getter returns.
      const getter =
        value.type === "identifier" && r === value ? ctx.vueComputedGetter(ctx.text(value)) : undefined;
      const got = getter && !srcDoc ? returnedValues(getter) : [];
      if (
        got.length &&
        got.every(
          (v) =>
            ctx.level(v, "url") === Level.CONST ||
            guardedTernary(ctx.resolve(v) ?? v, ctx) ||
            schemeVettingCall(v, ctx),
        )
      )
        return;
      if (!srcDoc && schemeVettingCall(r, ctx)) return;
      const prefixed =
        (r.type === "template_string" && /^`[^$`]/.test(ctx.text(r))) ||
        (r.type === "binary_expression" && field(r, "left")?.type === "string");
      if (prefixed && !srcDoc) return;
      // `let href = '#'; if (u.protocol === 'https:') href = u.href;`: every value the name may hold here is fixed
      // or a parsed URL whose scheme was tested around its assignment.
      const held = !srcDoc && value.type === "identifier" ? ctx.assignedInPlay(value) : undefined;
      if (held) {
        const init = held.declToo ? ctx.resolve(value) : undefined;
        const all = [...held.values, ...(init && init !== value ? [init] : [])];
        if (all.every((v) => ctx.level(v, "url") === Level.CONST || schemeChecked(v, ctx))) return;
      }
      const level = ctx.level(value, srcDoc ? "html" : "url");
      if (level === Level.SOURCE)
        report({
          node,
          message: srcDoc
            ? "iframe srcDoc markup from user input: its scripts run with the page's origin"
            : "URL attribute from user input can carry a javascript: URL",
        });
      else if (level === Level.PARAM)
        report({
          node,
          severity: "LOW",
          reason: "a URL attribute from a prop or argument that no untrusted input was traced to",
          message: "URL attribute from a prop or argument: a javascript: URL would run script",
        });
      return;
    }
    if (node.type === "augmented_assignment_expression") {
      // `list.innerHTML += row`, `el.innerHTML ||= html`: the appended or fallback value is parsed as markup too.
      const left = field(node, "left");
      if (!markupProp(left, ctx)) return;
      // (an operator token's type is its text)
      const op = node.children.find((c) => !c.named && /=$/.test(c.type));
      if (!op || !/^(\+|\|\||&&|\?\?)=$/.test(op.type)) return;
      if (ctx.level(field(node, "right"), "html") !== Level.CONST)
        report({ node, message: "non-literal HTML added to innerHTML" });
      return;
    }
    if (node.type === "assignment_expression") {
      const left = field(node, "left");
      // `Mustache.escape = (t) => t`: the engine's one escaping function replaced by one that returns its input.
      // Also through the module bound to another name (`const M = require('mustache'); M.escape = ...`) and a
      // function bound to a name first.
      if (left && (/^mustache\.escape$/i.test(ctx.text(left)) || ctx.qname(left) === "mustache.escape")) {
        const right = field(node, "right");
        const fn =
          right?.type === "identifier"
            ? ctx.resolve(right) !== right
              ? ctx.resolve(right)
              : ctx.functionNamed(ctx.text(right))
            : right;
        const params = fn ? ctx.text(field(fn, "parameters") ?? field(fn, "parameter") ?? fn) : "";
        const p = /^\(?\s*([\w$]+)/.exec(params)?.[1];
        const body = fn ? ctx.text(field(fn, "body") ?? fn).replace(/[\s;{}]|return/g, "") : "";
        if (
          p &&
          /^(arrow_function|function_expression|function|function_declaration)$/.test(fn?.type ?? "") &&
          body === p
        )
          report({
            node,
            message: "Mustache.escape replaced by a function that returns its input: nothing is escaped",
          });
        return;
      }
      // Koa `ctx.body = ...` / `this.body = ...`: the response body, HTML unless a type says otherwise. Koa's and
      // Oak's `ctx.response.body` is the same body (Oak too serves a string starting with `<` as HTML).
      if (
        left?.type === "member_expression" &&
        /^(ctx|this|context)(\.response)?\.body$/.test(ctx.text(left))
      ) {
        const right = field(node, "right");
        // Koa sets a type from a string body only when none was set: a non-HTML type set before it stays.
        const typed = koaTypeBefore(node, ctx);
        if (
          right &&
          ctx.isBuiltString(right) &&
          (typed === undefined || /html/i.test(typed)) &&
          ctx.level(right, "html") === Level.SOURCE
        )
          report({ node, message: "response body built from request data without escaping" });
        // A request field as the whole body: Koa serves a string starting with `<` as text/html (and any string
        // once `ctx.type = 'html'`); a non-HTML type set in the handler, or a whole parsed body (JSON), is safe.
        else if (right && !ctx.isBuiltString(right) && ctx.level(right, "html") === Level.SOURCE) {
          const field1 = /^(ctx|this|context)\.(query|params|request\.query|request\.body)\.\w+$/.test(
            ctx.qname(ctx.resolve(right) ?? right),
          );
          if (typed === undefined ? field1 : /html/i.test(typed))
            report({
              node,
              message: "response body is request text: Koa serves it as HTML when it starts with <",
            });
        }
        return;
      }
      // `el.src = x`, `a.href = x`, `form.action = x`: a javascript: URL (or a foreign script) from the page's
      // input. `location.href` is navigation (JS-REDIR-002); `iframe.srcdoc` is markup.
      const urlProp = left?.type === "member_expression" ? ctx.text(field(left, "property") ?? left) : "";
      if (left && /^(href|src|action|formAction|formaction|srcdoc)$/.test(urlProp)) {
        if (/location$/i.test(ctx.text(field(left, "object") ?? left))) return;
        // Only DOM elements: `state.action = ...` or `this.data = ...` in server code is no URL attribute. (srcdoc
        // is an iframe's alone: `frame.srcdoc = x` on a parameter is the element still.)
        const target = ctx.resolve(field(left, "object")) ?? left;
        if (
          urlProp !== "srcdoc" &&
          !/document\.|createElement|querySelector|getElementBy|getElementsBy|\$\(/.test(ctx.text(target)) &&
          !domTyped(field(left, "object"), ctx)
        )
          return;
        const right = field(node, "right");
        // srcdoc is a document's markup: HTML escaping makes it inert, as it does innerHTML.
        if (!right || ctx.level(right, urlProp === "srcdoc" ? "html" : "url") !== Level.SOURCE) return;
        if (urlProp !== "srcdoc" && ctx.fixedOrigin(right)) return;
        if (urlProp !== "srcdoc" && (schemeChecked(right, ctx) || schemeVettingCall(right, ctx))) return;
        // `a.href = /^https:\/\//.test(t) ? t : '/'`: the value only once its scheme was tested (as for JSX hrefs).
        if (urlProp !== "srcdoc" && guardedTernary(ctx.resolve(right) ?? right, ctx)) return;
        if (urlProp === "srcdoc" && scriptlessSandbox(field(left, "object"), ctx)) return;
        report({
          node,
          message: `${urlProp} set from user input: a javascript: URL or foreign script runs in the page`,
        });
        return;
      }
      if (!markupProp(left, ctx)) return;
      // `span.innerHTML = label.innerHTML`: markup already in the page, moved; nothing new is parsed into it.
      if (ownMarkup(field(node, "right"), ctx)) return;
      if (left && inertElement(field(left, "object"), ctx)) return;
      if (left && rawTextElement(field(left, "object"), ctx)) return;
      // Markdown from a renderer that escapes raw HTML (markdown-it without `html: true`) is no markup injection.
      if (
        ctx.level(field(node, "right"), "html") !== Level.CONST &&
        !safeMarkdown(field(node, "right"), ctx) &&
        !ownPartial(field(node, "right"), ctx)
      )
        report({ node, message: "non-literal HTML assigned to innerHTML" });
      return;
    }
    if (
      node.type === "jsx_attribute" &&
      /^(rehypePlugins|escapeHtml|allowDangerousHtml)\b/.test(ctx.text(node))
    ) {
      // react-markdown rendering raw HTML: `rehypePlugins={[rehypeRaw]}`, the old `escapeHtml={false}` /
      // `allowDangerousHtml`. Markup inside the markdown (the children or `source`/`children` prop) goes live.
      const t = ctx.text(node).replace(/\s+/g, "");
      if (!/rehypeRaw|^escapeHtml=\{false\}|^allowDangerousHtml(=\{true\})?$/.test(t)) return;
      const opening = node.parent;
      if (!opening || !/Markdown/.test(ctx.text(field(opening, "name") ?? opening))) return;
      const content = [
        ...(opening.parent?.type === "jsx_element" ? opening.parent.children : []),
        ...opening.children,
      ].filter(
        (c) =>
          c.type === "jsx_expression" ||
          (c.type === "jsx_attribute" && /^(source|children)\b/.test(ctx.text(c))),
      );
      // The expression inside `{...}` (of a child or of the attribute).
      const inner = (c: SyntaxNode): SyntaxNode | undefined => {
        const e = c.type === "jsx_expression" ? c : c.children.find((x) => x.type === "jsx_expression");
        return e?.children.find((x) => x.named && x.type !== "comment");
      };
      const level = Math.max(Level.CONST, ...content.map((c) => ctx.level(inner(c), "html")));
      if (level !== Level.CONST)
        report({
          node,
          severity: level === Level.SOURCE ? "HIGH" : "MEDIUM",
          reason:
            level === Level.SOURCE ? undefined : "markdown rendered with raw HTML from a prop or argument",
          message: "markdown rendered with its raw HTML enabled: markup in it runs in the page",
        });
      return;
    }
    if (node.type === "jsx_attribute") {
      if (!/^dangerouslySetInnerHTML/.test(ctx.text(node))) return;
      const expr = node.children.find((c) => c.type === "jsx_expression");
      const obj = expr?.children.find((c) => c.named && c.type !== "comment");
      const html = obj?.type === "object" ? ctx.prop(obj, "__html") : obj;
      const level = html ? ctx.level(html, "html") : Level.UNKNOWN;
      if (level === Level.CONST) return;
      report({
        node,
        severity: level === Level.SOURCE ? "HIGH" : "MEDIUM",
        message: "dangerouslySetInnerHTML with non-literal HTML",
      });
      return;
    }
    // A Fetch API response (Next.js route handlers, Workers, Deno, Bun) whose headers declare HTML:
    // `new Response(html, { headers: { 'content-type': 'text/html' } })`.
    if (node.type === "new_expression" && /(^|\.)(Response|NextResponse)$/.test(ctx.callee(node))) {
      const [body, init] = ctx.args(node);
      const headers = init?.type === "object" ? ctx.prop(init, "headers") : undefined;
      if (
        body &&
        headers &&
        /['"]content-type['"]\s*[:,]\s*['"`]text\/html/i.test(ctx.text(headers)) &&
        ctx.level(body, "html") === Level.SOURCE
      )
        report({ node, message: "HTML response body built from request data without escaping" });
      return;
    }
    // Other parsers of markup: Range.createContextualFragment, DOMParser with text/html, Handlebars.SafeString.
    if (
      ctx.method(node) === "createContextualFragment" ||
      (ctx.method(node) === "parseFromString" && /html/i.test(ctx.stringValue(ctx.args(node)[1]) ?? "")) ||
      (/(^|\.)SafeString$/.test(ctx.callee(node)) && node.type === "new_expression")
    ) {
      const html = ctx.args(node)[0];
      const level = html ? ctx.level(html, "html") : Level.CONST;
      // A DOMParser document is inert until its nodes are moved into the page: one only read for its text is no sink.
      if (ctx.method(node) === "parseFromString" && onlyTextRead(node, ctx)) return;
      if (level === Level.SOURCE)
        report({
          node,
          message: `${ctx.method(node) || ctx.callee(node)} turns user input into live markup`,
        });
      // A Handlebars helper's arguments are the template's data: markup built from them is not escaped.
      else if (level >= Level.PARAM && node.type === "new_expression" && ctx.isBuiltString(html))
        report({
          node,
          severity: "MEDIUM",
          reason: "SafeString of markup built from a caller's values that no untrusted input was traced to",
          message: "SafeString marks markup built from non-literal values as safe, so it is not escaped",
        });
      return;
    }
    if (
      (/^(attr|prop)$/.test(ctx.method(node)) && isJquery(node, ctx)) ||
      (ctx.method(node) === "setAttribute" && ctx.args(node).length >= 2 && ctx.args(node).length <= 4) ||
      (ctx.method(node) === "setProperty" &&
        /^(href|src|action|formAction)$/.test(ctx.stringValue(ctx.args(node)[1]) ?? ""))
    ) {
      // `$(el).attr('href', url)`, `el.setAttribute('href', url)`: a javascript: URL from the page's input;
      // an `on*` handler attribute or `srcdoc` is script or markup outright. Angular's Renderer2 takes the
      // element first (`renderer.setAttribute(el, 'href', url)`, `renderer.setProperty(el, 'href', url)`) and
      // sanitises neither.
      // jQuery's map form, `$(a).attr({ href: url, rel: 'noopener' })`: each key is an attribute set.
      const map =
        ctx.args(node).length === 1 && /^(attr|prop)$/.test(ctx.method(node)) ? ctx.args(node)[0] : undefined;
      const pairs: [string, SyntaxNode | undefined][] =
        map?.type === "object"
          ? namedChildren(map)
              .filter((p) => p.type === "pair")
              .map((p) => [
                ctx.text(field(p, "key") ?? p).replace(/['"]/g, ""),
                field(p, "value") ?? undefined,
              ])
          : (() => {
              const [name, value] = ctx.args(node).length === 2 ? ctx.args(node) : ctx.args(node).slice(1);
              return [[ctx.stringValue(name) ?? "", value]];
            })();
      for (const [attr, value] of pairs) if (urlAttributeWrite(node, attr, value, ctx, report)) return;
      return;
    }
    // lit's `unsafeHTML(x)` / `unsafeSVG(x)` directives render their argument as markup.
    if (
      /^(lit|lit-html|lit\/directives\/unsafe-html\.js|lit-html\/directives\/unsafe-html\.js|lit\/directives\/unsafe-svg\.js)\.(unsafeHTML|unsafeSVG)$|^(unsafeHTML|unsafeSVG)$/.test(
        ctx.callee(node),
      )
    ) {
      const html = ctx.args(node)[0];
      const level = html ? ctx.level(html, "html") : Level.CONST;
      if (level !== Level.CONST)
        report({
          node,
          severity: level === Level.SOURCE ? "HIGH" : "MEDIUM",
          reason:
            level === Level.SOURCE
              ? undefined
              : "unsafeHTML of non-literal markup that no untrusted input was traced to",
          message: `${ctx.method(node)}() renders non-literal markup unescaped`,
        });
      return;
    }
    // Angular's Renderer2 `setProperty(el, 'innerHTML', value)`: the property write, not a binding, so no sanitiser.
    if (
      ctx.method(node) === "setProperty" &&
      /^(inner|outer)HTML$/.test(ctx.stringValue(ctx.args(node)[1]) ?? "")
    ) {
      const html = ctx.args(node)[2];
      if (html && ctx.level(html, "html") !== Level.CONST)
        report({ node, message: "Renderer2.setProperty writes non-literal HTML into innerHTML" });
      return;
    }
    // `el.setHTMLUnsafe(html)` / `Document.parseHTMLUnsafe(html)`: the HTML API's explicitly unsanitised entry
    // points (the sanitising `setHTML` is not flagged).
    if (/^(setHTMLUnsafe|parseHTMLUnsafe)$/.test(ctx.method(node))) {
      const html = ctx.args(node)[0];
      if (html && ctx.level(html, "html") !== Level.CONST)
        report({ node, message: `${ctx.method(node)} of non-literal HTML (no sanitiser runs)` });
      return;
    }
    // `React.createElement('a', props)` with the whole props object from the page's input: it can carry
    // `dangerouslySetInnerHTML` or a javascript: `href` (a literal props object is judged pair by pair).
    if (
      node.type === "call_expression" &&
      /^(React|react|preact|Preact)\.createElement$|^createElement$/.test(ctx.callee(node)) &&
      sourceHas(ctx.tree, /['"](react|preact)['"]/)
    ) {
      if (componentType(ctx.args(node)[0], ctx)) return;
      const props = ctx.args(node)[1];
      const r = props && (ctx.resolve(props) ?? props);
      if (r && r.type !== "object" && r.type !== "null" && ctx.level(props!, "html") === Level.SOURCE)
        report({
          node,
          message: "element props from user input: they can set dangerouslySetInnerHTML or a javascript: URL",
        });
      return;
    }
    if (ctx.method(node) === "insertAdjacentHTML") {
      const html = ctx.args(node)[1];
      if (html && ctx.level(html, "html") !== Level.CONST && !ownPartial(html, ctx))
        report({ node, message: "insertAdjacentHTML of non-literal HTML" });
      return;
    }
    if (JQUERY_HTML.test(ctx.method(node)) && isJquery(node, ctx)) {
      // jQuery parses a string argument as HTML; a bare element or jQuery object is not markup.
      const arg = ctx.args(node)[0];
      if (!arg) return;
      // `$('#l').append($('<li>').text(x))`: a jQuery object (its own calls are judged where they are made).
      const r = ctx.resolve(arg) ?? arg;
      if (r.type === "call_expression" && (/^(\$|jQuery|jquery)$/.test(ctx.callee(r)) || isJquery(r, ctx)))
        return;
      if (domLookup(arg, ctx)) return;
      // `.html(() => x)`, `.append(function (i) { return x; })`: jQuery inserts what the function returns.
      if (/^(arrow_function|function_expression)$/.test(r.type)) {
        if (returnedValues(r).some((v) => ctx.level(v, "html") === Level.SOURCE))
          report({ node, message: `jQuery .${ctx.method(node)}() of non-literal HTML` });
        return;
      }
      const level = ctx.level(arg, "html");
      if (
        level === Level.SOURCE ||
        (level !== Level.CONST && ctx.isBuiltString(arg) && !libraryText(arg, ctx) && !numericExpr(arg, ctx))
      )
        report({ node, message: `jQuery .${ctx.method(node)}() of non-literal HTML` });
      return;
    }
    // `import $ from 'jquery'` names the module itself: `$(...)` / `$.parseHTML(...)` read as `jquery...`.
    const q = ctx.callee(node).replace(/^jquery(?=\.|$)/, "$");
    // Other calls that turn a string into live markup or a component: `document.execCommand('insertHTML', false,
    // html)`, jQuery's `$.parseHTML(html, doc, keepScripts)`, Vue's runtime template compiler, and jQuery's
    // `.load(url)`, which inserts (and runs the scripts of) whatever the URL serves.
    const live =
      q === "document.execCommand" && /^insertHTML$/i.test(ctx.stringValue(ctx.args(node)[0]) ?? "")
        ? ctx.args(node)[2]
        : /^(\$|jQuery)\.parseHTML$|^(Vue|vue)\.compile$/.test(q)
          ? ctx.args(node)[0]
          : undefined;
    if (live) {
      if (ctx.level(live, "html") === Level.SOURCE)
        report({ node, message: `${q} turns user input into live markup` });
      return;
    }
    if (ctx.method(node) === "load" && isJquery(node, ctx)) {
      const url = ctx.args(node)[0];
      if (url && !ctx.fixedOrigin(url) && ctx.level(url, "url") === Level.SOURCE)
        report({ node, message: "jQuery .load() of a URL from user input inserts and runs what it serves" });
      return;
    }
    // Angular's `sanitizer.sanitize(SecurityContext.NONE, html)` returns the value untouched.
    if (
      ctx.method(node) === "sanitize" &&
      /SecurityContext\.NONE$/.test(ctx.text(ctx.args(node)[0] ?? node))
    ) {
      const html = ctx.args(node)[1];
      if (html && ctx.level(html, "html") !== Level.CONST)
        report({ node, message: "sanitize(SecurityContext.NONE, ...) returns its input unsanitised" });
      return;
    }
    // AngularJS `$compile(tpl)(scope)`: the template string is markup plus Angular expressions, both live.
    if (q === "$compile") {
      const tpl = ctx.args(node)[0];
      if (tpl && ctx.level(tpl, "html") === Level.SOURCE)
        report({ node, message: "AngularJS $compile of a template built from user input" });
      return;
    }
    if (/^\$sceProvider\.enabled$/.test(q) && ctx.args(node)[0] && isFalsyConstant(ctx.args(node)[0]!, ctx)) {
      report({ node, message: "AngularJS strict contextual escaping switched off" });
      return;
    }
    // Trusted Types `trustedTypes.createPolicy(name, { createHTML: (s) => s })`: a policy that returns its input
    // turns every string into trusted markup (as the 'default' policy, for every sink in the page).
    if (ctx.method(node) === "createPolicy" && /trustedTypes|TrustedTypes/.test(ctx.callee(node))) {
      const rules = ctx.args(node)[1];
      if (rules?.type !== "object") return;
      for (const key of ["createHTML", "createScript", "createScriptURL"]) {
        const fn = ctx.prop(rules, key);
        if (fn && returnsItsInput(fn, ctx)) {
          report({ node, message: `Trusted Types policy's ${key} returns its input unchanged` });
          return;
        }
      }
      return;
    }
    // AngularJS `$compileProvider.aHrefSanitizationTrustedUrlList(/.*/)` (formerly `...Whitelist`): the pattern
    // of link and image URLs left as they are; one that admits `javascript:` lets bound links run script.
    if (/^\$compileProvider\.(aHref|imgSrc)Sanitization(TrustedUrlList|Whitelist)$/.test(q)) {
      const pat = ctx.args(node)[0];
      const re = pat && patternOf(pat, ctx);
      if (re && re.test("javascript:alert(1)"))
        report({ node, message: "AngularJS URL sanitisation list admits javascript: URLs" });
      return;
    }
    if (/^(\$|jQuery)$/.test(q)) {
      // `$(location.hash)`: jQuery treats a string that looks like markup as HTML to create. The location
      // object itself (`$(location)`) is not a string.
      const sel = ctx.args(node)[0];
      if (sel && /^((window|document)\.)?location$/.test(ctx.text(sel))) return;
      // `$(document.getElementById(id))`: elements, not a string.
      if (domLookup(sel, ctx)) return;
      // `$('#' + id)`, `` $(`.row-${n}`) ``: a string whose literal start is no `<` is a selector (jQuery 1.9+ reads
      // markup only from a string that starts with `<`; a leading `#` stopped it in every release since 1.6.3).
      const lead = sel && sel.type !== "string" ? ctx.leadingText(sel) : undefined;
      if (lead && /^\s*[^\s<]/.test(lead)) return;
      if (
        sel &&
        (sel.type !== "string" || ctx.isBuiltString(sel)) &&
        ctx.level(sel, "html") === Level.SOURCE
      ) {
        report({ node, message: "jQuery $() of user input: markup in it is created and its scripts run" });
        return;
      }
      // `$('<li>' + item.name + '</li>')`: markup built from non-literal values, as `.append('<li>' + x)` is.
      if (
        sel &&
        ctx.isBuiltString(sel) &&
        /^\s*<[a-zA-Z]/.test(ctx.leadingText(sel) ?? "") &&
        ctx.level(sel, "html") !== Level.CONST
      )
        report({ node, message: "jQuery $() of markup built from non-literal values" });
      return;
    }
    // AngularJS `$sce.trustAsHtml(x)` / `$sce.trustAs(type, x)` and Angular's DomSanitizer
    // `bypassSecurityTrustHtml(x)`: the framework stops escaping whatever is marked trusted.
    const m = ctx.method(node);
    if (
      /^(trustAs(Html|Js|ResourceUrl|Url|Css)?|bypassSecurityTrust(Html|Script|ResourceUrl|Url|Style))$/.test(
        m,
      ) ||
      // Ember's `htmlSafe(x)` (`@ember/template`, `Ember.String.htmlSafe`): the template prints it unescaped. Ember
      // itself must be in the file: a project's own `htmlSafe` (`import htmlSafe from './html_safe.js'`) is most
      // often an escaper, and "ember" inside "remember"/"member" names no framework.
      (m === "htmlSafe" && sourceHas(ctx.tree, /@ember\/|\bEmber\b|['"]ember(-[\w-]+)?['"]/)) ||
      // Hono's `raw(x)` (hono/html, hono/utils/html): marks x as already-escaped markup for `c.html` and the `html`
      // tag, which then print it verbatim.
      /^hono\/(html|utils\/html)\.raw$/.test(q)
    ) {
      const marked = m === "trustAs" ? ctx.args(node)[1] : ctx.args(node)[0];
      // (A layout's `raw(children)`, `raw(rendered)` passes markup the app rendered itself: request data only.)
      const hono = /^hono\//.test(q);
      const level = marked ? ctx.level(marked, "html") : Level.CONST;
      if (marked && (hono ? level === Level.SOURCE : level !== Level.CONST))
        report({ node, message: `${m}() marks non-literal content as trusted, so it is not escaped` });
      return;
    }
    const arg = ctx.args(node)[0];
    if (!arg) return;
    if (/^(window\.)?document\.(write|writeln)$/.test(q)) {
      if (ctx.level(arg, "html") !== Level.CONST)
        report({ node, message: "document.write of non-literal HTML" });
      return;
    }
    // Another window's or frame's document: `frame.contentWindow.document.write(x)`, `popup.document.write(x)`
    // (a print preview writes its own markup there; the page's input is the finding).
    if (/(^|\.)(document|contentDocument)\.(write|writeln)$/.test(q)) {
      if (ctx.level(arg, "html") === Level.SOURCE)
        report({ node, message: "document.write of user input into another window's document" });
      return;
    }
    // A response typed as JSON or plain text before it is sent: `res.type('json').send(...)`, or a Content-Type
    // header set earlier in the handler.
    const typed = (): boolean => {
      // hapi `h.response(x).type('text/plain')`: the type set on the response the call returns.
      const after = node.parent?.type === "member_expression" ? node.parent.parent : undefined;
      if (
        after?.type === "call_expression" &&
        /\.type\(\s*['"](json|application\/json|text\/plain|text)['"]\s*\)$/.test(ctx.text(after))
      )
        return true;
      const fnText = ctx.text(node.children.find((c) => c.field === "function") ?? node);
      if (
        /\.(type|contentType)\(\s*['"](json|application\/json|text\/plain|text|txt|csv|text\/csv)['"]\s*\)|\.attachment\([^)]*\)/.test(
          fnText,
        )
      )
        return true;
      const handler = ctx.enclosingFunction(node);
      if (!handler) return false;
      // Only a type set on the way to this call: one inside a sibling branch (`if (plain) { res.writeHead(200,
      // { 'Content-Type': 'text/plain' }); ... } else { res.end(html) }`) types another response.
      const onPath = (c: SyntaxNode): boolean => {
        for (let a = c.parent; a && a !== handler; a = a.parent) {
          const branch =
            a.type === "statement_block" ||
            a.type === "else_clause" ||
            a.type === "switch_case" ||
            (a.parent?.type === "if_statement" && a !== field(a.parent, "condition"));
          if (branch && !contains(a, node)) return false;
        }
        return true;
      };
      return descendants(handler).some(
        (c) =>
          c.type === "call_expression" &&
          c.end <= node.start &&
          (/(setHeader|set|header|writeHead)\([^)]*['"]content-type['"]\s*[,:]\s*['"](application\/json|text\/plain|text\/csv)/i.test(
            ctx.text(c),
          ) ||
            /\.(type|contentType)\(\s*['"](json|application\/json|text\/plain|text|txt|csv|text\/csv)['"]\s*\)$|\.attachment\([^)]*\)$/.test(
              ctx.text(c),
            )) &&
          onPath(c),
      );
    };
    // The whole body sent back with an HTML type set first (`res.type('html'); res.send(req.body)`): with a text
    // body parser it is the client's markup verbatim.
    const htmlBody = (): boolean => {
      const r = ctx.resolve(arg) ?? arg;
      if (!/^(req|request)\.body$/.test(ctx.qname(r))) return false;
      const handler = ctx.enclosingFunction(node);
      const before = handler ? ctx.tree.source.slice(handler.start, node.start) : "";
      return (
        /\.type\(\s*['"](html|text\/html)['"]\s*\)/.test(before) ||
        /(setHeader|set|header)\(\s*['"]content-type['"]\s*,\s*['"]text\/html/i.test(before)
      );
    };
    if (
      // Hono's `c.html(x)` sends x as text/html.
      /^((res|response|reply)\.(send|write|end)|h\.response|c\.html)$/.test(q) &&
      !typed() &&
      !safeMarkdown(arg, ctx) &&
      (ctx.isBuiltString(arg) ||
        htmlBody() ||
        isRequestValue(ctx.resolve(arg) ?? arg, ctx) ||
        // The whole body, where a text body parser makes it a string (`express.text()`, `bodyParser.text()`).
        (/^(req|request)\.body$/.test(ctx.qname(ctx.resolve(arg) ?? arg)) &&
          sourceHas(ctx.tree, /\b(express|bodyParser|body-parser)\.text\(/)) ||
        stringResult(ctx.resolve(arg) ?? arg, ctx)) &&
      ctx.level(arg, "html") === Level.SOURCE
    )
      report({ node, message: "response body built from request data without escaping" });
  },
  cases: {
    valid: [
      "const b = document.querySelector('#copy');\nconst original = b.innerHTML;\nb.innerHTML = 'ok';\nsetTimeout(() => {\n  b.innerHTML = original;\n}, 1500);",
      "const q = location.hash;\nReflect.set(document.body, 'innerHTML', '<hr>');\nReflect.set(document.body, 'textContent', q);",
      // markup parsed in a jsdom document that runs no script, read back as blocks
      "const { JSDOM } = require('jsdom');\nconst dom = new JSDOM();\napp.post('/blocks', (req, res) => {\n  const root = dom.window.document.createElement('div');\n  root.innerHTML = req.body.html;\n  res.json([...root.children].map((c) => c.textContent));\n});",
      "const ejs = require('ejs');\nconst html = (tpl, d) => ejs.render(tpl, d, { escape: (s) => he.encode(String(s)) });",
      "const Sqrl = require('squirrelly');\napp.get('/a', (req, res) => res.send(Sqrl.render('<p>{{it.bio}}</p>', { bio: req.query.bio })));",
      "const { Eta } = require('eta');\nconst eta = new Eta();\napp.get('/a', (req, res) => res.send(eta.renderString('<p><%= it.bio %></p>', { bio: req.query.bio })));",
      // ansi-html colours text it was given escaped: the spans are its own, the text stays escaped.
      "const ansiHTML = require('ansi-html-community');\nconst { encode } = require('html-entities');\nfunction show(el, p) {\n  el.innerHTML = ansiHTML(encode(p.body));\n}\nmodule.exports = show;",
      "exports.h = async (event) => ({\n  statusCode: 200,\n  headers: { 'Content-Type': 'text/html' },\n  body: `<h1>Hello ${escapeHtml(event.queryStringParameters.name)}</h1>`,\n});",
      "const q = location.hash.slice(1);\n$('#e').html(() => '<b>' + $('#list li').length + '</b>');",
      "const Hogan = require('hogan.js');\napp.get('/c', (req, res) => res.send(Hogan.compile('<b>{{name}}</b>').render({ name: req.query.name })));",
      "import DOMPurify from 'dompurify';\nimport { marked } from 'marked';\nconst md = new URLSearchParams(location.search).get('md') || '';\ndocument.getElementById('a').innerHTML = DOMPurify.sanitize(marked.parse(md));",
      "const input = document.querySelector('input[type=file]');\ninput.addEventListener('change', () => {\n  const url = URL.createObjectURL(input.files[0]);\n  document.getElementById('p').innerHTML = `<img src=\"${url}\" alt=\"preview\">`;\n});",
      "import { useSearchParams } from 'react-router-dom';\nexport function Avatar() {\n  const [params] = useSearchParams();\n  return <img src={params.get('img')} alt=\"\" />;\n}",
      "const a = document.createElement('a');\na.href = document.referrer.startsWith(location.origin) ? document.referrer : '/';\ndocument.body.append(a);",
      "const http = require('http');\nhttp.createServer((req, res) => {\n  const url = new URL(req.url, 'http://x');\n  if (!url.searchParams.has('q')) {\n    res.writeHead(400);\n    return res.end();\n  }\n  res.writeHead(200, { 'Content-Type': 'text/plain' });\n  if (url.pathname === '/echo') {\n    res.end(`<p>${url.searchParams.get('q')}</p>`);\n  }\n});",
      "import { Elysia } from 'elysia';\nnew Elysia().get('/s', ({ query, set }) => {\n  set.headers['content-type'] = 'text/plain';\n  return `<b>${query.t}</b>`;\n});",
      "import { Elysia } from 'elysia';\nnew Elysia().get('/s', ({ query }) => new Response(`<b>${query.t}</b>`, { headers: new Headers({ 'Content-Type': 'text/plain' }) }));",
      "import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/s', (c) => c.body(`<b>${c.req.query('t')}</b>`, 200, { 'Content-Type': 'application/json' }));",
      "app.get('/s', (req, res) => {\n  res.contentType('text/plain');\n  res.send(`<pre>${req.query.q}</pre>`);\n});",
      "import { Elysia } from 'elysia';\nnew Elysia().post('/p', ({ body, set }) => {\n  set.headers['content-type'] = 'text/html';\n  return `<div>${escapeHtml(body.md)}</div>`;\n});",
      "import { Elysia } from 'elysia';\nnew Elysia().get('/p', ({ query }) => `Hello ${query.name}`);",
      "import { html, raw } from 'hono/html';\nconst Layout = (props) => html`<body>${raw(props.children)}</body>`;\napp.get('/s', (c) => c.html(html`<p>${c.req.query('q')}</p>`));",
      "const t = decodeURIComponent(location.hash.slice(1));\ndocument.getElementById('back').href = /^https:\\/\\//.test(t) ? t : '/';",
      "export function P({ user }) {\n  const site = /^https?:\\/\\//i.test(user.website) ? user.website : '#';\n  return <a href={site}>web</a>;\n}",
      "function isHttpUrl(v) {\n  try {\n    const u = new URL(v);\n    return u.protocol === 'http:' || u.protocol === 'https:';\n  } catch {\n    return false;\n  }\n}\nconst site = new URLSearchParams(location.search).get('site');\nconst A = () => <a href={isHttpUrl(site) ? site : '#'}>x</a>;",
      "const isWeb = (v) => v.startsWith('https://');\nconst site = new URLSearchParams(location.search).get('site');\nconst A = () => <a href={isWeb(site) ? site : '/'}>x</a>;",
      "function safeHref(raw) {\n  const u = new URL(raw, location.origin);\n  return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '/';\n}\nconst next = new URLSearchParams(location.search).get('n');\nconst A = () => <a href={safeHref(next)}>x</a>;",
      // An allow-list of schemes (`[...].includes(u.protocol)`) in the vetting function, the call's parentheses kept.
      "function safeUrl(raw) {\n  try {\n    const u = new URL(raw, location.origin);\n    return ['http:', 'https:'].includes(u.protocol) ? u.href : '#';\n  } catch (e) {\n    return '#';\n  }\n}\nconst a = document.getElementById('go');\na.href = safeUrl(location.hash.slice(1));",
      "function esc(s) {\n  const d = document.createElement('div');\n  d.textContent = s;\n  return d.innerHTML;\n}\ndocument.getElementById('o').innerHTML = '<b>' + esc(location.hash.slice(1)) + '</b>';",
      "window.addEventListener('message', (e) => {\n  const f = document.createElement('iframe');\n  f.setAttribute('sandbox', '');\n  f.srcdoc = e.data.html;\n  document.body.appendChild(f);\n});",
      "import React from 'react';\nconst q = new URLSearchParams(location.search);\nReact.createElement('a', { href: '/help', title: q.get('t') }, 'Help');",
      "const serialize = require('serialize-javascript');\nconst boot = serialize({ debug: false, region: 'eu' }, { unsafe: true });",
      "const serialize = require('serialize-javascript');\napp.get('/a', (req, res) => res.send('<script>var s=' + serialize({ q: req.query.q }) + '</script>'));",
      "export async function POST(request) {\n  const { m } = await request.json();\n  return new Response(JSON.stringify({ m }), { headers: { 'content-type': 'application/json' } });\n}",
      'function P() {\n  const d = decodeURIComponent(location.hash.slice(1));\n  return <iframe sandbox="" srcDoc={d} />;\n}',
      "const dot = require('dot');\napp.get('/t', (req, res) => res.send(dot.template('<b>{{!it.t}}</b>')({ t: req.query.t })));",
      "const MarkdownIt = require('markdown-it');\nconst md = new MarkdownIt({ html: false });",
      "import MarkdownIt from 'markdown-it';\nconst md = new MarkdownIt();\ndocument.getElementById('o').innerHTML = md.render(location.hash.slice(1));",
      "app.post('/p', (req, res) => {\n  const { body } = req;\n  res.send(body);\n});",
      "router.post('/k', (ctx) => { ctx.body = ctx.request.body; });",
      "router.get('/k', (ctx) => { ctx.type = 'text/plain'; ctx.body = ctx.query.q; });",
      "router.get('/k', (ctx) => { ctx.type = 'text/plain'; ctx.body = 'Hi ' + ctx.query.q; });",
      "router.get('/k', (ctx) => {\n  ctx.set('Content-Type', 'text/plain');\n  ctx.body = `<${ctx.query.q}>`;\n});",
      "router.get('/k', (ctx) => { ctx.body = { q: ctx.query.q }; });",
      "router.get('/echo', (ctx) => {\n  ctx.response.type = 'text/plain';\n  ctx.response.body = `<pre>${ctx.request.url.searchParams.get('msg')}</pre>`;\n});",
      "router.get('/echo.json', (ctx) => { ctx.response.body = { msg: ctx.request.url.searchParams.get('msg') }; });",
      "el.innerHTML += '<li>done</li>';",
      "trustedTypes.createPolicy('app', { createHTML: (s) => DOMPurify.sanitize(s) });",
      "const q = location.hash.slice(1);\nel.innerHTML = DOMPurify.sanitize(q, { ALLOWED_TAGS: ['b'] });",
      "function link(a) {\n  const u = new URL(location.hash.slice(1), location.origin);\n  if (u.protocol !== 'https:' && u.protocol !== 'http:') return;\n  a.href = u.href;\n}\nlink(document.createElement('a'));",
      "function link() {\n  const u = new URL(location.hash.slice(1), location.origin);\n  const a = document.createElement('a');\n  if (['http:', 'https:'].includes(u.protocol)) a.href = u.href;\n}",
      "function link() {\n  const u = new URL(location.hash.slice(1), location.origin);\n  const a = document.createElement('a');\n  a.href = u.protocol === 'https:' || u.protocol === 'http:' ? u.href : '#';\n}",
      "const link = document.getElementById('l');\nfunction set(raw) {\n  const u = new URL(raw, location.origin);\n  if (u.protocol === 'https:') link.setAttribute('href', u.href);\n}\nset(location.hash.slice(1));",
      "function set(a) {\n  const u = new URL(location.hash.slice(1), location.origin);\n  if (u.protocol !== 'https:' && u.protocol !== 'http:') return;\n  $(a).attr('href', u.href);\n}",
      "const view = Handlebars.compile('<p>{{bio}}</p>');\nbox.innerHTML = view({ bio: location.hash.slice(1) });",
      "import { html } from 'lit';\nconst n = location.hash.slice(1);\nexport const view = () => html`<p>${n}</p>`;",
      "function words() {\n  const raw = location.hash.slice(1);\n  const doc = new DOMParser().parseFromString(raw, 'text/html');\n  return doc.body.textContent.split(' ').length;\n}",
      "el.innerHTML ||= '<p>Welcome</p>';",
      "const d = window.name;\nframe.srcdoc = d.replace(/[&<>\"']/g, (c) => '&#' + c.charCodeAt(0) + ';');",
      "$sceProvider.enabled(true);",
      "new Vue({ el: '#a', template: '<p>{{ msg }}</p>', data: { msg: location.hash.slice(1) } });",
      "const page = { template: location.hash.slice(1) };\nrender(page);",
      "$(window).on('message', function (e) {\n  if (e.originalEvent.origin !== 'https://a.example') return;\n  $('#s').html(e.originalEvent.data.html);\n});",
      "$('a.more').attr({ title: location.hash.slice(1), href: '/help' });",
      "$('input.x').prop('checked', location.hash.length > 0);",
      "angular.module('a', []).directive('who', function ($location) {\n  return { link: function (scope, element) { element.text($location.search().name); } };\n});",
      "function wire(view, element) {\n  element.html(view.render());\n}",
      "$compileProvider.aHrefSanitizationTrustedUrlList(/^\\s*(https?|mailto):/);",
      "app.post('/a', (req, res) => { const state = {}; state.action = req.body.action; });",
      "const p = document.location.search.substr(1);\nconst a = document.createElement('a');\na.href = '/items?' + p;",
      "const t = document.location.search;\n$('<div style=\"width:' + +t + 'px\">');",
      "$(location);",
      "el.textContent = name;",
      "el.innerHTML = '<b>hi</b>';",
      "app.get('/', (req, res) => res.send('ok'));",
      "const { Liquid } = require('liquidjs');\nconst engine = new Liquid({ outputEscape: 'escape' });\napp.get('/s', async (req, res) => {\n  const html = await engine.parseAndRender('<p>{{ q }}</p>', { q: req.query.q });\n  res.send(html);\n});",
      "const sanitizeHtml = require('sanitize-html');\napp.post('/b', (req, res) => res.send(sanitizeHtml(req.body.bio, { allowedTags: ['b', 'i'] })));",
      "const xss = require('xss');\nconst f = new xss.FilterXSS({ whiteList: { b: [], a: ['href'] } });\napp.post('/b', (req, res) => res.send(f.process(req.body.bio)));",
      "app.use(express.json());\napp.post('/echo', (req, res) => { res.send(req.body); });",
      "server.route({ method: 'GET', path: '/e', handler: (request) => { return { t: request.query.t }; } });",
      "const md = require('markdown-it')();\napp.post('/p', (req, res) => { res.send(md.render(req.body.t)); });",
      "angular.module('a').controller('C', function ($scope, $sce) { $scope.h = $sce.trustAsHtml('<b>hi</b>'); });",
      "const DOMPurify = require('dompurify');\nfunction f(q) { document.getElementById('x').innerHTML = DOMPurify.sanitize(q); }",
      "const LOGO = '<svg></svg>';\nconst L = () => <span dangerouslySetInnerHTML={{ __html: LOGO }} />;",
      "const N = ({ id }) => <a href={`/items/${id}`}>x</a>;",
      "app.get('/j', (req, res) => { res.json({ q: req.query.q }); });",
      "function f(p) { $('#r').text(p); }",
      "$('#list').append($('<li>').text(location.hash.slice(1)));",
      "app.get('/s', (req, res) => { res.type('json').send(JSON.stringify({ q: req.query.q })); });",
      "app.get('/s', (req, res) => {\n  res.setHeader('Content-Type', 'text/plain');\n  res.end(req.query.q);\n});",
      "document.write('<p>' + new Date().getFullYear() + '</p>');",
      "function f(r, el, m) { r.setProperty(el, 'textContent', m); }",
      "class C {\n  constructor(r) { this.r = r; }\n  show(el) { this.r.setAttribute(el, 'title', location.hash.slice(1)); }\n}",
      "import { Component } from '@angular/core';\nimport { ActivatedRoute } from '@angular/router';\n@Component({ selector: 'w', template: '<div [innerHTML]=\"msg\"></div>' })\nexport class W {\n  msg = '';\n  constructor(private route: ActivatedRoute) {\n    this.msg = '<b>' + this.route.snapshot.queryParams['n'] + '</b>';\n  }\n}",
      "class C {\n  constructor(r) { this.r = r; }\n  show(el) { this.r.setAttribute(el, 'href', '/items/' + location.hash.slice(1)); }\n}",
      "const u = new URLSearchParams(location.search).get('id');\ndocument.querySelector('a').setAttribute('title', u);",
      "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nconst t = html`${unsafeHTML('<b>x</b>')}`;",
      "const Handlebars = require('handlebars');\nconst t = Handlebars.compile(src, { noEscape: false });",
      "Handlebars.registerHelper('b', (u) => new Handlebars.SafeString(Handlebars.escapeExpression(u.bio)));",
      "import ReactMarkdown from 'react-markdown';\nexport const C = ({ body }) => <ReactMarkdown>{body}</ReactMarkdown>;",
      "import ReactMarkdown from 'react-markdown';\nimport rehypeRaw from 'rehype-raw';\nexport const C = () => <ReactMarkdown rehypePlugins={[rehypeRaw]}>{'# Hi <b>there</b>'}</ReactMarkdown>;",
      "Mustache.escape = (t) => String(t).replace(/[&<>\"']/g, (c) => MAP[c]);",
      "const Handlebars = require('handlebars');\nHandlebars.registerHelper('b', (u) => new Handlebars.SafeString(u.bio));",
      "document.execCommand('insertHTML', false, '<hr>');",
      "function row(item) {\n  return $('<li>').text(item.name).attr('id', 'i-' + item.id);\n}",
      "$('#help').load('/partials/help.html');",
      "const q = location.hash.slice(1);\n$('#out').text(q);\nconst n = $.parseHTML('<li>item</li>');",
      "Vue.component('x', { props: ['t'], template: '<span v-text=\"t\"></span>' });",
      "const clean = this.sanitizer.sanitize(SecurityContext.HTML, this.html);",
      "function print(rows) {\n  const w = window.open('');\n  w.document.write('<table>' + rows.map((r) => '<tr><td>' + r.n + '</td></tr>').join('') + '</table>');\n}",
      "import { htmlSafe } from '@ember/template';\nexport const icon = htmlSafe('<svg></svg>');",
      "import htmlSafe from './html_safe.js';\n// remember the member's choice\nexport const title = (c) => `<h1>${htmlSafe(c.name)}</h1>`;",
      "const box = document.getElementById('b');\nwindow.addEventListener('message', (e) => {\n  if (e.origin !== 'https://app.example.com') return;\n  box.innerHTML = e.data.html;\n});",
      "window.addEventListener('message', function (event) {\n  const msg = event.data || {};\n  if (!msg.html) return;\n  if (event.origin !== window.location.origin) throw new Error('origin');\n  box.innerHTML = msg.html;\n});",
      "const OK = new Set(['https://a.example.com']);\nwindow.addEventListener('message', (e) => {\n  if (!OK.has(e.origin)) return;\n  box.innerHTML = e.data.html;\n});",
      "window.addEventListener('message', (e) => {\n  if (!e.origin.endsWith('.example.com') || !e.origin.startsWith('https://')) return;\n  box.innerHTML = e.data.html;\n});",
      "const id = decodeURIComponent(location.hash.slice(1));\n$('#' + id).addClass('on');\n$(`.row-${id}`).hide();",
      "$.fn.flash = function () {\n  return this.text(new URLSearchParams(location.search).get('m'));\n};",
      "async function cart(el) {\n  const res = await fetch('/partials/cart', { credentials: 'same-origin' });\n  el.innerHTML = await res.text();\n}",
      "function side(el, id) {\n  fetch('/partials/side/' + encodeURIComponent(id))\n    .then((r) => r.text())\n    .then((html) => el.insertAdjacentHTML('beforeend', html));\n}",
      "const nunjucks = require('nunjucks');\nconst env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'), { autoescape: true });\napp.get('/a', (req, res) => res.send(env.render('search.njk', { q: req.query.q })));",
    ],
    invalid: [
      "const q = location.hash;\nReflect.set(document.body, 'innerHTML', q);",
      // (the same with scripts switched on)
      "const { JSDOM } = require('jsdom');\nconst dom = new JSDOM('', { runScripts: 'dangerously' });\napp.post('/blocks', (req, res) => {\n  const root = dom.window.document.createElement('div');\n  root.innerHTML = req.body.html;\n  res.json([...root.children].map((c) => c.textContent));\n});",
      // Vue compiles a component's template option at run time.
      "new Vue({ el: '#a', template: decodeURIComponent(location.hash.slice(1)) });",
      "import { createApp } from 'vue';\nconst t = new URLSearchParams(location.search).get('t');\ncreateApp({ template: t }).mount('#a');",
      // jQuery's own message listener: the jQuery event's originalEvent is the MessageEvent.
      {
        code: "$(window).on('message', function (e) {\n  $('#s').html(e.originalEvent.data.html);\n});",
        line: 2,
      },
      // jQuery's property write and the attribute map form set the same URL attributes.
      "$('a.resume').prop('href', window.name);",
      "$('<a>open</a>').attr({ href: new URLSearchParams(location.search).get('u'), rel: 'noopener' }).appendTo('#l');",
      // An AngularJS directive's linking function: its second parameter is the element in jqLite.
      {
        code: "angular.module('a', []).directive('who', function ($location) {\n  return {\n    link: function (scope, element) {\n      element.html($location.search().name);\n    },\n  };\n});",
        line: 4,
      },
      "angular.module('a', []).directive('g', function ($window) {\n  return { link(scope, el) { angular.element(el[0].firstChild).html($window.location.hash.slice(1)); } };\n});",
      "const ejs = require('ejs');\nconst html = (tpl, d) => ejs.render(tpl, d, { escape: (s) => String(s) });",
      "const Sqrl = require('squirrelly');\napp.get('/a', (req, res) => res.send(Sqrl.render('<p>{{it.bio | safe}}</p>', { bio: req.query.bio })));",
      "const { Eta } = require('eta');\nconst eta = new Eta();\napp.get('/a', (req, res) => res.send(eta.renderString('<p><%~ it.bio %></p>', { bio: req.query.bio })));",
      "const ansiHTML = require('ansi-html-community');\nfunction show(el, p) {\n  el.innerHTML = ansiHTML(p.body);\n}\nmodule.exports = show;",
      {
        code: "exports.h = async (event) => {\n  const html = '<p>No results for ' + event.pathParameters.term + '</p>';\n  return { statusCode: 404, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html };\n};",
        line: 3,
      },
      "const q = new URLSearchParams(location.search).get('q');\n$('#e').html(() => q);",
      "const q = location.hash.slice(1);\n$('#e').append(function (i) {\n  return '<li>' + q + '</li>';\n});",
      "const Hogan = require('hogan.js');\napp.get('/c', (req, res) => res.send(Hogan.compile('<b>{{{name}}}</b>').render({ name: req.query.name })));",
      "import DOMPurify from 'dompurify';\nimport { marked } from 'marked';\nconst md = new URLSearchParams(location.search).get('md') || '';\ndocument.getElementById('a').innerHTML = marked.parse(DOMPurify.sanitize(md));",
      "import { useSearchParams } from 'react-router-dom';\nexport function Embed() {\n  const [params] = useSearchParams();\n  return <iframe src={params.get('embed')} title=\"x\" />;\n}",
      "const a = document.createElement('a');\na.href = document.referrer.startsWith(origin) ? document.referrer : '/';\ndocument.body.append(a);",
      "const http = require('http');\nhttp.createServer((req, res) => {\n  const url = new URL(req.url, 'http://x');\n  if (url.pathname === '/plain') {\n    res.writeHead(200, { 'Content-Type': 'text/plain' });\n    res.end('ok');\n  } else {\n    res.end(`<p>Not found: ${url.searchParams.get('q')}</p>`);\n  }\n});",
      "import { Elysia } from 'elysia';\nnew Elysia().get('/s', ({ query }) => new Response(`<b>${query.t}</b>`, { headers: { 'Content-Type': 'text/plain', 'X-Alt': 'text/html' } }));",
      "app.get('/s', (req, res) => {\n  const page = `<pre>${req.query.q}</pre>`;\n  if (req.query.raw) res.type('text/plain');\n  else res.type('text/html');\n  res.send(page);\n});",
      "app.get('/s', (req, res) => {\n  res.contentType('html');\n  res.send(`<pre>${req.query.q}</pre>`);\n});",
      "import { Elysia } from 'elysia';\nnew Elysia().post('/p', ({ body, set }) => {\n  set.headers['content-type'] = 'text/html; charset=utf-8';\n  return `<div>${body.md}</div>`;\n});",
      "const t = decodeURIComponent(location.hash.slice(1));\ndocument.getElementById('back').href = /^https?:/.test(location.search) ? t : '/';",
      {
        code: "export function P({ user }) {\n  const site = /^https?:\\/\\//i.test(user.website) ? user.homepage : '#';\n  return <a href={site}>web</a>;\n}",
        severity: "LOW",
      },
      {
        code: "const assert = require('assert');\napp.get('/p', (req, res) => {\n  assert.ok(req.query);\n  res.send('<p>' + req.query.q + '</p>');\n});",
        severity: "HIGH",
      },
      {
        code: "const http = require('http');\nbefore((done) => {\n  http.createServer((req, res) => { res.end('Not a match: ' + req.url); }).listen(0, done);\n});",
        severity: "LOW",
      },
      "const serialize = require('serialize-javascript');\napp.get('/a', (req, res) => { const state = serialize({ q: req.query.q }, { unsafe: true }); res.render('a', { state }); });",
      "export async function POST(request) {\n  const [{ m }, t] = await Promise.all([request.json(), theme()]);\n  return new Response(`<p>${m}</p>`, { headers: { 'content-type': 'text/html' } });\n}",
      'function P() {\n  const d = decodeURIComponent(location.hash.slice(1));\n  return <iframe sandbox="allow-scripts" srcDoc={d} />;\n}',
      "function P() {\n  const d = decodeURIComponent(location.hash.slice(1));\n  return <iframe title=\"p\" srcDoc={'<p>' + d + '</p>'} />;\n}",
      "app.get('/h', (c) => c.html('<h1>' + c.req.query('name') + '</h1>'));",
      "import { raw } from 'hono/html';\napp.get('/u/:u', (c) => c.html(raw(`<p>${c.req.param('u')}</p>`)));",
      "import { html, raw } from 'hono/html';\napp.get('/s', (c) => c.html(html`<p>${raw(c.req.query('q'))}</p>`));",
      "app.post('/p', (req, res) => {\n  const { body } = req;\n  res.send(body.draft);\n});",
      "const q = new URLSearchParams(location.search).get('q');\nlist.innerHTML += '<li>' + q;",
      "const n = location.hash.slice(1);\nbanner.innerHTML ??= n;",
      "window.document.writeln(evil);",
      "trustedTypes.createPolicy('default', { createHTML: (s) => s });",
      "const q = location.hash.slice(1);\nel.innerHTML = DOMPurify.sanitize(q, { ADD_ATTR: ['onclick'] });",
      "const q = location.hash.slice(1);\nel.innerHTML = sanitizeHtml(q, { allowedTags: false });",
      "const view = Handlebars.compile('<p>{{{bio}}}</p>');\nbox.innerHTML = view({ bio: location.hash.slice(1) });",
      "function link() {\n  const u = new URL(location.hash.slice(1), location.origin);\n  const a = document.createElement('a');\n  if (u.protocol !== 'javascript:') a.href = u.href;\n}",
      "function link() {\n  const u = new URL(location.hash.slice(1), location.origin);\n  const a = document.createElement('a');\n  a.href = u.protocol !== 'javascript:' ? u.href : '#';\n}",
      "function load(box) {\n  const raw = location.hash.slice(1);\n  const doc = new DOMParser().parseFromString(raw, 'text/html');\n  box.replaceChildren(...doc.body.childNodes);\n}",
      "$sceProvider.enabled(0);",
      "$compileProvider.imgSrcSanitizationWhitelist('.*');",
      "const q = location.hash.slice(1);\ndocument.execCommand('insertHTML', false, q);",
      "const nodes = $.parseHTML(new URLSearchParams(location.search).get('m'));",
      "const u = location.hash.slice(1);\n$('#frame').load(u);",
      "function row(item) {\n  return $('<li class=\"item\">' + item.name + '</li>');\n}",
      "Vue.component('x', { props: ['t'], template: '<span v-html=\"t\"></span>' });",
      "const tpl = Vue.compile(decodeURIComponent(location.hash.slice(1)));",
      "const raw = this.sanitizer.sanitize(SecurityContext.NONE, this.html);",
      "const f = document.getElementById('pv');\nf.contentWindow.document.write(location.hash.slice(1));",
      "import { htmlSafe } from '@ember/template';\nexport default helper(([s]) => htmlSafe(`<b>${s}</b>`));",
      "export function link(a: HTMLAnchorElement) {\n  a.href = new URLSearchParams(location.search).get('u') as string;\n}",
      "function show() {\n  $('#note').html(localStorage.getItem('note'));\n}",
      "const q = $location.hash();\n$compile('<div>' + q + '</div>')($scope);",
      "const p = document.location.search.substr(1);\nconst s = document.createElement('script');\ns.src = p;",
      "const u = new URLSearchParams(location.search).get('home');\ndocument.querySelector('a').setAttribute('href', u);",
      // A host test admits `javascript://example.com/%0aalert(1)`.
      "const link = document.getElementById('l');\nfunction set(raw) {\n  const u = new URL(raw, location.origin);\n  if (u.hostname === 'example.com') link.setAttribute('href', u.href);\n}\nset(location.hash.slice(1));",
      "import { unsafeHTML } from 'lit/directives/unsafe-html.js';\nclass N extends LitElement { render() { return html`${unsafeHTML(this.body)}`; } }",
      "export default { props: ['html'], render(h) { return h('div', { domProps: { innerHTML: this.html } }); } };",
      "const Handlebars = require('handlebars');\nconst t = Handlebars.compile(src, { noEscape: true });",
      "const nunjucks = require('nunjucks');\nnunjucks.configure('views', { autoescape: false });",
      "const dot = require('dot');\napp.get('/t', (req, res) => res.send(dot.template('<b>{{=it.t}}</b>')({ t: req.query.t })));",
      "const nunjucks = require('nunjucks');\napp.get('/b', (req, res) => res.send(nunjucks.renderString('<p>{{ b | safe }}</p>', { b: req.query.b })));",
      "const MarkdownIt = require('markdown-it');\nconst md = new MarkdownIt({ html: true });",
      "const { Remarkable } = require('remarkable');\nconst md = new Remarkable({ html: true });",
      "const Mustache = require('mustache');\nMustache.escape = function (text) { return text; };",
      "Mustache.escape = (t) => t;",
      "const M = require('mustache');\nfunction raw(text) {\n  return text;\n}\nM.escape = raw;",
      "import ReactMarkdown from 'react-markdown';\nimport rehypeRaw from 'rehype-raw';\nexport const C = ({ body }) => <ReactMarkdown rehypePlugins={[rehypeRaw]}>{body}</ReactMarkdown>;",
      {
        code: "const Handlebars = require('handlebars');\nHandlebars.registerHelper('b', (u) => new Handlebars.SafeString('<i>' + u.bio + '</i>'));",
        severity: "MEDIUM",
      },
      {
        code: "function Note(p) {\n  return React.createElement('div', { dangerouslySetInnerHTML: { __html: p.text } });\n}",
        line: 2,
        severity: "MEDIUM",
      },
      "const t = document.location.search;\nReact.createElement('div', { dangerouslySetInnerHTML: { __html: t } });",
      "const u = location.hash.substr(1);\n$('#a').attr('href', u);",
      "const r = document.createRange();\nr.createContextualFragment(window.name);",
      "const marked = require('marked');\napp.post('/md', (req, res) => { res.send(marked(req.body.text)); });",
      {
        code: "app.get('/c', (req, res) => {\n  const card = '<div class=\"c\">' + req.query.title + '</div>';\n  res.render('page', { card });\n});",
        line: 2,
        severity: "MEDIUM",
      },
      "router.get('/k', (ctx) => { ctx.body = '<p>' + ctx.query.q + '</p>'; });",
      "router.get('/echo', (ctx) => {\n  ctx.response.type = 'text/html';\n  ctx.response.body = `<pre>${ctx.request.url.searchParams.get('msg')}</pre>`;\n});",
      "router.post('/p', async (ctx) => {\n  const form = await ctx.request.body.form();\n  ctx.response.headers.set('Content-Type', 'text/html');\n  ctx.response.body = '<h2>' + form.get('name') + '</h2>';\n});",
      "router.get('/k', (ctx) => { ctx.body = ctx.query.q; });",
      "router.post('/k', (ctx) => { ctx.type = 'html'; ctx.body = ctx.request.body.comment; });",
      // A plain type set in another branch does not hold for this body.
      "router.get('/k', (ctx) => {\n  if (ctx.query.raw) {\n    ctx.type = 'text/plain';\n    ctx.body = 'x';\n    return;\n  }\n  ctx.body = '<p>' + ctx.query.q + '</p>';\n});",
      "app.post('/echo', (req, res) => {\n  res.type('html');\n  res.send(req.body);\n});",
      "function f(n) { document.getElementById('x').innerHTML = n; }",
      "app.get('/', (req, res) => { res.send(`<p>${req.query.q}</p>`); });",
      "const { Liquid } = require('liquidjs');\nconst engine = new Liquid();\napp.get('/s', async (req, res) => {\n  const html = await engine.parseAndRender('<p>{{ q }}</p>', { q: req.query.q });\n  res.send(html);\n});",
      "const sanitizeHtml = require('sanitize-html');\napp.post('/b', (req, res) => res.send(sanitizeHtml(req.body.bio, { allowVulnerableTags: true })));",
      "const xss = require('xss');\nconst f = new xss.FilterXSS({ whiteList: { script: ['src'] } });\napp.post('/b', (req, res) => res.send(f.process(req.body.bio)));",
      "app.use(express.text());\napp.post('/echo', (req, res) => { res.send(req.body); });",
      "server.route({ method: 'GET', path: '/e', handler: (request) => { return '<b>' + request.query.t + '</b>'; } });",
      "const md = require('markdown-it')({ html: true });\napp.post('/p', (req, res) => { res.send(md.render(req.body.t)); });",
      "angular.module('a').controller('C', function ($scope, $sce, $location) { $scope.h = $sce.trustAsHtml($location.search().msg); });",
      "class C { constructor(s) { this.s = s; } show(html) { return this.s.bypassSecurityTrustHtml(html); } }",
      "$(window.location.hash).show();",
      "angular.module('a').config(function ($sceProvider) { $sceProvider.enabled(false); });",
      { code: "app.get('/e/:m', (req, res) => {\n  res.status(200).send(req.params.m);\n});", line: 2 },
      { code: "function f(p) {\n  $('#r').html('<b>' + p + '</b>');\n}", line: 2 },
      { code: "function f(el, s) {\n  el.insertAdjacentHTML('beforeend', s);\n}", line: 2 },
      "class C { show(m) { this.renderer.setProperty(this.box.nativeElement, 'innerHTML', m); } }",
      "class C {\n  constructor(r) { this.r = r; }\n  show(el) { this.r.setAttribute(el, 'href', location.hash.slice(1)); }\n}",
      "import { Component, ElementRef, Renderer2 } from '@angular/core';\nimport { ActivatedRoute } from '@angular/router';\n@Component({ selector: 'l', template: '<a></a>' })\nexport class L {\n  constructor(route: ActivatedRoute, r: Renderer2, el: ElementRef) {\n    route.queryParamMap.subscribe((p) => r.setAttribute(el.nativeElement, 'href', p.get('to')));\n  }\n}",
      "import { Component, ElementRef, Renderer2 } from '@angular/core';\nimport { ActivatedRoute } from '@angular/router';\n@Component({ selector: 'l', template: '<a></a>' })\nexport class L {\n  constructor(private route: ActivatedRoute, private r: Renderer2, private el: ElementRef) {\n    this.r.setAttribute(this.el.nativeElement, 'href', this.route.snapshot.queryParams['to']);\n  }\n}",
      "class C {\n  constructor(r) { this.r = r; }\n  show(el) { this.r.setProperty(el, 'href', new URLSearchParams(location.search).get('u')); }\n}",
      "app.get('/d', (req, res) => { res.send(JSON.stringify(req.query)); });",
      {
        code: "const next = new URLSearchParams(location.search).get('n');\nconst A = () => <a href={next}>x</a>;",
        line: 2,
      },
      // A helper that tests the scheme only on one path, a script element's text (serialised raw), a sandbox that
      // lets scripts run, props parsed from the fragment.
      "function href(raw) {\n  const u = new URL(raw, location.origin);\n  if (raw.length > 100) return u.href;\n  return u.protocol === 'https:' ? u.href : '/';\n}\nconst A = () => <a href={href(location.hash.slice(1))}>x</a>;",
      "function esc(s) {\n  const d = document.createElement('script');\n  d.textContent = s;\n  return d.innerHTML;\n}\ndocument.getElementById('o').innerHTML = esc(location.hash.slice(1));",
      "window.addEventListener('message', (e) => {\n  const f = document.createElement('iframe');\n  f.setAttribute('sandbox', 'allow-scripts allow-same-origin');\n  f.srcdoc = e.data.html;\n  document.body.appendChild(f);\n});",
      "import React from 'react';\nconst props = JSON.parse(decodeURIComponent(location.hash.slice(1)));\nReact.createElement('a', props, 'Open');",
      // Predicates that let a javascript: URL through: a host test (`javascript://example.com/%0aalert(1)`), a true
      // from the catch, a scheme test of a URL that is not the argument's.
      "function ours(v) {\n  return new URL(v).hostname === 'example.com';\n}\nconst site = new URLSearchParams(location.search).get('site');\nconst A = () => <a href={ours(site) ? site : '#'}>x</a>;",
      "function isHttpUrl(v) {\n  try {\n    const u = new URL(v);\n    return u.protocol === 'https:';\n  } catch {\n    return true;\n  }\n}\nconst site = new URLSearchParams(location.search).get('site');\nconst A = () => <a href={isHttpUrl(site) ? site : '#'}>x</a>;",
      "function isHttpUrl(v) {\n  const u = new URL(location.href);\n  return u.protocol === 'https:';\n}\nconst site = new URLSearchParams(location.search).get('site');\nconst A = () => <a href={isHttpUrl(site) ? site : '#'}>x</a>;",
      "window.addEventListener('message', (e) => {\n  if (e.origin.indexOf('example.com') === -1) return;\n  box.innerHTML = e.data.html;\n});",
      "window.addEventListener('message', (e) => {\n  if (!e.origin.startsWith('https://example.com')) return;\n  box.innerHTML = e.data.html;\n});",
      "window.addEventListener('message', (e) => {\n  if (e.origin !== location.origin) console.warn('foreign');\n  box.innerHTML = e.data.html;\n});",
      "window.addEventListener('message', (e) => {\n  box.innerHTML = e.data.html;\n  if (e.origin !== 'https://app.example.com') return;\n  box.hidden = false;\n});",
      "$.fn.flash = function () {\n  const m = new URLSearchParams(location.search).get('m');\n  return this.html('<p>' + m + '</p>');\n};",
      "jQuery.fn.extend({\n  note() {\n    return this.append(decodeURIComponent(location.hash.slice(1)));\n  },\n});",
      "async function w(el) {\n  const res = await fetch(new URLSearchParams(location.search).get('w'));\n  el.innerHTML = await res.text();\n}",
      "async function w(el) {\n  const res = await fetch('/' + location.hash.slice(1));\n  el.innerHTML = await res.text();\n}",
      "async function c(el) {\n  const res = await fetch('/api/comments/1');\n  const c = await res.json();\n  el.innerHTML = c.body;\n}",
      "async function c(el) {\n  const res = await fetch('//cdn.example.net/p.html');\n  el.innerHTML = await res.text();\n}",
      "const id = decodeURIComponent(location.hash.slice(1));\n$('<div id=\"' + id + '\">').appendTo('body');",
      {
        code: "const nunjucks = require('nunjucks');\nconst env = new nunjucks.Environment(new nunjucks.FileSystemLoader('views'));\napp.get('/c', (req, res) => res.send(env.renderString('<p>{{ q | safe }}</p>', { q: req.query.q })));",
        line: 3,
      },
    ],
  },
});
