import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

const LITERAL = new Set(["string", "template_string", "number", "array"]);

/** Server modules and frameworks: a file that loads one may run the timer per request. */
const SERVER_MODULE =
  /\b(?:require\(\s*|from\s+)['"](?:node:)?(?:https?|http2|net|express|koa|@koa\/\w+|fastify|@hapi\/hapi|hapi|restify|next\/server|next|hono|h3|@nestjs\/\w+|polka|micro|@sveltejs\/kit)['"]/;

/** A timer in page code: the file loads no server module and no function around it takes a request. */
function pageTimer(node: SyntaxNode, ctx: JsContext): boolean {
  if (sourceHas(ctx.tree, SERVER_MODULE) || !sourceHas(ctx.tree, /\b(location|document|window)\b/))
    return false;
  for (let f = ctx.enclosingFunction(node); f; f = ctx.enclosingFunction(f)) {
    const ps = field(f, "parameters") ?? field(f, "parameter");
    if (ps && /^\(?\s*(req|request|ctx|context|event|evt|c)\b/.test(ctx.text(ps))) return false;
  }
  return true;
}

export default jsRule({
  meta: {
    id: "JS-BUF-001",
    title:
      "Buffer allocated with a size from the request, or by the deprecated constructor on unchecked data",
    cwe: ["CWE-770", "CWE-908", "CWE-676"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "no request data was traced to the argument: the deprecated constructor is an audit hint",
      },
    ],
    docs: {
      what_it_does:
        "Flags Buffer.alloc / allocUnsafe, String.repeat and filled/joined `new Array(n)` sized by request data, and setTimeout / setInterval delays from request data (no Math.min cap, no upper-bound test before), and `new Buffer(x)` / `Buffer(x)` (deprecated since Node 6, DEP0005) whose first argument is not a literal and whose type the function does not check (typeof / Buffer.isBuffer / Array.isArray). MEDIUM when request data reaches it, LOW otherwise.",
      why_bad:
        "The constructor allocates `x` bytes when `x` is a number and copies when it is a string or buffer. A number where a string was expected allocates attacker-sized memory (CWE-770), and before Node 8 that memory was not zeroed and leaked old heap contents (CWE-908).",
      example_bad: "function encode(body) {\n  return new Buffer(body).toString('base64');\n}",
      example_good: "function encode(body) {\n  return Buffer.from(String(body)).toString('base64');\n}",
    },
    fix_hint: "Use Buffer.from(value) for data and Buffer.alloc(size) (zero-filled, size checked) for sizes.",
  },
  trigger:
    /Buffer\s*\(|Buffer\.alloc|\.repeat\(|setTimeout\s*\(|setInterval\s*\(|Array\s*\(|Array\.from\(|ArrayBuffer\(/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // `Math.min(n, MAX)`, here or where the name was bound.
    const capped = (size: SyntaxNode) =>
      /\bMath\.min\s*\(/.test(ctx.text(size)) || /\bMath\.min\s*\(/.test(ctx.text(ctx.resolve(size) ?? size));
    // `if (n > 4096) return ...; Buffer.alloc(n)`, `if (n <= 4096) { ... alloc(n) }`: the size has an upper bound.
    const bounded = (size: SyntaxNode) => {
      const name = ctx.text(size);
      if (!/^[\w$.]+$/.test(name)) return false;
      const n = name.replace(/[.$]/g, "\\$&");
      const num = String.raw`(\d[\d_]*|[A-Z][A-Z0-9_]*)`;
      const upper = new RegExp(String.raw`\b${n}\s*<=?\s*${num}|${num}\s*>=?\s*${n}\b`);
      const over = new RegExp(String.raw`\b${n}\s*>=?\s*${num}|${num}\s*<=?\s*${n}\b`);
      const cond = (i: SyntaxNode) => ctx.text(field(i, "condition") ?? i);
      for (let a: SyntaxNode = node; a.parent; a = a.parent) {
        const p: SyntaxNode = a.parent;
        // inside `if (n <= MAX) { ... }`, or in the else of `if (n > MAX) ... else { ... }`
        if (p.type === "if_statement" && a.field === "consequence" && upper.test(cond(p))) return true;
        if (p.type === "if_statement" && a.field === "alternative" && over.test(cond(p))) return true;
        // after `if (n > MAX) return ...;` / `throw` in the same block
        if (p.type === "statement_block" || p.type === "program")
          for (const st of p.children) {
            if (st.start >= a.start) break;
            const then = st.type === "if_statement" ? field(st, "consequence") : undefined;
            if (then && over.test(cond(st)) && /^\{?\s*(return|throw)\b/.test(ctx.text(then))) return true;
          }
        if (/^(function_declaration|function_expression|arrow_function|method_definition)$/.test(p.type))
          break;
      }
      return false;
    };
    // A number read from the request (Number(), parseInt, unary + keep its level) with no cap or bound on it; the
    // length of request text is bounded by the request's own size limit.
    const unbounded = (size: SyntaxNode | undefined): size is SyntaxNode =>
      !!size && !capped(size) && !bounded(size) && ctx.level(size, "size") === Level.SOURCE;
    // A timer's delay from the request: each request parks a callback (and often its response) for as long as the
    // client asks.
    if (/^(setTimeout|setInterval|window\.setTimeout|window\.setInterval)$/.test(q)) {
      const delay = ctx.args(node)[1];
      // A page's own timer (no server module in the file, no handler's request around it): the URL's delay only
      // slows the visitor's own tab, which holds no other client's request.
      if (pageTimer(node, ctx)) return;
      if (unbounded(delay))
        report({ node, message: `${q}() delay from request data: the client chooses how long it is held` });
      return;
    }
    // `new Array(n).fill(0)`, `Array(n).join('x')`: filling or joining an array of the requested length.
    if (
      q === "Array" &&
      node.parent?.type === "member_expression" &&
      node.parent.parent?.type === "call_expression"
    ) {
      const size = ctx.args(node)[0];
      if (ctx.args(node).length === 1 && unbounded(size))
        report({
          node,
          message: "array of a request-chosen length filled: the client chooses how much memory is taken",
        });
      return;
    }
    // `new Float64Array(Number(req.query.len))`, `new ArrayBuffer(n)`: a typed array of a number the request
    // chose. (A typed array of the request's own array copies it, bounded by the body limit: only a number
    // converted from request text counts.)
    if (
      node.type === "new_expression" &&
      /^((Ui|I)nt(8|16|32)|Uint8Clamped|Float(32|64)|Big(Ui|I)nt64)Array$|^(Shared)?ArrayBuffer$/.test(q)
    ) {
      const size = ctx.args(node)[0];
      const numeric = (n: SyntaxNode | undefined) =>
        !!n &&
        /^(\+|Number\s*\(|parseInt\s*\(|parseFloat\s*\(|Math\.(floor|ceil|round|trunc)\s*\()/.test(
          ctx.text(n),
        );
      if (ctx.args(node).length === 1 && (numeric(size) || numeric(ctx.resolve(size))) && unbounded(size))
        report({ node, message: `${q} sized by request data: the client chooses how much memory is taken` });
      return;
    }
    // `Array.from({ length: n }, fn)`: an array of the requested length, built element by element.
    if (q === "Array.from" && node.type === "call_expression") {
      const spec = ctx.args(node)[0];
      const length = spec?.type === "object" ? ctx.prop(spec, "length") : undefined;
      if (length && unbounded(length))
        report({
          node,
          message: "Array.from of a request-chosen length: the client chooses how much memory is taken",
        });
      return;
    }
    // `'x'.repeat(n)` builds a string of the requested size just as Buffer.alloc(n) allocates it.
    const repeat = ctx.method(node) === "repeat" && node.type === "call_expression";
    if (/^Buffer\.alloc(Unsafe|UnsafeSlow)?$/.test(q) || repeat) {
      // The size itself from the request: one request asks for gigabytes (a Math.min cap bounds it).
      const size = ctx.args(node)[0];
      if (unbounded(size))
        report({
          node,
          message: `${repeat ? "String.repeat" : q}() sized by request data: the client chooses how much memory is taken`,
        });
      return;
    }
    if (q !== "Buffer") return;
    // A Buffer polyfill (feross/buffer and its kin) defines the constructor it calls.
    if (sourceHas(ctx.tree, /\bfunction\s+Buffer\s*\(|\bclass\s+Buffer\b/)) return;
    const arg = ctx.args(node)[0];
    if (!arg || LITERAL.has(arg.type)) return;
    // `new Buffer(body.toString())`, `new Buffer(String(x))`, `new Buffer(\`${a}\`)`: always text, whose bytes are
    // copied; no number reaches the constructor.
    if (
      arg.type === "template_string" ||
      (arg.type === "call_expression" &&
        (/^(toString|join)$/.test(ctx.method(arg)) || ctx.callee(arg) === "String"))
    )
      return;
    // `new Buffer(s, 'base64')`: with an encoding Node throws on a number (ERR_INVALID_ARG_TYPE) instead of
    // allocating; only text is decoded. Still the deprecated constructor (DEP0005): a LOW hint.
    const enc = ctx.stringValue(ctx.args(node)[1]);
    const decodes =
      enc !== undefined && /^(utf-?8|utf-?16le|ucs-?2|latin1|binary|base64|base64url|hex|ascii)$/i.test(enc);
    const name = ctx.text(arg);
    const fn = ctx.enclosingFunction(node);
    if (fn && /^[\w$.]+$/.test(name)) {
      const esc = name.replace(/[.$]/g, "\\$&");
      const checked = new RegExp(
        `typeof\\s+${esc}\\s*[!=]==?|(isBuffer|isArray|isString)\\(\\s*${esc}\\s*\\)|${esc}\\s+instanceof\\b`,
      );
      if (checked.test(ctx.text(fn).slice(0, node.start - fn.start))) return;
    }
    const level = ctx.level(arg, "alloc");
    if (level === Level.CONST) return;
    if (level === Level.SOURCE && !decodes)
      report({ node, message: "new Buffer() on request data: a number allocates that many bytes" });
    else
      report({
        node,
        severity: "LOW",
        message: decodes
          ? "deprecated Buffer constructor (DEP0005): decode with Buffer.from(text, encoding)"
          : "deprecated Buffer constructor on a value whose type is not checked (a number allocates memory)",
      });
  },
  cases: {
    valid: [
      "app.post('/f', (req, res) => res.json(new Float64Array(req.body.values)));",
      "app.get('/s', (req, res) => res.json(Array.from({ length: Math.min(100, Number(req.query.count)) }, (_, i) => i)));",
      // A page's timer from its own URL: only the visitor's tab waits.
      "function poll() {\n  const ms = Number(new URLSearchParams(location.search).get('ms')) || 5000;\n  setInterval(refresh, ms);\n}",
      "const b = new Buffer('abc');",
      "const b = new Buffer([1, 2, 3]);",
      "app.post('/b', (req, res) => { res.send(new Buffer(req.body.n.toString())); });",
      "function save(b) { if (typeof b === 'string') b = new Buffer(b); return b; }",
      "function copy(buf) {\n  if (!isBuffer(buf)) throw new TypeError('not a buffer');\n  return new Buffer(buf);\n}",
      "function Buffer(subject, encoding) {\n  if (!(this instanceof Buffer)) return new Buffer(subject, encoding);\n}",
      "function f(s) { return Buffer.from(s); }",
      "app.get('/p', (req, res) => { res.send(Buffer.alloc(Math.min(parseInt(req.query.n, 10) || 0, 4096))); });",
      "function pad(n) { return Buffer.alloc(n); }",
      "const data = Buffer.from(process.argv[3], 'hex');\nconst pad = Buffer.alloc((16 - (data.length % 16)) % 16, 16);",
      "app.get('/p', (req, res) => res.send('x'.repeat(Math.min(Number(req.query.n) || 0, 1000))));",
      "app.get('/p', (req, res) => res.send('-'.repeat(req.query.title.length)));",
      "app.get('/p', (req, res) => { const n = Number(req.query.n); if (n > 256) return res.sendStatus(400); res.send('x'.repeat(n)); });",
      "app.get('/p', (req, res) => { const n = Number(req.query.n); if (n > 0 && n <= 4096) res.send(Buffer.alloc(n)); });",
      "app.get('/p', (req, res) => { setTimeout(() => res.end(), Math.min(Number(req.query.ms) || 0, 2000)); });",
      "app.get('/p', (req, res) => { const a = new Array(Number(req.query.n)); res.json(a.length); });",
    ],
    invalid: [
      "app.get('/f', (req, res) => res.json({ n: new Float64Array(Number(req.query.len)).length }));",
      "app.get('/s', (req, res) => res.json(Array.from({ length: req.query.count }, (_, i) => i)));",
      "const http = require('http');\nhttp.createServer((req, res) => {\n  const ms = Number(new URL(req.url, 'http://x').searchParams.get('ms'));\n  setTimeout(() => res.end(), ms);\n}).listen(8080);",
      "app.get('/p', (req, res) => res.send('x'.repeat(req.query.n)));",
      "app.get('/p', (req, res) => { setTimeout(() => res.end('ok'), parseInt(req.query.ms, 10)); });",
      "app.get('/p', (req, res) => { res.send(new Array(Number(req.query.n)).fill('.').join('')); });",
      "app.get('/p', (req, res) => { const n = Number(req.query.n); if (n > 0) res.send(Buffer.alloc(n)); });",
      {
        code: "function processFileContent(fileContent) {\n  return new Buffer(fileContent).toString('base64');\n}",
        line: 2,
        severity: "LOW",
      },
      "function read(length) { const buffer = new Buffer(length); return buffer; }",
      {
        code: "app.get('/b', (req, res) => { const raw = new Buffer(req.headers.authorization.split(' ')[1], 'base64'); res.end(); });",
        severity: "LOW",
      },
      { code: "app.post('/b', (req, res) => { res.send(new Buffer(req.body.n)); });", severity: "MEDIUM" },
      {
        code: "app.get('/p', (req, res) => {\n  res.send(Buffer.alloc(Number(req.query.size)));\n});",
        line: 2,
      },
    ],
  },
});
