import { CALL_TYPES, clikeRule } from "../clike.js";

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-CRYPTO-003",
    title: "Unauthenticated encryption mode (CBC/CTR/CFB/OFB/XTS)",
    cwe: ["CWE-347", "CWE-327"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags OpenSSL ciphers in CBC, CTR, CFB, OFB or XTS mode, which give confidentiality without integrity.",
      why_bad:
        "Without a MAC an attacker can flip ciphertext bits to change the plaintext, and CBC padding errors become a padding oracle that decrypts messages; the receiver cannot tell forged data from real (CWE-347).",
      example_bad:
        "int enc(EVP_CIPHER_CTX *c, const unsigned char *k, const unsigned char *iv) {\n  return EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), NULL, k, iv);\n}",
      example_good:
        "int enc(EVP_CIPHER_CTX *c, const unsigned char *k, const unsigned char *iv) {\n  return EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, k, iv);\n}",
    },
    fix_hint: "Use AES-GCM or ChaCha20-Poly1305, or add an HMAC over IV and ciphertext (encrypt-then-MAC).",
  },
  trigger: /_(cbc|ctr|cfb\w*|ofb|xts)\s*\(/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const name = ctx.method(node);
    if (/^EVP_\w+_(cbc|ctr|cfb\d*|ofb|xts)$/.test(name))
      report({ node, message: `${name}() is encryption without integrity` });
  },
  cases: {
    valid: ["void f(void) { EVP_aes_256_gcm(); }"],
    invalid: ["void f(void) { EVP_aes_128_ctr(); }"],
  },
});
