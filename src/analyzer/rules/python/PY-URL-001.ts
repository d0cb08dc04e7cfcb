import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, nodesOfType } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** A literal that is a scheme and a host with nothing after the host: "https://api.example.com". */
const ORIGIN_ONLY = /^(https?|wss?|ftps?):\/\/[^/?#@\s]+$/i;
/** Calls that fetch or redirect to a URL: what the prefix check is there to guard. */
const FETCH_OR_REDIRECT =
  /^(requests|httpx|urllib3|aiohttp)\.|(^|\.)(urlopen|redirect|HttpResponseRedirect|RedirectResponse|Request)$|\.(get|post|put|patch|delete|request|fetch|open)$/;

const REGEX_CALL = /^(re|regex)\.(match|search|fullmatch)$/;
const COMPILE_CALL = /^(re|regex)\.compile$/;

/** `ALLOWED.match(url)` where `ALLOWED` resolves to `re.compile(...)` (a module constant, a class attribute): that call. */
function compiledPattern(ctx: PythonContext, node: SyntaxNode): SyntaxNode | undefined {
  const fn = field(node, "function");
  if (fn?.type !== "attribute" || !/^(match|search|fullmatch)$/.test(ctx.method(node))) return undefined;
  const made = ctx.heldValue(field(fn, "object"));
  return made?.type === "call" && COMPILE_CALL.test(ctx.callee(made)) ? made : undefined;
}

/**
 * What lets a URL allow-list regex accept another host: an unescaped dot in the host (any character), nothing
 * after the host (the host is a prefix only), or re.search with no ^ (the URL may appear anywhere). Undefined
 * for patterns that are not scheme://host... or have none of these.
 */
function hostPatternFlaw(pattern: string, full: boolean): string | undefined {
  const at = pattern.indexOf("://");
  if (at < 0 || at > 24 || !/^\^?\(?(\?:)?(https?|wss?|ftps?)/i.test(pattern)) return undefined;
  let dot = false;
  let ended = false;
  let cls = false;
  let domain = false;
  for (let i = at + 3; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === "\\") {
      if (pattern[i + 1] === ".") domain = true;
      i++;
      continue;
    }
    if (cls) {
      if (ch === "]") cls = false;
      continue;
    }
    if (ch === "[") cls = true;
    else if (ch === "/" || ch === "$" || ch === ":") {
      ended = true;
      break;
    } else if (ch === "." && /[a-z]/i.test(pattern[i + 1] ?? "") && /[a-z)?]/i.test(pattern[i - 1] ?? "")) {
      dot = true;
      domain = true;
    }
  }
  if (!domain) return undefined;
  if (dot) return "leaves a dot in the host unescaped (it matches any character)";
  if (!ended && !full) return "ends at the host, so longer host names that start with it match too";
  return undefined;
}

/** The checked value is then fetched or redirected to in the same function (the check guards that call). */
function fetchedAfter(ctx: PythonContext, at: SyntaxNode, checkedNode: SyntaxNode | undefined): boolean {
  const fn = ctx.enclosingFunction(at);
  const checked = checkedNode ? ctx.text(checkedNode) : "";
  return (
    !!fn &&
    !!checked &&
    descendants(fn).some(
      (d) =>
        d.type === "call" &&
        d !== at &&
        FETCH_OR_REDIRECT.test(ctx.callee(d)) &&
        ctx.args(d).some((a) => ctx.text(a) === checked),
    )
  );
}

/** What every finding but a host check before a fetch is (see hostFetched). */
const HOST_CHECK = ["CWE-20"] as const;
/** HTTP clients' fetches (no redirects, no `dict.get`: a client module or a client object's verb). */
const FETCH =
  /^(requests|httpx|urllib3|aiohttp)\.|(^|\.)urlopen$|\.(get|post|put|patch|delete|request|stream)$/;

/**
 * `host = urlparse(url).hostname` tested with endswith, then `client.get(url)` in the same function: the URL the
 * host came from is fetched, so the faulty test is that fetch's allow-list (CWE-918).
 */
function hostFetched(ctx: PythonContext, at: SyntaxNode, hostNode: SyntaxNode | null | undefined): boolean {
  const fn = ctx.enclosingFunction(at);
  if (!fn || !hostNode) return false;
  let from: SyntaxNode = hostNode;
  if (from.type === "identifier") from = ctx.resolve(from) ?? from;
  const names = new Set(
    [from, ...descendants(from)].filter((d) => d.type === "identifier").map((d) => ctx.text(d)),
  );
  names.delete("urlparse");
  names.delete("urlsplit");
  return descendants(fn).some(
    (d) =>
      d.type === "call" &&
      d.start > at.end &&
      FETCH.test(ctx.callee(d)) &&
      ctx.args(d).some((a) => a.type === "identifier" && names.has(ctx.text(a))),
  );
}

/** Names of a URL (`url`, `next_url`, `link`, `redirect_to`, `href`). */
const URL_NAME = /(^|_)(url|uri|link|href|redirect(_to)?|return_to|callback)$/i;
/** Function names that give a trust verdict (`allowed`, `is_trusted`, `may_fetch`, `valid_redirect`). */
const VERDICT_NAME = /allow|trust|safe|valid|permit|white|accept|verif|^_*(may|can)_/i;

/**
 * `def allowed(url): return "trusted.example.com" in url`: a test for a domain anywhere in a value named as a URL,
 * returned as the verdict of a function named for one; its caller fetches or follows what passes.
 */
function urlVerdict(ctx: PythonContext, test: SyntaxNode, name: string): boolean {
  if (!URL_NAME.test(name)) return false;
  let up = test.parent;
  while (up?.type === "parenthesized_expression") up = up.parent;
  if (up?.type !== "return_statement") return false;
  const fn = ctx.enclosingFunction(test);
  return !!fn && VERDICT_NAME.test(ctx.text(field(fn, "name") ?? fn));
}

/**
 * The `and` chain the call sits in (or an enclosing `if` condition) also requires `name.startswith('.')`, and the
 * call is on its right: only a suffix that begins with a dot reaches the test.
 */
function dotGuarded(ctx: PythonContext, call: SyntaxNode, name: string): boolean {
  const dot = new RegExp(`\\b${name}\\.startswith\\(\\s*[bu]?(['"])\\.\\1\\s*\\)`);
  for (let p = call.parent; p && p.type !== "function_definition"; p = p.parent) {
    if (p.type === "boolean_operator" && /^and$/.test(p.children.find((c) => !c.named)?.type ?? "")) {
      const left = field(p, "left");
      if (left && left.end <= call.start && dot.test(ctx.text(left))) return true;
    }
    if (p.type === "if_statement") {
      const body = field(p, "consequence");
      const cond = field(p, "condition");
      if (
        body &&
        cond &&
        call.start >= body.start &&
        dot.test(ctx.text(cond)) &&
        !/\bor\b|\bnot\b/.test(ctx.text(cond))
      )
        return true;
    }
  }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-URL-001",
    title: "Host name checked with a substring or suffix test",
    cwe: ["CWE-20", "CWE-918"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a startswith check against a scheme and host in a function that neither fetches nor redirects",
      },
    ],
    docs: {
      what_it_does:
        "Flags `x in parsed.netloc`, `'example.com' in url` before fetching or redirecting to url, and `parsed.netloc.endswith(domain)` without a leading dot, `url.startswith('https://host')` with no slash after the host, and re.match/search URL patterns (given inline, or compiled once with re.compile) whose host has an unescaped dot or nothing after it, used to decide whether a URL is trusted.",
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
  trigger:
    /(?<=\.[a-z]{2,}['"]) in |netloc|hostname|\.host\b|startswith\(\s*\(?\s*[rbuf]*['"](https?|wss?|ftps?):\/\/|startswith\(\s*\(?\s*[A-Z_][A-Z0-9_]{2,}\s*[),]|(match|search|compile)\(\s*[rbuf]*['"]\^?\(?(\?:)?(https?|wss?|ftps?)/i,
  nodeTypes: ["call", "comparison_operator"],
  detect(node, ctx, report) {
    if (node.type === "call" && ctx.method(node) === "startswith") {
      // url.startswith("https://api.partner.com") also accepts https://api.partner.com.evil.net and
      // https://api.partner.com@evil.net: a prefix check needs the path's slash after the host.
      const arg = ctx.args(node)[0];
      const lits = arg?.type === "tuple" ? namedChildren(arg) : arg ? [arg] : [];
      // (the origin written inline, or a module constant: `TRUSTED_ORIGIN = "https://app.example.com"`)
      const origin = lits
        .map((l) => ctx.stringValue(l.type === "identifier" ? (ctx.resolve(l) ?? l) : l))
        .find((v) => v !== undefined && ORIGIN_ONLY.test(v));
      if (!origin) return;
      const callee = field(node, "function");
      const object = callee ? field(callee, "object") : undefined;
      const guards = fetchedAfter(ctx, node, object);
      report({
        node,
        message: `prefix check against "${origin}" also accepts ${origin}.attacker.example and ${origin}@attacker.example`,
        ...(guards ? {} : { severity: "LOW" as const }),
        cwe: HOST_CHECK,
      });
      return;
    }
    const compiled = node.type === "call" ? compiledPattern(ctx, node) : undefined;
    if (node.type === "call" && (REGEX_CALL.test(ctx.callee(node)) || compiled)) {
      // re.match(r"https://(www\.)?example.com", url): the unescaped dot takes any character, and with nothing
      // after the host https://example.com.attacker.example matches too. The same pattern compiled once
      // (`ALLOWED = re.compile(...)`, then `ALLOWED.match(url)` or `re.match(ALLOWED, url)`) is read through.
      const given = compiled ?? ctx.resolve(ctx.arg(node, 0, "pattern"));
      const source =
        given?.type === "call" && COMPILE_CALL.test(ctx.callee(given)) ? ctx.arg(given, 0, "pattern") : given;
      const pattern = ctx.stringValue(ctx.resolve(source));
      const full = (compiled ? ctx.method(node) : ctx.callee(node)).endsWith("fullmatch");
      const flaw = pattern ? hostPatternFlaw(pattern, full) : undefined;
      if (!flaw) return;
      const guards = fetchedAfter(
        ctx,
        node,
        compiled ? ctx.arg(node, 0, "string") : ctx.arg(node, 1, "string"),
      );
      report({
        node,
        message: `URL allow-list pattern ${flaw}`,
        ...(guards ? {} : { severity: "LOW" as const }),
        cwe: HOST_CHECK,
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
      // A literal that is no domain's tail (`host.endswith(']')`, an IPv6 literal's bracket) tests no domain.
      if (v !== undefined ? !/^[a-z0-9]/i.test(v) : /^['"]\.['"]\s*\+|^f['"]\./.test(ctx.text(arg))) return;
      // `suffix = '.' + entry` before the test: the dot is there, through the name.
      const held = arg.type === "identifier" ? ctx.resolve(arg) : undefined;
      if (held && held !== arg && /^[bu]?['"]\.['"]\s*\+|^f['"]\./.test(ctx.text(held))) return;
      // `name.startswith('.') and host.endswith(name)`: the suffix tested is known to start with the dot.
      if (arg.type === "identifier" && dotGuarded(ctx, node, ctx.text(arg))) return;
      // (Before the program fetches the URL the host came from: the check is its SSRF allow-list.)
      report({
        node,
        message: "suffix check on host accepts look-alike domains",
        cwe: hostFetched(ctx, node, field(fn, "object")) ? ["CWE-20", "CWE-918"] : HOST_CHECK,
      });
      return;
    }
    const ops = node.children.filter((c) => !c.named).map((c) => c.type);
    if (!ops.includes("in")) return;
    const [left, right] = node.children.filter((c) => c.named);
    // `"\r" in self.hostname`, `":" in netloc`, `"@" in netloc`: a test for a character (a line break, a port, a
    // user part), not for a domain name.
    const lit = left ? ctx.stringValue(left) : undefined;
    const charOnly = (v: string) => !/[a-z0-9]/i.test(v.replace(/\\(x[0-9a-f]{2}|.)/gi, ""));
    if (lit !== undefined && charOnly(lit)) return;
    // ... or through a field every class of the file binds to such a literal (`_at = "@"` in a str URL class and
    // `_at = b"@"` in its bytes twin, read as `self._at in self.netloc`).
    if (left?.type === "attribute" && ctx.text(field(left, "object") ?? left) === "self") {
      const attr = ctx.text(field(left, "attribute") ?? left);
      const bound = nodesOfType(ctx.tree, "assignment").filter(
        (a) =>
          a.parent?.parent?.parent?.type === "class_definition" &&
          // (an annotation alone, `_at: str` in the base class, binds nothing)
          !!field(a, "right") &&
          ctx.text(field(a, "left") ?? a) === attr,
      );
      const values = bound.map((a) => ctx.stringValue(field(a, "right") ?? undefined));
      if (values.length && values.every((v) => v !== undefined && charOnly(v))) return;
    }
    if (right && /\.(netloc|hostname)$/.test(ctx.text(right)))
      report({ node, message: "substring check on host accepts look-alike domains", cwe: HOST_CHECK });
    else if (
      right?.type === "identifier" &&
      /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(ctx.stringValue(left) ?? "") &&
      !ops.includes("not")
    ) {
      // `host = urlparse(url).netloc` (or `... or ""`) then `"example.com" in host`: the same test on a name.
      let held = ctx.resolve(right);
      if (held?.type === "boolean_operator") held = field(held, "left");
      if (held && held !== right && /\.(netloc|hostname)$/.test(ctx.text(held)))
        report({ node, message: "substring check on host accepts look-alike domains", cwe: HOST_CHECK });
      // `if "example.com" in url: return redirect(url)`: the whole URL tested for a domain name, then followed;
      // https://attacker.example/?example.com passes.
      else if (fetchedAfter(ctx, node, right) || urlVerdict(ctx, node, ctx.text(right)))
        report({
          node,
          message: `"${ctx.stringValue(left)}" anywhere in the URL passes, whatever its host`,
          cwe: HOST_CHECK,
        });
    }
  },
  cases: {
    valid: [
      "def kind_of(url):\n    return 'github.com' in url",
      "def allowed(text):\n    return 'example.com' in text",
      "from urllib.parse import urlparse\ndef check(url):\n    if '\\r' in urlparse(url).hostname or ':' in urlparse(url).netloc:\n        raise ValueError(url)",
      "class Base:\n    _at: str\n    def split_netloc(self):\n        if self._at in self.netloc:\n            return self.netloc.partition(self._at)\nclass URL(Base):\n    _at = '@'",
      "class URL:\n    _at = '@'\n    def split_netloc(self):\n        if self._at in self.netloc:\n            return self.netloc.partition(self._at)\n        return None, self.netloc\nclass BytesURL(URL):\n    _at = b'@'",
      "def f(u, d):\n    return u.hostname == d or u.hostname.endswith('.' + d)",
      "def f(name):\n    return name.endswith('.txt')",
      "def split(host):\n    if host.find(':') >= 0 and not host.endswith(']'):\n        return host.rsplit(':', 1)",
      "def no_proxy(hostname, entries):\n    for name in entries:\n        if name.startswith('.') and hostname.endswith(name):\n            return True\n    return False",
      "def bypass(hostname, entries):\n    for entry in entries:\n        entry = '.' + entry\n        if hostname.endswith(entry):\n            return True",
      "import requests\ndef f(url):\n    if 'example.com' in ALLOWED_URLS:\n        return requests.get(url)",
      "def f(text):\n    return 'example.com' in text",
      "from urllib.parse import urlparse\ndef f(url):\n    netloc = urlparse(url).netloc\n    return '@' in netloc",
      "import requests\ndef f(url):\n    if not url.startswith('https://api.partner.com/'):\n        raise ValueError(url)\n    return requests.get(url)",
      "def f(url):\n    return url.startswith(('http://', 'https://'))",
      "import re\nfrom flask import redirect\ndef f(u):\n    if re.match(r'https://(www\\.)?example\\.com/', u):\n        return redirect(u)",
      "import re\ndef f(u):\n    return re.fullmatch(r'https://example\\.com', u) is not None",
      "import re\ndef f(u):\n    return re.match(r'^https?://', u) is not None",
      "import re\nfrom flask import redirect\nALLOWED = re.compile(r'^https://(www\\.)?example\\.com/')\ndef f(u):\n    if ALLOWED.match(u):\n        return redirect(u)",
      "import re\nimport requests\nHOOK = re.compile(r'https://hooks\\.example\\.com')\ndef f(u):\n    if HOOK.fullmatch(u):\n        return requests.get(u)",
    ],
    invalid: [
      "def allowed(url):\n    return 'trusted.example.com' in url",
      "def may_fetch(link):\n    return 'example.org' in link",
      // the origin held in a module constant
      {
        code: "import requests\nTRUSTED_ORIGIN = 'https://app.example.com'\ndef f(url):\n    if not url.startswith(TRUSTED_ORIGIN):\n        raise ValueError(url)\n    return requests.post(url)",
        line: 4,
      },
      "class Guard:\n    allowed = 'example.com'\n    def ok(self):\n        return self.allowed in self.netloc",
      "from urllib.parse import urlparse\ndef trusted(url):\n    return 'example.com' in urlparse(url).netloc",
      "def f(u, d):\n    return u.netloc.endswith(d)",
      "def f(u, d):\n    return d.startswith('.') or u.netloc.endswith(d)",
      "def f(u, d):\n    return d in u.netloc",
      "from urllib.parse import urlparse\ndef is_trusted(url):\n    host = urlparse(url).netloc\n    return 'example.com' in host",
      {
        code: "from flask import redirect, request\ndef go():\n    target = request.args.get('url', '')\n    if 'example.com' in target:\n        return redirect(target)\n    return 'no', 400",
        line: 4,
      },
      "import requests\ndef f(url):\n    if not url.startswith('https://api.partner.com'):\n        raise ValueError(url)\n    return requests.get(url)",
      "import re\nfrom flask import redirect\ndef f(u):\n    if re.match(r'https://(www\\.)?example.com', u):\n        return redirect(u)",
      "import re\nfrom flask import redirect\nALLOWED = re.compile(r'^https://(www\\.)?example.com/')\ndef f(u):\n    if ALLOWED.match(u):\n        return redirect(u)",
      "import re\nimport requests\nHOOK = re.compile(r'^https://hooks\\.example\\.com')\ndef f(u):\n    if re.match(HOOK, u):\n        return requests.get(u)",
      {
        code: "import re\nclass Links:\n    TRUSTED = re.compile(r'^https://cdn\\.example\\.com')\n    def ok(self, u):\n        return self.TRUSTED.search(u) is not None",
        severity: "LOW",
      },
      {
        code: "import re\ndef ok(u):\n    return re.match(r'^https://api\\.example\\.com', u) is not None",
        severity: "LOW",
      },
      {
        code: "def trusted(url):\n    return url.startswith(('https://a.example.com', 'https://b.example.com'))",
        severity: "LOW",
      },
    ],
  },
});
