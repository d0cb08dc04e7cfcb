import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

type Ctx = Parameters<Parameters<typeof jsRule>[0]["detect"]>[1];

/** Calls a branch may make while only reading a part of a URL. */
const PARSE_CALLS =
  /^(URLSearchParams|get|getAll|has|slice|substring|substr|split|match|replace|toLowerCase|decodeURIComponent|String|Number|parseInt)$/;

/**
 * `if (url.hostname.startsWith('youtube.com')) { return new URLSearchParams(url.search).get('v'); }`: the host
 * only picks how a part of the URL is read (a video id, a path segment) - the branch returns that part and calls
 * nothing but parsing helpers; no request, navigation or permission hangs on the test.
 */
function hostDispatchedParse(ctx: Ctx, node: SyntaxNode): boolean {
  let c: SyntaxNode | null = node;
  while (c?.parent && c.parent.type !== "if_statement" && /expression$|^arguments$/.test(c.parent.type))
    c = c.parent;
  const stmt = c?.parent;
  if (stmt?.type !== "if_statement" || field(stmt, "condition") !== c) return false;
  const body = field(stmt, "consequence");
  if (!body) return false;
  const stmts =
    body.type === "statement_block" ? namedChildren(body).filter((x) => x.type !== "comment") : [body];
  const ret = stmts[stmts.length - 1];
  if (ret?.type !== "return_statement") return false;
  if (!stmts.slice(0, -1).every((x) => x.type === "lexical_declaration" || x.type === "variable_declaration"))
    return false;
  const value = namedChildren(ret)[0];
  if (!value || /^(true|false|null|undefined)$/.test(ctx.text(value))) return false;
  const root = ctx
    .text(field(field(node, "function") ?? node, "object") ?? node)
    .replace(/\.(hostname|host|origin)$/, "");
  const text = ctx.text(body);
  if (
    !text.includes(`${root}.pathname`) &&
    !text.includes(`${root}.search`) &&
    !text.includes(`${root}.hash`)
  )
    return false;
  for (const d of descendants(body)) {
    if (d.type === "call_expression" && !PARSE_CALLS.test(ctx.callee(d).replace(/^.*\./, ""))) return false;
    if (d.type === "new_expression" && !PARSE_CALLS.test(ctx.text(field(d, "constructor") ?? d)))
      return false;
  }
  return true;
}

/** A host or origin: `u.hostname` / `.host` / `.origin`, or a bare name saying it holds one (`origin`). */
function hostish(t: string): boolean {
  return (
    /\.(hostname|host|origin)$/.test(t) || /^(origin|host|hostname|domain|requestOrigin|reqOrigin)$/i.test(t)
  );
}

/** A whole URL by its name (`target`, `redirectUrl`, `req.query.next`): where a site check means a host check. */
function urlish(t: string): boolean {
  const last = /(?:^|\.)([\w$]+)$/.exec(t)?.[1] ?? "";
  return (
    hostish(t) ||
    /^(url|uri|href|link|target|targetUrl|redirect\w*|return\w*|next|nextUrl|callback\w*|dest|destination|referr?er|continue)$/i.test(
      last,
    )
  );
}

/** A domain spelled as a literal (`example.com`, `https://api.example.com`), not a file name (`index.html`). */
const DOMAIN_LITERAL = /^(https?:\/\/)?([a-z0-9-]+\.)+[a-z]{2,}(:\d+)?\/?$/i;
const FILE_EXT = /\.(html?|js|mjs|cjs|json|css|php|png|jpe?g|gif|svg|txt|xml|md|ts|map|ico|pdf|zip|gz)\/?$/i;

/**
 * A URL pattern that pins the host: anchored at the start, the host (after an optional scheme) free of unescaped
 * dots, and closed by a slash, an end anchor or a `(\/|$)` group - so `example.com.evil.net` cannot follow.
 */
function pinsHost(body: string): boolean {
  if (!body.startsWith("^")) return false;
  const rest = body.slice(1).replace(/^\(?https?\??(\|http)?\)?:\\\/\\\//, "");
  const end = /\\\/|\$|\[\\?\/|\[\^?\\?\//.exec(rest);
  if (!end) return false;
  const host = rest.slice(0, end.index).replace(/\[[^\]]*\]/g, "");
  return !/(^|[^\\])\.(?![*+?])/.test(host);
}

export default jsRule({
  meta: {
    id: "JS-URL-001",
    title: "Host name checked with a substring or suffix test",
    // An origin allow-check done so is an origin validation error (CWE-346) as much as weak input validation.
    cwe: ["CWE-20", "CWE-346"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags url.hostname/host/origin (or a variable named origin / host) .includes(x), .indexOf(x), .endsWith(x) without a leading dot, .startsWith of a scheme-and-host literal, and regular-expression tests of them with no end anchor or an unescaped dot; and a whole URL by its name (url, target, redirect, next ...) searched for a domain literal, prefix-tested with a scheme and host and no slash, or tested with a scheme pattern that does not pin the host.",
      why_bad:
        "evil-example.com ends with example.com and example.com.evil.net contains it: substring checks trust attacker hosts.",
      example_bad: "const allowed = (u, domain) => new URL(u).hostname.includes(domain);",
      example_good:
        "const allowed = (u, domain) => { const h = new URL(u).hostname; return h === domain || h.endsWith('.' + domain); };",
    },
    fix_hint: "Compare the hostname for equality or check endsWith('.' + domain).",
  },
  trigger: /host|origin|:\/\/|:\\\/\\\/|\.com\b|\.org\b|\.net\b|\.io\b|\.dev\b|\.app\b/i,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    const fn = field(node, "function");
    if (fn?.type !== "member_expression") return;
    const m = ctx.method(node);
    // `window.location.hostname.includes('staging')`: the page's own host picks a build or config; whoever could
    // change it serves the page, and the script, from their own domain already.
    if (
      /^((window|document|self|top)\.)?location(\.(hostname|host|origin|href))?$/.test(
        ctx.text(field(fn, "object") ?? fn),
      )
    )
      return;
    if (hostDispatchedParse(ctx, node)) return;
    // `/https:\/\/trusted\.com/.test(e.origin)`, `e.origin.match(/trusted.com$/)`: a pattern with no end anchor
    // or an unescaped dot in the host accepts `trusted.com.evil.net` or `trustedXcom.net`.
    const tested =
      m === "test" ? ctx.args(node)[0] : /^(match|search)$/.test(m) ? field(fn, "object") : undefined;
    const pattern = m === "test" ? field(fn, "object") : ctx.args(node)[0];
    // A whole URL tested against a pattern naming a scheme (`/^https:\/\/example.com/.test(target)`): the host
    // must be pinned, or `https://example.com.evil.net` (or `evil.net/?https://example.com`) passes.
    if (tested && pattern?.type === "regex" && !hostish(ctx.text(tested)) && urlish(ctx.text(tested))) {
      const body = ctx.text(field(pattern, "pattern") ?? pattern);
      // (A pattern naming no host after the scheme, `/^https:\/\//`, checks the scheme only.)
      const host = body
        .replace(/^\^?\(?https?\??(\|http)?\)?:\\\/\\\//, "")
        .replace(/\[[^\]]*\]|\\[a-zA-Z]/g, "");
      if (/:\\\/\\\//.test(body) && /\p{L}{2,}/u.test(host) && !pinsHost(body))
        report({ node, message: "URL pattern that does not pin the host trusts look-alike domains" });
      return;
    }
    if (tested && pattern?.type === "regex" && hostish(ctx.text(tested))) {
      const body = ctx.text(field(pattern, "pattern") ?? pattern);
      // `host.match(/:(\d+)/)`: a pattern naming no host (no letters outside classes and escapes) reads a part,
      // a port here, and trusts nothing.
      if (!/\p{L}{2,}/u.test(body.replace(/\[[^\]]*\]/g, "").replace(/\\[a-zA-Z]/g, ""))) return;
      const unanchored = !/\$$/.test(body.replace(/\)+$/, "").replace(/\(\?:?$/, ""));
      const looseDot = /(^|[^\\])\.(?![*+?])[a-z]/i.test(body.replace(/\[[^\]]*\]/g, ""));
      if (unanchored || looseDot)
        report({
          node,
          message: unanchored
            ? "origin/host pattern without an end anchor trusts look-alike domains"
            : "origin/host pattern with an unescaped dot trusts look-alike domains",
        });
      return;
    }
    // `e.origin.startsWith('https://trusted.com')`: an origin has no path, so `https://trusted.com.evil.net`
    // passes a prefix test (a hostname the same way).
    if (m === "startsWith") {
      const recv = ctx.text(field(fn, "object") ?? fn);
      const prefix = ctx.stringValue(ctx.args(node)[0]);
      if (prefix === undefined || /\/$/.test(prefix) || !/\w$/.test(prefix)) return;
      // `host.startsWith('localhost')`: one bare label, no scheme and no dot, names no site a look-alike could copy;
      // such a test picks a development mode (and a Host header spoofs `=== 'localhost'` just as well).
      if (/^[a-z0-9-]+$/i.test(prefix)) return;
      // A whole URL by its name: only a scheme-and-host prefix (`'https://example.com'`) is a site check.
      if (hostish(recv) || (urlish(recv) && /^https?:\/\/[^/?#]+$/i.test(prefix) && !FILE_EXT.test(prefix)))
        report({ node, message: "prefix check on an origin or host trusts look-alike domains" });
      return;
    }
    if (!/^(includes|indexOf|endsWith)$/.test(m)) return;
    const recv = ctx.text(field(fn, "object") ?? fn);
    const arg = ctx.args(node)[0];
    if (!arg) return;
    // A whole URL searched for a domain literal (`target.indexOf('example.com') !== -1`): found anywhere in it,
    // the query string included.
    if (!hostish(recv)) {
      const lit = ctx.stringValue(arg);
      if (
        m !== "endsWith" &&
        urlish(recv) &&
        lit !== undefined &&
        DOMAIN_LITERAL.test(lit) &&
        !FILE_EXT.test(lit)
      )
        report({
          node,
          message: "substring check of a URL for a domain trusts look-alike hosts and query strings",
        });
      return;
    }
    // A bare `hostname` / `origin` variable is taken for a host only against a domain written out: a name held
    // in another variable may have had its leading dot checked first (`if (entry[0] === '.') h.endsWith(entry)`).
    if (!recv.includes(".") && ctx.stringValue(arg) === undefined) return;
    // `host.includes('*')`, `host.indexOf('/') === 0`, `host.includes(':')`: a literal with no letter or digit
    // looks for a wildcard, a socket path or a port, not for a trusted domain.
    const lit = ctx.stringValue(arg);
    if (lit !== undefined && !/[\p{L}\p{N}]/u.test(lit)) return;
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
    valid: [
      "function port(req) { const m = req.headers.host.match(/:(\\d+)/); return m ? m[1] : '80'; }",
      "function check(value) {\n  const url = new URL(value);\n  if (url.host.includes('*')) throw new Error('no wildcards');\n  return url.host.indexOf('/') === 0;\n}",
      "const ok = (h, d) => h.hostname === d || h.hostname.endsWith('.' + d);",
      "window.addEventListener('message', (e) => { if (!/^https:\\/\\/(www\\.)?trusted\\.com$/.test(e.origin)) return; run(e.data); });",
      "if (url.protocol === 'https:' && url.pathname.startsWith('/api')) go(url);",
      "const ok = (target) => /^https:\\/\\/([a-z0-9-]+\\.)?example\\.com(\\/|$)/.test(target);",
      "const ok = (target) => target.startsWith('https://example.com/');",
      "link.href = /^https:\\/\\//.test(target) ? target : '/';",
      "const isPage = (url) => url.includes('index.html');",
      "const isLocal = window.location.href.includes('localhost.test');",
      "const ok = (name) => name.includes('example.com');",
      "const ok = (origin) => origin === 'https://app.example.com';",
      "function match(hostname, entry) {\n  if (entry.charAt(0) === '.') return hostname.endsWith(entry);\n  return hostname === entry;\n}",
    ],
    invalid: [
      "const ok = (u, d) => u.hostname.includes(d);",
      "window.addEventListener('message', (e) => { if (!e.origin.startsWith('https://trusted.com')) return; run(e.data); });",
      "window.addEventListener('message', (e) => { if (!/https:\\/\\/trusted\\.com/.test(e.origin)) return; run(e.data); });",
      "window.addEventListener('message', (e) => { if (!/^https:\\/\\/trusted.com$/.test(e.origin)) return; run(e.data); });",
      "if (event.origin.match(/trusted\\.com/)) handle(event.data);",
      "const ok = (target) => target.indexOf('example.com') !== -1;",
      "const ok = (redirectUrl) => redirectUrl.includes('https://trusted.example.com');",
      "const ok = (target) => target.startsWith('https://example.com');",
      "const ok = (target) => /^https:\\/\\/example.com/.test(target);",
      "const ok = (target) => /https?:\\/\\/(www\\.)?example\\.com/.test(target);",
      "const ok = (origin) => origin.endsWith('example.com');",
      "const ok = (origin) => /example\\.com/.test(origin);",
    ],
  },
});
