import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-RSAPAD-001",
    title: "RSA encryption without OAEP padding",
    // CWE-780 is a child of CWE-327 (a broken or risky cryptographic algorithm).
    cwe: ["CWE-780", "CWE-327"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags RSA encryption and decryption with PKCS#1 v1.5 padding: cryptography's encrypt()/decrypt() with padding.PKCS1v15() PyCryptodome's Crypto.Cipher.PKCS1_v1_5, python-rsa's encrypt()/decrypt() and M2Crypto's public_encrypt/private_decrypt with pkcs1_padding (signatures with PKCS#1 v1.5 are not flagged).",
      why_bad:
        "PKCS#1 v1.5 encryption padding is open to Bleichenbacher's padding-oracle attack: a server that reveals whether a ciphertext decrypts lets an attacker decrypt messages or forge signatures.",
      example_bad:
        "from cryptography.hazmat.primitives.asymmetric import padding\ndef seal(pub, data):\n    return pub.encrypt(data, padding.PKCS1v15())",
      example_good:
        "from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding\ndef seal(pub, data):\n    return pub.encrypt(data, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))",
    },
    fix_hint: "Encrypt with OAEP (padding.OAEP / PKCS1_OAEP) and SHA-256.",
  },
  trigger: /PKCS1v15|PKCS1_v1_5|\bimport rsa\b|pkcs1_padding/,
  nodeTypes: ["call"],
  calls: ["new", "encrypt", "decrypt", "public_encrypt", "private_decrypt"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // python-rsa's encrypt()/decrypt() only speak PKCS#1 v1.5.
    if (q === "rsa.encrypt" || q === "rsa.decrypt") {
      report({ node, message: `python-rsa ${q.slice(4)}() pads with PKCS#1 v1.5 (no OAEP)` });
      return;
    }
    // M2Crypto: key.public_encrypt(data, RSA.pkcs1_padding) / key.private_decrypt(ct, RSA.pkcs1_padding).
    if (/^(public_encrypt|private_decrypt)$/.test(ctx.method(node))) {
      if (/(^|\.)pkcs1_padding$/.test(ctx.qname(ctx.arg(node, 1, "padding"))))
        report({
          node,
          message: `RSA ${ctx.method(node)}() with PKCS#1 v1.5 padding (use pkcs1_oaep_padding)`,
        });
      return;
    }
    if (/^(Crypto|Cryptodome)\.Cipher\.PKCS1_v1_5\.new$/.test(q)) {
      report({ node, message: "PKCS#1 v1.5 encryption padding (use PKCS1_OAEP)" });
      return;
    }
    // cryptography: key.encrypt(data, padding.PKCS1v15()) / key.decrypt(ct, padding.PKCS1v15()).
    const m = ctx.method(node);
    if (m !== "encrypt" && m !== "decrypt") return;
    const pad = ctx.resolve(ctx.arg(node, 1, "padding"));
    if (
      pad?.type === "call" &&
      /(^|\.)asymmetric\.padding\.PKCS1v15$|^padding\.PKCS1v15$/.test(ctx.callee(pad))
    )
      report({ node, message: `RSA ${m}() with PKCS#1 v1.5 padding (use OAEP)` });
  },
  cases: {
    valid: [
      "from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding\ndef seal(pub, data):\n    return pub.encrypt(data, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))",
      "from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding\ndef sign(key, data):\n    return key.sign(data, padding.PKCS1v15(), hashes.SHA256())",
      "from Crypto.Cipher import PKCS1_OAEP\nc = PKCS1_OAEP.new(key)",
      "from Crypto.Signature import PKCS1_v1_5\ns = PKCS1_v1_5.new(key)",
      "import rsa\ndef sign(priv, data):\n    return rsa.sign(data, priv, 'SHA-256')",
      "from M2Crypto import RSA\ndef seal(k, data):\n    return k.public_encrypt(data, RSA.pkcs1_oaep_padding)",
    ],
    invalid: [
      {
        code: "from cryptography.hazmat.primitives.asymmetric import padding\ndef seal(pub, data):\n    return pub.encrypt(data, padding.PKCS1v15())",
        line: 3,
      },
      {
        code: "from cryptography.hazmat.primitives.asymmetric import padding\nPAD = padding.PKCS1v15()\ndef open_(key, ct):\n    return key.decrypt(ct, PAD)",
        line: 4,
      },
      { code: "from Crypto.Cipher import PKCS1_v1_5\nc = PKCS1_v1_5.new(key)", line: 2 },
      "import rsa as pyrsa\ndef seal(pub, data):\n    return pyrsa.encrypt(data, pub)",
      "from M2Crypto import RSA\ndef seal(k, data):\n    return k.public_encrypt(data, RSA.pkcs1_padding)",
    ],
  },
});
