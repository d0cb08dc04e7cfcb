import { field } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** urllib's module-level openers: every handler urllib has is installed (file://, ftp://, data:). */
const OPENERS = /^(urllib\.request|urllib2|urllib|six\.moves\.urllib\.request)\.(urlopen|urlretrieve)$/;
/** Objects whose open()/retrieve() take any scheme: build_opener(), OpenerDirector, (Fancy)URLopener. */
const OPENER_OBJECTS = /(^|\.)(build_opener|OpenerDirector|URLopener|FancyURLopener)$/;

/**
 * A check on the scheme: urlparse(u).scheme, u.startswith('https://'), a scheme allow-list (`ALLOWED_SCHEMES`, or
 * any membership test in a collection named for schemes: `if u[0] in self._process_url_schemes:`).
 */
const SCHEME_CHECK =
  /\.scheme\b|startswith\(\s*\(?\s*[rbuf]*['"](https?|ftp)|\bscheme\s*(not\s+)?in\b|ALLOWED_SCHEMES|\bin\s+[\w.]*schemes\b/i;

/** The URL a call opens, looking through `urlopen(Request(url))`. */
function openedUrl(ctx: PythonContext, node: SyntaxNode): SyntaxNode | undefined {
  const url = ctx.arg(node, 0, "url") ?? ctx.kwarg(node, "fullurl");
  const req = ctx.resolve(url);
  if (req?.type === "call" && /(^|\.)Request$/.test(ctx.callee(req))) return ctx.arg(req, 0, "url");
  return url;
}

/** A URL whose literal start already names a network scheme (`'https://' + host`, f"https://{h}/x"). */
function fixedScheme(ctx: PythonContext, url: SyntaxNode): boolean {
  let n = ctx.resolve(url) ?? url;
  while (n.type === "binary_operator") n = field(n, "left") ?? n;
  // 'https://{host}/x'.format(...) / .format_map({...}): the template's own start.
  const fnode = n.type === "call" && /^format(_map)?$/.test(ctx.method(n)) ? field(n, "function") : undefined;
  if (fnode?.type === "attribute") n = field(fnode, "object") ?? n;
  if (n.type !== "string") return false;
  const head = ctx.text(n).replace(/^[a-zA-Z]*['"]{1,3}/, "");
  return /^(https?|ftp):\/\//i.test(head);
}

export default pyRule({
  meta: {
    id: "PY-SCHEME-001",
    title: "urllib opens a URL whose scheme the caller chooses",
    cwe: ["CWE-939"],
    severity: "LOW",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "the URL comes from untrusted input (request data, command line, environment)",
      },
    ],
    docs: {
      what_it_does:
        "Flags urllib.request.urlopen/urlretrieve and opener.open() on a URL that is neither a literal nor built on a literal http(s):// or ftp:// prefix.",
      why_bad:
        "urllib's default handlers include file:// (and ftp://, data:): a URL a caller chooses can read local files such as /etc/passwd or credentials, not only web pages.",
      example_bad: "import urllib.request\ndef fetch(url):\n    return urllib.request.urlopen(url).read()",
      example_good:
        "import urllib.request\nfrom urllib.parse import urlparse\ndef fetch(url):\n    if urlparse(url).scheme not in ('http', 'https'):\n        raise ValueError('unsupported scheme')\n    return urllib.request.urlopen(url).read()",
    },
    fix_hint:
      "Check the scheme (http/https only) before opening, or use requests, which has no file:// handler.",
  },
  trigger: /urlopen|urlretrieve|build_opener|OpenerDirector|URLopener/,
  nodeTypes: ["call"],
  calls: ["urlopen", "urlretrieve", "open", "retrieve"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    let opener = OPENERS.test(q);
    if (!opener && /^(open|retrieve)$/.test(ctx.method(node))) {
      const fn = field(node, "function");
      const recv = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
      opener = recv?.type === "call" && OPENER_OBJECTS.test(ctx.callee(recv));
    }
    if (!opener) return;
    const url = openedUrl(ctx, node);
    if (!url || fixedScheme(ctx, url)) return;
    const level = ctx.level(url, "url");
    if (level < Level.PARAM) return;
    // A scheme check in the function (urlparse(...).scheme, startswith('http')) is the fix this rule asks for.
    const fnNode = ctx.enclosingFunction(node);
    if (SCHEME_CHECK.test(ctx.text(fnNode ?? ctx.tree.root))) return;
    report({
      node,
      severity: level === Level.SOURCE ? "MEDIUM" : "LOW",
      message: `${OPENERS.test(q) ? q : "opener." + ctx.method(node)}() opens a URL whose scheme (file://, ftp://) is not fixed`,
    });
  },
  cases: {
    valid: [
      "import urllib.request\nurllib.request.urlopen('https://example.com/feed').read()",
      "import urllib.request\ndef f(path):\n    return urllib.request.urlopen('https://api.example.com/' + path).read()",
      "import urllib.request\nfrom urllib.parse import urlparse\ndef f(url):\n    if urlparse(url).scheme not in ('http', 'https'):\n        raise ValueError(url)\n    return urllib.request.urlopen(url).read()",
      "from urllib.parse import urlparse\nfrom urllib.request import urlopen\nclass Reader:\n    def value(self, url):\n        u = urlparse(url)\n        if u[0] in self._process_url_schemes:\n            return urlopen(url).read()",
      "import urllib.request\ndef f(host):\n    return urllib.request.urlopen(f'https://{host}/status').read()",
      "import urllib.request\ndef f(host):\n    return urllib.request.urlopen('https://{h}/status'.format_map({'h': host})).read()",
      "import urllib.request\ndef f(u):\n    if not u.startswith(('http://', 'https://')):\n        return None\n    return urllib.request.urlopen(u)",
    ],
    invalid: [
      {
        code: "import urllib.request\ndef fetch(url):\n    return urllib.request.urlopen(url).read()",
        line: 3,
      },
      {
        code: "import urllib.request\ndef fetch(url):\n    req = urllib.request.Request(url)\n    return urllib.request.urlopen(req).read()",
        line: 4,
      },
      {
        code: "import urllib.request\ndef fetch(url):\n    opener = urllib.request.build_opener()\n    return opener.open(url).read()",
        line: 4,
      },
      {
        code: "import sys\nfrom urllib.request import urlretrieve\nurlretrieve(sys.argv[1], 'out.bin')",
        line: 3,
        severity: "MEDIUM",
      },
      {
        code: "from urllib.request import urlopen\nfrom flask import request\ndef f():\n    return urlopen(request.args['u']).read()",
        severity: "MEDIUM",
      },
    ],
  },
});
