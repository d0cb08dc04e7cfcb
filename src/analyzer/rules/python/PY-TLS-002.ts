import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-TLS-002",
    title: "Obsolete SSL/TLS protocol version",
    cwe: ["CWE-327", "CWE-326"],
    severity: "MEDIUM",
    docs: {
      what_it_does: "Flags ssl.PROTOCOL_SSLv2/SSLv3/TLSv1/TLSv1_1 and ssl.wrap_socket without a context.",
      why_bad:
        "SSLv3 and TLS 1.0/1.1 have known attacks (POODLE, BEAST) and are disabled by modern servers and standards.",
      example_bad: "import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)",
      example_good: "import ssl\nctx = ssl.create_default_context()",
    },
    fix_hint: "Use ssl.create_default_context() (TLS 1.2+) and set minimum_version = ssl.TLSVersion.TLSv1_2.",
  },
  trigger: /PROTOCOL_|_METHOD/,
  nodeTypes: ["attribute"],
  detect(node, ctx, report) {
    const q = ctx.qname(node);
    if (
      /^(ssl|OpenSSL\.SSL)\.(PROTOCOL_SSLv2|PROTOCOL_SSLv3|PROTOCOL_TLSv1|PROTOCOL_TLSv1_1|SSLv2_METHOD|SSLv3_METHOD|TLSv1_METHOD|TLSv1_1_METHOD)$/.test(
        q,
      )
    )
      report({ node, message: `${q.split(".").pop()} is an obsolete protocol` });
  },
  cases: {
    valid: [
      "import ssl\nc = ssl.create_default_context()",
      "import ssl\nc = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)",
    ],
    invalid: ["import ssl\nc = ssl.SSLContext(ssl.PROTOCOL_SSLv3)"],
  },
});
