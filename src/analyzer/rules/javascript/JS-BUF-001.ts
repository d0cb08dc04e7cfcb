import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";

const LITERAL = new Set(["string", "template_string", "number", "array"]);

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
        "Flags Buffer.alloc / allocUnsafe and String.repeat sized by request data (no Math.min cap), and `new Buffer(x)` / `Buffer(x)` (deprecated since Node 6, DEP0005) whose first argument is not a literal and whose type the function does not check (typeof / Buffer.isBuffer / Array.isArray). MEDIUM when request data reaches it, LOW otherwise.",
      why_bad:
        "The constructor allocates `x` bytes when `x` is a number and copies when it is a string or buffer. A number where a string was expected allocates attacker-sized memory (CWE-770), and before Node 8 that memory was not zeroed and leaked old heap contents (CWE-908).",
      example_bad: "function encode(body) {\n  return new Buffer(body).toString('base64');\n}",
      example_good: "function encode(body) {\n  return Buffer.from(String(body)).toString('base64');\n}",
    },
    fix_hint: "Use Buffer.from(value) for data and Buffer.alloc(size) (zero-filled, size checked) for sizes.",
  },
  trigger: /Buffer\s*\(|Buffer\.alloc|\.repeat\(/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // `'x'.repeat(n)` builds a string of the requested size just as Buffer.alloc(n) allocates it.
    const repeat = ctx.method(node) === "repeat" && node.type === "call_expression";
    if (/^Buffer\.alloc(Unsafe|UnsafeSlow)?$/.test(q) || repeat) {
      // The size itself from the request: one request asks for gigabytes (a Math.min cap bounds it).
      const size = ctx.args(node)[0];
      // A length measured on request text is bounded by the request's own size limit.
      if (
        size &&
        !/\bMath\.min\s*\(/.test(ctx.text(size)) &&
        // "size": a number read from the request (Number(), parseInt, unary + keep its level); the length of
        // request text is bounded by the request's own size limit.
        ctx.level(size, "size") === Level.SOURCE
      )
        report({
          node,
          message: `${repeat ? "String.repeat" : q}() sized by request data: the client chooses how much memory is taken`,
        });
      return;
    }
    if (q !== "Buffer") return;
    // A Buffer polyfill (feross/buffer and its kin) defines the constructor it calls.
    if (/\bfunction\s+Buffer\s*\(|\bclass\s+Buffer\b/.test(ctx.tree.source)) return;
    const arg = ctx.args(node)[0];
    if (!arg || LITERAL.has(arg.type)) return;
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
    if (level === Level.SOURCE)
      report({ node, message: "new Buffer() on request data: a number allocates that many bytes" });
    else
      report({
        node,
        severity: "LOW",
        message:
          "deprecated Buffer constructor on a value whose type is not checked (a number allocates memory)",
      });
  },
  cases: {
    valid: [
      "const b = new Buffer('abc');",
      "const b = new Buffer([1, 2, 3]);",
      "function save(b) { if (typeof b === 'string') b = new Buffer(b); return b; }",
      "function copy(buf) {\n  if (!isBuffer(buf)) throw new TypeError('not a buffer');\n  return new Buffer(buf);\n}",
      "function Buffer(subject, encoding) {\n  if (!(this instanceof Buffer)) return new Buffer(subject, encoding);\n}",
      "function f(s) { return Buffer.from(s); }",
      "app.get('/p', (req, res) => { res.send(Buffer.alloc(Math.min(parseInt(req.query.n, 10) || 0, 4096))); });",
      "function pad(n) { return Buffer.alloc(n); }",
      "const data = Buffer.from(process.argv[3], 'hex');\nconst pad = Buffer.alloc((16 - (data.length % 16)) % 16, 16);",
      "app.get('/p', (req, res) => res.send('x'.repeat(Math.min(Number(req.query.n) || 0, 1000))));",
      "app.get('/p', (req, res) => res.send('-'.repeat(req.query.title.length)));",
    ],
    invalid: [
      "app.get('/p', (req, res) => res.send('x'.repeat(req.query.n)));",
      {
        code: "function processFileContent(fileContent) {\n  return new Buffer(fileContent).toString('base64');\n}",
        line: 2,
        severity: "LOW",
      },
      "function read(length) { const buffer = new Buffer(length); return buffer; }",
      { code: "app.post('/b', (req, res) => { res.send(new Buffer(req.body.n)); });", severity: "MEDIUM" },
      {
        code: "app.get('/p', (req, res) => {\n  res.send(Buffer.alloc(Number(req.query.size)));\n});",
        line: 2,
      },
    ],
  },
});
