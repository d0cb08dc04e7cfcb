import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Policies that send the full URL (path and query) to other origins (unsafe-url even over plain HTTP). */
const LEAKY = /^(unsafe-url|no-referrer-when-downgrade)$/i;

export default pyRule({
  meta: {
    id: "PY-REFERRER-001",
    title: "Referrer policy sends full URLs to other sites",
    cwe: ["CWE-200", "CWE-598"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags Django SECURE_REFERRER_POLICY and Referrer-Policy headers set to unsafe-url (or no-referrer-when-downgrade).",
      why_bad:
        "Every link or resource on the page receives the page's full URL in the Referer header: password-reset tokens, session ids or search terms in paths and query strings leak to third parties.",
      example_bad: "SECURE_REFERRER_POLICY = 'unsafe-url'",
      example_good: "SECURE_REFERRER_POLICY = 'same-origin'",
    },
    fix_hint: "Use strict-origin-when-cross-origin (the browser default), same-origin or no-referrer.",
  },
  trigger: /REFERRER_POLICY|Referrer-Policy/i,
  nodeTypes: ["assignment"],
  detect(node, ctx, report) {
    const left = field(node, "left");
    if (!left) return;
    const key = left.type === "subscript" ? ctx.stringValue(field(left, "subscript")) : ctx.text(left);
    if (!/^(SECURE_REFERRER_POLICY|REFERRER_POLICY|referrer-policy)$/i.test(key ?? "")) return;
    const v = ctx.stringValue(ctx.resolve(field(node, "right")));
    // A comma list is a fallback chain: the browser uses the last policy it knows.
    const leaky = v
      ?.split(",")
      .map((p) => p.trim())
      .filter(Boolean)
      .pop();
    if (!leaky || !LEAKY.test(leaky)) return;
    report({ node, message: `Referrer-Policy ${leaky} sends full URLs to other origins` });
  },
  cases: {
    valid: ["SECURE_REFERRER_POLICY = 'same-origin'", "resp.headers['Referrer-Policy'] = 'no-referrer'"],
    invalid: [
      "SECURE_REFERRER_POLICY = 'unsafe-url'",
      { code: "def v(resp):\n    resp.headers['Referrer-Policy'] = 'unsafe-url'\n    return resp", line: 2 },
    ],
  },
});
