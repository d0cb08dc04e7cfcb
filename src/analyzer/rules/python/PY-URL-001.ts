import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** A literal that is a scheme and a host with nothing after the host: "https://api.example.com". */
const ORIGIN_ONLY = /^(https?|wss?|ftps?):\/\/[^/?#@\s]+$/i;
/** Calls that fetch or redirect to a URL: what the prefix check is there to guard. */
const FETCH_OR_REDIRECT =
  /^(requests|httpx|urllib3|aiohttp)\.|(^|\.)(urlopen|redirect|HttpResponseRedirect|RedirectResponse|Request)$|\.(get|post|put|patch|delete|request|fetch|open)$/;

export default pyRule({
  meta: {
    id: "PY-URL-001",
    title: "Host name checked with a substring or suffix test",
    cwe: ["CWE-20"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a startswith check against a scheme and host in a function that neither fetches nor redirects",
      },
    ],
    docs: {
      what_it_does:
        "Flags `x in parsed.netloc` and `parsed.netloc.endswith(domain)` without a leading dot, and `url.startswith('https://host')` with no slash after the host, used to decide whether a URL is trusted.",
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
  trigger: /netloc|hostname|\.host\b|startswith\(\s*\(?\s*[rbuf]*['"](https?|wss?|ftps?):\/\//i,
  nodeTypes: ["call", "comparison_operator"],
  detect(node, ctx, report) {
    if (node.type === "call" && ctx.method(node) === "startswith") {
      // url.startswith("https://api.partner.com") also accepts https://api.partner.com.evil.net and
      // https://api.partner.com@evil.net: a prefix check needs the path's slash after the host.
      const arg = ctx.args(node)[0];
      const lits = arg?.type === "tuple" ? namedChildren(arg) : arg ? [arg] : [];
      const origin = lits.map((l) => ctx.stringValue(l)).find((v) => v !== undefined && ORIGIN_ONLY.test(v));
      if (!origin) return;
      const fn = ctx.enclosingFunction(node);
      // MEDIUM when the checked value itself is then fetched or redirected to in the function.
      const callee = field(node, "function");
      const object = callee ? field(callee, "object") : undefined;
      const checked = object ? ctx.text(object) : "";
      const guards =
        !!fn &&
        descendants(fn).some(
          (d) =>
            d.type === "call" &&
            d !== node &&
            FETCH_OR_REDIRECT.test(ctx.callee(d)) &&
            !!checked &&
            ctx.args(d).some((a) => ctx.text(a) === checked),
        );
      report({
        node,
        message: `prefix check against "${origin}" also accepts ${origin}.attacker.example and ${origin}@attacker.example`,
        ...(guards ? {} : { severity: "LOW" as const }),
      });
      return;
    }
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
      "import requests\ndef f(url):\n    if not url.startswith('https://api.partner.com/'):\n        raise ValueError(url)\n    return requests.get(url)",
      "def f(url):\n    return url.startswith(('http://', 'https://'))",
    ],
    invalid: [
      "def f(u, d):\n    return u.netloc.endswith(d)",
      "def f(u, d):\n    return d in u.netloc",
      "import requests\ndef f(url):\n    if not url.startswith('https://api.partner.com'):\n        raise ValueError(url)\n    return requests.get(url)",
      {
        code: "def trusted(url):\n    return url.startswith(('https://a.example.com', 'https://b.example.com'))",
        severity: "LOW",
      },
    ],
  },
});
