import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-CRYPTO-002",
    title: "Asymmetric key too short",
    cwe: ["CWE-326"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags generateKeyPair(Sync) and Web Crypto's subtle.generateKey with modulusLength under 2048 and node-rsa keys ({ b: n }) under 2048 bits.",
      why_bad: "1024-bit RSA/DSA keys can be broken by well-resourced attackers.",
      example_bad:
        "const { generateKeyPairSync } = require('crypto');\nconst keys = generateKeyPairSync('rsa', { modulusLength: 1024 });",
      example_good:
        "const { generateKeyPairSync } = require('crypto');\nconst keys = generateKeyPairSync('rsa', { modulusLength: 3072 });",
    },
    fix_hint: "Use at least 2048-bit (preferably 3072-bit) keys, or Ed25519.",
  },
  trigger: /generateKey|NodeRSA|node-rsa|createDiffieHellman/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const t = ctx.text(node);
    let m: RegExpExecArray | null = null;
    // Also through promisify: `promisify(crypto.generateKeyPair)('rsa', { modulusLength: 1024 })`.
    const promisified = /^(util\.)?promisify\(\s*[\w$.]*generateKeyPair\s*\)$/.test(
      ctx.text(node.children.find((c) => c.field === "function") ?? node),
    );
    if (/(^|\.)(generateKeyPair|generateKeyPairSync)$/.test(q) || promisified)
      m = /modulusLength\s*:\s*(\d+)/.exec(t);
    else if (/NodeRSA$|node-rsa/.test(q)) m = /\bb\s*:\s*(\d+)/.exec(t);
    // Web Crypto: `crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, ... }, ...)`.
    else if (/(^|\.)subtle\.generateKey$/.test(q)) {
      const alg = ctx.args(node)[0];
      const bits = ctx.constValue(alg?.type === "object" ? ctx.prop(alg, "modulusLength") : undefined);
      if (typeof bits === "number" && bits < 2048)
        report({ node, message: `${bits}-bit RSA key is too short` });
      return;
    }
    // `createDiffieHellman(512)`: a prime of that many bits (a Buffer/string argument is a given prime).
    else if (/(^|\.)createDiffieHellman$/.test(q)) {
      const bits = ctx.constValue(ctx.args(node)[0]);
      if (typeof bits === "number" && bits < 2048)
        report({ node, message: `${bits}-bit Diffie-Hellman group is too small` });
      return;
    }
    if (m && Number(m[1]) < 2048) report({ node, message: `${m[1]}-bit key is too short` });
  },
  cases: {
    valid: [
      "generateKeyPairSync('rsa', { modulusLength: 2048 });",
      "const dh = crypto.createDiffieHellman(2048);",
      "const k = await crypto.subtle.generateKey({ name: 'RSA-PSS', modulusLength: 3072, publicExponent: e, hash: 'SHA-256' }, false, ['sign']);",
      "const k = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt']);",
      "const dh = crypto.getDiffieHellman('modp14');",
    ],
    invalid: [
      "generateKeyPairSync('dsa', { modulusLength: 1024 });",
      "const dh = crypto.createDiffieHellman(512);",
      "const k = await crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: e, hash: 'SHA-256' }, true, ['encrypt']);",
      "const { promisify } = require('util');\nconst kp = promisify(crypto.generateKeyPair)('rsa', { modulusLength: 1024 });",
      "const NodeRSA = require('node-rsa');\nconst k = new NodeRSA({ b: 512 });",
    ],
  },
});
