import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";

/** Headers that decide who may frame the page. */
const FRAMING = /^(x-frame-options|content-security-policy)$/i;

export default jsRule({
  meta: {
    id: "JS-FRAME-001",
    title: "Framing policy (X-Frame-Options / CSP) chosen by the request",
    cwe: ["CWE-1021", "CWE-693"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags res.set / res.setHeader / res.header / ctx.set calls that set X-Frame-Options or Content-Security-Policy to a value built from request data.",
      why_bad:
        "The header is the page's clickjacking defence; when the request picks its value ('ALLOW-FROM https://evil.example', 'frame-ancestors *') an attacker's page frames the victim's session and tricks clicks (CWE-1021).",
      example_bad:
        "app.get('/embed', (req, res) => {\n  res.set('X-Frame-Options', req.query.frame);\n  res.render('embed');\n});",
      example_good:
        "app.get('/embed', (req, res) => {\n  res.set('X-Frame-Options', 'DENY');\n  res.render('embed');\n});",
    },
    fix_hint:
      "Set a constant policy (DENY / SAMEORIGIN, or frame-ancestors with a fixed list); pick among constants if partners differ.",
  },
  trigger: /X-Frame-Options|Content-Security-Policy/i,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    // `res.removeHeader('X-Frame-Options')`: the protection a middleware set is taken off the response.
    if (ctx.method(node) === "removeHeader" || ctx.method(node) === "remove") {
      const key = ctx.constValue(ctx.args(node)[0]);
      if (typeof key === "string" && /^x-frame-options$/i.test(key))
        report({ node, message: "X-Frame-Options removed: any site may frame the page" });
      return;
    }
    // Express/Koa/Fastify/Node response setters and Headers objects: the header name decides.
    if (!/^(set|setHeader|header|append)$/.test(ctx.method(node))) return;
    const [name, value] = ctx.args(node);
    const key = ctx.constValue(name);
    if (typeof key !== "string" || !FRAMING.test(key) || !value) return;
    if (ctx.level(value, "header") === Level.SOURCE)
      report({ node, message: `${key} header value comes from the request` });
  },
  cases: {
    valid: [
      "app.get('/w', (req, res) => { res.set('X-Frame-Options', 'DENY'); });",
      "app.get('/w', (req, res) => { res.set('X-Request-Id', req.query.id); });",
    ],
    invalid: [
      {
        code: "app.get('/e', (req, res) => {\n  res.set('X-Frame-Options', req.query.frame);\n});",
        line: 2,
      },
      "app.get('/c', (req, res) => { res.setHeader('Content-Security-Policy', 'frame-ancestors ' + req.query.p); });",
      "app.use((req, res, next) => { res.removeHeader('X-Frame-Options'); next(); });",
    ],
  },
});
