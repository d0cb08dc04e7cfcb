import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-HDR-001",
    title: "HTTP header set from unsanitised input",
    cwe: ["CWE-113"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags header maps (headers[...] = value) and res.setHeader/res.set (Express), ctx.set (Koa) and reply.header (Fastify) with caller-controlled names or values that are not stripped of CR/LF.",
      why_bad: "\\r\\n in a value injects extra headers or splits the response.",
      example_bad:
        "function setLang(headers, lang) {\n  headers['Content-Language'] = lang;\n  return headers;\n}",
      example_good:
        "function setLang(headers, lang) {\n  headers['Content-Language'] = lang.replace(/[\\r\\n]/g, '');\n  return headers;\n}",
    },
    fix_hint: "Remove or reject \\r and \\n in header values, or allow-list them.",
  },
  trigger: /header|\.set\(|\.append\(/i,
  nodeTypes: ["assignment_expression", "call_expression"],
  detect(node, ctx, report) {
    let value;
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
    if (ctx.level(value, "header") >= Level.PARAM)
      report({ node, message: "header value carries unsanitised input" });
  },
  cases: {
    valid: [
      "function f(h, v) { h['X'] = v.replace(/[\\r\\n]/g, ''); }",
      "app.get('/t', (req, res) => { const t = String(req.get('x-t')).replace(/[^A-Za-z0-9-]/g, ''); res.set('X-T', t); });",
      "const cd = require('content-disposition');\napp.get('/d', (req, res) => { res.setHeader('Content-Disposition', cd(String(req.query.n))); });",
    ],
    invalid: [
      "function f(header, v) { header['X-Info'] = v; }",
      "app.use(async (ctx) => { ctx.set('X-Locale', ctx.query.locale); });",
      "app.get('/h', (req, res) => { res.header(req.query.h, 'on'); res.end(); });",
    ],
  },
});
