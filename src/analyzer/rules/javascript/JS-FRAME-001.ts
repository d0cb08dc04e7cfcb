import { Level } from "../../dataflow/python.js";
import { field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** Headers that decide who may frame the page. */
const FRAMING = /^(x-frame-options|content-security-policy)$/i;

/** X-Frame-Options values browsers treat as no protection, or a CSP whose frame-ancestors admits any origin. */
function permissive(header: string, value: string): boolean {
  if (/^x-frame-options$/i.test(header)) return /^\s*(ALLOWALL|ALLOW-FROM\s+\*)\s*;?\s*$/i.test(value);
  return /(^|;)\s*frame-ancestors\s+([^;]*\s)?\*(\s|;|$)/i.test(value);
}

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
  trigger: /X-Frame-Options|Content-Security-Policy|frameAncestors/i,
  nodeTypes: ["call_expression", "object", "pair"],
  detect(node, ctx, report) {
    // helmet's `directives: { frameAncestors: ['*'] }`: any site may frame the page.
    if (node.type === "pair") {
      if (!/^['"]?frame-?ancestors['"]?$/i.test(ctx.text(field(node, "key") ?? node))) return;
      const v = field(node, "value");
      const items = v?.type === "array" ? namedChildren(v) : v ? [v] : [];
      if (items.some((i) => ctx.constValue(i) === "*"))
        report({ node, message: "frame-ancestors * lets any site frame the page" });
      return;
    }
    // A header list entry (`{ key: 'X-Frame-Options', value: 'ALLOWALL' }` in next.config.js, vercel.json-style).
    if (node.type === "object") {
      const key = ctx.constValue(ctx.prop(node, "key") ?? ctx.prop(node, "name"));
      const value = ctx.constValue(ctx.prop(node, "value"));
      if (typeof key === "string" && FRAMING.test(key) && typeof value === "string" && permissive(key, value))
        report({ node, message: `${key}: ${value} lets any site frame the page` });
      return;
    }
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
    const fixed = ctx.constValue(value);
    if (typeof fixed === "string" && permissive(key, fixed))
      report({ node, message: `${key}: ${fixed} lets any site frame the page` });
    else if (ctx.level(value, "header") === Level.SOURCE)
      report({ node, message: `${key} header value comes from the request` });
  },
  cases: {
    valid: [
      "app.get('/w', (req, res) => { res.set('X-Frame-Options', 'DENY'); });",
      "app.get('/w', (req, res) => { res.set('X-Request-Id', req.query.id); });",
      "app.get('/p', (req, res) => { res.set('Content-Security-Policy', \"frame-ancestors 'self' https://partner.example.com\"); });",
      "module.exports = { headers: async () => [{ source: '/:p*', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] }] };",
      "app.use(helmet.contentSecurityPolicy({ directives: { frameAncestors: [\"'self'\"] } }));",
      "app.use(helmet.contentSecurityPolicy({ directives: { imgSrc: ['*'] } }));",
    ],
    invalid: [
      {
        code: "app.get('/e', (req, res) => {\n  res.set('X-Frame-Options', req.query.frame);\n});",
        line: 2,
      },
      "app.get('/c', (req, res) => { res.setHeader('Content-Security-Policy', 'frame-ancestors ' + req.query.p); });",
      "app.use((req, res, next) => { res.removeHeader('X-Frame-Options'); next(); });",
      "app.get('/w', (req, res) => { res.setHeader('X-Frame-Options', 'ALLOWALL'); });",
      "app.get('/e', (req, res) => { res.set('Content-Security-Policy', \"default-src 'self'; frame-ancestors *\"); });",
      "module.exports = { headers: async () => [{ source: '/e/:p*', headers: [{ key: 'X-Frame-Options', value: 'ALLOWALL' }] }] };",
      "app.use(helmet.contentSecurityPolicy({ directives: { frameAncestors: ['*'] } }));",
    ],
  },
});
