import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** Storage keys that name credentials or session material. */
const SENSITIVE_KEY =
  /token|jwt|session|auth|password|passwd|secret|credential|api_?key|apikey|credit_?card|card_?(number|num|no)\b|cc_?(number|num|no)\b|\bcvv|\bcvc\b|\bssn\b/i;

export default jsRule({
  meta: {
    id: "JS-STORE-001",
    title: "Credential or session token kept in Web Storage",
    cwe: ["CWE-922", "CWE-312"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags localStorage/sessionStorage writes (setItem or a property assignment) whose key names a token, JWT, session, password, secret or payment card (an audit hint).",
      why_bad:
        "Every script on the origin reads Web Storage: one XSS hands the session or password to the attacker, and nothing expires it.",
      example_bad: "localStorage.setItem('jwt', response.token);",
      example_good: "// the server sets the session in an HttpOnly, Secure, SameSite cookie instead",
    },
    fix_hint: "Keep session tokens in HttpOnly cookies; never store passwords client-side.",
  },
  trigger: /localStorage|sessionStorage/,
  nodeTypes: ["call_expression", "assignment_expression"],
  detect(node, ctx, report) {
    if (node.type === "assignment_expression") {
      // `localStorage.jwt = t`, `sessionStorage['authToken'] = t`: the property is the storage key.
      const left = field(node, "left");
      const store = left && field(left, "object");
      if (!store || !/^(window\.)?(localStorage|sessionStorage)$/.test(ctx.text(store))) return;
      const key =
        left.type === "member_expression"
          ? ctx.text(field(left, "property") ?? left)
          : ctx.constValue(field(left, "index"));
      if (typeof key !== "string" || !SENSITIVE_KEY.test(key)) return;
      report({ node, message: `'${key}' stored in ${ctx.text(store)}, readable by any script on the page` });
      return;
    }
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
      "localStorage.theme = 'dark';",
      "localStorage.setItem('cardLayout', 'grid');",
    ],
    invalid: [
      {
        code: "fetch('/login').then((r) => r.json()).then((d) => {\n  localStorage.setItem('authToken', d.token);\n});",
        line: 2,
      },
      "window.localStorage.jwt = body.jwt;",
      "sessionStorage['auth_token'] = t;",
      "sessionStorage.setItem('cc_number', form.card.value);",
    ],
  },
});
