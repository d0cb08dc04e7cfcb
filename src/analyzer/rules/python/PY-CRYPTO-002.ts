import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-CRYPTO-002",
    title: "Asymmetric key too short",
    cwe: ["CWE-326"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags RSA/DSA/DH key generation with fewer than 2048 bits, EC keys on curves under 224 bits, and AES/ChaCha20 keys drawn with fewer than 16 random bytes.",
      why_bad:
        "1024-bit RSA and DSA keys are within reach of well-funded attackers; signatures and key exchange can be broken.",
      example_bad: "from Crypto.PublicKey import RSA\nkey = RSA.generate(1024)",
      example_good: "from Crypto.PublicKey import RSA\nkey = RSA.generate(3072)",
    },
    fix_hint: "Use at least 2048-bit (preferably 3072-bit) RSA/DSA keys, or Ed25519 / P-256 keys.",
  },
  trigger:
    /AES|ChaCha20|Salsa20|(RSA|DSA|ElGamal|ECC)\.generate|generate_private_key|generate_parameters|newkeys|SECP192R1|SECT163|generate_key|gen_params|(RSA|DSS)Key\.generate|gen_key/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    // An RSA public exponent below 65537 (e = 3): small exponents are what the padding and broadcast attacks
    // on RSA need.
    let exp: SyntaxNode | undefined;
    if (/(^|\.)rsa\.generate_private_key$/.test(q)) exp = ctx.arg(node, 0, "public_exponent");
    else if (/^(Crypto|Cryptodome)\.PublicKey\.RSA\.generate$/.test(q))
      exp =
        ctx.kwarg(node, "e") ??
        ctx
          .args(node)
          .slice(2)
          .find((a) => typeof ctx.constValue(a) === "number");
    const e = exp ? ctx.constValue(exp) : undefined;
    if (typeof e === "number" && Number.isInteger(e) && e > 0 && e < 65537) {
      report({ node, message: `RSA public exponent ${e} is too small` });
      return;
    }
    // pycryptodome ECC.generate(curve=...) with a curve under 224 bits (P-192 by any of its names).
    if (/^(Crypto|Cryptodome)\.PublicKey\.ECC\.generate$/.test(q)) {
      const names = ctx.possibleStrings(ctx.arg(node, 0, "curve")) ?? [];
      if (names.some((c) => /^(nist\s*)?(p-?192|prime192v1|secp192r1)$/i.test(c.trim())))
        report({ node, message: "elliptic curve under 224 bits" });
      return;
    }
    let sizeNode: SyntaxNode | undefined;
    if (/(RSA|DSA|ElGamal|RSAKey|DSSKey)\.generate$/.test(q)) sizeNode = ctx.arg(node, 0, "bits");
    // dsa.generate_private_key(key_size, backend) / dsa.generate_parameters(key_size, backend) take the size
    // first; rsa.generate_private_key(public_exponent, key_size, backend) and dh.generate_parameters(generator,
    // key_size, backend) second.
    else if (/dsa\.generate_(private_key|parameters)$/.test(q)) sizeNode = ctx.arg(node, 0, "key_size");
    else if (/(rsa|dh)\.generate_private_key$|generate_parameters$/.test(q))
      sizeNode = ctx.kwarg(node, "key_size") ?? ctx.args(node)[1] ?? ctx.args(node)[0];
    else if (/(^|\.)ec\.generate_private_key$/.test(q)) {
      // The curve class itself (`curve=ec.SECT163R2`), not an instance, is as weak.
      // A name bound to a weak curve's instance (`LEGACY = ec.SECP192R1()`) is reported where it is used too.
      const arg = ctx.arg(node, 0, "curve");
      const held = arg?.type === "identifier" ? ctx.resolve(arg) : undefined;
      const curve = held?.type === "call" ? field(held, "function") : arg;
      if (curve?.type === "attribute" && /ec\.(SECP192R1|SECT163K1|SECT163R2)$/.test(ctx.qname(curve)))
        report({ node, message: "elliptic curve under 224 bits" });
      return;
    } else if (q === "rsa.newkeys") sizeNode = ctx.arg(node, 0, "nbits");
    // M2Crypto: RSA.gen_key(bits, e) / DSA.gen_params(bits).
    else if (/^M2Crypto\.(RSA\.gen_key|DSA\.gen_params)$/.test(q)) sizeNode = ctx.arg(node, 0, "bits");
    // pyOpenSSL: PKey().generate_key(crypto.TYPE_RSA, bits)
    else if (
      ctx.method(node) === "generate_key" &&
      /TYPE_(RSA|DSA)$/.test(ctx.text(ctx.args(node)[0] ?? node))
    )
      sizeNode = ctx.arg(node, 1, "bits");
    else if (/ec\.(SECP192R1|SECT163K1|SECT163R2)$/.test(q)) {
      report({ node, message: "elliptic curve under 224 bits" });
      return;
    }
    if (/(AES|ChaCha20|Salsa20)\.new$|algorithms\.AES$|aead\.(AESGCM|AESCCM)$|^(AESGCM|AESCCM)$/.test(q)) {
      // A symmetric key drawn with too few random bytes: AES needs 16, 24 or 32.
      let key = ctx.resolve(ctx.arg(node, 0, "key"));
      // get_random_bytes(5).ljust(16, b"\0"): padding adds length, not randomness.
      while (key?.type === "call" && /^(ljust|rjust|zfill|center)$/.test(ctx.method(key)))
        key = field(field(key, "function") ?? key, "object");
      const n =
        key?.type === "call" && /urandom|get_random_bytes|token_bytes|randbytes/.test(ctx.callee(key))
          ? ctx.constValue(ctx.args(key)[0])
          : undefined;
      if (typeof n === "number" && n < 16)
        report({ node, message: `${n * 8}-bit symmetric key is too short` });
      return;
    }
    // The size as written or held in a constant (KEY_BITS = 1024).
    const size = sizeNode ? ctx.constValue(sizeNode) : undefined;
    if (typeof size !== "number") {
      // A helper's parameter (`def new_key(bits): return RSA.generate(bits)`): the sizes its calls here pass.
      const passed = sizeNode ? ctx.paramConstants(sizeNode) : undefined;
      const weak = passed?.find((v): v is number => typeof v === "number" && v < 2048);
      if (weak !== undefined) report({ node, message: `${weak}-bit key is too short (passed by a caller)` });
      return;
    }
    if (size < 2048) report({ node, message: `${size}-bit key is too short` });
  },
  cases: {
    valid: [
      "from M2Crypto import RSA\nk = RSA.gen_key(3072, 65537)",
      "from Crypto.PublicKey import ECC\nk = ECC.generate(curve='P-256')",
      "from Crypto.PublicKey import RSA\nk = RSA.generate(3072, e=65537)",
      "from OpenSSL import crypto\nk = crypto.PKey()\nk.generate_key(crypto.TYPE_RSA, 4096)",
      "import paramiko\nk = paramiko.RSAKey.generate(bits=4096)",
      "import os\nfrom Crypto.Cipher import AES\nc = AES.new(os.urandom(32), AES.MODE_GCM)",
      "from Crypto.PublicKey import RSA\nk = RSA.generate(2048)",
      "from Crypto.PublicKey import RSA\ndef new_key(bits):\n    return RSA.generate(bits)\nnew_key(4096)",
      "from Crypto.PublicKey import RSA\ndef new_key(bits):\n    return RSA.generate(bits)",
      "from cryptography.hazmat.primitives.asymmetric import rsa\nk = rsa.generate_private_key(public_exponent=65537, key_size=4096)",
      "from cryptography.hazmat.backends import default_backend\nfrom cryptography.hazmat.primitives.asymmetric import dsa\nk = dsa.generate_private_key(3072, default_backend())",
      "from cryptography.hazmat.primitives.asymmetric import ec\nk = ec.generate_private_key(ec.SECP384R1())",
      "from cryptography.hazmat.primitives.asymmetric import rsa\nnew_rsa = rsa.generate_private_key\ndef f(new_rsa):\n    return new_rsa(public_exponent=65537, key_size=1024)",
    ],
    invalid: [
      "from M2Crypto import RSA\nk = RSA.gen_key(1024, 65537)",
      "import M2Crypto\np = M2Crypto.DSA.gen_params(1024)",
      {
        code: "from Crypto.PublicKey import RSA\nLEGACY = 1024\ndef new_key(bits):\n    return RSA.generate(bits)\nnew_key(LEGACY)",
        line: 4,
      },
      {
        code: "from cryptography.hazmat.primitives.asymmetric import rsa\nk = rsa.generate_private_key(public_exponent=3, key_size=2048)",
        line: 2,
      },
      { code: "from Crypto.PublicKey import RSA\nk = RSA.generate(2048, e=3)", line: 2 },
      { code: "from Cryptodome.PublicKey import ECC\nk = ECC.generate(curve='P-192')", line: 2 },
      {
        code: "from OpenSSL import crypto\nk = crypto.PKey()\nk.generate_key(crypto.TYPE_RSA, 1024)",
        line: 3,
      },
      { code: "import paramiko\nk = paramiko.RSAKey.generate(1024)", line: 2 },
      {
        code: "from cryptography.hazmat.primitives.asymmetric import rsa\nBITS = 1024\nk = rsa.generate_private_key(public_exponent=65537, key_size=BITS)",
        line: 3,
      },
      "import os\nfrom Crypto.Cipher import AES\ndef enc(d):\n    key = os.urandom(8)\n    return AES.new(key, AES.MODE_EAX).encrypt(d)",
      "from Crypto.Cipher import AES\nfrom Crypto.Random import get_random_bytes\ndef c():\n    key = get_random_bytes(5).ljust(16, b'\\0')\n    return AES.new(key, AES.MODE_GCM)",
      "from Crypto.PublicKey import DSA\nk = DSA.generate(1024)",
      "from cryptography.hazmat.backends import default_backend\nfrom cryptography.hazmat.primitives.asymmetric import dsa\nk = dsa.generate_private_key(1024, default_backend())",
      "from cryptography.hazmat.primitives.asymmetric import ec\nk = ec.generate_private_key(curve=ec.SECT163R2)",
      "from cryptography.hazmat.primitives.asymmetric import rsa\nk = rsa.generate_private_key(public_exponent=65537, key_size=512)",
      {
        code: "from cryptography.hazmat.primitives.asymmetric import rsa\nnew_rsa = rsa.generate_private_key\ndef f():\n    return new_rsa(public_exponent=65537, key_size=1024)",
        line: 4,
      },
      {
        code: "from cryptography.hazmat.primitives.asymmetric import ec\nnew_ec = ec.generate_private_key\nOLD = ec.SECP192R1()\ndef f():\n    return new_ec(OLD)",
        line: 5,
      },
    ],
  },
});
