import { CALL_TYPES, clikeRule } from "../clike.js";
import { fixedBytes } from "./fixed-bytes.js";

const IV_NAME = /^(iv|ivec|nonce|IV|Iv|NONCE|init_?vector|initialization_?vector|\w+_iv|\w+Iv|iv_\w+)$/;
/** Cipher set-up calls and the position of their IV argument. */
const IV_CALLS: Record<string, number[]> = {
  EVP_EncryptInit: [3],
  EVP_DecryptInit: [3],
  EVP_CipherInit: [3],
  EVP_EncryptInit_ex: [4],
  EVP_DecryptInit_ex: [4],
  EVP_CipherInit_ex: [4],
  EVP_EncryptInit_ex2: [3],
  EVP_DecryptInit_ex2: [3],
  AES_cbc_encrypt: [4],
  AES_cfb128_encrypt: [4],
  AES_ofb128_encrypt: [4],
  mbedtls_aes_crypt_cbc: [3],
};

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-CRYPTO-004",
    title: "Fixed initialisation vector (IV or nonce)",
    cwe: ["CWE-329", "CWE-1204"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags an IV or nonce buffer given fixed bytes (memcpy/strcpy of a literal, memset to a constant, a literal initialiser) that the snippet never fills from a CSPRNG, and literal IVs passed to EVP_EncryptInit*/AES_cbc_encrypt.",
      why_bad:
        "With a fixed IV, CBC encrypts equal plaintext prefixes to equal ciphertext and CTR/GCM reuse the keystream, which reveals the XOR of messages and breaks GCM's authentication: the IV must be unpredictable for every message (CWE-329).",
      example_bad:
        'void enc(EVP_CIPHER_CTX *c, const unsigned char *key) {\n  unsigned char iv[16];\n  memcpy(iv, "0123456789abcdef", 16);\n  EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), NULL, key, iv);\n}',
      example_good:
        "void enc(EVP_CIPHER_CTX *c, const unsigned char *key) {\n  unsigned char iv[16];\n  RAND_bytes(iv, sizeof iv);\n  EVP_EncryptInit_ex(c, EVP_aes_256_cbc(), NULL, key, iv);\n}",
    },
    fix_hint:
      "Generate a fresh IV per message with RAND_bytes (or getrandom) and send it with the ciphertext; never reuse a nonce with the same key.",
  },
  trigger: /iv|IV|Iv|nonce|NONCE|vector|EVP_|AES_/,
  nodeTypes: [...CALL_TYPES.cpp, "init_declarator"],
  detect(node, ctx, report) {
    const message = fixedBytes(ctx, node, IV_NAME, IV_CALLS);
    if (message) report({ node, message });
  },
  cases: {
    valid: [
      "void f(unsigned char *iv) { memset(iv, 0, 16); RAND_bytes(iv, 16); }",
      "void f(char *dst, const char *src) { memcpy(dst, src, 16); }",
      'void f(unsigned char *key) { unsigned char buf[16] = {0}; memcpy(buf, "abc", 3); }',
      "void f() { unsigned char iv[16] = {0}; /* was fixed */ RAND_bytes(iv, sizeof iv); }",
    ],
    invalid: [
      'void f(struct enc *r) { memcpy(r->iv, "0123456789abcdef", 16); }',
      "void f(EVP_CIPHER_CTX *c, unsigned char *k) { unsigned char iv[16] = {0}; EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), 0, k, iv); }",
      'void f(EVP_CIPHER_CTX *c, unsigned char *k) { EVP_EncryptInit_ex(c, EVP_aes_128_cbc(), 0, k, (unsigned char *)"aaaaaaaaaaaaaaaa"); }',
    ],
  },
});
