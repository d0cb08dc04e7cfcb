import { CALL_TYPES, clikeRule, literalValue } from "../clike.js";

export default clikeRule(["java"], {
  meta: {
    id: "JAVA-HASH-001",
    title: "Weak hash algorithm (MD2/MD4/MD5/SHA-1)",
    cwe: ["CWE-328", "CWE-327"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        'Flags MessageDigest.getInstance("MD5"/"SHA-1"/...), Commons Codec DigestUtils md5/sha1 helpers and Guava Hashing.md5()/sha1().',
      why_bad:
        "MD5 and SHA-1 collisions are practical; signatures, integrity checks, or password hashes built on them can be forged or cracked quickly (CWE-328).",
      example_bad:
        'byte[] fingerprint(byte[] data) throws Exception {\n  return MessageDigest.getInstance("MD5").digest(data);\n}',
      example_good:
        'byte[] fingerprint(byte[] data) throws Exception {\n  return MessageDigest.getInstance("SHA-256").digest(data);\n}',
    },
    fix_hint: "Use SHA-256 or SHA-3; for passwords use PBKDF2, bcrypt, scrypt or Argon2.",
  },
  trigger: /MD[245]|SHA-?1|sha1|md5|getSha1Digest|getMd5Digest|shaHex/i,
  nodeTypes: CALL_TYPES.java,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const m = ctx.method(node);
    if (/(^|\.)getInstance$/.test(q) && /Digest|^getInstance$/.test(q)) {
      const a = ctx.args(node)[0];
      if (a && ctx.isString(a) && /^(MD[245]|SHA-?1|SHA)$/i.test(literalValue(ctx, a)))
        report({ node, message: `${literalValue(ctx, a)} is a broken hash` });
      return;
    }
    if (
      /^(md5|md5Hex|sha1|sha1Hex|shaHex|getMd5Digest|getSha1Digest|md2|md2Hex|getMD5|toMD5|encodeMD5|md5Encode)$/i.test(
        m,
      )
    )
      report({ node, message: `${m}() is a broken hash` });
  },
  cases: {
    valid: ['class A { void f() throws Exception { MessageDigest.getInstance("SHA-256"); } }'],
    invalid: [
      'class A { void f() throws Exception { MessageDigest.getInstance("SHA1"); } }',
      "class A { String f(String s) { return DigestUtils.md5Hex(s); } }",
    ],
  },
});
