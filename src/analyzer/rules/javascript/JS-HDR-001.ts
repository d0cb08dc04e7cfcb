import { Level } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
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
  const built = (v: SyntaxNode | undefined, depth = 0): boolean => {
    if (!v || depth > 3) return false;
    if (v.type === "object") return true;
    if (v.type === "parenthesized_expression") return built(namedChildren(v)[0], depth + 1);
    if (v.type === "assignment_expression") return built(field(v, "right"), depth + 1);
    if (v.type === "binary_expression" && /^(\|\||\?\?)$/.test(v.children.find((c) => !c.named)?.type ?? ""))
      return built(field(v, "right"), depth + 1);
    return (
      v.type === "call_expression" && ctx.callee(v) === "Object.assign" && built(ctx.args(v)[0], depth + 1)
    );
  };
  if (!built(ctx.resolve(root))) return false;
  const fn = ctx.enclosingFunction(node);
  return !!fn && !RESPONSE_WRITE.test(ctx.text(fn));
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
    case "call_expression":
      return /^(Buffer\.byteLength|parseInt|parseFloat|Number|Math\.\w+|Date\.now|Number\.parseInt|Number\.parseFloat)$/.test(
        ctx.callee(n),
      );
    case "member_expression":
      return /^(length|size|byteLength|statusCode)$/.test(ctx.text(field(n, "property") ?? n));
    case "template_string":
      return namedChildren(n)
        .filter((c) => c.type === "template_substitution")
        .every((c) => sub(namedChildren(c)[0]));
    default:
      return false;
  }
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
  trigger: /header|\.set\(|\.append\(|HTTP\/1\./i,
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
        !/headers?$/i.test(ctx.text(field(left, "object") ?? left))
      )
        return;
      value = field(node, "right");
    } else {
      // Express `res`, Koa `ctx` / `ctx.response`, Fastify `reply`.
      if (
        !/^(res|response|ctx|ctx\.response|reply)\.(setHeader|set|header|append)$/.test(
          ctx.callee(node).replace(/\s+/g, ""),
        )
      )
        return;
      value = ctx.args(node)[1];
      // A header NAME from the request (`res.set(req.query.h, v)`) injects just as well as its value.
      const name = ctx.args(node)[0];
      if (
        value &&
        name &&
        name.type !== "object" &&
        !/replace\(|encodeURIComponent/.test(ctx.text(name)) &&
        ctx.level(name, "header") >= Level.SOURCE
      ) {
        report({ node, message: "header name carries unsanitised input" });
        return;
      }
    }
    if (!value || /replace\(\/\[?\\r|replace\(\/\\n|encodeURIComponent/.test(ctx.text(value))) return;
    if (numeric(ctx, value)) return;
    const level = ctx.level(value, "header");
    if (level < Level.PARAM) return;
    const target = node.type === "assignment_expression" ? field(field(node, "left")!, "object") : undefined;
    if (target && notAResponseMap(ctx, node, target, level)) return;
    if (level < Level.SOURCE) {
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
      const name = left ? ctx.stringValue(field(left, "index")) : ctx.stringValue(ctx.args(node)[0]);
      if (OUTGOING.test(target) || (name !== undefined && REQUEST_ONLY.test(name))) return;
      const v = ctx.resolve(value);
      if (v?.type === "call_expression" && ctx.method(v) === "getHeader") return;
    }
    report({ node, message: "header value carries unsanitised input" });
  },
  cases: {
    valid: [
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
    ],
    invalid: [
      "function f(header, v) { header['X-Info'] = v; }",
      "app.use(async (ctx) => { ctx.set('X-Locale', ctx.query.locale); });",
      "app.get('/h', (req, res) => { res.header(req.query.h, 'on'); res.end(); });",
      "net.createServer((s) => s.on('data', (b) => {\n  const lang = new URL(String(b).split(' ')[1], 'http://x').searchParams.get('l');\n  s.end('HTTP/1.1 200 OK\\r\\nContent-Language: ' + lang + '\\r\\n\\r\\n');\n}));",
      "http.createServer((req, res) => {\n  const headers = {};\n  headers['X-Lang'] = new URL(req.url, 'http://x').searchParams.get('lang');\n  res.writeHead(200, headers);\n  res.end();\n});",
    ],
  },
});
