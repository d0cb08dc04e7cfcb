import { CALL_TYPES, clikeRule, Level } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["go"], {
  meta: {
    id: "GO-SSRF-001",
    title: "Outbound request to a URL built from caller-controlled data",
    cwe: ["CWE-918"],
    severity: "MEDIUM",
    severity_variants: [
      { severity: "HIGH", when: "untrusted input (request data, command line, environment) reaches the URL" },
    ],
    docs: {
      what_it_does:
        "Flags http.Get/Post/Head/NewRequest(WithContext) and client.Get/Post whose URL is built from request data (MEDIUM) or function parameters (LOW) without a host allow-list check.",
      why_bad:
        "If the caller picks the host or path, the server fetches internal addresses for them (cloud metadata, admin ports): server-side request forgery (CWE-918).",
      example_bad:
        'func profile(user string) (*http.Response, error) {\n\treturn http.Get("https://" + user + ".example.com/profile")\n}',
      example_good:
        'func profile(user string) (*http.Response, error) {\n\tif !validUser.MatchString(user) {\n\t\treturn nil, errors.New("bad user")\n\t}\n\treturn http.Get("https://api.example.com/users/" + url.PathEscape(user))\n}',
    },
    fix_hint:
      "Parse the URL and check scheme and host against an allow-list; escape path parts with url.PathEscape.",
  },
  trigger: /http\.|\.Get\(|\.Post\(|NewRequest/,
  nodeTypes: CALL_TYPES.go,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const m = ctx.method(node);
    if (
      !/^(http\.(Get|Post|Head|PostForm|NewRequest|NewRequestWithContext)|\w*[Cc]lient\.(Get|Post|Head|PostForm))$/.test(
        q,
      )
    )
      return;
    if (sourceHas(ctx.tree, /MatchString|PathEscape|QueryEscape|allowed|Allowed|allowlist|whitelist/)) return;
    const args = ctx.args(node);
    const u = m === "NewRequest" ? args[1] : m === "NewRequestWithContext" ? args[2] : args[0];
    if (!u) return;
    const level = ctx.level(u);
    if (level >= Level.PARAM)
      report({
        node,
        severity: level === Level.SOURCE ? "HIGH" : "MEDIUM",
        message: `${q} URL includes caller-controlled data`,
      });
  },
  cases: {
    valid: ['func f() { http.Get("https://example.com") }'],
    invalid: ['func f(u string) { http.Get("https://" + u + ".example.com") }'],
  },
});
