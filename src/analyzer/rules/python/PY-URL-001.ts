import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-URL-001",
    title: "Host name checked with a substring or suffix test",
    cwe: ["CWE-20"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags `x in parsed.netloc` and `parsed.netloc.endswith(domain)` without a leading dot, used to decide whether a URL is trusted.",
      why_bad:
        "evil-example.com ends with example.com, and example.com.evil.net contains it: substring checks accept attacker-owned hosts (open redirect, SSRF).",
      example_bad:
        "from urllib.parse import urlparse\ndef allowed(url, domain):\n    return urlparse(url).netloc.endswith(domain)",
      example_good:
        "from urllib.parse import urlparse\ndef allowed(url, domain):\n    host = urlparse(url).hostname or ''\n    return host == domain or host.endswith('.' + domain)",
    },
    fix_hint:
      "Compare the parsed hostname for equality, or test endswith('.' + domain) after an equality check.",
  },
  trigger: /netloc|hostname|\.host\b/,
  nodeTypes: ["call", "comparison_operator"],
  detect(node, ctx, report) {
    if (node.type === "call") {
      const fn = field(node, "function");
      if (ctx.method(node) !== "endswith" || fn?.type !== "attribute") return;
      const obj = ctx.text(field(fn, "object") ?? fn);
      if (!/(netloc|hostname|host)$/.test(obj)) return;
      const arg = ctx.args(node)[0];
      if (!arg) return;
      const v = ctx.stringValue(arg);
      if (v !== undefined ? v.startsWith(".") : /^['"]\.['"]\s*\+|^f['"]\./.test(ctx.text(arg))) return;
      report({ node, message: "suffix check on host accepts look-alike domains" });
      return;
    }
    const ops = node.children.filter((c) => !c.named).map((c) => c.type);
    if (!ops.includes("in")) return;
    const right = node.children.filter((c) => c.named)[1];
    if (right && /\.(netloc|hostname)$/.test(ctx.text(right)))
      report({ node, message: "substring check on host accepts look-alike domains" });
  },
  cases: {
    valid: [
      "def f(u, d):\n    return u.hostname == d or u.hostname.endswith('.' + d)",
      "def f(name):\n    return name.endswith('.txt')",
    ],
    invalid: ["def f(u, d):\n    return u.netloc.endswith(d)", "def f(u, d):\n    return d in u.netloc"],
  },
});
