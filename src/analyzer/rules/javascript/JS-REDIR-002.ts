import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-REDIR-002",
    title: "Browser navigation to a URL from the page's input",
    cwe: ["CWE-601", "CWE-79"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags `location = x`, `location.href = x`, `location.assign/replace(x)` and `window.open(x)` where x comes from the URL, the referrer, cookies or a message.",
      why_bad:
        "The page sends its users wherever the link says (phishing), and a `javascript:` URL runs script in the page's origin.",
      example_bad:
        "const next = new URLSearchParams(location.search).get('next');\nwindow.location.href = next;",
      example_good:
        "const next = new URLSearchParams(location.search).get('next') || '/';\nif (next.startsWith('/') && !next.startsWith('//')) window.location.href = next;",
    },
    fix_hint: "Only navigate to same-origin paths (starting with a single '/') or to an allow-listed host.",
  },
  trigger: /location|window\.open/,
  nodeTypes: ["assignment_expression", "call_expression"],
  detect(node, ctx, report) {
    let target;
    if (node.type === "assignment_expression") {
      const left = field(node, "left");
      if (!left || !/^((window|document|self|top)\.)?location(\.href)?$/.test(ctx.text(left))) return;
      target = field(node, "right");
    } else {
      const q = ctx.callee(node);
      if (!/^((window|document|self|top)\.)?location\.(assign|replace)$|^window\.open$/.test(q)) return;
      target = ctx.args(node)[0];
    }
    if (!target) return;
    const fn = ctx.enclosingFunction(node);
    const body = fn ? ctx.text(fn) : ctx.tree.source;
    if (/startsWith\(\s*['"]\/|new URL\([^)]*\)\.(origin|host)|\.origin\s*===|allow/i.test(body)) return;
    if (ctx.fixedOrigin(target)) return;
    if (ctx.level(target, "redirect") === Level.SOURCE)
      report({ node, message: "navigates to a URL taken from the page's input" });
  },
  cases: {
    valid: [
      "window.location.href = '/home';",
      "const n = new URLSearchParams(location.search).get('n');\nif (n.startsWith('/')) location.href = n;",
    ],
    invalid: [
      {
        code: "const d = new URLSearchParams(window.location.search).get('r');\nwindow.location = d;",
        line: 2,
      },
      "location.assign(document.referrer);",
    ],
  },
});
