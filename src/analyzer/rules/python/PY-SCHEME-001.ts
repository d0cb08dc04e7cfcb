import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";
import { fixedOrigin } from "./PY-SSRF-001.js";

/** urllib's openers: they follow file://, ftp:// and data: URLs as readily as http(s)://. */
const OPENERS =
  /^(urllib\.request\.(urlopen|urlretrieve|Request)|urllib2\.urlopen|urlopen|urlretrieve|urllib\.urlopen)$/;
/** A check on the scheme: urlparse(u).scheme, u.startswith('https://'), a scheme allow-list. */
const SCHEME_CHECK =
  /\.scheme\b|startswith\(\s*\(?\s*[rbuf]*['"](https?|ftp)|\bscheme\s*(not\s+)?in\b|ALLOWED_SCHEMES/i;

export default pyRule({
  meta: {
    id: "PY-SCHEME-001",
    title: "urlopen on a URL whose scheme is not checked",
    cwe: ["CWE-939"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "the URL is a parameter of the function, not known to come from untrusted input",
      },
    ],
    docs: {
      what_it_does:
        "Flags urllib.request.urlopen / urlretrieve / Request on a URL that is not a literal with a fixed http(s) origin, in a function that never checks the URL's scheme.",
      why_bad:
        "urllib opens file:///etc/passwd, ftp:// and data: URLs as readily as https://: a URL from a user or a feed reads local files or reaches other services.",
      example_bad: "import urllib.request\ndef fetch(url):\n    return urllib.request.urlopen(url).read()",
      example_good:
        "import urllib.request\nfrom urllib.parse import urlparse\ndef fetch(url):\n    if urlparse(url).scheme not in ('http', 'https'):\n        raise ValueError('unsupported scheme')\n    return urllib.request.urlopen(url).read()",
    },
    fix_hint:
      "Allow only http/https (urlparse(url).scheme) before opening, or use an HTTP-only client such as requests.",
  },
  trigger: /urlopen|urlretrieve|urllib\.request\.Request/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    if (!OPENERS.test(ctx.callee(node))) return;
    const url = ctx.arg(node, 0, "url");
    if (!url || url.type === "keyword_argument") return;
    const level = ctx.level(url, "url");
    if (level < Level.PARAM || fixedOrigin(ctx, url)) return;
    // A Request object built earlier carries its own URL: the check belongs where it was built.
    const made = ctx.resolve(url);
    if (made?.type === "call" && /Request$/.test(ctx.callee(made))) return;
    if (SCHEME_CHECK.test(ctx.text(ctx.enclosingFunction(node) ?? ctx.tree.root))) return;
    report({
      node,
      message: "the URL's scheme is never checked: file:// and ftp:// URLs are opened too",
      ...(level === Level.SOURCE ? {} : { severity: "LOW" as const }),
    });
  },
  cases: {
    valid: [
      "import urllib.request\nurllib.request.urlopen('https://example.com/feed')",
      "import urllib.request\ndef f(path):\n    return urllib.request.urlopen('https://api.example.com/' + path)",
      "import urllib.request\nfrom urllib.parse import urlparse\ndef f(u):\n    if urlparse(u).scheme != 'https':\n        raise ValueError(u)\n    return urllib.request.urlopen(u)",
      "import urllib.request\ndef f(u):\n    if not u.startswith(('http://', 'https://')):\n        return None\n    return urllib.request.urlopen(u)",
    ],
    invalid: [
      {
        code: "import urllib.request\ndef f(url):\n    return urllib.request.urlopen(url).read()",
        severity: "LOW",
      },
      {
        code: "from urllib.request import urlopen\nfrom flask import request\ndef f():\n    return urlopen(request.args['u']).read()",
        severity: "MEDIUM",
      },
    ],
  },
});
