import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { contains, descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

type Ctx = Parameters<Parameters<typeof jsRule>[0]["detect"]>[1];

/** Headers only a client sends: setting one builds an outgoing request, not a response that could be split. */
const REQUEST_ONLY =
  /^(user-agent|authorization|proxy-authorization|accept(-[\w-]+)?|cookie|host|referer|if-[\w-]+|range|expect|x-requested-with|sec-websocket-(key|protocol|extensions|version)|idempotency-key)$/i;
/** The headers of an outgoing request's options (fetch init, http.request options, a client's config). */
const OUTGOING =
  /(^|\.)(opts|options|init|config|requestOptions|reqOpts|fetchOptions|_options|outgoing)\.headers$/;

/** Writes that hand a header map to a server response: without one in the function, a map it builds is no response. */
const RESPONSE_WRITE =
  /\b(writeHead|setHeaders?|flushHeaders)\s*\(|\bnew\s+Response\s*\(|\bResponse\.json\s*\(|\b(res|resp|response|reply|ctx)\s*\.\s*(set|header|headers|append|status|send)\s*\(/;

/**
 * The map a subscript write goes into when that is no server response's: the class's own store (`this.headers`,
 * `this.#header`: a client's or a parser's internals, its callers decide what goes in; only request data counts)
 * or an object the function builds itself (a literal, `x || {}`, `Object.assign({}, ...)`, a field of one) and
 * never hands to a response writer: cache metadata, a proxy reply's parsed headers, an outgoing request's headers,
 * a mailto URI's fields.
 */
function notAResponseMap(ctx: Ctx, node: SyntaxNode, obj: SyntaxNode, level: number): boolean {
  let root = obj;
  while (root.type === "member_expression" || root.type === "subscript_expression")
    root = field(root, "object") ?? root;
  if (root.type === "this") return level < Level.SOURCE;
  if (root.type !== "identifier") return false;
  // `const self = this; self.headers[k] = v`: the object's own store, as `this.headers` is.
  if (ctx.resolve(root)?.type === "this") return level < Level.SOURCE;
  // `req.headers['x-forwarded-for'] = ...`: the incoming (or proxied) request's own map; no response is built.
  if (
    /^_?(req|request|incoming|clientReq|proxyReq)$/.test(ctx.text(root)) &&
    obj.type === "member_expression" &&
    ctx.text(field(obj, "object") ?? obj) === ctx.text(root)
  )
    return true;
  const built = (v: SyntaxNode | undefined, depth = 0): boolean => {
    if (!v || depth > 3) return false;
    if (v.type === "object" || v.type === "array") return true;
    // `const headers = fieldList.split(',')`: a list of names the function cut up itself.
    if (v.type === "call_expression" && ctx.method(v) === "split") return true;
    if (v.type === "parenthesized_expression") return built(namedChildren(v)[0], depth + 1);
    if (v.type === "assignment_expression") return built(field(v, "right"), depth + 1);
    if (v.type === "binary_expression" && /^(\|\||\?\?)$/.test(v.children.find((c) => !c.named)?.type ?? ""))
      return built(field(v, "right"), depth + 1);
    return (
      v.type === "call_expression" && ctx.callee(v) === "Object.assign" && built(ctx.args(v)[0], depth + 1)
    );
  };
  if (!built(ctx.resolve(root)) && !(level < Level.SOURCE && objectDefaultParam(ctx, node, root)))
    return false;
  const fn = ctx.enclosingFunction(node);
  return !!fn && !RESPONSE_WRITE.test(ctx.text(fn));
}

/**
 * `connect(headers = {}) { headers['heart-beat'] = ... }`: an options map of the function's own, empty unless its
 * caller hands one in, that the function fills and writes out itself (a protocol frame, not an HTTP response).
 */
function objectDefaultParam(ctx: Ctx, node: SyntaxNode, root: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(node);
  const params = fn && field(fn, "parameters");
  return (
    !!params &&
    namedChildren(params).some((p) => {
      const d = p.type === "optional_parameter" || p.type === "required_parameter" ? p : undefined;
      const pat = d ? field(d, "pattern") : p.type === "assignment_pattern" ? field(p, "left") : undefined;
      const dflt = d ? field(d, "value") : p.type === "assignment_pattern" ? field(p, "right") : undefined;
      return !!pat && ctx.text(pat) === ctx.text(root) && dflt?.type === "object";
    })
  );
}

/**
 * `rs.headers['authentication-info'] = { qop, nc }`, `` rq.headers['record-route'] = [{ uri }].concat(route) ``: an
 * object, or a list of objects, is a parsed message's structured field (a SIP or MIME library's), which its own
 * serialiser writes out - no header line text that CR/LF could split.
 */
function structuredField(ctx: Ctx, v: SyntaxNode): boolean {
  if (v.type === "object") return true;
  let list: SyntaxNode | undefined = v;
  if (v.type === "call_expression" && ctx.method(v) === "concat") {
    const callee = field(v, "function");
    list = callee?.type === "member_expression" ? (field(callee, "object") ?? undefined) : undefined;
  }
  const items = list?.type === "array" ? namedChildren(list) : [];
  return items.length > 0 && items.every((c) => c.type === "object");
}

/**
 * `accepts(req).encoding(['br', 'gzip'])`, `negotiator.language(available)`, `req.acceptsEncodings('gzip', 'br')`:
 * content negotiation answers with one of the names the server offered (or false), never text of the request's.
 */
function negotiated(ctx: Ctx, value: SyntaxNode): boolean {
  const v = ctx.resolve(value) ?? value;
  if (v.type !== "call_expression" || ctx.args(v).length === 0) return false;
  const m = ctx.method(v);
  if (
    /^accepts(Encodings?|Languages?|Charsets?)?$/.test(m) &&
    /^(req|request|ctx|ctx\.request)\./.test(ctx.callee(v))
  )
    return true;
  if (!/^(encodings?|languages?|charsets?|types?|mediaTypes?)$/.test(m)) return false;
  const callee = field(v, "function");
  let recv = callee?.type === "member_expression" ? field(callee, "object") : undefined;
  if (recv?.type === "identifier") recv = ctx.resolve(recv) ?? recv;
  return (
    (recv?.type === "call_expression" && /(^|\.)accepts$/.test(ctx.callee(recv))) ||
    (recv?.type === "new_expression" &&
      /(^|\.)Negotiator$/.test(ctx.text(field(recv, "constructor") ?? recv)))
  );
}

/**
 * A value that can only be a number (a length, a byte range, a size): no CR/LF can be in it. Arithmetic other
 * than +, numeric calls and fields, `+`/`||`/`??`/`?:` of numbers, and template text whose every part is one.
 */
function numeric(ctx: Ctx, node: SyntaxNode | undefined, depth = 0): boolean {
  const n = ctx.resolve(node);
  if (!n || depth > 6) return false;
  const sub = (x: SyntaxNode | undefined) => numeric(ctx, x, depth + 1);
  switch (n.type) {
    case "number":
      return true;
    case "parenthesized_expression":
      return sub(namedChildren(n)[0]);
    case "assignment_expression":
      return sub(field(n, "right"));
    case "unary_expression":
      return /^[-+~]/.test(ctx.text(n));
    case "ternary_expression":
      return sub(field(n, "consequence")) && sub(field(n, "alternative"));
    case "binary_expression": {
      const op = field(n, "operator")?.type ?? n.children.find((c) => !c.named)?.type ?? "";
      if (/^([-*/%&|^]|\*\*|<<|>>>?)$/.test(op)) return true;
      if (/^(\|\||\?\?)$/.test(op)) return sub(field(n, "left")) && sub(field(n, "right"));
      // `'bytes */' + size`: a number joined to literal text with no line break in it.
      if (op === "+") {
        const lit = (x: SyntaxNode | undefined) =>
          (x?.type === "string" ||
            (x?.type === "template_string" &&
              !namedChildren(x).some((c) => c.type === "template_substitution"))) &&
          !/\\[rn]|[\r\n]/.test(ctx.text(x));
        const l = field(n, "left");
        const r = field(n, "right");
        return (sub(l) && (sub(r) || lit(r))) || (lit(l) && sub(r));
      }
      return false;
    }
    // `(file.size as number)`: typed a number; `x!` and `satisfies` change nothing.
    case "as_expression": {
      const t = namedChildren(n)[1];
      return (!!t && ctx.text(t) === "number") || sub(namedChildren(n)[0]);
    }
    case "non_null_expression":
    case "satisfies_expression":
      return sub(namedChildren(n)[0]);
    case "call_expression": {
      // `String(Buffer.byteLength(body))`: a number's digits as text.
      if (ctx.callee(n) === "String" && ctx.args(n).length === 1 && sub(ctx.args(n)[0])) return true;
      // `n.toString()`, `n.toFixed(1)`: a number's digits.
      if (/^(toString|toFixed|toPrecision)$/.test(ctx.method(n))) {
        const f = field(n, "function");
        if (f?.type === "member_expression" && sub(field(f, "object") ?? undefined)) return true;
      }
      if (
        /^(Buffer\.byteLength|parseInt|parseFloat|Number|Math\.\w+|Date\.now|Number\.parseInt|Number\.parseFloat)$/.test(
          ctx.callee(n),
        ) ||
        // A collection's count (`chain.size()`, `query.count()`) or a date's milliseconds (`d.getTime()`).
        (ctx.args(n).length === 0 && /^(size|count|getTime)$/.test(ctx.method(n)))
      )
        return true;
      // A function of this file that returns only numbers (`getContentLength(body)`: `body.length` or
      // `Buffer.byteLength(body)` into a local, or nothing).
      const returned = ctx.returnedBy(n);
      return (
        returned.length > 0 &&
        returned.every((r) => {
          if (r.type !== "identifier" || depth > 3) return sub(r);
          const values = assignedIn(ctx, r);
          return values.length > 0 && values.every(sub);
        })
      );
    }
    case "member_expression":
      // A size, a status, or a file's timestamps (fs.Stats' Dates print as one line of text).
      return /^(length|size|byteLength|statusCode|mtime|ctime|atime|birthtime)$/.test(
        ctx.text(field(n, "property") ?? n),
      );
    case "template_string":
      return namedChildren(n)
        .filter((c) => c.type === "template_substitution")
        .every((c) => sub(namedChildren(c)[0]));
    default:
      return false;
  }
}

const HANDLER_RES = /^_?(res|resp|response|reply|ctx)$/;

/** A Fetch API response being built: `new Response(...)`, `new NextResponse(...)`, `NextResponse.next()`/`.json()`. */
const FETCH_RESPONSE =
  /^(new\s+(Response|NextResponse)\b|(NextResponse|Response)\.(next|json|redirect|rewrite)\s*\()/;

/**
 * A header written onto the response a Fetch-style handler returns: Hono's `c.header(name, value)` (in a file that
 * imports Hono), and `res.headers.set/append(name, value)` on a `Response` / `NextResponse` the function builds
 * (Next.js route handlers and middleware, Workers, Deno, Bun). Request data there picks what the header says, as
 * with Express's `res.set`.
 */
function fetchResponseHeader(ctx: Ctx, node: SyntaxNode): boolean {
  const fn = field(node, "function");
  if (fn?.type !== "member_expression") return false;
  const m = ctx.method(node);
  const recv = field(fn, "object");
  if (m === "header" && recv?.type === "identifier" && ctx.text(recv) === "c")
    return sourceHas(ctx.tree, /\bfrom\s+['"]hono(\/[\w-]+)?['"]/) && ctx.args(node).length >= 2;
  if (!/^(set|append)$/.test(m) || recv?.type !== "member_expression") return false;
  if (ctx.text(field(recv, "property") ?? recv) !== "headers") return false;
  const made = ctx.resolve(field(recv, "object") ?? undefined);
  return !!made && FETCH_RESPONSE.test(ctx.text(made));
}

/**
 * A name or value bound by a loop over a parsed message's headers (`for (const [key, value] of upstream.headers)`,
 * `... of res.headers.entries()`, `Object.entries(proxyRes.headers)`): Node's parser and the Fetch API reject CR and
 * LF in a header's name and value alike, so a proxy copying them back cannot split its response.
 */
function iteratedHeader(ctx: Ctx, n: SyntaxNode): boolean {
  if (n.type !== "identifier") return false;
  const name = ctx.text(n);
  for (let p = n.parent; p; p = p.parent) {
    if (p.type !== "for_in_statement") continue;
    const left = field(p, "left");
    if (!left || !descendants(left).some((d) => d.type === "identifier" && ctx.text(d) === name)) continue;
    const right = ctx.text(field(p, "right") ?? p).replace(/\s+/g, "");
    return /^[\w$.]+\.headers(\.entries\(\))?$|^Object\.entries\([\w$.]+\.headers\)$/.test(right);
  }
  return false;
}

/** h3 / Nuxt: a file whose handlers are h3's (imported, or auto-imported beside `defineEventHandler`). */
function h3File(ctx: Ctx): boolean {
  return sourceHas(ctx.tree, /['"]h3['"]|\b(defineEventHandler|eventHandler|defineCachedEventHandler)\s*\(/);
}

/** h3's one-header setters, which take the event first: `setResponseHeader(event, 'X-Name', value)`. */
function h3HeaderSetter(ctx: Ctx, callee: string): boolean {
  return (
    /^(h3\.)?(setResponseHeader|appendResponseHeader|setHeader|appendHeader)$/.test(callee) && h3File(ctx)
  );
}

/**
 * A header map handed to a file-route framework's response: h3's `setResponseHeaders(event, { ... })` (or
 * `setHeaders` / `appendResponseHeaders`), SvelteKit's `setHeaders({ ... })` from the request event.
 */
function frameworkHeaderMap(ctx: Ctx, callee: string, args: SyntaxNode[]): SyntaxNode | undefined {
  if (
    args.length === 2 &&
    /^(h3\.)?(setResponseHeaders|appendResponseHeaders|setHeaders|appendHeaders)$/.test(callee) &&
    h3File(ctx)
  )
    return args[1]?.type === "object" ? args[1] : undefined;
  if (callee === "setHeaders" && args.length === 1 && sourceHas(ctx.tree, /@sveltejs\/kit\b/))
    return args[0]?.type === "object" ? args[0] : undefined;
  return undefined;
}

/**
 * A value read from a parsed HTTP message's headers, the request's or an upstream response's (`req.headers['x-id']`,
 * `req.get('x-id')`, `proxyRes.headers.server`, `r.headers.get('etag')`), alone or with fallbacks that carry no
 * request data (`|| 'none'`, `?? randomUUID()`): Node's parser rejects CR and LF inside a header value, so the copy
 * cannot split the response it goes into.
 */
/** The values assigned (`name = v`) to a name in the function around `use` (the file at its top level). */
function assignedIn(ctx: Ctx, use: SyntaxNode): SyntaxNode[] {
  const name = ctx.text(use);
  const scope = ctx.enclosingFunction(use) ?? ctx.tree.root;
  const out: SyntaxNode[] = [];
  const walk = (n: SyntaxNode): void => {
    if (out.length > 8) return;
    if (n.type === "assignment_expression") {
      const l = field(n, "left");
      const r = field(n, "right");
      if (l?.type === "identifier" && ctx.text(l) === name && r) out.push(r);
    }
    for (const c of namedChildren(n)) walk(c);
  };
  walk(scope);
  return out.length > 8 ? [] : out;
}

function headerCopy(ctx: Ctx, node: SyntaxNode | undefined, depth = 0): boolean {
  if (!node || depth > 5) return false;
  const sub = (x: SyntaxNode | undefined) => headerCopy(ctx, x, depth + 1);
  const harmless = (x: SyntaxNode | undefined) => !!x && (sub(x) || ctx.level(x, "header") < Level.SOURCE);
  switch (node.type) {
    case "identifier": {
      const r = ctx.resolve(node, 1);
      if (r && r !== node) return sub(r);
      // `var allow; ... allow = req.headers['access-control-request-headers']`: declared bare, then assigned (in
      // either branch): every value assigned to it in the function is a header copy or carries no request data.
      const values = assignedIn(ctx, node);
      return values.length > 0 && values.some((v) => sub(v)) && values.every((v) => harmless(v));
    }
    case "parenthesized_expression":
      return sub(namedChildren(node)[0]);
    case "binary_expression": {
      const op = field(node, "operator")?.type ?? node.children.find((c) => !c.named)?.type ?? "";
      if (!/^(\|\||\?\?)$/.test(op)) return false;
      const l = field(node, "left");
      const r = field(node, "right");
      return (sub(l) || sub(r)) && harmless(l) && harmless(r);
    }
    case "ternary_expression": {
      const a = field(node, "consequence");
      const b = field(node, "alternative");
      return (sub(a) || sub(b)) && harmless(a) && harmless(b);
    }
    case "member_expression":
    case "subscript_expression":
      return /(^|\.)headers$/.test(ctx.text(field(node, "object") ?? node));
    case "call_expression": {
      if (ctx.callee(node) === "String") return sub(ctx.args(node)[0]);
      const f = field(node, "function");
      const recv = f?.type === "member_expression" ? ctx.text(field(f, "object") ?? f) : "";
      if (/^(trim|toString|toLowerCase|toUpperCase)$/.test(ctx.method(node)))
        return sub(field(f ?? node, "object") ?? undefined);
      // `res.getHeader(name)`: a value the response already holds, checked by Node when it was set.
      if (/^(getHeader|getHeaders)$/.test(ctx.method(node)) && /^_?(res|resp|response|reply)$/.test(recv))
        return true;
      // (`upstream.headers.get(name)` over a list of names: a message's Headers object holds no CR or LF in any
      // value - the Fetch API and Node's parser reject them - whichever header is read)
      return (
        /^(get|header|getHeader)$/.test(ctx.method(node)) &&
        (ctx.stringValue(ctx.args(node)[0]) !== undefined || /\.headers$/.test(recv)) &&
        /(^|\.)(req|request|incoming|proxyRes|headers)$/.test(recv)
      );
    }
    default:
      return false;
  }
}

/**
 * A value a middleware factory fixed when it was built (`function frameGuard(options) { const v = ...options...;
 * return (req, res, next) => res.setHeader('X-Frame-Options', v) }`): the sink is in a handler (a function with a
 * res/response/reply/ctx parameter) nested in another function, and every name in the value is bound outside that
 * handler (the factory's options and what it computed from them), a call on such a name (`opts.etag(stats)`) or the
 * response's own header (`res.getHeader(...)`). The application's configuration, not any one request's data.
 */
function fixedAtSetup(ctx: Ctx, node: SyntaxNode, value: SyntaxNode): boolean {
  let handler = ctx.enclosingFunction(node);
  const hasResParam = (fn: SyntaxNode) => {
    const params = field(fn, "parameters") ?? field(fn, "parameter");
    return (
      !!params && descendants(params).some((d) => d.type === "identifier" && HANDLER_RES.test(ctx.text(d)))
    );
  };
  while (handler && !hasResParam(handler)) handler = ctx.enclosingFunction(handler);
  if (!handler || !ctx.enclosingFunction(handler)) return false;
  // Names the handler binds itself: parameters (its own and its callbacks'), declarations, loop variables.
  const binding = (d: SyntaxNode) => {
    if (d.type === "shorthand_property_identifier_pattern") return true;
    if (d.type !== "identifier") return false;
    const p = d.parent;
    if (!p) return false;
    if (p.type === "variable_declarator") return d.field === "name";
    if (/^(formal_parameters|array_pattern|object_pattern|rest_pattern)$/.test(p.type)) return true;
    if (/^(required_parameter|optional_parameter)$/.test(p.type)) return d.field === "pattern";
    if (/^(assignment_pattern|object_assignment_pattern)$/.test(p.type)) return d.field === "left";
    if (p.type === "pair_pattern") return d.field === "value";
    if (p.type === "for_in_statement") return d.field === "left";
    if (p.type === "arrow_function") return d.field === "parameter";
    if (p.type === "catch_clause") return d.field === "parameter";
    return false;
  };
  const boundNames = new Set(
    descendants(handler)
      .filter(binding)
      .map((d) => ctx.text(d)),
  );
  const boundInside = (name: string) => boundNames.has(name);
  const rootOf = (n: SyntaxNode): SyntaxNode => {
    let r = n;
    while (
      r.type === "member_expression" ||
      r.type === "subscript_expression" ||
      r.type === "call_expression"
    )
      r = field(r, r.type === "call_expression" ? "function" : "object") ?? r;
    return r;
  };
  const ok = (n: SyntaxNode | undefined, depth: number): boolean => {
    if (!n || depth > 4) return false;
    if (n.type === "call_expression") {
      const fn = field(n, "function");
      if (ctx.method(n) === "getHeader" && HANDLER_RES.test(ctx.text(rootOf(n)))) return true;
      if (fn?.type === "member_expression") {
        const r = rootOf(fn);
        if (r.type === "identifier" && !boundInside(ctx.text(r)) && ctx.level(r, "header") < Level.SOURCE)
          return true;
      }
    }
    if (n.type === "identifier") {
      const name = ctx.text(n);
      if (!boundInside(name)) return true;
      // A local of the handler computed from such values only.
      const v = ctx.resolve(n, 1);
      return !!v && v !== n && contains(handler, v) && ok(v, depth + 1);
    }
    const ids = descendants(n).filter(
      (d) =>
        (d.type === "identifier" || d.type === "call_expression") &&
        !(d.parent?.type === "member_expression" && field(d.parent, "property") === d),
    );
    const tops = ids.filter(
      (d) => !ids.some((o) => o !== d && o.type === "call_expression" && contains(o, d)),
    );
    return tops.length > 0 && tops.every((d) => ok(d, depth + 1));
  };
  return ok(value, 0);
}

/**
 * `function addHeader(headers, key, val) { headers[key.toLowerCase()] = val }`, `for (const k of Object.keys(h))
 * res.setHeader(k, h[k])`: a header-map utility copying or merging what its caller hands it, the name itself a
 * variable (not one header chosen by the code, as `header['Cache-Control'] = content` or a lookup in a table of
 * names is). Its callers decide what goes in.
 */
function passThrough(ctx: Ctx, name: SyntaxNode | undefined): boolean {
  let n = name;
  for (let i = 0; i < 3 && n; i++) {
    if (n.type === "call_expression" && /^(toLowerCase|toUpperCase|trim|toString)$/.test(ctx.method(n)))
      n = field(field(n, "function") ?? n, "object");
    else if (n.type === "call_expression" && ctx.callee(n) === "String") n = ctx.args(n)[0];
    else break;
  }
  if (n?.type !== "identifier") return false;
  const lvl = ctx.level(n, "header");
  return lvl >= Level.PARAM && lvl < Level.SOURCE && ctx.stringValue(n) === undefined;
}

/** A header name spelled by a constant: the literal, or a name bound once to one (`const AUTH = 'authorization'`). */
function constName(ctx: Ctx, n: SyntaxNode | undefined): string | undefined {
  return ctx.stringValue(n) ?? (n?.type === "identifier" ? ctx.stringValue(ctx.resolve(n)) : undefined);
}

/**
 * `const value = parse(headers[name]); delete headers[name]; headers[key] = value`: a map's own entry moved to
 * another key (x-ws-* prefixes cut off an incoming request's headers). The value was already in that map, parsed
 * as it arrived; nothing new enters it.
 */
function renamedInPlace(ctx: Ctx, target: SyntaxNode, value: SyntaxNode): boolean {
  if (target.type !== "identifier") return false;
  let v: SyntaxNode | undefined = value.type === "identifier" ? ctx.resolve(value) : value;
  // `parseValue(headers[name])`: one call converting the entry (a string to a boolean or number) adds nothing.
  if (v?.type === "call_expression" && ctx.args(v).length === 1) v = ctx.args(v)[0];
  return v?.type === "subscript_expression" && ctx.text(field(v, "object") ?? v) === ctx.text(target);
}

/**
 * `names.forEach((h, i) => { names[i] = h.toLowerCase(); })`, `for (let i = 0; i < list.length; i++) list[i] = ...`:
 * an element of a list of header names rewritten by its position, no header map written.
 */
function arrayElementWrite(ctx: Ctx, left: SyntaxNode): boolean {
  const index = field(left, "index");
  if (index?.type !== "identifier") return false;
  const obj = ctx.text(field(left, "object") ?? left);
  const i = ctx.text(index);
  for (let fn = ctx.enclosingFunction(left); fn; fn = ctx.enclosingFunction(fn)) {
    const call = fn.parent?.type === "arguments" ? fn.parent.parent : undefined;
    if (call?.type !== "call_expression" || !/^(forEach|map)$/.test(ctx.method(call))) continue;
    const recv = field(field(call, "function") ?? call, "object");
    const params = namedChildren(field(fn, "parameters") ?? fn).filter((c) => c.type !== "comment");
    if (recv && ctx.text(recv) === obj && params[1] && ctx.text(params[1]) === i) return true;
  }
  for (let p = left.parent; p; p = p.parent) {
    if (p.type !== "for_statement") continue;
    const init = ctx.text(field(p, "initializer") ?? p).replace(/\s+/g, "");
    const cond = ctx.text(field(p, "condition") ?? p).replace(/\s+/g, "");
    if (new RegExp(`^(let|var)?${i}=0;?$`).test(init) && cond.startsWith(`${i}<${obj}.length`)) return true;
  }
  return false;
}

export default jsRule({
  meta: {
    id: "JS-HDR-001",
    title: "HTTP header set from unsanitised input",
    cwe: ["CWE-113"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags header maps (headers[...] = value) and res.setHeader/res.set (Express), ctx.set (Koa) and reply.header (Fastify) with caller-controlled names or values that are not stripped of CR/LF, and response heads written by hand to a raw socket (`socket.write('HTTP/1.1 200 OK\\r\\n...' + value)`) that carry request data.",
      why_bad: "\\r\\n in a value injects extra headers or splits the response.",
      example_bad:
        "function setLang(headers, lang) {\n  headers['Content-Language'] = lang;\n  return headers;\n}",
      example_good:
        "function setLang(headers, lang) {\n  headers['Content-Language'] = lang.replace(/[\\r\\n]/g, '');\n  return headers;\n}",
    },
    fix_hint: "Remove or reject \\r and \\n in header values, or allow-list them.",
  },
  trigger: /header|writeHead|\.set\(|\.append\(|HTTP\/1\./i,
  nodeTypes: ["assignment_expression", "call_expression"],
  detect(node, ctx, report) {
    let value;
    // `socket.write('HTTP/1.1 200 OK\r\nX-Lang: ' + lang + '\r\n\r\n')`: a response head written to a raw
    // socket, where no HTTP library checks the values for CR/LF.
    if (node.type === "call_expression" && /^(write|end)$/.test(ctx.method(node))) {
      const head = ctx.args(node)[0];
      if (!head || !/^HTTP\/1\.[01] \d/.test(ctx.leadingText(head) ?? "")) return;
      if (/replace\(\/\[?\\r|replace\(\/\\n|encodeURIComponent/.test(ctx.text(head))) return;
      if (ctx.level(head, "header") >= Level.SOURCE)
        report({ node, message: "raw HTTP response head written to a socket carries unsanitised input" });
      return;
    }
    if (node.type === "assignment_expression") {
      const left = field(node, "left");
      if (
        left?.type !== "subscript_expression" ||
        !/headers?$/i.test(ctx.text(field(left, "object") ?? left)) ||
        arrayElementWrite(ctx, left)
      )
        return;
      value = field(node, "right");
    } else {
      // A header map handed over whole: Express `res.set({ ... })`, Koa `ctx.set({ ... })`, Fastify
      // `reply.headers({ ... })`, http's `res.writeHead(status, [message,] { ... })`. Request data in a value.
      const callee = ctx.callee(node).replace(/\s+/g, "");
      const args = ctx.args(node);
      const map = /^(res|response|ctx|ctx\.response|reply)\.(set|headers)$/.test(callee)
        ? args.length === 1 && args[0]?.type === "object"
          ? args[0]
          : undefined
        : /^(res|response)\.writeHead$/.test(callee)
          ? args.slice(1).find((a) => a.type === "object")
          : frameworkHeaderMap(ctx, callee, args);
      if (map) {
        // (A Location value is a redirect target, judged with its URL checks by JS-REDIR-001.)
        const tainted = namedChildren(map).some((pair) => {
          const v = pair.type === "pair" ? field(pair, "value") : undefined;
          const key = pair.type === "pair" ? ctx.text(field(pair, "key") ?? pair).replace(/['"`]/g, "") : "";
          return (
            !!v &&
            !/^location$/i.test(key) &&
            !/replace\(\/\[?\\r|replace\(\/\\n|encodeURI/.test(ctx.text(v)) &&
            !numeric(ctx, v) &&
            ctx.level(v, "header") >= Level.SOURCE &&
            !headerCopy(ctx, v)
          );
        });
        if (tainted) report({ node, message: "header value carries unsanitised input" });
        return;
      }
      // Express `res`, Koa `ctx` / `ctx.response`, Fastify `reply`; Hono's context and a Fetch response's headers;
      // h3's helpers taking the event first (`setResponseHeader(event, name, value)`).
      const h3 = h3HeaderSetter(ctx, callee);
      if (
        !h3 &&
        !/^(res|response|ctx|ctx\.response|reply)\.(setHeader|set|header|append)$/.test(callee) &&
        !fetchResponseHeader(ctx, node)
      )
        return;
      const at = h3 ? 1 : 0;
      // (A Location value is a redirect target, judged with its URL checks by JS-REDIR-001.)
      if (h3 && /^location$/i.test(ctx.stringValue(args[at]) ?? "")) return;
      value = ctx.args(node)[at + 1];
      // A header NAME from the request (`res.set(req.query.h, v)`) injects just as well as its value.
      const name = ctx.args(node)[at];
      if (
        value &&
        name &&
        name.type !== "object" &&
        !/replace\(|encodeURIComponent/.test(ctx.text(name)) &&
        ctx.level(name, "header") >= Level.SOURCE &&
        !iteratedHeader(ctx, name)
      ) {
        report({ node, message: "header name carries unsanitised input" });
        return;
      }
    }
    if (!value || /replace\(\/\[?\\r|replace\(\/\\n|encodeURIComponent/.test(ctx.text(value))) return;
    if (structuredField(ctx, value) || negotiated(ctx, value)) return;
    // `const loc = encodeUrl(path + '/')`: encodeURI and the encodeurl package percent-encode CR and LF.
    const held = ctx.resolve(value);
    if (
      held?.type === "call_expression" &&
      /^(encodeURI|encodeURIComponent|encodeUrl|encodeurl)$/.test(ctx.callee(held))
    )
      return;
    if (numeric(ctx, value)) return;
    const level = ctx.level(value, "header");
    if (level < Level.PARAM) return;
    if (headerCopy(ctx, value) || iteratedHeader(ctx, value)) return;
    const target = node.type === "assignment_expression" ? field(field(node, "left")!, "object") : undefined;
    if (target && notAResponseMap(ctx, node, target, level)) return;
    if (target && renamedInPlace(ctx, target, value)) return;
    if (level < Level.SOURCE) {
      // A caller's value handed to Node's response API (`res.setHeader`, Express `res.set`, Koa `ctx.set`, Fastify
      // `reply.header`, all ending in http's setHeader/writeHead): Node rejects a value holding CR or LF
      // (ERR_INVALID_CHAR), so a framework's own helper setting ETag, Vary or Set-Cookie from its arguments cannot
      // split the response; only request data, which picks what the header says, is reported there.
      if (node.type === "call_expression") return;
      // `header[i] = decryptByte(header[i])`: an element of a byte array by its index, no header name.
      const index = node.type === "assignment_expression" ? field(field(node, "left")!, "index") : undefined;
      if (index && numeric(ctx, index)) return;
      if (fixedAtSetup(ctx, node, value)) return;
      const nameNode =
        node.type === "assignment_expression" ? field(field(node, "left")!, "index") : ctx.args(node)[0];
      if (passThrough(ctx, nameNode)) return;
      // A caller's value (no request data reaches it) set where no response is built: a Map's entry, an outgoing
      // request's options or a header only a client sends, or a header copied back from another one.
      const fn = node.type === "call_expression" ? field(node, "function") : undefined;
      const recv = ctx.resolve(fn ? field(fn, "object") : undefined);
      if (
        recv?.type === "new_expression" &&
        /^(Map|WeakMap|Set)$/.test(ctx.text(field(recv, "constructor") ?? recv))
      )
        return;
      const left = node.type === "assignment_expression" ? field(node, "left") : undefined;
      const target = left ? ctx.text(field(left, "object") ?? left) : "";
      const name = constName(ctx, left ? field(left, "index") : ctx.args(node)[0]);
      if (OUTGOING.test(target) || (name !== undefined && REQUEST_ONLY.test(name))) return;
      const v = ctx.resolve(value);
      if (v?.type === "call_expression" && ctx.method(v) === "getHeader") return;
    }
    report({ node, message: "header value carries unsanitised input" });
  },
  cases: {
    valid: [
      // A STOMP frame's own header map, filled from the client's settings and written to its socket.
      "class Client {\n  constructor(ws, hb) { this.ws = ws; this.hb = hb; }\n  connect(headers = {}) {\n    headers['heart-beat'] = [this.hb.out, this.hb.in].join(',');\n    this.ws.send('CONNECT\\n' + Object.entries(headers).map(([k, v]) => k + ':' + v).join('\\n'));\n  }\n}\nmodule.exports = Client;",
      "app.get('/l', (req, res) => { res.set({ 'Content-Language': String(req.query.lang).replace(/[\\r\\n]/g, ''), 'Cache-Control': 'no-store' }); res.end(); });",
      "const http = require('http');\nhttp.createServer((req, res) => {\n  res.writeHead(200, { 'Content-Length': Number(req.headers['x-len']), 'X-Path': encodeURIComponent(req.url) });\n  res.end();\n});",
      // headers read back from the response itself; a number's digits
      "function send(req, res, file, headers) {\n  let tmp;\n  headers = { ...headers };\n  for (const key in headers) {\n    tmp = res.getHeader(key);\n    if (tmp) headers[key] = tmp;\n  }\n  if ((tmp = res.getHeader('content-type'))) headers['Content-Type'] = tmp;\n  res.writeHead(200, headers);\n}",
      "app.post('/batch', (req, res) => {\n  const headers = {};\n  headers['X-Body-Bytes'] = Buffer.byteLength(req.body.text).toString();\n  res.writeHead(202, headers);\n  res.end();\n});",
      "app.use((req, res, next) => { res.set('X-Request-Id', req.headers['x-request-id'] || 'none'); next(); });",
      "exports.options = function (req, res) {\n  var allow;\n  allow = req.headers['access-control-request-headers'];\n  if (allow) res.setHeader('Access-Control-Allow-Headers', allow);\n  res.end();\n};",
      "proxy.on('proxyRes', (proxyRes, req, res) => { res.setHeader('X-Upstream', proxyRes.headers['server'] || 'unknown'); });",
      "function frameGuard(options) {\n  const v = String(options.action || 'deny').toUpperCase();\n  return function (req, res, next) {\n    res.setHeader('X-Frame-Options', v);\n    next();\n  };\n}",
      "function addHeader(headers, key, val) {\n  headers[key.toLowerCase()] = val;\n}",
      "const accepts = require('accepts');\nmodule.exports = () => (req, res, next) => {\n  const accept = accepts(req);\n  const method = accept.encoding(['br', 'gzip', 'identity']);\n  if (!method || method === 'identity') return next();\n  res.setHeader('Content-Encoding', method);\n  next();\n};",
      "function sign(ctx, rs) {\n  rs.headers['authentication-info'] = { qop: ctx.qop, cnonce: ctx.cnonce, nc: ctx.nc };\n  rs.headers['record-route'] = [{ uri: ctx.uri }].concat(ctx.route || []);\n}",
      "function forward(req) {\n  req.headers['x-forwarded-host'] = req.headers['x-forwarded-host'] || req.headers.host;\n}",
      "function vary(list) {\n  const headers = list.split(',');\n  for (let i = 0; i < headers.length; i++) headers[i] = headers[i].trim();\n  return headers;\n}",
      "function probs(pairs) {\n  const res = new Map();\n  for (const [t, p] of pairs) res.set(t, p);\n  return res;\n}",
      "function send(res, body) {\n  res.setHeader('Content-Length', Buffer.byteLength(body, 'utf8'));\n  res.end(body);\n}",
      "function range(req, res, stats) {\n  res.setHeader('Content-Range', 'bytes */' + stats.size);\n  res.setHeader('Last-Modified', stats.mtime.toUTCString());\n}",
      "async function get(url, options) {\n  const headers = {};\n  headers['User-Agent'] = options.userAgent;\n  return fetch(url, { headers });\n}",
      "function f(h, v) { h['X'] = v.replace(/[\\r\\n]/g, ''); }",
      "app.get('/t', (req, res) => { const t = String(req.get('x-t')).replace(/[^A-Za-z0-9-]/g, ''); res.set('X-T', t); });",
      "const cd = require('content-disposition');\napp.get('/d', (req, res) => { res.setHeader('Content-Disposition', cd(String(req.query.n))); });",
      "function meta(request, names) {\n  const metadata = { reqHeaders: {} };\n  for (const n of names) metadata.reqHeaders[n] = request.headers.get(n);\n  return metadata;\n}",
      "function regHeaders(opts) {\n  const headers = Object.assign({}, opts.headers || {});\n  headers['npm-scope'] = opts.scope;\n  return headers;\n}",
      "net.createServer((s) => s.on('data', (b) => {\n  const lang = new URL(String(b).split(' ')[1], 'http://x').searchParams.get('l');\n  s.end('HTTP/1.1 200 OK\\r\\nContent-Language: ' + lang.replace(/[\\r\\n]/g, '') + '\\r\\n\\r\\n');\n}));",
      "class Parser {\n  onHeader(key, value) {\n    this.headers[key] = value;\n  }\n}",
      "function onSend(reply, c) {\n  reply.header('Set-Cookie', serialize(c.name, c.value, c.opts));\n}",
      "app.get('/posts', (req, res) => {\n  const chain = db.get('posts').filter(req.query);\n  res.setHeader('X-Total-Count', chain.size());\n  res.json(chain.value());\n});",
      "function decrypt(header, d) {\n  for (let i = 0; i < header.length; i++) header[i] = d.decryptByte(header[i]);\n}",
      "app.use((req, res, next) => {\n  function lengthOf(body) {\n    let n;\n    if (Buffer.isBuffer(body)) n = body.length;\n    else if (typeof body === 'string') n = Buffer.byteLength(body);\n    return n;\n  }\n  res.setHeader('X-Body-Length', lengthOf(req.body));\n  next();\n});",
      "import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/x', (c) => {\n  c.header('X-Lang', c.req.query('l') === 'fr' ? 'fr' : 'en');\n  return c.text('ok');\n});",
      "export async function GET(req) {\n  const res = new Response('ok');\n  res.headers.set('Cache-Control', 'no-store');\n  return res;\n}",
      "export async function GET(req) {\n  const h = new Map();\n  h.set('X-Q', new URL(req.url).searchParams.get('q'));\n  return Response.json([...h]);\n}",
      "function addPreflightHeaders(req, reply, corsOptions) {\n  reply.header('Access-Control-Allow-Methods', corsOptions.methods.join(', '));\n}",
    ],
    invalid: [
      // The same defaulted map handed to an HTTP response is a response header.
      {
        code: "function send(res, lang, headers = {}) {\n  headers['Content-Language'] = lang;\n  res.writeHead(200, headers);\n  res.end();\n}\nmodule.exports = send;",
        line: 2,
      },
      // A header map handed over whole.
      "app.get('/l', (req, res) => { res.set({ 'Content-Language': req.query.lang, 'Cache-Control': 'no-store' }); res.end(); });",
      "const http = require('http');\nhttp.createServer((req, res) => {\n  const u = new URL(req.url, 'http://x');\n  res.writeHead(200, { 'X-Path': u.searchParams.get('p') });\n  res.end();\n});",
      "function send(req, res, headers) {\n  let tmp;\n  headers = { ...headers };\n  if ((tmp = req.query.type)) headers['Content-Type'] = tmp;\n  res.writeHead(200, headers);\n}",
      "exports.lang = function (req, res) {\n  var lang;\n  if (req.headers['accept-language']) lang = req.headers['accept-language'];\n  else lang = req.query.lang;\n  res.setHeader('Content-Language', lang);\n  res.end();\n};",
      "function store(infoType, infoContent, header) {\n  const names = { lang: 'Accept-Language', cache: 'Cache-Control' };\n  header[names[infoType]] = infoContent;\n  return header;\n}",
      "function tag(options) {\n  return function (req, res, next) {\n    res.setHeader('X-Tag', options.prefix + req.query.tag);\n    next();\n  };\n}",
      "function f(header, v) { header['X-Info'] = v; }",
      "app.use(async (ctx) => { ctx.set('X-Locale', ctx.query.locale); });",
      "import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/x', (c) => {\n  c.header('X-Lang', c.req.query('l'));\n  return c.text('ok');\n});",
      "import { NextResponse } from 'next/server';\nexport async function GET(req) {\n  const name = req.nextUrl.searchParams.get('name');\n  const res = NextResponse.next();\n  res.headers.set('X-Name', name);\n  return res;\n}",
      "export async function GET(req) {\n  const res = new Response('a,b');\n  res.headers.append('Content-Disposition', 'attachment; filename=' + new URL(req.url).searchParams.get('f'));\n  return res;\n}",
      "app.get('/h', (req, res) => { res.header(req.query.h, 'on'); res.end(); });",
      "net.createServer((s) => s.on('data', (b) => {\n  const lang = new URL(String(b).split(' ')[1], 'http://x').searchParams.get('l');\n  s.end('HTTP/1.1 200 OK\\r\\nContent-Language: ' + lang + '\\r\\n\\r\\n');\n}));",
      "http.createServer((req, res) => {\n  const headers = {};\n  headers['X-Lang'] = new URL(req.url, 'http://x').searchParams.get('lang');\n  res.writeHead(200, headers);\n  res.end();\n});",
    ],
  },
});
