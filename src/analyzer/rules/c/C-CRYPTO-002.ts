import { CALL_TYPES, clikeRule } from "../clike.js";

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-CRYPTO-002",
    title: "ECB mode encryption",
    cwe: ["CWE-327", "CWE-323"],
    severity: "HIGH",
    docs: {
      what_it_does: "Flags OpenSSL ECB-mode ciphers (EVP_*_ecb, AES_ecb_encrypt, DES_ecb_encrypt).",
      why_bad:
        "ECB encrypts equal blocks to equal ciphertext, so patterns in the plaintext show through and blocks can be cut and pasted; it is deterministic and unauthenticated (CWE-323/327).",
      example_bad:
        "int enc(EVP_CIPHER_CTX *c, const unsigned char *k) {\n  return EVP_EncryptInit_ex(c, EVP_aes_128_ecb(), NULL, k, NULL);\n}",
      example_good:
        "int enc(EVP_CIPHER_CTX *c, const unsigned char *k, const unsigned char *iv) {\n  return EVP_EncryptInit_ex(c, EVP_aes_128_gcm(), NULL, k, iv);\n}",
    },
    fix_hint: "Use an authenticated mode (GCM, or ChaCha20-Poly1305) with a fresh random nonce per message.",
  },
  trigger: /ecb/i,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const name = ctx.method(node);
    if (/^EVP_\w+_ecb$|^\w+_ecb_encrypt$/i.test(name)) report({ node, message: `${name}() uses ECB mode` });
  },
  cases: {
    valid: ["void f(void) { EVP_aes_128_gcm(); }"],
    invalid: [
      "void f(void) { EVP_aes_256_ecb(); }",
      "void f(void) { AES_ecb_encrypt(in, out, &k, AES_ENCRYPT); }",
    ],
  },
});
