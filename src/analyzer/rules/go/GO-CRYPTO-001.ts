import { CALL_TYPES, clikeRule, Level } from "../clike.js";

export default clikeRule(["go"], {
  meta: {
    id: "GO-CRYPTO-001",
    title: "Broken cipher or too-short key",
    cwe: ["CWE-327", "CWE-326"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags DES/3DES/RC4/Blowfish ciphers, and RSA/DSA keys generated with fewer than 2048 bits.",
      why_bad:
        "DES and RC4 are broken, 64-bit block ciphers fall to birthday attacks, and 1024-bit RSA/DSA keys are within reach of well-funded attackers (CWE-327, CWE-326).",
      example_bad: "func key() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateKey(rand.Reader, 1024)\n}",
      example_good: "func key() (*rsa.PrivateKey, error) {\n\treturn rsa.GenerateKey(rand.Reader, 3072)\n}",
    },
    fix_hint: "Use AES-GCM or ChaCha20-Poly1305, RSA keys of at least 2048 bits (3072 preferred) or Ed25519.",
  },
  trigger: /des\.|rc4\.|blowfish\.|GenerateKey|GenerateParameters|L1024/,
  nodeTypes: [...CALL_TYPES.go, "selector_expression"],
  detect(node, ctx, report) {
    if (node.type === "selector_expression") {
      if (/^dsa\.L1024N160$/.test(ctx.text(node)))
        report({ node, message: "1024-bit DSA parameters are too weak" });
      return;
    }
    const q = ctx.callee(node);
    if (/^(des\.(NewCipher|NewTripleDESCipher)|rc4\.NewCipher|blowfish\.NewCipher)$/.test(q)) {
      report({ node, message: `${q} is a broken cipher` });
      return;
    }
    if (/^rsa\.(GenerateKey|GenerateMultiPrimeKey)$/.test(q)) {
      const bits = ctx.args(node).at(-1);
      if (
        bits &&
        ctx.level(bits) === Level.CONST &&
        /^\d+$/.test(ctx.text(bits)) &&
        Number(ctx.text(bits)) < 2048
      )
        report({ node, message: `${ctx.text(bits)}-bit RSA key is too short` });
    }
  },
  cases: {
    valid: ["func f() { rsa.GenerateKey(rand.Reader, 4096) }"],
    invalid: ["func f(k []byte) { des.NewCipher(k) }", "func f() { rsa.GenerateKey(rand.Reader, 1024) }"],
  },
});
