import { CALL_TYPES, clikeRule } from "../clike.js";

const BROKEN =
  /^(EVP_(des|des_ede|des_ede3|desx|bf|rc4|rc2|cast5|idea|seed)(_\w+)?|DES_\w+|BF_(set_key|\w*crypt\w*)|RC4(_set_key)?|RC2_\w+|CAST_\w+|IDEA_\w+)$/;

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-CRYPTO-001",
    title: "Broken or risky cipher (DES, 3DES, Blowfish, RC4, RC2)",
    cwe: ["CWE-327", "CWE-1240"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags OpenSSL DES/3DES/DES-X, Blowfish, RC2, RC4, CAST5 and IDEA ciphers and their low-level APIs.",
      why_bad:
        "DES keys are brute-forced in hours, 64-bit block ciphers (3DES, Blowfish) fall to birthday attacks (Sweet32), and RC4's keystream is biased; data protected with them is not confidential (CWE-327).",
      example_bad:
        "int enc(EVP_CIPHER_CTX *c, const unsigned char *k, const unsigned char *iv) {\n  return EVP_EncryptInit_ex(c, EVP_des_ede3_cbc(), NULL, k, iv);\n}",
      example_good:
        "int enc(EVP_CIPHER_CTX *c, const unsigned char *k, const unsigned char *iv) {\n  return EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, k, iv);\n}",
    },
    fix_hint: "Use AES-GCM or ChaCha20-Poly1305 (EVP_aes_256_gcm, EVP_chacha20_poly1305).",
  },
  trigger: /des|DES_|_bf_|BF_|rc4|RC4|rc2|RC2|cast5|CAST_|idea|IDEA_|EVP_seed/,
  nodeTypes: CALL_TYPES.c,
  detect(node, ctx, report) {
    const name = ctx.method(node);
    if (BROKEN.test(name)) report({ node, message: `${name}() uses a broken cipher` });
  },
  cases: {
    valid: ["void f(void) { EVP_aes_256_gcm(); }", "void f(void) { describe(x); }"],
    invalid: [
      "void f(void) { EVP_bf_cbc(); }",
      "void f(void) { DES_ecb_encrypt(&i, &o, &ks, DES_ENCRYPT); }",
    ],
  },
});
