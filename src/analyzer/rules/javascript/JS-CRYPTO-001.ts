import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, sourceHas } from "../../parse/nodes.js";
import { authorContextIgnored } from "../../rule.js";
import { jsRule } from "./common.js";

/**
 * `const d = createDecipheriv(...); d.setAuthTag(blob.subarray(blob.length - 16))`: every tag the decipher is
 * given is a fixed 16-byte slice (`slice(-16)`, `subarray(n - 16)`, `subarray(i, i + 16)`), so no shorter tag
 * reaches it whatever the sender puts in the message.
 */
function fullLengthTag(decipher: SyntaxNode, ctx: JsContext): boolean {
  const decl = decipher.parent?.type === "variable_declarator" ? decipher.parent : undefined;
  const name = decl ? field(decl, "name") : undefined;
  const fn = ctx.enclosingFunction(decipher);
  if (!name || name.type !== "identifier" || !fn) return false;
  const sets = descendants(fn).filter((d) => {
    if (d.type !== "call_expression" || ctx.method(d) !== "setAuthTag") return false;
    const callee = field(d, "function");
    return (
      callee?.type === "member_expression" && ctx.text(field(callee, "object") ?? callee) === ctx.text(name)
    );
  });
  const FIXED =
    /\.(subarray|slice)\(\s*(-\s*16|[\w$.]+\.length\s*-\s*16|[\w$.]+\s*,\s*[\w$.]+\s*\+\s*16)\s*\)$/;
  return (
    sets.length > 0 &&
    sets.every((c) => {
      const tag = ctx.args(c)[0];
      const v = tag && (ctx.resolve(tag) ?? tag);
      if (!v) return false;
      // `raw.subarray(12, 28)`: two constant bounds sixteen bytes apart.
      if (v.type === "call_expression" && /^(subarray|slice)$/.test(ctx.method(v))) {
        const [from, to] = ctx.args(v).map((a) => ctx.constValue(a));
        if (typeof from === "number" && typeof to === "number" && to - from === 16) return true;
      }
      return FIXED.test(ctx.text(v).replace(/\s+/g, " "));
    })
  );
}

/**
 * `const e = createCipheriv('aes-128-ecb', k, ''); e.setAutoPadding(false); e.update(block)`: AES in ECB mode
 * used as the raw block function of a larger construction (CMAC, a pairing protocol's e(), a hand-built CTR),
 * which is what such constructions are defined over. The cipher is only updated block by block: its padding is
 * switched off, or it is never finalised, and it never leaves the function (no stream, no return). Not in an
 * answer: a policy that pads by hand and feeds a whole message to `update` writes the same shape, and answers
 * implementing CMAC are rare enough that ECB there stays HIGH.
 */
function blockPrimitive(cipher: SyntaxNode, ctx: JsContext): boolean {
  if (authorContextIgnored(ctx)) return false;
  const decl = cipher.parent?.type === "variable_declarator" ? cipher.parent : undefined;
  const name = decl ? field(decl, "name") : undefined;
  const fn = ctx.enclosingFunction(cipher);
  if (!name || name.type !== "identifier" || !fn) return false;
  const id = ctx.text(name);
  const uses = descendants(fn).filter((d) => d.type === "identifier" && d !== name && ctx.text(d) === id);
  const methods: string[] = [];
  for (const u of uses) {
    const member = u.parent;
    const call = member?.parent;
    if (
      member?.type !== "member_expression" ||
      field(member, "object") !== u ||
      call?.type !== "call_expression"
    )
      return false;
    const m = ctx.text(field(member, "property") ?? member);
    if (m === "setAutoPadding" && ctx.text(ctx.args(call)[0] ?? call) !== "false") return false;
    if (!/^(update|final|setAutoPadding)$/.test(m)) return false;
    methods.push(m);
  }
  return methods.includes("update") && (methods.includes("setAutoPadding") || !methods.includes("final"));
}

export default jsRule({
  meta: {
    id: "JS-CRYPTO-001",
    title: "Broken cipher, ECB mode or IV-less createCipher",
    cwe: ["CWE-327"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags createCipheriv/createDecipheriv with DES, 3DES, RC4, RC2, Blowfish or ECB, the deprecated crypto.createCipher (derives key and IV from a password with MD5) (RSA encryption padding is JS-RSAPAD-001's).",
      why_bad:
        "These ciphers have small keys or blocks or known biases; ECB leaks patterns; createCipher reuses a derived IV.",
      example_bad:
        "const crypto = require('crypto');\nconst enc = (key, iv) => crypto.createCipheriv('des-cbc', key, iv);",
      example_good:
        "const crypto = require('crypto');\nconst enc = (key) => { const iv = crypto.randomBytes(12); return [iv, crypto.createCipheriv('aes-256-gcm', key, iv)]; };",
    },
    fix_hint: "Use AES-256-GCM or ChaCha20-Poly1305 with a random IV per message.",
  },
  trigger:
    /createCipher|createDecipher|createSign|createVerify|secureProtocol|minVersion|maxVersion|DEFAULT_M[AI][XN]_VERSION|ciphers|\.(?:DES|TripleDES|RC4|RC4Drop|Rabbit)\.|mode\.ECB|\.(?:rc2|des)\.create|ModeOfOperation/,
  nodeTypes: ["call_expression", "pair", "assignment_expression", "new_expression"],
  detect(node, ctx, report) {
    // `tls.DEFAULT_MIN_VERSION = 'TLSv1'`: every TLS socket the process opens afterwards may speak TLS 1.0.
    if (node.type === "assignment_expression") {
      const left = ctx.text(field(node, "left") ?? node).replace(/\s+/g, "");
      const v = ctx.stringValue(field(node, "right") ?? undefined) ?? "";
      if (/^(tls\.)?DEFAULT_(MIN|MAX)_VERSION$/.test(left) && /^(SSLv3|TLSv1|TLSv1\.1)$/.test(v))
        report({ node, message: `TLS protocol ${v} is obsolete and broken` });
      return;
    }
    if (node.type === "pair") {
      // TLS options that allow SSL 3 / TLS 1.0 / 1.1: `secureProtocol: 'TLSv1_method'`, `minVersion: 'TLSv1'`.
      // (`SSLv23_method` is OpenSSL's negotiating method, not SSL 2 or 3: Node keeps its minVersion floor.)
      const key = ctx.text(field(node, "key") ?? node).replace(/['"]/g, "");
      const v = ctx.stringValue(field(node, "value") ?? undefined) ?? "";
      if (
        (key === "secureProtocol" && /^(SSLv2|SSLv3|TLSv1|TLSv1_1)(_client|_server)?_method$/.test(v)) ||
        ((key === "minVersion" || key === "maxVersion") && /^(SSLv3|TLSv1|TLSv1\.1)$/.test(v))
      )
        report({ node, message: `TLS protocol ${v} is obsolete and broken` });
      // `ciphers: 'RC4-SHA:DES-CBC3-SHA'`: a cipher list that enables broken suites (not merely excludes them).
      else if (
        key === "ciphers" &&
        v
          .split(":")
          .some(
            (c) =>
              !/^[!-]/.test(c) &&
              /(^|[-+])(RC4|DES|3DES|NULL|aNULL|eNULL|EXPORT|EXP|MD5|ADH)([-+]|$)|^ALL$|@SECLEVEL=0/i.test(c),
          )
      )
        report({ node, message: `cipher list '${v}' enables broken suites` });
      return;
    }
    const q = ctx.callee(node);
    // aes-js: \`new aesjs.ModeOfOperation.ecb(key)\` encrypts each block alone (its other modes take an IV).
    if (/(^|\.)ModeOfOperation\.ecb$/.test(q)) {
      report({ node, message: "ECB mode leaks patterns" });
      return;
    }
    if (node.type === "new_expression") return;
    // node-forge's own RC2 / DES ciphers (`forge.rc2.createEncryptionCipher(key)`; its RSA padding: JS-RSAPAD-001).
    // (Only where the package is imported: node-forge's own modules dispatching legacy PKCS#12 / PKCS#7 formats
    // to these ciphers are the library, not a use of it.)
    const forgeUser = sourceHas(ctx.tree, /['"]node-forge['"]/);
    const forgeOwn = forgeUser
      ? /(^|\.)(rc2|des)\.(createEncryptionCipher|createDecryptionCipher)$/.exec(q)
      : null;
    if (forgeOwn) {
      report({ node, message: `${(forgeOwn[2] ?? "").toUpperCase()} is broken` });
      return;
    }
    // crypto-js: `CryptoJS.DES.encrypt(...)`, `CryptoJS.AES.encrypt(m, k, { mode: CryptoJS.mode.ECB })`.
    const cjs = /^(crypto-js|CryptoJS)\.(DES|TripleDES|RC4|RC4Drop|Rabbit|AES)\.(encrypt|decrypt)$/.exec(q);
    if (cjs) {
      const ecb = /mode\s*:\s*[\w.]*mode\.ECB\b/.test(ctx.text(node));
      if (cjs[2] !== "AES" || ecb)
        report({ node, message: `${ecb ? "ECB mode" : cjs[2]} is broken or leaks patterns` });
      return;
    }
    // Signatures over MD5 / SHA-1 digests: `createSign('RSA-SHA1')`, `createVerify('sha1')`.
    if (/(^|\.)(createSign|createVerify)$/.test(q)) {
      const alg = ctx.constValue(ctx.args(node)[0]);
      if (typeof alg === "string" && /(^|-)(md5|sha1)$|^(md5|sha1)with/i.test(alg))
        report({ node, message: `${alg} signatures rest on a broken digest` });
      return;
    }
    // node-forge's `forge.cipher.createCipher('AES-GCM', key)` takes its IV in start(): only the algorithm counts.
    const forge = /(^|\.)cipher\.(createCipher|createDecipher)$/.test(q);
    // A package's own cipher factory under the same name (`const { createCipher } = require('./crypto.js')`, a
    // `function createCipher(config)` of this file) is not Node's retired API: only a name bound to a module by
    // its package name, or left unbound, is taken for it.
    const own = /^\.{0,2}\//.test(q) || (!q.includes(".") && ctx.localFunction(node) !== undefined);
    if (!forge && !own && /(^|\.)(createCipher|createDecipher)$/.test(q)) {
      report({ node, message: "createCipher derives key and IV insecurely (deprecated)" });
      return;
    }
    if (!forge && !/(^|\.)(createCipheriv|createDecipheriv)$/.test(q)) return;
    const v = ctx.constValue(ctx.args(node)[0]);
    const algo = typeof v === "string" ? v : undefined;
    if (algo && /^aes-\d+-ecb$/i.test(algo) && blockPrimitive(node, ctx))
      report({
        node,
        severity: "LOW",
        reason:
          "AES-ECB used block by block with padding off or never finalised: the block function of a larger construction",
        message: `${algo} used as a raw block cipher`,
      });
    else if (algo && /^(des|des-|des3|3des|rc4|rc2|bf|blowfish|cast|idea)|-ecb$/i.test(algo))
      report({ node, message: `${algo} is broken or leaks patterns` });
    // A GCM/OCB/CCM decipher without authTagLength accepts any tag setAuthTag is given, down to 4 bytes: a
    // truncated tag is guessed in a few billion tries.
    else if (
      algo &&
      /createDecipheriv$/.test(q) &&
      /-(gcm|ocb|ccm)$/i.test(algo) &&
      !/authTagLength/.test(ctx.text(ctx.args(node)[3] ?? node)) &&
      !fullLengthTag(node, ctx)
    )
      report({ node, message: `${algo} decipher without authTagLength accepts truncated tags` });
  },
  cases: {
    valid: [
      "var forge = require('./forge');\nforge.rc2.startEncrypting = function (key, iv) {\n  var cipher = forge.rc2.createEncryptionCipher(key, 128);\n  cipher.start(iv);\n  return cipher;\n};",
      "const forge = require('node-forge');\nconst out = publicKey.encrypt(data, 'RSA-OAEP', { md: forge.md.sha256.create() });",
      "const https = require('https');\nhttps.createServer({ key, cert, secureProtocol: 'SSLv23_method' }, h);",
      "const tls = require('tls');\ntls.connect({ host: 'a.example', minVersion: 'TLSv1.2' });",
      "const tls = require('tls');\ntls.DEFAULT_MIN_VERSION = 'TLSv1.2';",
      "crypto.createCipheriv('aes-256-gcm', k, iv);",
      "crypto.createDecipheriv('aes-256-gcm', k, iv, { authTagLength: 16 });",
      "function open(raw) {\n  const d = crypto.createDecipheriv('aes-256-gcm', k, raw.subarray(0, 12));\n  d.setAuthTag(raw.subarray(12, 28));\n  return d.update(raw.subarray(28));\n}",
      "function open(blob) {\n  const tag = blob.subarray(blob.length - 16);\n  const d = crypto.createDecipheriv('aes-256-gcm', k, blob.subarray(0, 12));\n  d.setAuthTag(tag);\n  return d.update(blob.subarray(12, blob.length - 16));\n}",
      "https.createServer({ ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:!RC4:!aNULL:!MD5' });",
      "crypto.createSign('RSA-SHA256').update(d).sign(k);",
      "crypto.publicEncrypt({ key: pub, padding: crypto.constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, d);",
      "crypto.privateEncrypt({ key: priv, padding: crypto.constants.RSA_PKCS1_PADDING }, digest);",
      "const CryptoJS = require('crypto-js');\nconst c = CryptoJS.AES.encrypt(m, k).toString();",
      "const { createCipher } = require('./crypto.js');\nconst c = createCipher(config);",
      "function createDecipher(config) {\n  return new Decipher(config);\n}\nconst d = createDecipher(cfg);",
      "const aesjs = require('aes-js');\nconst cbc = new aesjs.ModeOfOperation.cbc(key, crypto.getRandomValues(new Uint8Array(16)));",
    ],
    invalid: [
      "function seal(k, doc) {\n  const c = crypto.createCipheriv('aes-256-ecb', k, null);\n  return Buffer.concat([c.update(doc), c.final()]);\n}",
      "function seal(k, input) {\n  const c = crypto.createCipheriv('aes-256-ecb', k, null);\n  c.setAutoPadding(false);\n  return input.pipe(c);\n}",
      "function open(raw) {\n  const d = crypto.createDecipheriv('aes-256-gcm', k, raw.subarray(0, 12));\n  d.setAuthTag(raw.subarray(12, 20));\n  return d.update(raw.subarray(20));\n}",
      "const forge = require('node-forge');\nconst c = forge.rc2.createEncryptionCipher(key);",
      "const crypto = require('crypto');\nconst sig = crypto.createSign('RSA-SHA1').update(d).sign(k, 'base64');",
      "const https = require('https');\nhttps.request({ host: 'a.example', secureProtocol: 'TLSv1_method' });",
      "const tls = require('tls');\ntls.connect({ host: 'a.example', minVersion: 'TLSv1' });",
      "const tls = require('tls');\ntls.DEFAULT_MIN_VERSION = 'TLSv1';",
      "crypto.createCipheriv('des-ede3-cbc', k, iv);",
      "const { createCipher } = require('node:crypto');\nconst c = createCipher('aes-256-cbc', password);",
      "const forge = require('node-forge');\nconst c = forge.cipher.createCipher('DES-CBC', key);",
      "https.createServer({ key, cert, ciphers: 'RC4-SHA:DES-CBC3-SHA' });",
      "const d = crypto.createDecipheriv('aes-256-gcm', k, iv);\nd.setAuthTag(tag);",
      "function open(blob, tagHex) {\n  const d = crypto.createDecipheriv('aes-256-gcm', k, blob.subarray(0, 12));\n  d.setAuthTag(Buffer.from(tagHex, 'hex'));\n  return d.update(blob.subarray(12));\n}",
      "crypto.createCipheriv('aes-128-ecb', k, null);",
      "const ALG = 'rc4';\ncrypto.createCipheriv(ALG, k, '');",
      "const CryptoJS = require('crypto-js');\nconst c = CryptoJS.TripleDES.encrypt(m, k).toString();",
      "const CryptoJS = require('crypto-js');\nconst c = CryptoJS.AES.encrypt(m, k, { mode: CryptoJS.mode.ECB });",
      "const aesjs = require('aes-js');\nconst ecb = new aesjs.ModeOfOperation.ecb(key);",
      "const aesjs = require('aes-js');\nconst out = new aesjs.ModeOfOperation.ecb(key).decrypt(bytes);",
    ],
  },
});
