import { CALL_TYPES, clikeRule } from "../clike.js";

const WEAK =
  /^(new )?(System\.Security\.Cryptography\.)?(MD5|SHA1|MD5CryptoServiceProvider|SHA1CryptoServiceProvider|SHA1Managed|DES|DESCryptoServiceProvider|TripleDES|TripleDESCryptoServiceProvider|RC2|RC2CryptoServiceProvider|HMACMD5|HMACSHA1|RijndaelManaged)(\.Create)?$/;

export default clikeRule(["csharp"], {
  meta: {
    id: "CS-CRYPTO-001",
    title: "Broken hash, cipher or cipher mode",
    cwe: ["CWE-327", "CWE-328"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags MD5/SHA1 (and their HMACs), DES, TripleDES and RC2 providers, CryptoConfig/HashAlgorithm.Create with those names, and CipherMode.ECB.",
      why_bad:
        "MD5/SHA-1 collisions are practical; DES is brute-forceable and 3DES/RC2 have 64-bit blocks; ECB leaks plaintext patterns. Data they protect is not safe (CWE-327/328).",
      example_bad:
        "byte[] Hash(byte[] data) {\n  using var md5 = MD5.Create();\n  return md5.ComputeHash(data);\n}",
      example_good: "byte[] Hash(byte[] data) {\n  return SHA256.HashData(data);\n}",
    },
    fix_hint:
      "Use SHA256/SHA512, AesGcm (or Aes with CBC plus HMAC), and PBKDF2 (Rfc2898DeriveBytes) for passwords.",
  },
  trigger: /MD5|SHA1|DES|RC2|ECB|Rijndael|Create\(/,
  nodeTypes: [...CALL_TYPES.csharp, "member_access_expression"],
  detect(node, ctx, report) {
    if (node.type === "member_access_expression") {
      if (/^CipherMode\.ECB$/.test(ctx.text(node).replace(/\s+/g, "")))
        report({ node, message: "ECB mode leaks plaintext patterns" });
      return;
    }
    const q = ctx.callee(node);
    if (WEAK.test(q) && (q.startsWith("new ") || q.endsWith(".Create"))) {
      report({ node, message: `${q.replace(/^new /, "")} is broken` });
      return;
    }
    if (/(CryptoConfig\.CreateFromName|HashAlgorithm\.Create|SymmetricAlgorithm\.Create)$/.test(q)) {
      const a = ctx.args(node)[0];
      if (a && /"(MD5|SHA1|SHA|DES|TripleDES|3DES|RC2)"/i.test(ctx.text(a)))
        report({ node, message: `${ctx.text(a)} is broken` });
    }
  },
  cases: {
    valid: ["class A { byte[] F(byte[] d) { return SHA256.HashData(d); } }"],
    invalid: [
      "class A { void F() { var h = MD5.Create(); } }",
      "class A { void F(Aes a) { a.Mode = CipherMode.ECB; } }",
    ],
  },
});
