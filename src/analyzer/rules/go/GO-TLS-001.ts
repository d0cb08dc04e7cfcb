import { clikeRule } from "../clike.js";

export default clikeRule(["go"], {
  meta: {
    id: "GO-TLS-001",
    title: "TLS certificate verification disabled",
    cwe: ["CWE-295"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags tls.Config{InsecureSkipVerify: true} and assignments of true to InsecureSkipVerify.",
      why_bad:
        "The client then accepts any certificate, so anyone on the network path can impersonate the server and read or change the traffic (CWE-295).",
      example_bad:
        "func client() *http.Client {\n\treturn &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}\n}",
      example_good:
        "func client() *http.Client {\n\treturn &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}}\n}",
    },
    fix_hint: "Keep verification on; trust a private CA through RootCAs instead.",
  },
  trigger: /InsecureSkipVerify/,
  nodeTypes: ["keyed_element", "assignment_statement"],
  detect(node, ctx, report) {
    if (/InsecureSkipVerify\s*[:=]\s*true\b/.test(ctx.text(node)))
      report({ node, message: "InsecureSkipVerify disables certificate checks" });
  },
  cases: {
    valid: ["func f() *tls.Config { return &tls.Config{MinVersion: tls.VersionTLS12} }"],
    invalid: ["func f() *tls.Config { return &tls.Config{InsecureSkipVerify: true} }"],
  },
});
