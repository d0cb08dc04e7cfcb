import { jsRule } from "./common.js";

/** Named curves of fewer than 224 bits (under 112-bit security): secp112/128/160/192, sect113..193, P-192. */
const WEAK_CURVE =
  /^(secp(112|128|160|192)[rk]\d|sect(113|131|163|193)[rk]\d|prime192v\d|P-192|brainpoolP(160|192)[rt]1|c2[pt]nb(163|176|191)\w*|wap-wsg-idm-ecid-wtls\d+)$/i;

export default jsRule({
  meta: {
    id: "JS-CRYPTO-002",
    title: "Asymmetric key too short",
    cwe: ["CWE-326"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags generateKeyPair(Sync) and Web Crypto's subtle.generateKey with modulusLength under 2048, node-rsa keys ({ b: n }) and node-forge RSA key pairs ({ bits: n }) under 2048 bits, and EC keys or ECDH on a named curve under 224 bits.",
      why_bad: "1024-bit RSA/DSA keys can be broken by well-resourced attackers.",
      example_bad:
        "const { generateKeyPairSync } = require('crypto');\nconst keys = generateKeyPairSync('rsa', { modulusLength: 1024 });",
      example_good:
        "const { generateKeyPairSync } = require('crypto');\nconst keys = generateKeyPairSync('rsa', { modulusLength: 3072 });",
    },
    fix_hint: "Use at least 2048-bit (preferably 3072-bit) keys, or Ed25519.",
  },
  trigger: /generateKey|NodeRSA|node-rsa|createDiffieHellman|createECDH/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const t = ctx.text(node);
    let m: RegExpExecArray | null = null;
    // Also through promisify: `promisify(crypto.generateKeyPair)('rsa', { modulusLength: 1024 })`.
    const promisified = /^(util\.)?promisify\(\s*[\w$.]*generateKeyPair\s*\)$/.test(
      ctx.text(node.children.find((c) => c.field === "function") ?? node),
    );
    if (/(^|\.)(generateKeyPair|generateKeyPairSync)$/.test(q) || promisified) {
      // EC keys: a named curve under 224 bits (secp112r1, secp160k1, prime192v1 ...) is as weak as short RSA.
      const curve = /namedCurve\s*:\s*['"]([\w-]+)['"]/.exec(t)?.[1];
      if (curve && WEAK_CURVE.test(curve)) {
        report({ node, message: `elliptic curve ${curve} is too small` });
        return;
      }
      m = /modulusLength\s*:\s*(\d+)/.exec(t);
      // node-forge: `forge.pki.rsa.generateKeyPair({ bits: 1024 })` or `generateKeyPair(1024, 0x10001)`.
      if (!m && /(^|\.)rsa\.generateKeyPair$/.test(q))
        m = /\bbits\s*:\s*(\d+)/.exec(t) ?? /generateKeyPair\(\s*(\d+)/.exec(t);
    }
    // `createECDH('secp160k1')`: key agreement on a curve under 224 bits.
    else if (/(^|\.)createECDH$/.test(q)) {
      const curve = ctx.constValue(ctx.args(node)[0]);
      if (typeof curve === "string" && WEAK_CURVE.test(curve))
        report({ node, message: `elliptic curve ${curve} is too small` });
      return;
    } else if (/NodeRSA$|node-rsa/.test(q)) m = /\bb\s*:\s*(\d+)/.exec(t);
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
      "const kp = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });",
      "const e = crypto.createECDH('secp384r1');",
      "const forge = require('node-forge');\nconst k = forge.pki.rsa.generateKeyPair({ bits: 4096, e: 0x10001 });",
    ],
    invalid: [
      "generateKeyPairSync('dsa', { modulusLength: 1024 });",
      "const dh = crypto.createDiffieHellman(512);",
      "const forge = require('node-forge');\nconst k = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });",
      "const forge = require('node-forge');\nconst k = forge.pki.rsa.generateKeyPair(1024, 0x10001);",
      "const k = await crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: e, hash: 'SHA-256' }, true, ['encrypt']);",
      "const { promisify } = require('util');\nconst kp = promisify(crypto.generateKeyPair)('rsa', { modulusLength: 1024 });",
      "const NodeRSA = require('node-rsa');\nconst k = new NodeRSA({ b: 512 });",
      "const kp = crypto.generateKeyPairSync('ec', { namedCurve: 'secp112r1' });",
      "const e = crypto.createECDH('secp160k1');",
    ],
  },
});
