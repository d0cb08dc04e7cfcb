import { CALL_TYPES, clikeRule } from "../clike.js";
import { fixedBytesArg, randomised } from "./fixed-bytes.js";

export default clikeRule(["go"], {
  meta: {
    id: "GO-CRYPTO-002",
    title: "Fixed IV or salt",
    cwe: ["CWE-329", "CWE-760"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags CBC/CFB/OFB/CTR encrypters and GCM Seal given an IV or nonce that the code never fills from crypto/rand, and pbkdf2/scrypt/argon2 keys derived with a literal or never-randomised salt.",
      why_bad:
        "A constant IV makes equal plaintexts encrypt equally (and breaks CTR/GCM outright); a constant salt lets one precomputed table crack every password (CWE-329, CWE-760).",
      example_bad:
        "func enc(block cipher.Block, dst, src []byte) {\n\tiv := make([]byte, aes.BlockSize)\n\tcipher.NewCBCEncrypter(block, iv).CryptBlocks(dst, src)\n}",
      example_good:
        "func enc(block cipher.Block, dst, src []byte) {\n\tiv := make([]byte, aes.BlockSize)\n\tif _, err := rand.Read(iv); err != nil {\n\t\tpanic(err)\n\t}\n\tcipher.NewCBCEncrypter(block, iv).CryptBlocks(dst, src)\n}",
    },
    fix_hint:
      "Fill IVs, nonces and salts with crypto/rand (rand.Read or io.ReadFull(rand.Reader, b)) for every message or password.",
  },
  trigger: /Encrypter|NewCTR|NewOFB|Seal|pbkdf2|scrypt|argon2/,
  nodeTypes: CALL_TYPES.go,
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const args = ctx.args(node);
    let arg;
    if (/^cipher\.(NewCBCEncrypter|NewCFBEncrypter|NewCTR|NewOFB)$/.test(q)) arg = args[1];
    else if (/^(pbkdf2\.Key|scrypt\.Key|argon2\.(I|ID)?Key)$/.test(q)) arg = args[1];
    else if (ctx.method(node) === "Seal" && args.length === 4) {
      // AEAD nonce: only a literal one is certain (a nonce from a counter or the caller can be right).
      if (args[1] && fixedBytesArg(ctx, args[1])) report({ node, message: `${q} with a fixed nonce` });
      return;
    } else return;
    if (!arg) return;
    if (fixedBytesArg(ctx, arg)) {
      report({ node, message: `${q} with a fixed IV/salt (literal bytes)` });
      return;
    }
    const name = ctx.text(arg);
    if (!/^\w+$/.test(name) || randomised(ctx, name) || ctx.params().has(name)) return;
    report({ node, message: `${q} with an IV/salt that is never randomised` });
  },
  cases: {
    valid: [
      "func f(b cipher.Block) { iv := make([]byte, 16); rand.Read(iv); cipher.NewCBCEncrypter(b, iv) }",
    ],
    invalid: [
      'func f(pw []byte) { pbkdf2.Key(pw, []byte("salt"), 4096, 32, sha256.New) }',
      "func enc(b cipher.Block) (iv []byte) {\n\tiv = []byte{0, 1, 2, 3}\n\tcipher.NewCBCEncrypter(b, iv)\n\treturn\n}\nfunc main() { _, iv := 1, enc(nil); _ = iv }",
      "func f(g cipher.AEAD, p []byte) []byte { nonce := []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}; return g.Seal(nil, nonce, p, nil) }",
    ],
  },
});
