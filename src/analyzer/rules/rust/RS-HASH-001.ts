import { CALL_TYPES, clikeRule } from "../clike.js";
import { sourceHas } from "../../parse/nodes.js";

export default clikeRule(["rust"], {
  meta: {
    id: "RS-HASH-001",
    title: "Weak hash function (MD2/MD4/MD5/SHA-1)",
    cwe: ["CWE-328", "CWE-327"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags RustCrypto Md2/Md4/Md5/Sha1 hashers, the md5 crate's compute(), and ring/openssl SHA-1 and MD5 digests.",
      why_bad:
        "MD5 and SHA-1 collisions are practical and both are fast to brute-force; integrity checks, signatures and password hashes built on them can be forged (CWE-328).",
      example_bad:
        "use md5::{Md5, Digest};\nfn fingerprint(data: &[u8]) -> Vec<u8> {\n  Md5::new().chain_update(data).finalize().to_vec()\n}",
      example_good:
        "use sha2::{Sha256, Digest};\nfn fingerprint(data: &[u8]) -> Vec<u8> {\n  Sha256::new().chain_update(data).finalize().to_vec()\n}",
    },
    fix_hint: "Use SHA-256/SHA-3/BLAKE3; for passwords use argon2 or scrypt.",
  },
  trigger: /Md[245]|Sha1|md5|sha1|SHA1|MD5/,
  nodeTypes: [...CALL_TYPES.rust, "scoped_identifier"],
  detect(node, ctx, report) {
    if (node.type === "scoped_identifier") {
      const t = ctx.text(node).replace(/\s+/g, "");
      if (
        /(^|::)(SHA1_FOR_LEGACY_USE_ONLY|SHA1|MD5)$/.test(t) &&
        /digest|MessageDigest|hash/i.test(t + ctx.tree.source.slice(0, 0)) &&
        sourceHas(ctx.tree, /ring|openssl|digest|MessageDigest/)
      )
        report({ node, message: `${t} is a broken hash` });
      return;
    }
    const q = ctx.callee(node);
    if (
      /(^|\.)(Md2|Md4|Md5|Sha1|Sha1Core|Md5Core)\.(new|default|digest|new_with_prefix)$/.test(q) ||
      /^md5\.compute$/.test(q) ||
      /(^|\.)MessageDigest\.(md5|sha1)$/.test(q)
    )
      report({ node, message: `${q} is a broken hash` });
  },
  cases: {
    valid: ["fn f(d: &[u8]) { let h = Sha256::digest(d); }"],
    invalid: [
      "fn f(d: &[u8]) { let mut h = Sha1::new(); h.update(d); }",
      "fn f(d: &[u8]) { let h = md5::compute(d); }",
    ],
  },
});
