import { CALL_TYPES, clikeRule, literalValue } from "../clike.js";

const WEAK =
  /^(MD[245](_Init|_Update|_Final)?|SHA1(_Init|_Update|_Final)?|SHA_(Init|Update|Final)|EVP_(md[245]|sha1|md5_sha1|sha1_md5|sha)|CC_(MD[245]|SHA1)(_Init|_Update|_Final)?|RIPEMD160|[A-Za-z]\w*_(MD5|md5|SHA1|sha1)_?(Init|Update|Final|init|update|final|starts|finish)|mbedtls_(md5|sha1)(_ret)?)$/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-HASH-001",
    title: "Weak hash function (MD2/MD4/MD5/SHA-1)",
    cwe: ["CWE-328", "CWE-327"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        'Flags OpenSSL / CommonCrypto MD2, MD4, MD5 and SHA-1 digests (MD5_Init, EVP_md5, SHA1, EVP_get_digestbyname("md5"), ...).',
      why_bad:
        "Collisions for MD5 and SHA-1 are cheap, and MD2/MD4 are broken outright; signatures, integrity checks or password hashes built on them can be forged (CWE-328).",
      example_bad:
        "void digest(const unsigned char *d, size_t n, unsigned char *out) {\n  EVP_Digest(d, n, out, NULL, EVP_md5(), NULL);\n}",
      example_good:
        "void digest(const unsigned char *d, size_t n, unsigned char *out) {\n  EVP_Digest(d, n, out, NULL, EVP_sha256(), NULL);\n}",
    },
    fix_hint:
      "Use SHA-256 or better (EVP_sha256/EVP_sha3_256); for passwords use a KDF (PBKDF2, scrypt, Argon2).",
  },
  trigger: /MD[245]|SHA1|SHA_|EVP_sha\b|md[245]|sha1|RIPEMD/i,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const name = ctx.method(node);
    if (WEAK.test(name)) {
      report({ node, message: `${name}() uses a broken hash` });
      return;
    }
    if (/^EVP_get_digestbyname$/.test(name)) {
      const a = ctx.args(node)[0];
      if (a && ctx.isString(a) && /^(md[245]|sha1?)$/i.test(literalValue(ctx, a)))
        report({ node, message: `digest '${literalValue(ctx, a)}' is broken` });
    }
  },
  cases: {
    valid: ["void f(void) { const EVP_MD *m = EVP_sha256(); }", "void f(void) { SHA256_Init(&c); }"],
    invalid: [
      "void f(void) { li_MD5_CTX c; li_MD5_Init(&c); }",
      "void f(void) { MD5_Init(&c); }",
      'void f(void) { const EVP_MD *m = EVP_get_digestbyname("sha1"); }',
    ],
  },
});
