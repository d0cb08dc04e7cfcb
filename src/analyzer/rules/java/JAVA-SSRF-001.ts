import { CALL_TYPES, clikeRule, Level } from "../clike.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field } from "../../parse/nodes.js";

/** java.net.URI's accessors: reading a parsed URI's parts (or printing it) sends nothing. */
const URI_READS =
  /^(getScheme|getAuthority|getRawAuthority|getHost|getPort|getPath|getRawPath|getQuery|getRawQuery|getFragment|getRawFragment|getUserInfo|getSchemeSpecificPart|isAbsolute|isOpaque|normalize|relativize|toString|toASCIIString|equals|hashCode|compareTo)$/;

/**
 * `new URI(s).getFragment()`, `URI uri = new URI(s); uri.getHost()`: a URI parsed only to read its parts (a
 * splitter, an allow-list check of its host) makes no request; one that is returned or handed on may.
 */
function parsedOnly(ctx: { text(n: SyntaxNode): string }, node: SyntaxNode): boolean {
  const read = (use: SyntaxNode): boolean => {
    const p = use.parent;
    return (
      p?.type === "method_invocation" &&
      field(p, "object") === use &&
      URI_READS.test(ctx.text(field(p, "name") ?? p))
    );
  };
  if (read(node)) return true;
  const decl = node.parent;
  if (decl?.type !== "variable_declarator" || field(decl, "value") !== node) return false;
  const name = ctx.text(field(decl, "name") ?? decl);
  let body: SyntaxNode | null = decl;
  while (body && !/^(method_declaration|constructor_declaration|lambda_expression)$/.test(body.type))
    body = body.parent;
  if (!body) return false;
  const uses = descendants(body).filter(
    (d) => d.type === "identifier" && d.start > decl.end && ctx.text(d) === name,
  );
  return uses.every(read);
}

const URL_SINKS =
  /^(new (java\.net\.)?URL|new (java\.net\.)?URI|URI\.create|new HttpGet|new HttpPost|new HttpPut|new HttpDelete|new HttpHead|new Request\.Builder|HttpRequest\.newBuilder|\w*[Rr]estTemplate\.(getForObject|getForEntity|postForObject|postForEntity|exchange|execute)|\w*[Ww]ebClient\.\w+\.uri|Jsoup\.connect|Request\.(Get|Post))$/;

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-SSRF-001",
    title: "Outbound request to a URL built from non-literal data",
    cwe: ["CWE-918"],
    severity: "MEDIUM",
    severity_variants: [{ severity: "HIGH", when: "a parameter or untrusted input reaches the URL" }],
    docs: {
      what_it_does:
        "Flags new URL/URI, HttpClient request builders, RestTemplate, Jsoup.connect and similar whose URL is not a constant. HIGH when it comes from a request parameter or method parameter.",
      why_bad:
        "If a caller chooses the URL, the server fetches internal addresses for them (cloud metadata at 169.254.169.254, admin ports, file: URLs): server-side request forgery (CWE-918).",
      example_bad:
        'String fetch(HttpServletRequest req) throws Exception {\n  URL u = new URL(req.getParameter("url"));\n  return new String(u.openStream().readAllBytes());\n}',
      example_good:
        'String fetch(HttpServletRequest req) throws Exception {\n  String host = req.getParameter("host");\n  if (!ALLOWED_HOSTS.contains(host)) throw new SecurityException();\n  URL u = new URL("https", host, "/status");\n  return new String(u.openStream().readAllBytes());\n}',
    },
    fix_hint:
      "Allow-list the scheme, host and port before connecting; never fetch a URL taken verbatim from input.",
  },
  trigger: /URL|URI|Http|[Rr]estTemplate|[Ww]ebClient|Jsoup|Request|Socket/,
  nodeTypes: CALL_TYPES.java,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const socket = /^new (java\.net\.)?(InetSocketAddress|Socket)$/.test(q);
    if (!URL_SINKS.test(q) && !socket) return;
    const args = ctx.args(node);
    if (socket) {
      // A connection to a computed host; binding a local port is not a request.
      const before = ctx.tree.source.slice(Math.max(0, node.start - 12), node.start);
      if (args.length < 2 || /bind\s*\(\s*$/.test(before)) return;
      const host = args[0]!;
      const level = ctx.level(host);
      if (level === Level.CONST || /^(InetAddress\.)?(getLocalHost|getLoopbackAddress)/.test(ctx.text(host)))
        return;
      report({
        node,
        severity: level >= Level.PARAM ? "HIGH" : "MEDIUM",
        message: `${q}() connects to a non-literal host`,
      });
      return;
    }
    if (args.length !== 1 && /^new (java\.net\.)?URL$/.test(q)) return; // URL(protocol, host, ...) pins the parts
    const u = args[0];
    if (!u) return;
    if (/URI$|^URI\.create$/.test(q) && parsedOnly(ctx, node)) return;
    const level = ctx.level(u);
    if (level === Level.CONST) return;
    report({
      node,
      severity: level >= Level.PARAM ? "HIGH" : "MEDIUM",
      message: `${q}() with a ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} URL`,
    });
  },
  cases: {
    valid: ['class A { void f() throws Exception { new URL("https://example.com/x").openStream(); } }'],
    invalid: ["class A { void f(String u) throws Exception { new URL(u).openStream(); } }"],
  },
});
