import { CALL_TYPES, clikeRule } from "../clike.js";

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
    let arg;
    if (/^cipher\.(NewCBCEncrypter|NewCFBEncrypter|NewCTR|NewOFB)$/.test(q)) arg = ctx.args(node)[1];
    else if (/^(pbkdf2\.Key|scrypt\.Key|argon2\.(I|ID)Key)$/.test(q)) arg = ctx.args(node)[1];
    else return;
    if (!arg) return;
    const name = ctx.text(arg);
    const randomised = new RegExp(
      `rand\\.Read\\(\\s*${name}\\b|ReadFull\\(\\s*rand\\.Reader\\s*,\\s*${name}\\b`,
    ).test(ctx.tree.source);
    if (randomised || ctx.params().has(name)) return;
    report({ node, message: `${q} with an IV/salt that is never randomised` });
  },
  cases: {
    valid: [
      "func f(b cipher.Block) { iv := make([]byte, 16); rand.Read(iv); cipher.NewCBCEncrypter(b, iv) }",
    ],
    invalid: ['func f(pw []byte) { pbkdf2.Key(pw, []byte("salt"), 4096, 32, sha256.New) }'],
  },
});
