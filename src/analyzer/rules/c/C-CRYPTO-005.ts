import { CALL_TYPES, clikeRule, literalValue, STRING_TYPES } from "../clike.js";

/** Key-generation calls and the position of their bit-length argument. */
const KEYGEN: Record<string, number> = {
  RSA_generate_key: 0,
  RSA_generate_key_ex: 1,
  EVP_PKEY_CTX_set_rsa_keygen_bits: 1,
  EVP_RSA_gen: 0,
  DSA_generate_parameters: 0,
  DSA_generate_parameters_ex: 1,
  EVP_PKEY_CTX_set_dsa_paramgen_bits: 1,
  DH_generate_parameters: 0,
  DH_generate_parameters_ex: 1,
  EVP_PKEY_CTX_set_dh_paramgen_prime_len: 1,
};
/** openssl command lines that ask for a short RSA/DSA/DH key. */
const WEAK_CLI =
  /\b(rsa_keygen_bits:|dsa_paramgen_bits:|dh_paramgen_prime_len:|-newkey\s+rsa:|genrsa\b[^"]*?\s|dsaparam\b[^"]*?\s|dhparam\b[^"]*?\s|gendh\b[^"]*?\s)(256|384|512|768|1024|1536)\b/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-CRYPTO-005",
    title: "RSA, DSA or DH key shorter than 2048 bits",
    cwe: ["CWE-326"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags RSA_generate_key*, EVP_PKEY_CTX_set_rsa_keygen_bits, DSA/DH parameter generation with a literal size under 2048 bits, and openssl command lines (genpkey -pkeyopt rsa_keygen_bits:1024, genrsa 1024, dsaparam 1024) that do the same.",
      why_bad:
        "1024-bit RSA, DSA and DH are within reach of well-funded attackers and are rejected by NIST SP 800-131A and current TLS libraries; data protected by such keys has to be assumed readable (inadequate encryption strength, CWE-326).",
      example_bad:
        "EVP_PKEY *make_key(void) {\n  EVP_PKEY_CTX *c = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);\n  EVP_PKEY *k = NULL;\n  EVP_PKEY_keygen_init(c);\n  EVP_PKEY_CTX_set_rsa_keygen_bits(c, 1024);\n  EVP_PKEY_keygen(c, &k);\n  return k;\n}",
      example_good:
        "EVP_PKEY *make_key(void) {\n  EVP_PKEY_CTX *c = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);\n  EVP_PKEY *k = NULL;\n  EVP_PKEY_keygen_init(c);\n  EVP_PKEY_CTX_set_rsa_keygen_bits(c, 3072);\n  EVP_PKEY_keygen(c, &k);\n  return k;\n}",
    },
    fix_hint:
      "Use at least 2048-bit RSA/DSA/DH (3072 for data that must stay secret past 2030), or an elliptic curve.",
  },
  trigger:
    /generate_key|keygen_bits|generate_parameters|paramgen|prime_len|RSA_gen|genrsa|genpkey|dsaparam|dhparam|gendh|newkey/,
  nodeTypes: [...CALL_TYPES.cpp, ...STRING_TYPES.cpp],
  detect(node, ctx, report) {
    if (ctx.isString(node)) {
      const value = literalValue(ctx, node);
      const m = WEAK_CLI.exec(value);
      if (m) report({ node, message: `openssl command asks for a ${m[2]}-bit key` });
      else if (/^\s*(512|768|1024|1536)\s*$/.test(value)) {
        // The size as its own piece of a concatenated command: "openssl genrsa -out " + path + " 1024".
        let top = node;
        while (top.parent && /binary_expression|parenthesized_expression/.test(top.parent.type))
          top = top.parent;
        if (
          top !== node &&
          /\b(genrsa|dsaparam|dhparam|gendh)\b|rsa_keygen_bits|-newkey\s+rsa/.test(ctx.text(top))
        )
          report({ node, message: `openssl command asks for a ${value.trim()}-bit key` });
      }
      return;
    }
    const at = KEYGEN[ctx.method(node)];
    if (at === undefined) return;
    const bits = ctx.args(node)[at];
    if (bits && /^\d+$/.test(ctx.text(bits)) && Number(ctx.text(bits)) < 2048)
      report({ node, message: `${ctx.method(node)}() with a ${ctx.text(bits)}-bit key` });
  },
  cases: {
    valid: [
      "void f(RSA *r, BIGNUM *e) { RSA_generate_key_ex(r, 2048, e, NULL); }",
      'void f() { system("openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:4096"); }',
    ],
    invalid: [
      "void f() { RSA *r = RSA_generate_key(1024, 65537, NULL, NULL); }",
      'void f(char *out) { snprintf(out, 64, "openssl dsaparam -out %s 1024", "p.pem"); }',
      'std::string f(std::string p) { return "openssl genrsa -out " + p + " 1024"; }',
    ],
  },
});
