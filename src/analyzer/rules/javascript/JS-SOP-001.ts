import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-SOP-001",
    title: "document.domain assigned (same-origin policy relaxed)",
    cwe: ["CWE-346"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags assignments to document.domain (`document.domain = 'example.com'`, `window.document.domain = ...`); reading it is not flagged.",
      why_bad:
        "Setting document.domain to a parent domain lets every page on any sibling subdomain that does the same script this page's DOM, cookies and storage: one XSS or takeover on a forgotten subdomain reaches the main application. Browsers are deprecating the setter for that reason.",
      example_bad: "export function joinParent() {\n  document.domain = 'example.com';\n}",
      example_good:
        "export function talkToParent(msg) {\n  window.parent.postMessage(msg, 'https://example.com');\n}",
    },
    fix_hint:
      "Leave document.domain alone; exchange data across subdomains with postMessage to an exact origin, or CORS requests.",
  },
  trigger: /\.domain\s*=[^=]/,
  nodeTypes: ["assignment_expression"],
  detect(node, ctx, report) {
    const left = field(node, "left");
    if (
      !left ||
      !/^((window|self|globalThis|top|parent)\.)?document\.domain$/.test(ctx.text(left).replace(/\s+/g, ""))
    )
      return;
    report({ node, message: "document.domain assigned: pages on sibling subdomains may script this one" });
  },
  cases: {
    valid: [
      "const d = document.domain;",
      "console.log(document.domain === 'example.com');",
      "cookieOptions.domain = 'example.com';",
      "if (document.domain == 'a.example') start();",
    ],
    invalid: [
      { code: "function f() {\n  document.domain = 'example.com';\n}", line: 2 },
      "document.domain = location.hostname.split('.').slice(-2).join('.');",
      "window.document.domain = 'corp.example.net';",
    ],
  },
});
