import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-CRYPTO-003",
    title: "Static or constant IV",
    cwe: ["CWE-329", "CWE-1204"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags createCipheriv whose IV is a constant (Buffer.alloc(n, 0), a literal string or a fixed Buffer).",
      why_bad:
        "A repeated IV makes equal plaintexts encrypt equally (CBC) or breaks confidentiality and integrity outright (CTR/GCM).",
      example_bad:
        "const crypto = require('crypto');\nconst enc = (key) => crypto.createCipheriv('aes-128-cbc', key, Buffer.alloc(16, 0));",
      example_good:
        "const crypto = require('crypto');\nconst enc = (key) => { const iv = crypto.randomBytes(16); return [iv, crypto.createCipheriv('aes-128-cbc', key, iv)]; };",
    },
    fix_hint:
      "Generate a fresh IV with crypto.randomBytes for every message and store it with the ciphertext.",
  },
  trigger: /createCipheriv/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, report) {
    if (!/(^|\.)createCipheriv$/.test(ctx.callee(node))) return;
    const iv = ctx.args(node)[2];
    if (!iv) return;
    const r = ctx.resolve(iv);
    if (!r || r.type === "identifier" || r.type === "null") return;
    if (/randomBytes|getRandomValues|randomFill/.test(ctx.text(r))) return;
    if (
      ctx.level(r, "code") === Level.CONST ||
      (/^Buffer\.(alloc|from)\(/.test(ctx.text(r)) && !/\b(iv|nonce)\b/i.test(ctx.text(r).slice(7)))
    )
      report({ node, message: "IV is a constant" });
  },
  cases: {
    valid: ["const iv = crypto.randomBytes(16);\ncrypto.createCipheriv('aes-128-cbc', k, iv);"],
    invalid: [
      "const iv = Buffer.alloc(16, 0);\ncrypto.createCipheriv('aes-128-cbc', k, iv);",
      "crypto.createCipheriv('aes-128-cbc', k, '1234567890123456');",
    ],
  },
});
