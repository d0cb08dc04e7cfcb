import { CALL_TYPES, clikeRule } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["rust"], {
  meta: {
    id: "RS-TLS-001",
    title: "TLS certificate or hostname verification disabled",
    cwe: ["CWE-295"],
    severity: "HIGH",
    severity_variants: [
      {
        severity: "MEDIUM",
        when: "the flag is a variable, not the literal true: verification may be off at run time",
      },
    ],
    docs: {
      what_it_does:
        "Flags danger_accept_invalid_certs(true), danger_accept_invalid_hostnames(true) (reqwest, native-tls), set_verify(SslVerifyMode::NONE) (openssl) and rustls dangerous() configuration.",
      why_bad:
        "Accepting any certificate lets anyone on the network path impersonate the server and read or change the traffic (CWE-295).",
      example_bad:
        "fn client() -> reqwest::Client {\n  reqwest::Client::builder().danger_accept_invalid_certs(true).build().unwrap()\n}",
      example_good: "fn client() -> reqwest::Client {\n  reqwest::Client::builder().build().unwrap()\n}",
    },
    fix_hint: "Keep verification on; add a private CA with add_root_certificate instead.",
  },
  trigger: /danger_accept_invalid|set_verify|dangerous/,
  nodeTypes: CALL_TYPES.rust,
  detect(node, ctx, report) {
    const m = ctx.method(node);
    const a = ctx.args(node)[0];
    if (/^danger_accept_invalid_(certs|hostnames)$/.test(m) && a && ctx.text(a) !== "false")
      report({
        node,
        severity: ctx.text(a) === "true" ? "HIGH" : "MEDIUM",
        message: `${m}(${ctx.text(a)}) can disable TLS verification`,
      });
    else if (m === "set_verify" && a && /NONE/.test(ctx.text(a)))
      report({ node, message: "set_verify(NONE) disables certificate checks" });
    else if (m === "dangerous" && sourceHas(ctx.tree, /rustls|ClientConfig/))
      report({ node, message: "rustls dangerous() configuration" });
  },
  cases: {
    valid: ["fn f() { reqwest::Client::builder().danger_accept_invalid_certs(false); }"],
    invalid: [
      "fn f() { reqwest::Client::builder().danger_accept_invalid_certs(true); }",
      "fn f(b: &mut SslConnectorBuilder) { b.set_verify(SslVerifyMode::NONE); }",
      "fn f(skip: bool) { reqwest::Client::builder().danger_accept_invalid_certs(skip); }",
    ],
  },
});
