import { CALL_TYPES, clikeRule } from "../clike.js";

export default clikeRule(["go"], {
  meta: {
    id: "GO-HASH-001",
    title: "Weak hash function (MD4/MD5/SHA-1)",
    cwe: ["CWE-328", "CWE-327"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags crypto/md5, crypto/sha1 and x/crypto/md4 hashers (New, Sum) and crypto.MD5/SHA1 hash ids.",
      why_bad:
        "MD5 and SHA-1 collisions are practical and both are fast to brute-force, so signatures, integrity checks and password hashes built on them fail (CWE-328).",
      example_bad: "func fingerprint(b []byte) [16]byte {\n\treturn md5.Sum(b)\n}",
      example_good: "func fingerprint(b []byte) [32]byte {\n\treturn sha256.Sum256(b)\n}",
    },
    fix_hint: "Use crypto/sha256 or sha512; for passwords use bcrypt, scrypt or argon2.",
  },
  trigger: /md5|sha1|md4|MD5|SHA1/,
  nodeTypes: [...CALL_TYPES.go, "selector_expression"],
  detect(node, ctx, report) {
    if (node.type === "selector_expression") {
      if (/^crypto\.(MD5|SHA1|MD4|MD5SHA1)$/.test(ctx.text(node)))
        report({ node, message: `${ctx.text(node)} is a broken hash` });
      return;
    }
    const q = ctx.callee(node);
    if (/^(md5|sha1|md4)\.(New|Sum)$/.test(q)) report({ node, message: `${q} is a broken hash` });
  },
  cases: {
    valid: ["func f(b []byte) { sha256.Sum256(b) }"],
    invalid: ["func f(b []byte) { md5.Sum(b) }", "func f() { h := sha1.New(); _ = h }"],
  },
});
