import { CALL_TYPES, clikeRule } from "../clike.js";
import { fixedBytes } from "./fixed-bytes.js";

const SALT_NAME = /^(salt|SALT|Salt|\w+_salt|\w+Salt|salt_\w+)$/;
/** Key-derivation and password-hash calls and the position of their salt argument. */
const SALT_CALLS: Record<string, number[]> = {
  PKCS5_PBKDF2_HMAC: [2],
  PKCS5_PBKDF2_HMAC_SHA1: [2],
  EVP_BytesToKey: [2],
  crypto_pwhash: [4],
  argon2i_hash_raw: [5],
  argon2id_hash_raw: [5],
  argon2id_hash_encoded: [5],
  crypt: [1],
};

export default clikeRule(["c", "cpp"], {
  meta: {
    id: "C-HASH-002",
    title: "Fixed salt for password hashing or key derivation",
    cwe: ["CWE-760", "CWE-759"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a salt buffer given fixed bytes (memset to a constant, memcpy/strcpy of a literal, a literal initialiser) that the snippet never fills from a CSPRNG, and literal salts passed to PKCS5_PBKDF2_HMAC, EVP_BytesToKey, crypt or the argon2/libsodium hashers.",
      why_bad:
        "A salt that is the same for every password lets one precomputed table (or one cracking run) cover every user, and equal passwords get equal hashes: a predictable salt (CWE-760) is barely better than none (CWE-759).",
      example_bad:
        "void hash(const char *pw, unsigned char *out) {\n  unsigned char salt[16];\n  memset(salt, 0, sizeof salt);\n  PKCS5_PBKDF2_HMAC(pw, strlen(pw), salt, sizeof salt, 100000, EVP_sha256(), 32, out);\n}",
      example_good:
        "void hash(const char *pw, unsigned char *salt, unsigned char *out) {\n  RAND_bytes(salt, 16);\n  PKCS5_PBKDF2_HMAC(pw, strlen(pw), salt, 16, 100000, EVP_sha256(), 32, out);\n}",
    },
    fix_hint:
      "Generate a random salt per password (RAND_bytes, 16+ bytes) and store it beside the hash; or use crypto_pwhash_str / argon2id_hash_encoded, which salt for you.",
  },
  trigger: /salt|SALT|Salt|PBKDF2|BytesToKey|crypt/,
  nodeTypes: [...CALL_TYPES.cpp, "init_declarator"],
  detect(node, ctx, report) {
    const message = fixedBytes(ctx, node, SALT_NAME, SALT_CALLS);
    if (message) report({ node, message });
  },
  cases: {
    valid: [
      "void f(unsigned char *salt) { RAND_bytes(salt, 16); }",
      "void f(struct rec *r) { memset(r->salt, 0, 32); if (!RAND_bytes(r->salt, 32)) return; }",
    ],
    invalid: [
      "void f(struct rec *r) { memset(r->salt, 0, 32); }",
      "void f(struct rec *r) {\n  // RAND_bytes(r->salt, 32);\n  memset(r->salt, 0, 32);\n}",
      'void f(const char *p, unsigned char *o) { PKCS5_PBKDF2_HMAC(p, 8, "NaCl", 4, 1000, EVP_sha256(), 32, o); }',
      'void f() { const char salt[] = "static-salt"; }',
    ],
  },
});
