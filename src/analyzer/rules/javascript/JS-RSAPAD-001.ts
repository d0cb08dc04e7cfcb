import { field, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-RSAPAD-001",
    title: "RSA encryption with PKCS#1 v1.5 padding or none (not OAEP)",
    cwe: ["CWE-780", "CWE-327"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags RSA encryption and decryption told to use PKCS#1 v1.5 padding or no padding: crypto.publicEncrypt / privateDecrypt with padding RSA_PKCS1_PADDING or RSA_NO_PADDING, node-rsa's encryptionScheme 'pkcs1', node-forge's encrypt / decrypt with 'RSAES-PKCS1-V1_5'. Signing with PKCS#1 v1.5 is not flagged.",
      why_bad:
        "PKCS#1 v1.5 encryption padding is open to Bleichenbacher's padding-oracle attack (a server that tells bad padding apart decrypts ciphertexts for the attacker); unpadded RSA is deterministic and malleable.",
      example_bad:
        "const crypto = require('crypto');\nconst out = crypto.publicEncrypt({ key: pub, padding: crypto.constants.RSA_PKCS1_PADDING }, secret);",
      example_good:
        "const crypto = require('crypto');\nconst out = crypto.publicEncrypt({ key: pub, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, secret);",
    },
    fix_hint:
      "Use OAEP: RSA_PKCS1_OAEP_PADDING with oaepHash 'sha256', node-rsa's 'pkcs1_oaep', node-forge's 'RSA-OAEP'.",
  },
  trigger: /RSA_PKCS1_PADDING|RSA_NO_PADDING|padding\s*:\s*[13]\b|RSAES-PKCS1-V1_5|encryptionScheme/,
  nodeTypes: ["pair", "call_expression"],
  detect(node, ctx, report) {
    if (node.type === "call_expression") {
      // node-forge: `publicKey.encrypt(bytes, 'RSAES-PKCS1-V1_5')` (only where the package is imported).
      if (
        /^(encrypt|decrypt)$/.test(ctx.method(node)) &&
        ctx.constValue(ctx.args(node)[1]) === "RSAES-PKCS1-V1_5" &&
        sourceHas(ctx.tree, /['"]node-forge['"]/)
      )
        report({ node, message: "RSA encryption with PKCS#1 v1.5 padding: use RSA-OAEP" });
      return;
    }
    const key = ctx.text(field(node, "key") ?? node).replace(/['"]/g, "");
    const value = field(node, "value");
    const opts = node.parent;
    const call = opts?.parent?.type === "arguments" ? opts.parent.parent : undefined;
    if (!value || opts?.type !== "object" || !call) return;
    // Node: `publicEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, data)` (privateEncrypt is signing).
    if (key === "padding") {
      const v = ctx.text(value);
      const pad = /(^|\.)RSA_(PKCS1|NO)_PADDING$/.exec(v)?.[2] ?? { "1": "PKCS1", "3": "NO" }[v];
      if (
        pad &&
        call.type === "call_expression" &&
        /(^|\.)(publicEncrypt|privateDecrypt)$/.test(ctx.callee(call))
      )
        report({
          node: call,
          message: `RSA encryption with ${pad === "NO" ? "no padding" : "PKCS#1 v1.5 padding"}: use RSA_PKCS1_OAEP_PADDING`,
        });
      return;
    }
    // node-rsa: `key.setOptions({ encryptionScheme: 'pkcs1' })`, `new NodeRSA(pem, fmt, { encryptionScheme: 'pkcs1' })`.
    if (
      key === "encryptionScheme" &&
      ctx.stringValue(value) === "pkcs1" &&
      (ctx.method(call) === "setOptions" || call.type === "new_expression") &&
      sourceHas(ctx.tree, /['"]node-rsa['"]/)
    )
      report({
        node: call,
        message: "node-rsa told to use PKCS#1 v1.5 encryption padding: use 'pkcs1_oaep'",
      });
  },
  cases: {
    valid: [
      "crypto.publicEncrypt({ key: pub, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, d);",
      "crypto.privateEncrypt({ key: priv, padding: crypto.constants.RSA_PKCS1_PADDING }, digest);",
      "const sig = signer.sign({ key: priv, padding: crypto.constants.RSA_PKCS1_PADDING });",
      "const forge = require('node-forge');\nconst out = publicKey.encrypt(data, 'RSA-OAEP', { md: forge.md.sha256.create() });",
      "const NodeRSA = require('node-rsa');\nconst k = new NodeRSA(pem, 'pkcs8-public', { encryptionScheme: 'pkcs1_oaep' });",
      "const NodeRSA = require('node-rsa');\nk.setOptions({ signingScheme: 'pkcs1-sha256' });",
    ],
    invalid: [
      "const enc = crypto.publicEncrypt({ key: pub, padding: crypto.constants.RSA_PKCS1_PADDING }, secret);",
      "const { constants } = crypto;\nconst out = crypto.privateDecrypt({ key: priv, padding: constants.RSA_PKCS1_PADDING }, blob);",
      "const enc = crypto.publicEncrypt({ key: pub, padding: crypto.constants.RSA_NO_PADDING }, block);",
      "const forge = require('node-forge');\nconst out = publicKey.encrypt(data, 'RSAES-PKCS1-V1_5');",
      "const NodeRSA = require('node-rsa');\nconst k = new NodeRSA(pem);\nk.setOptions({ encryptionScheme: 'pkcs1' });",
      "const NodeRSA = require('node-rsa');\nconst k = new NodeRSA(pem, 'pkcs8-public', { encryptionScheme: 'pkcs1' });",
    ],
  },
});
