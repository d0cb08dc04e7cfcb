import { jsRule } from "./common.js";

/** Storage keys that name credentials or session material. */
const SENSITIVE_KEY = /token|jwt|session|auth|password|passwd|secret|credential|api_?key|apikey/i;

export default jsRule({
  meta: {
    id: "JS-STORE-001",
    title: "Credential or session token kept in Web Storage",
    cwe: ["CWE-922", "CWE-312"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags localStorage/sessionStorage writes whose key names a token, JWT, session, password or secret (an audit hint).",
      why_bad:
        "Every script on the origin reads Web Storage: one XSS hands the session or password to the attacker, and nothing expires it.",
      example_bad: "localStorage.setItem('jwt', response.token);",
      example_good: "// the server sets the session in an HttpOnly, Secure, SameSite cookie instead",
    },
    fix_hint: "Keep session tokens in HttpOnly cookies; never store passwords client-side.",
  },
  trigger: /localStorage|sessionStorage/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (!/^(window\.)?(localStorage|sessionStorage)\.setItem$/.test(q)) return;
    const key = ctx.constValue(ctx.args(node)[0]);
    if (typeof key !== "string" || !SENSITIVE_KEY.test(key)) return;
    report({
      node,
      message: `'${key}' stored in ${q.replace(/\.setItem$/, "")}, readable by any script on the page`,
    });
  },
  cases: {
    valid: [
      "localStorage.setItem('theme', 'dark');",
      "sessionStorage.setItem('lastPage', location.pathname);",
    ],
    invalid: [
      {
        code: "fetch('/login').then((r) => r.json()).then((d) => {\n  localStorage.setItem('authToken', d.token);\n});",
        line: 2,
      },
    ],
  },
});
