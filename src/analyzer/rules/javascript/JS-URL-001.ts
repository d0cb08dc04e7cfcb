import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-URL-001",
    title: "Host name checked with a substring or suffix test",
    cwe: ["CWE-20"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags url.hostname/host .includes(x), .indexOf(x), and .endsWith(x) without a leading dot.",
      why_bad:
        "evil-example.com ends with example.com and example.com.evil.net contains it: substring checks trust attacker hosts.",
      example_bad: "const allowed = (u, domain) => new URL(u).hostname.includes(domain);",
      example_good:
        "const allowed = (u, domain) => { const h = new URL(u).hostname; return h === domain || h.endsWith('.' + domain); };",
    },
    fix_hint: "Compare the hostname for equality or check endsWith('.' + domain).",
  },
  trigger: /hostname|\.host\b|\.origin\b/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const fn = field(node, "function");
    if (fn?.type !== "member_expression") return;
    const m = ctx.method(node);
    if (!/^(includes|indexOf|endsWith)$/.test(m)) return;
    if (!/\.(hostname|host|origin)$/.test(ctx.text(field(fn, "object") ?? fn))) return;
    const arg = ctx.args(node)[0];
    if (!arg) return;
    if (
      m === "endsWith" &&
      (/^['"`]\./.test(ctx.text(arg)) ||
        /^['"`]\.['"`]\s*\+/.test(ctx.text(arg)) ||
        /^`\./.test(ctx.text(arg)))
    )
      return;
    report({ node, message: "substring/suffix check on host trusts look-alike domains" });
  },
  cases: {
    valid: ["const ok = (h, d) => h.hostname === d || h.hostname.endsWith('.' + d);"],
    invalid: ["const ok = (u, d) => u.hostname.includes(d);"],
  },
});
