import { jsRule } from "./common.js";

/** Six months: below this an HSTS policy lapses between visits (and cannot be preloaded). */
const MIN_MAX_AGE = 15552000;

export default jsRule({
  meta: {
    id: "JS-HSTS-001",
    title: "HSTS policy with a short max-age",
    cwe: ["CWE-523", "CWE-319"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags helmet.hsts / hsts() / helmet({ hsts: {...} }) / strictTransportSecurity options whose maxAge is a literal under 15552000 seconds (180 days), helmet({ hsts: false }), and a Strict-Transport-Security header written with a short max-age or none.",
      why_bad:
        "Once the policy expires the browser again tries plain HTTP first: an attacker on the network strips TLS and reads cookies and credentials.",
      example_bad: "const helmet = require('helmet');\napp.use(helmet.hsts({ maxAge: 86400 }));",
      example_good:
        "const helmet = require('helmet');\napp.use(helmet.hsts({ maxAge: 31536000, includeSubDomains: true }));",
    },
    fix_hint: "Use maxAge: 31536000 (one year) with includeSubDomains once the whole site is on HTTPS.",
  },
  trigger: /hsts|strictTransportSecurity|strict-transport-security/i,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const opts = ctx.args(node)[0];
    // `res.setHeader('Strict-Transport-Security', 'max-age=0')`, or a header with no max-age at all (browsers
    // ignore such a header: no policy is set).
    if (/^(set|setHeader|header|append)$/.test(ctx.method(node))) {
      const [name, value] = ctx.args(node);
      const v = ctx.constValue(value);
      if (
        String(ctx.constValue(name) ?? "").toLowerCase() !== "strict-transport-security" ||
        typeof v !== "string"
      )
        return;
      const age = /(?:^|;)\s*max-age\s*=\s*"?(\d+)/i.exec(v)?.[1];
      if (age === undefined)
        report({ node, message: "Strict-Transport-Security without max-age is ignored" });
      else if (Number(age) < MIN_MAX_AGE)
        report({ node, message: `HSTS max-age ${age}s lets the policy lapse (use at least 180 days)` });
      return;
    }
    let policy;
    if (/^(hsts|helmet\.hsts|helmet\.strictTransportSecurity)$/.test(q)) policy = opts;
    else if (q === "helmet" && opts?.type === "object")
      policy = ctx.prop(opts, "hsts") ?? ctx.prop(opts, "strictTransportSecurity");
    // `helmet({ hsts: false })`: no HSTS header at all.
    if (q === "helmet" && policy?.type === "false") {
      report({ node, message: "HSTS switched off: browsers keep trying plain HTTP first" });
      return;
    }
    if (policy?.type !== "object") return;
    const age = ctx.constValue(ctx.prop(policy, "maxAge"));
    if (typeof age === "number" && age < MIN_MAX_AGE)
      report({ node, message: `HSTS max-age ${age}s lets the policy lapse (use at least 180 days)` });
  },
  cases: {
    valid: [
      "const helmet = require('helmet');\napp.use(helmet.hsts({ maxAge: 31536000 }));",
      "const helmet = require('helmet');\napp.use(helmet());",
      "const helmet = require('helmet');\napp.use(helmet({ hsts: { maxAge: 63072000, preload: true } }));",
      "res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains; preload');",
      "res.setHeader('X-Frame-Options', 'DENY');",
    ],
    invalid: [
      "const helmet = require('helmet');\napp.use(helmet.hsts({ maxAge: 86400 }));",
      "const helmet = require('helmet');\napp.use(helmet({ hsts: { maxAge: 3600 } }));",
      "const hsts = require('hsts');\napp.use(hsts({ maxAge: 600 }));",
      "const helmet = require('helmet');\napp.use(helmet({ hsts: false }));",
      "res.setHeader('Strict-Transport-Security', 'max-age=0');",
      "res.set('Strict-Transport-Security', 'includeSubDomains; preload');",
    ],
  },
});
