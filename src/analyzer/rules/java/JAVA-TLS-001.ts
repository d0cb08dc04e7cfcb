import { clikeRule } from "../clike.js";

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-TLS-001",
    title: "TLS certificate or hostname verification disabled",
    cwe: ["CWE-295"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags allow-all hostname verifiers (ALLOW_ALL_HOSTNAME_VERIFIER, NoopHostnameVerifier, AllowAllHostnameVerifier), verify() methods that return true, and X509TrustManagers whose checkServerTrusted is empty.",
      why_bad:
        "Accepting any certificate or host lets anyone on the network path impersonate the server and read or change the traffic (CWE-295).",
      example_bad:
        "HttpsURLConnection open(URL u) throws Exception {\n  HttpsURLConnection c = (HttpsURLConnection) u.openConnection();\n  c.setHostnameVerifier(NoopHostnameVerifier.INSTANCE);\n  return c;\n}",
      example_good:
        "HttpsURLConnection open(URL u) throws Exception {\n  return (HttpsURLConnection) u.openConnection();\n}",
    },
    fix_hint:
      "Keep the default verifiers; to trust a private CA, load it into a KeyStore-backed TrustManagerFactory.",
  },
  trigger: /HostnameVerifier|HOSTNAME_VERIFIER|checkServerTrusted|verify/,
  nodeTypes: ["identifier", "type_identifier", "method_declaration"],
  detect(node, ctx, report) {
    if (node.type !== "method_declaration") {
      if (
        /^(ALLOW_ALL_HOSTNAME_VERIFIER|NoopHostnameVerifier|AllowAllHostnameVerifier|NullHostnameVerifier)$/.test(
          ctx.text(node),
        )
      )
        report({ node, message: `${ctx.text(node)} accepts any host` });
      return;
    }
    const name = node.children.find((c) => c.field === "name");
    const body = node.children.find((c) => c.field === "body");
    if (!name || !body) return;
    const b = ctx
      .text(body)
      .replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, "")
      .replace(/\s+/g, "");
    if (
      (ctx.text(name) === "verify" && b === "{returntrue;}") ||
      (ctx.text(name) === "checkServerTrusted" && b === "{}")
    )
      report({ node, message: `${ctx.text(name)}() accepts everything` });
  },
  cases: {
    valid: ['class A { boolean verify(String h, SSLSession s) { return h.equals("a"); } }'],
    invalid: [
      "class A { void f(HttpsURLConnection c) { c.setHostnameVerifier(NoopHostnameVerifier.INSTANCE); } }",
      "class V implements HostnameVerifier { public boolean verify(String h, SSLSession s) { return true; } }",
    ],
  },
});
