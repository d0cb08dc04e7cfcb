import type { SyntaxNode } from "../../parse/index.js";
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
        "Flags generateKeyPair(Sync) and Web Crypto's subtle.generateKey with modulusLength under 2048, node-rsa keys ({ b: n }) and node-forge RSA key pairs ({ bits: n }) and node-rsa's generateKeyPair(n) under 2048 bits, Web Crypto HMAC keys under 128 bits, EC keys or ECDH on a named curve under 224 bits, and Diffie-Hellman key pairs with a prime under 2048 bits or a modp1/2/5 group.",
      why_bad: "1024-bit RSA/DSA keys can be broken by well-resourced attackers.",
      example_bad:
        "const { generateKeyPairSync } = require('crypto');\nconst keys = generateKeyPairSync('rsa', { modulusLength: 1024 });",
      example_good:
        "const { generateKeyPairSync } = require('crypto');\nconst keys = generateKeyPairSync('rsa', { modulusLength: 3072 });",
    },
    fix_hint: "Use at least 2048-bit (preferably 3072-bit) keys, or Ed25519.",
  },
  trigger: /generateKey|NodeRSA|node-rsa|DiffieHellman|createECDH/,
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
      // The options object inline or bound to a name before the call (`generateKeyPair('rsa', opts, cb)`);
      // node-forge's `pki.rsa.generateKeyPair({ bits: 1024 })` / `generateKeyPair(1024)` takes the size first.
      const args = ctx.args(node);
      const forge = /(^|\.)rsa\.generateKeyPair(Sync)?$/.test(q);
      const opts = ctx.resolve(args[forge ? 0 : 1]);
      const at = (name: string) => (opts?.type === "object" ? ctx.prop(opts, name) : undefined);
      // The weak value is also reported where it is written when that is another line than the call.
      const weak = (value: SyntaxNode | undefined, message: string) => {
        report({ node, message });
        const pair = value?.parent;
        if (pair && pair.startRow !== node.startRow) report({ node: pair, message });
      };
      // EC keys: a named curve under 224 bits (secp112r1, secp160k1, prime192v1 ...) is as weak as short RSA.
      const curveNode = at("namedCurve");
      const curve = ctx.constValue(curveNode);
      if (typeof curve === "string" && WEAK_CURVE.test(curve)) {
        weak(curveNode, `elliptic curve ${curve} is too small`);
        return;
      }
      // DH keys: `generateKeyPair('dh', { primeLength: 768 })` (a prime of that many bits), or a weak named group.
      const prime = ctx.constValue(at("primeLength"));
      if (typeof prime === "number" && prime < 2048) {
        weak(at("primeLength"), `${prime}-bit Diffie-Hellman prime is too short`);
        return;
      }
      const group = ctx.constValue(at("group"));
      if (typeof group === "string" && /^modp(1|2|5)$/.test(group)) {
        weak(at("group"), `Diffie-Hellman group ${group} is under 2048 bits`);
        return;
      }
      const sizeNode = at(forge ? "bits" : "modulusLength");
      // node-rsa's `key.generateKeyPair(1024, 65537)` also takes the size first: Node's own takes a type name there.
      const first = ctx.constValue(args[0]);
      const size = ctx.constValue(sizeNode) ?? (forge || typeof first === "number" ? first : undefined);
      if (typeof size === "number" && size < 2048) weak(sizeNode, `${size}-bit key is too short`);
      else if (sizeNode === undefined && !forge) {
        m = /modulusLength\s*:\s*(\d+)/.exec(t);
        if (m && Number(m[1]) < 2048) report({ node, message: `${m[1]}-bit key is too short` });
      }
      return;
    }
    // `getDiffieHellman('modp2')`: the predefined RFC 2409/3526 groups under 2048 bits (modp1 768, modp2 1024,
    // modp5 1536).
    else if (/(^|\.)(getDiffieHellman|createDiffieHellmanGroup)$/.test(q)) {
      const group = ctx.constValue(ctx.args(node)[0]);
      if (typeof group === "string" && /^modp[125]$/.test(group))
        report({ node, message: `Diffie-Hellman group ${group} is under 2048 bits` });
      return;
    }
    // `createECDH('secp160k1')`: key agreement on a curve under 224 bits.
    else if (/(^|\.)createECDH$/.test(q)) {
      const curve = ctx.constValue(ctx.args(node)[0]);
      if (typeof curve === "string" && WEAK_CURVE.test(curve))
        report({ node, message: `elliptic curve ${curve} is too small` });
      return;
    }
    // `generateKeySync('hmac', { length: 64 })`: a secret key under 128 bits (node only accepts AES sizes of 128
    // and up; an HMAC key takes any length).
    else if (/(^|\.)generateKey(Sync)?$/.test(q) && !/(^|\.)subtle\./.test(q)) {
      const [kind, options] = ctx.args(node);
      const opts = ctx.resolve(options);
      const lengthNode = opts?.type === "object" ? ctx.prop(opts, "length") : undefined;
      const bits = ctx.constValue(lengthNode);
      if (ctx.constValue(kind) === "hmac" && typeof bits === "number" && bits < 128)
        report({ node, message: `${bits}-bit HMAC key is too short` });
      return;
    } else if (/NodeRSA$|node-rsa/.test(q)) m = /\bb\s*:\s*(\d+)/.exec(t);
    // Web Crypto: `crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, ... }, ...)`.
    else if (/(^|\.)subtle\.generateKey$/.test(q)) {
      const alg = ctx.resolve(ctx.args(node)[0]);
      const bitsNode = alg?.type === "object" ? ctx.prop(alg, "modulusLength") : undefined;
      const bits = ctx.constValue(bitsNode);
      // An HMAC key of a given length under 128 bits (`{ name: 'HMAC', hash: 'SHA-256', length: 64 }`).
      const macBits = alg?.type === "object" ? ctx.constValue(ctx.prop(alg, "length")) : undefined;
      if (
        alg?.type === "object" &&
        /^hmac$/i.test(String(ctx.constValue(ctx.prop(alg, "name")))) &&
        typeof macBits === "number" &&
        macBits < 128
      ) {
        report({ node, message: `${macBits}-bit HMAC key is too short` });
        return;
      }
      if (typeof bits === "number" && bits < 2048) {
        const message = `${bits}-bit RSA key is too short`;
        report({ node, message });
        const pair = bitsNode?.parent;
        if (pair && pair.startRow !== node.startRow) report({ node: pair, message });
      }
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
      "crypto.generateKeyPair('dh', { primeLength: 2048 }, cb);",
      "crypto.generateKeyPairSync('dh', { group: 'modp14' });",
      "const k = crypto.generateKeySync('hmac', { length: 256 });",
      "const k = await crypto.subtle.generateKey({ name: 'RSA-PSS', modulusLength: 3072, publicExponent: e, hash: 'SHA-256' }, false, ['sign']);",
      "const k = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, ['encrypt']);",
      "const dh = crypto.getDiffieHellman('modp14');",
      "const opts = { modulusLength: 3072 };\ncrypto.generateKeyPair('rsa', opts, cb);",
      "const kp = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' });",
      "const e = crypto.createECDH('secp384r1');",
      "const NodeRSA = require('node-rsa');\nconst k = new NodeRSA();\nk.generateKeyPair(2048, 65537);",
      "const k = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 256 }, false, ['sign']);",
      "const k = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);",
      "const forge = require('node-forge');\nconst k = forge.pki.rsa.generateKeyPair({ bits: 4096, e: 0x10001 });",
    ],
    invalid: [
      "crypto.generateKeyPair('dh', { primeLength: 768 }, cb);",
      "crypto.generateKeyPairSync('dh', { group: 'modp2' });",
      "generateKeyPairSync('dsa', { modulusLength: 1024 });",
      "const dh = crypto.createDiffieHellman(512);",
      "const k = crypto.generateKeySync('hmac', { length: 64 });",
      "const forge = require('node-forge');\nconst k = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });",
      "const forge = require('node-forge');\nconst k = forge.pki.rsa.generateKeyPair(1024, 0x10001);",
      "const k = await crypto.subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, publicExponent: e, hash: 'SHA-256' }, true, ['encrypt']);",
      "const { promisify } = require('util');\nconst kp = promisify(crypto.generateKeyPair)('rsa', { modulusLength: 1024 });",
      "const NodeRSA = require('node-rsa');\nconst k = new NodeRSA({ b: 512 });",
      "const kp = crypto.generateKeyPairSync('ec', { namedCurve: 'secp112r1' });",
      "const e = crypto.createECDH('secp160k1');",
      "const opts = { modulusLength: 1024 };\ncrypto.generateKeyPair('rsa', opts, cb);",
      "const dh = crypto.getDiffieHellman('modp2');",
      "const kp = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });",
      "const NodeRSA = require('node-rsa');\nconst k = new NodeRSA();\nk.generateKeyPair(1024, 65537);",
      "const k = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 64 }, false, ['sign']);",
    ],
  },
});
