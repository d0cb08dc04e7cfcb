import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/**
 * `const NONCE = Buffer.alloc(16)` that the file writes before use (`NONCE[0] = 1`, `NONCE.writeUInt32BE(seq, 12)`,
 * `writeUInt32BE(NONCE, seq, 12)`, `counter.copy(NONCE)`, `randomFillSync(NONCE)`): a buffer allocated once and
 * refilled with a counter or random bytes per message, not a constant IV. A buffer of a literal string's bytes,
 * or one never written, still is.
 */
function rewrittenBuffer(ctx: JsContext, iv: SyntaxNode, r: SyntaxNode): boolean {
  const init = ctx.text(r).replace(/\s+/g, "");
  if (!/^(Buffer\.alloc(Unsafe)?\(\d+(,0)?\)|new(Uint8|Int8|Uint16|Uint32)Array\(\d+\))$/.test(init))
    return false;
  let root: SyntaxNode = iv;
  while (root.parent) root = root.parent;
  const n = ctx.text(iv).replace(/[$]/g, "\\$");
  const src = ctx.text(root);
  return new RegExp(
    `\\b${n}\\s*\\[[^\\]]+\\]\\s*=[^=]|\\b${n}\\.(write\\w*|fill|set|copyWithin)\\(|\\.copy\\(\\s*${n}\\b|\\bwrite\\w*\\(\\s*${n}\\s*,|\\b(randomFill|randomFillSync|getRandomValues)\\(\\s*${n}\\b`,
  ).test(src);
}

/**
 * AES-CBC run as a CBC-MAC (CCM's authentication half, KNX/IP Secure, ISO 9797-1): no padding added, a fixed zero
 * IV as the construction requires, and only the last cipher block kept (`out.subarray(out.length - 16)`). Nothing is
 * encrypted for anyone to read, so a constant IV reveals nothing.
 */
function cbcMac(ctx: JsContext, call: SyntaxNode): boolean {
  const algo = ctx.constValue(ctx.args(call)[0]);
  if (typeof algo !== "string" || !/-cbc$/i.test(algo)) return false;
  const fn = ctx.enclosingFunction(call);
  if (!fn) return false;
  const body = ctx.text(fn);
  return (
    /\.setAutoPadding\(\s*false\s*\)/.test(body) &&
    /\.(subarray|slice)\(\s*[\w$.]+\.length\s*-\s*[\w$.]+\s*\)/.test(body)
  );
}

/** A zero-filled typed array of a fixed size (`new Uint8Array(12)`, `new Uint8Array(nacl.secretbox.nonceLength)`). */
const ZERO_ARRAY =
  /^new(Uint8|Int8|Uint16|Uint32|Uint8Clamped)Array\((\d+|[\w$.]*(length|bytes|size|len)[\w$]*)\)$/i;

/** `enc.encode(...)` where `enc` is bound to `new TextEncoder()`. */
function encoderCall(ctx: JsContext, r: SyntaxNode): boolean {
  if (r.type !== "call_expression" || ctx.method(r) !== "encode") return false;
  const recv = field(field(r, "function") ?? r, "object");
  const made = recv?.type === "identifier" ? ctx.resolve(recv) : undefined;
  return !!made && /^new\s+TextEncoder\s*\(\s*\)$/.test(ctx.text(made));
}

/** A value that draws fresh random bytes. */
const RANDOM = /randomBytes|getRandomValues|randomFill|randomUUID|randombytes_buf|random\.getBytes/i;

/**
 * The nonce a sealing call is given is the same every time: a zero-filled typed array or Buffer of a fixed size
 * that the file never writes, a literal string or the bytes of one, or aes-js's `new Counter(5)` (a literal start).
 * A parameter, or anything holding random bytes, is not.
 */
function constantNonce(ctx: JsContext, arg: SyntaxNode | undefined): boolean {
  if (!arg) return false;
  const r = arg.type === "identifier" ? ctx.resolve(arg) : arg;
  if (!r || r.type === "identifier" || RANDOM.test(ctx.text(r))) return false;
  const t = ctx.text(r).replace(/\s+/g, "");
  if (arg.type === "identifier" && rewrittenBuffer(ctx, arg, r)) return false;
  if (r.type === "string" || ZERO_ARRAY.test(t) || /^Buffer\.alloc\(\d+(,\d+)?\)$/.test(t)) return true;
  if (/^new[\w$.]*\bCounter\(\d+\)$/.test(t)) return true;
  return /^newTextEncoder\(\)\.encode\(/.test(t) && typeof ctx.constValue(ctx.args(r)[0]) === "string";
}

/**
 * Sealing calls outside Node's crypto and the argument that is their nonce: tweetnacl's `nacl.secretbox(m, nonce,
 * key)` / `nacl.box(m, nonce, pk, sk)`, libsodium's `crypto_secretbox_easy(m, nonce, key)` / `crypto_box_easy`
 * and the AEADs' public nonce (`crypto_aead_*_encrypt(m, ad, nsec, npub, key)`), aes-js's `new
 * ModeOfOperation.cbc(key, iv)` (cfb, ofb, and ctr's counter).
 */
function nonceArg(ctx: JsContext, node: SyntaxNode): SyntaxNode | undefined {
  const q = ctx.callee(node);
  const args = ctx.args(node);
  if (/(^|\.)ModeOfOperation\.(cbc|cfb|ofb|ctr)$/.test(q)) return args[1];
  if (node.type !== "call_expression") return undefined;
  if (/(^|\.)(nacl|tweetnacl)\.(secretbox|box)(\.after)?$/.test(q)) return args[1];
  if (/(^|\.)crypto_(secretbox|box)_(easy|detached)(_afternm)?$/.test(q)) return args[1];
  if (/(^|\.)crypto_aead_\w+_encrypt(_detached)?$/.test(q)) return args[3];
  return undefined;
}

/**
 * `this.iv` set once for the object - a class field drawn at construction (`private iv = randomBytes(16)`) or
 * assigned random bytes only in the constructor - and never replaced by another method: every message the object
 * seals reuses it ("once"). Replaced with random bytes by a method, or used in the constructor (one cipher for the
 * object): "fresh". Otherwise undefined.
 */
function instanceIv(ctx: JsContext, iv: SyntaxNode): "once" | "fresh" | undefined {
  if (iv.type !== "member_expression" || ctx.text(field(iv, "object") ?? iv) !== "this") return undefined;
  // The cipher made in the constructor itself (a stream transform's one cipher): one IV for one message.
  let method: SyntaxNode | undefined = iv.parent ?? undefined;
  while (method && method.type !== "method_definition") method = method.parent ?? undefined;
  if (method && ctx.text(field(method, "name") ?? method) === "constructor") return "fresh";
  const name = ctx.text(field(iv, "property") ?? iv);
  let body: SyntaxNode | undefined = iv.parent ?? undefined;
  while (body && body.type !== "class_body") body = body.parent ?? undefined;
  if (!body) return undefined;
  const n = name.replace(/\$/g, "\\$");
  const set = new RegExp(
    `\\bthis\\.${n}\\s*=[^=]|\\b(randomFill|randomFillSync|getRandomValues)\\(\\s*this\\.${n}\\b`,
  );
  const setRandom = new RegExp(
    `\\bthis\\.${n}\\s*=\\s*[^;\\n]*(${RANDOM.source})|\\b(randomFill|randomFillSync|getRandomValues)\\(\\s*this\\.${n}\\b`,
    "i",
  );
  let drawn = false;
  for (const m of body.children) {
    if (/field_definition$/.test(m.type)) {
      const value = field(m, "value");
      const own = ctx.text(field(m, "property") ?? field(m, "name") ?? m);
      if (own === name && value && RANDOM.test(ctx.text(value))) drawn = true;
      continue;
    }
    if (m.type !== "method_definition" || !set.test(ctx.text(m))) continue;
    const ctor = ctx.text(field(m, "name") ?? m) === "constructor";
    if (!setRandom.test(ctx.text(m))) return undefined;
    if (!ctor) return "fresh";
    drawn = true;
  }
  return drawn ? "once" : undefined;
}

export default jsRule({
  meta: {
    id: "JS-CRYPTO-003",
    title: "Static or constant IV",
    // (A constant IV is one IV reused for every message: CWE-323 names that reuse.)
    cwe: ["CWE-329", "CWE-1204", "CWE-323"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags createCipheriv, and Web Crypto's subtle.encrypt, whose IV is a constant (Buffer.alloc(n, 0), a zero-filled typed array, a literal string or a fixed Buffer) or drawn once for the module or the object and reused; also tweetnacl secretbox/box, libsodium secretbox/box/AEAD and aes-js modes given a constant nonce, IV or counter.",
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
  trigger: /createCipheriv|subtle|secretbox|crypto_box|crypto_aead|nacl|ModeOfOperation/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    const sealed = nonceArg(ctx, node);
    if (sealed) {
      if (constantNonce(ctx, sealed)) report({ node, message: "nonce is a constant" });
      return;
    }
    if (node.type !== "call_expression") return;
    if (/(^|\.)subtle\.(encrypt|wrapKey)$/.test(ctx.callee(node))) {
      // Web Crypto: `crypto.subtle.encrypt({ name: 'AES-CBC', iv: ZERO_IV }, key, data)` (`counter` for AES-CTR).
      // (the parameters object inline, or bound to a name first: `const params = { name, iv }; encrypt(params, ...)`)
      const a0 = ctx.args(node)[0];
      const alg = a0?.type === "identifier" ? ctx.resolve(a0) : a0;
      const given = alg?.type === "object" ? (ctx.prop(alg, "iv") ?? ctx.prop(alg, "counter")) : undefined;
      const r = given && (ctx.resolve(given) ?? given);
      if (!r || /randomBytes|getRandomValues|randomFill|randomUUID/.test(ctx.text(r))) return;
      if (given.type === "identifier" && rewrittenBuffer(ctx, given, r)) return;
      const t = ctx.text(r).replace(/\s+/g, "");
      // A zero-filled typed array of a fixed size (or one filled with a constant), a literal byte array, the bytes
      // of a literal string (through `new TextEncoder()` or an encoder bound to a name).
      if (
        /^new(Uint8|Int8|Uint16|Uint32|Uint8Clamped)Array\((\d+|\[[\d,x]*\])\)(\.fill\(\d+\))?$/i.test(t) ||
        /^(Uint8|Int8)Array\.(from|of)\((\[[\d,x]*\]|[\d,x]*)\)$/i.test(t) ||
        ((/^newTextEncoder\(\)\.encode\(/.test(t) || encoderCall(ctx, r)) &&
          typeof ctx.constValue(ctx.args(r)[0]) === "string") ||
        r.type === "string"
      )
        report({ node, message: "IV is a constant" });
      return;
    }
    if (!/(^|\.)createCipheriv$/.test(ctx.callee(node))) return;
    const iv = ctx.args(node)[2];
    if (!iv || cbcMac(ctx, node)) return;
    // `createCipheriv('des-ecb', key, '')`: ECB takes no IV (JS-CRYPTO-001 names the mode), and an empty IV is all
    // Node accepts there - no constant IV repeats anything.
    const algo = ctx.constValue(ctx.args(node)[0]);
    if (typeof algo === "string" && /-ecb$|^ecb$/i.test(algo)) return;
    if (ctx.constValue(iv) === "" || /^Buffer\.alloc\(\s*0\s*\)$/.test(ctx.text(iv))) return;
    // An IV computed from the key (`key.subarray(0, 16)`, `createHash('md5').update(key).digest()`): one IV for
    // every message under that key, as predictable as a constant.
    const keyArg = ctx.args(node)[1];
    const ivExpr = iv.type === "identifier" ? ctx.resolve(iv) : iv;
    if (
      keyArg?.type === "identifier" &&
      ivExpr &&
      !(iv.type === "identifier" && ivExpr === iv) &&
      !/randomBytes|getRandomValues|randomFill|randomUUID/.test(ctx.text(ivExpr))
    ) {
      const k = ctx.text(keyArg).replace(/\$/g, "\\$");
      if (new RegExp(`(^|[^\\w$.])${k}\\b(?!\\s*:)`).test(ctx.text(ivExpr))) {
        report({ node, message: "IV derived from the key: the same IV for every message under it" });
        return;
      }
    }
    const held = instanceIv(ctx, iv);
    if (held === "once")
      report({ node, message: "IV drawn once for the object: the same IV for every message it seals" });
    if (held) return;
    const r = ctx.resolve(iv);
    if (!r || r.type === "identifier" || r.type === "null") return;
    if (/randomBytes|getRandomValues|randomFill/.test(ctx.text(r))) {
      // `const IV = randomBytes(16)` made once when the module loads and used by a function that encrypts each
      // message: random, but the same IV for every message the process seals (unless the function replaces it).
      const fn = ctx.enclosingFunction(node);
      const name = ctx.text(iv).replace(/\$/g, "\\$");
      if (
        iv.type === "identifier" &&
        fn &&
        r.parent?.type === "variable_declarator" &&
        !ctx.enclosingFunction(r) &&
        !new RegExp(`\\b${name}\\s*=[^=]|\\b(randomFill|randomFillSync)\\(\\s*${name}\\b`).test(ctx.text(fn))
      )
        report({
          node,
          message: "IV drawn once at module load: the same IV for every message the process seals",
        });
      return;
    }
    if (iv.type === "identifier" && rewrittenBuffer(ctx, iv, r)) return;
    // `Buffer.from(ivHex, 'hex')` with `[ivHex, data] = stored.split(':')`: the IV the caller's message carries,
    // not one fixed in the code (a configured IV from the environment stays fixed).
    const bytesOf =
      r.type === "call_expression" && /^Buffer\.from$/.test(ctx.callee(r)) ? ctx.args(r)[0] : undefined;
    if (bytesOf && ctx.level(bytesOf, "code") === Level.PARAM) return;
    if (
      ctx.level(r, "code") === Level.CONST ||
      ZERO_ARRAY.test(ctx.text(r).replace(/\s+/g, "")) ||
      (/^Buffer\.(alloc|from)\(/.test(ctx.text(r)) && !/\b(iv|nonce)\b/i.test(ctx.text(r).slice(7)))
    )
      report({ node, message: "IV is a constant" });
  },
  cases: {
    valid: [
      // ECB's empty IV
      "const crypto = require('crypto');\nfunction des(key, block) {\n  return crypto.createCipheriv('DES-ECB', key, '').update(block);\n}",
      "const crypto = require('crypto');\nfunction seal(key, text) {\n  const iv = crypto.randomBytes(16);\n  return [iv, crypto.createCipheriv('aes-256-cbc', key, iv).update(text)];\n}",
      "const iv = crypto.randomBytes(16);\ncrypto.createCipheriv('aes-128-cbc', k, iv);",
      "let iv = crypto.randomBytes(16);\nfunction seal(k, text) {\n  iv = crypto.randomBytes(16);\n  return crypto.createCipheriv('aes-256-cbc', k, iv).update(text);\n}",
      "const iv = crypto.getRandomValues(new Uint8Array(12));\nawait crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, data);",
      "class Box {\n  open(stored) {\n    const [ivHex, dataHex] = stored.split(':');\n    const iv = Buffer.from(ivHex, 'hex');\n    return crypto.createCipheriv('aes-256-gcm', this.key, iv).update(dataHex, 'hex', 'utf8');\n  }\n}",
      "const NONCE = Buffer.alloc(16);\nfunction enc(k, seq, d) {\n  NONCE.writeUInt32BE(seq, 12);\n  return crypto.createCipheriv('chacha20', k, NONCE).update(d);\n}",
      "const nacl = require('tweetnacl');\nfunction seal(m, key) {\n  const nonce = nacl.randomBytes(nacl.secretbox.nonceLength);\n  return [nonce, nacl.secretbox(m, nonce, key)];\n}",
      "function seal(m, nonce, key) {\n  return nacl.secretbox(m, nonce, key);\n}",
      "const sodium = require('libsodium-wrappers');\nconst n = sodium.randombytes_buf(sodium.crypto_secretbox_NONCEBYTES);\nsodium.crypto_secretbox_easy(m, n, key);",
      "const aesjs = require('aes-js');\nconst ctr = new aesjs.ModeOfOperation.ctr(key, new aesjs.Counter(crypto.getRandomValues(new Uint8Array(16))));",
      "function gcm(k, d) {\n  const nonce = new Uint8Array(12);\n  crypto.getRandomValues(nonce);\n  return crypto.createCipheriv('aes-256-gcm', k, nonce).update(d);\n}",
      "class EncryptStream extends Transform {\n  constructor(key) {\n    super();\n    this.iv = crypto.randomBytes(16);\n    this.cipher = crypto.createCipheriv('aes-256-cbc', key, this.iv);\n  }\n}",
      "class Sealer {\n  iv = crypto.randomBytes(16);\n  seal(k, t) {\n    this.iv = crypto.randomBytes(16);\n    return crypto.createCipheriv('aes-256-ctr', k, this.iv).update(t);\n  }\n}",
    ],
    invalid: [
      "const crypto = require('crypto');\nfunction seal(key, text) {\n  return crypto.createCipheriv('aes-256-cbc', key, key.subarray(0, 16)).update(text);\n}",
      "const crypto = require('crypto');\nfunction seal(key, text) {\n  const iv = crypto.createHash('md5').update(key).digest();\n  return crypto.createCipheriv('aes-256-cbc', key, iv).update(text);\n}",
      "const iv = Buffer.alloc(16, 0);\ncrypto.createCipheriv('aes-128-cbc', k, iv);",
      "const iv = Buffer.from(process.env.AES_IV, 'hex');\nfunction seal(k, t) {\n  return crypto.createCipheriv('aes-128-cbc', k, iv).update(t);\n}",
      "const IV = crypto.randomBytes(16);\nfunction seal(k, text) {\n  return crypto.createCipheriv('aes-256-cbc', k, IV).update(text);\n}",
      "const IV = Buffer.alloc(16);\nconst other = Buffer.alloc(16);\nother[0] = 1;\ncrypto.createCipheriv('aes-128-cbc', k, IV);",
      "crypto.createCipheriv('aes-128-cbc', k, '1234567890123456');",
      "const IV = new Uint8Array(16);\nawait crypto.subtle.encrypt({ name: 'AES-CBC', iv: IV }, key, data);",
      "await window.crypto.subtle.encrypt({ name: 'AES-GCM', iv: new TextEncoder().encode('fixed-nonce!') }, key, data);",
      "const nacl = require('tweetnacl');\nconst NONCE = new Uint8Array(nacl.secretbox.nonceLength);\nfunction seal(m, key) {\n  return nacl.secretbox(m, NONCE, key);\n}",
      "const nacl = require('tweetnacl');\nconst box = nacl.box(m, new Uint8Array(24), theirPk, mySk);",
      "const sodium = require('libsodium-wrappers');\nconst n = new Uint8Array(sodium.crypto_secretbox_NONCEBYTES);\nsodium.crypto_secretbox_easy(m, n, key);",
      "const aesjs = require('aes-js');\nconst ctr = new aesjs.ModeOfOperation.ctr(key, new aesjs.Counter(5));",
      "const aesjs = require('aes-js');\nconst cbc = new aesjs.ModeOfOperation.cbc(key, new Uint8Array(16));",
      "function gcm(k, d) {\n  const nonce = new Uint8Array(12);\n  return crypto.createCipheriv('aes-256-gcm', k, nonce).update(d);\n}",
      "class Sealer {\n  iv = crypto.randomBytes(16);\n  seal(k, t) {\n    return crypto.createCipheriv('aes-256-ctr', k, this.iv).update(t);\n  }\n}",
      "class Sealer {\n  constructor() {\n    this.iv = crypto.randomBytes(16);\n  }\n  seal(k, t) {\n    return crypto.createCipheriv('aes-256-ctr', k, this.iv).update(t);\n  }\n}",
    ],
  },
});
