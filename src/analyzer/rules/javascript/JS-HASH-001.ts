import type { SyntaxNode } from "../../parse/index.js";
import type { JsContext } from "../../dataflow/javascript.js";
import { descendants, field, sourceHas } from "../../parse/nodes.js";
import { jsRule } from "./common.js";
import { inTestScript } from "./JS-CRED-001.js";
import { regexEscape } from "../../../core/regex.js";
import { authorContextIgnored } from "../../rule.js";

/** Broken digests by their Node/OpenSSL names and aliases (`RSA-MD5`, `md5-sha1`, `rmd160`, `sha1WithRSAEncryption`). */
const WEAK_DIGEST =
  /^((rsa-)?(md2|md4|md5|sha1|sha-1|ripemd160|rmd160|ripemd)|md5-sha1|(md2|md4|md5|sha1)withrsaencryption|ssl3-(md5|sha1))$/i;

/** RFC 6455's handshake GUID: `Sec-WebSocket-Accept` is SHA-1 of the client's key and it, by the protocol. */
const WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/** `createHash('sha1').update(key + GUID)`: the WebSocket handshake's accept value, no security control. */
function websocketAccept(
  ctx: Parameters<Parameters<typeof jsRule>[0]["detect"]>[1],
  node: SyntaxNode,
): boolean {
  const member = node.parent;
  const update = member?.type === "member_expression" ? member.parent : undefined;
  if (update?.type !== "call_expression" || ctx.method(update) !== "update") return false;
  const data = ctx.args(update)[0];
  if (!data) return false;
  return [data, ...descendants(data)].some(
    (n) =>
      ((n.type === "identifier" || n.type === "string") && ctx.constValue(n) === WS_GUID) ||
      // the GUID imported from the library's constants module (`const { GUID } = require('./constants')`)
      (n.type === "identifier" &&
        /^(WS_|WEBSOCKET_)?GUID$/i.test(ctx.text(n)) &&
        sourceHas(ctx.tree, /sec-websocket|GUID/i)),
  );
}

/** The file imports or requires a module by this name. */
function requiredModule(source: string, name: string): boolean {
  const n = regexEscape(name);
  return new RegExp(`require\\(\\s*['"]${n}['"]\\s*\\)|from\\s+['"]${n}['"]`).test(source);
}

/**
 * Names of a digest's non-security uses: cache keys, content checksums, ETags, temp-file or path-safe names, and
 * Gravatar/avatar URLs (the service addresses an image by the md5 of the e-mail address). Also a content hash that
 * names emitted output (`hashContent`), and an identifier made from a name (`makeUid(orgId)`, `makeId(uid, name)`):
 * labels, where no one gains by forging a collision.
 */
const NON_SECURITY_USE =
  /cache|checksum|etag|gravatar|avatar_?url|file_?name|tmp_?name|temp_?name|tracker|dedup|path|safe_?name|short_?name|pid_?file|url_?hash|file_?hash|hash_?file|(md5|sha1)_?file|content_?hash|hash_?content|content_?digest|\b(make|gen|generate|create|compute|build)_?u?id\b/i;
/** What the digest must not be over for that: a password, token, key, salt or signature. */
const SECRET_INPUT = /passw|pwd|secret|token|api_?key|credential|salt|nonce|sign/i;

/**
 * A digest the code names for a non-security use: the enclosing function's name (`getTmpname`, or the variable an
 * arrow function is bound to, `pathSafeHash`) or the variable the digest is assigned to (`const cacheKey = ...`),
 * with no password, token or key in the expression that feeds it.
 */
function nonSecurityUse(
  ctx: Parameters<Parameters<typeof jsRule>[0]["detect"]>[1],
  node: SyntaxNode,
): boolean {
  const names: string[] = [];
  let stmt: SyntaxNode = node;
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "variable_declarator" || p.type === "pair" || p.type === "assignment_expression") {
      names.push(ctx.text(field(p, "name") ?? field(p, "key") ?? field(p, "left") ?? p));
      break;
    }
    if (/statement|declaration$|^arrow_function$|^function/.test(p.type)) break;
    stmt = p;
  }
  // The function it is in, or past an unnamed callback (`parts.map((c) => hash(c))`) the one that callback is in.
  for (
    let fn = ctx.enclosingFunction(node), hops = 0;
    fn && hops < 2;
    fn = ctx.enclosingFunction(fn), hops++
  ) {
    const own = field(fn, "name");
    if (own) names.push(ctx.text(own));
    // A method of an object literal (`const fileCache = { getHash(b) {...} }`): the object's name too.
    const obj = fn.type === "method_definition" ? fn.parent : undefined;
    if (obj?.type === "object" && obj.parent?.type === "variable_declarator")
      names.push(ctx.text(field(obj.parent, "name") ?? obj.parent));
    const holder = fn.parent;
    const bound = holder && /^(variable_declarator|pair|assignment_expression)$/.test(holder.type);
    if (bound)
      names.push(ctx.text(field(holder, "name") ?? field(holder, "key") ?? field(holder, "left") ?? holder));
    if (own || bound || holder?.type !== "arguments") break;
  }
  // The names are the author's choice: in an answer they must not lower the finding (as PY-HASH-001's
  // fingerprint names); a digest cut short is structure, not a name.
  const named = !authorContextIgnored(ctx) && NON_SECURITY_USE.test(names.join(" "));
  return (named || truncated(ctx, node)) && !SECRET_INPUT.test(ctx.text(stmt));
}

/**
 * The digest cut to a few characters (`createHash('md5').update(name).digest('hex').slice(0, 2)`, at most 16, from
 * wherever: `.slice(8, 24)`, `.substr(8, 16)`): a bucket, a directory shard or a protocol's short tag, too short to
 * stand for the data whatever the algorithm, so no security use.
 */
function truncated(ctx: Parameters<Parameters<typeof jsRule>[0]["detect"]>[1], node: SyntaxNode): boolean {
  // (`const h = createHash('md5')...digest('hex'); return h.slice(8, 24)`: the name it is bound to, cut.)
  const cuts: SyntaxNode[] = [];
  for (let p = node.parent; p?.type === "member_expression" || p?.type === "call_expression"; p = p.parent)
    cuts.push(p);
  const decl = node.parent && cuts.length ? cuts[cuts.length - 1]!.parent : node.parent;
  const name = decl?.type === "variable_declarator" ? field(decl, "name") : undefined;
  const fn = ctx.enclosingFunction(node);
  if (name?.type === "identifier" && fn) {
    const uses = descendants(fn).filter(
      (d) => d.type === "identifier" && ctx.text(d) === ctx.text(name) && d !== name,
    );
    if (uses.length === 1)
      for (
        let p = uses[0]!.parent;
        p?.type === "member_expression" || p?.type === "call_expression";
        p = p.parent
      )
        cuts.push(p);
  }
  for (const p of cuts) {
    if (p.type !== "call_expression" || !/^(slice|substring|substr)$/.test(ctx.method(p))) continue;
    const [from, to] = ctx.args(p).map((a) => ctx.constValue(a));
    if (typeof from !== "number" || typeof to !== "number" || from < 0) continue;
    if ((ctx.method(p) === "substr" ? to : to - from) <= 16) return true;
  }
  return false;
}

/**
 * A SHA-1 digest first updated with a `blob|tree|commit|tag <size>` header ending in NUL: a git object id - SHA-1
 * over the object's header and its bytes, the name git itself gives the content.
 */
function gitObjectId(ctx: Parameters<Parameters<typeof jsRule>[0]["detect"]>[1], node: SyntaxNode): boolean {
  const member = node.parent;
  const update = member?.type === "member_expression" ? member.parent : undefined;
  if (update?.type !== "call_expression" || ctx.method(update) !== "update") return false;
  const data = ctx.args(update)[0];
  return (
    !!data &&
    (data.type === "template_string" || data.type === "binary_expression" || data.type === "string") &&
    /^[`'"](blob|tree|commit|tag) (\$\{|['"]\s*\+)/.test(ctx.text(data)) &&
    /\\0|\\x00|\\u0000/.test(ctx.text(data))
  );
}

/**
 * The digest is the value of an HTTP header the protocol defines as MD5 (`{ 'Content-MD5': md5(body) }`, RFC 1864,
 * S3's upload check): an integrity check against corruption the server recomputes, no secret. A header name is the
 * author's text, so not in answer mode.
 */
function contentMd5Header(
  ctx: Parameters<Parameters<typeof jsRule>[0]["detect"]>[1],
  node: SyntaxNode,
): boolean {
  if (authorContextIgnored(ctx)) return false;
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === "pair") return /^content-md5$/i.test(ctx.stringValue(field(p, "key") ?? undefined) ?? "");
    if (p.type !== "member_expression" && p.type !== "call_expression" && p.type !== "arguments")
      return false;
  }
  return false;
}

/** The SASL / IMAP / SMTP mechanism's name. */
const CRAM_MD5 = /CRAM-MD5/i;

/**
 * HMAC-MD5 answering or checking a CRAM-MD5 challenge (RFC 2195) or an NTLMv2 one: the mechanism fixes the algorithm, and no
 * collision attack applies to the MAC. Recognised by a function named for it (`_authCRAMMD5`,
 * `check_cram_md5_passwd`, `cramResponse`) or a file that names the mechanism.
 */
function cramMd5(ctx: Parameters<Parameters<typeof jsRule>[0]["detect"]>[1], node: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(node);
  const own = fn ? field(fn, "name") : undefined;
  // (NTLMv2 keys its hash and response with HMAC-MD5 too (MS-NLMP): `createNTLMv2Hash`, `ntlmv2Response`.)
  return (!!own && /cram|ntlm/i.test(ctx.text(own))) || sourceHas(ctx.tree, CRAM_MD5);
}

/** node-forge imported in the file. */
const FORGE = /['"]node-forge['"]/;

/**
 * `createHash('ripemd160').update(sha256Digest)`: Bitcoin-style hash160, RIPEMD-160 over a SHA-256 digest, the
 * address derivation a chain's protocol fixes (and no collision attack on RIPEMD-160 is known): LOW.
 */
function hash160(ctx: JsContext, node: SyntaxNode, algo: string): boolean {
  if (!/^(ripemd160|rmd160)$/i.test(algo)) return false;
  const member = node.parent;
  const call = member?.type === "member_expression" ? member.parent : undefined;
  if (call?.type !== "call_expression" || ctx.text(field(member!, "property") ?? member!) !== "update")
    return false;
  const arg = ctx.args(call)[0];
  const src = arg?.type === "identifier" ? ctx.resolve(arg) : arg;
  return !!src && /createHash\(\s*['"]sha-?256['"]\s*\)[\s\S]*\.digest\(/i.test(ctx.text(src));
}

export default jsRule({
  meta: {
    id: "JS-HASH-001",
    title: "Weak hash algorithm (MD5, SHA-1)",
    cwe: ["CWE-327", "CWE-328"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "createHmac or crypto-js HmacSHA1 (no collision attack applies to the MAC), a git object id (SHA-1 over a `blob <size>` header and NUL), an MD5 sent as the Content-MD5 header, or a digest the code names a cache key, content checksum, ETag, temp-file or path-safe name, over no password, token or key, or the md5/sha1 package's digest of a file's bytes",
      },
    ],
    docs: {
      what_it_does:
        "Flags crypto.createHash / createHmac with md5, md4 or sha1 (and their OpenSSL aliases such as RSA-MD5 or md5-sha1), one-shot crypto.sign / crypto.verify over them, Web Crypto's subtle.digest with SHA-1, and the md5/sha1 npm helpers.",
      why_bad:
        "MD5 and SHA-1 collisions are practical; integrity checks and identifiers built on them can be forged.",
      example_bad:
        "const crypto = require('crypto');\nconst fp = (cert) => crypto.createHash('md5').update(cert).digest('hex');",
      example_good:
        "const crypto = require('crypto');\nconst fp = (cert) => crypto.createHash('sha256').update(cert).digest('hex');",
    },
    fix_hint: "Use SHA-256 or stronger.",
  },
  trigger: /createHash|createHmac|md5|sha1|MD5|SHA1|SHA-1|sha-1|rmd160|ripemd|MD4|md4/,
  nodeTypes: ["call_expression"],
  detect(node, ctx, reportAny) {
    // A test's checksum of a fixture (`createHash('sha1')` over a parsed body in a test module): LOW.
    const report: typeof reportAny = (f) =>
      reportAny(inTestScript(ctx, node) ? { ...f, severity: "LOW" } : f);
    const q = ctx.callee(node);
    if (/(^|\.)(createHash|createHmac)$/.test(q)) {
      // `const otpyrc = require('otpyrc'); otpyrc.createHash('sha1')`: a module's own createHash, not Node's
      // digests (crypto, crypto-browserify and the like keep the name).
      const owner = /^([\w@/.-]+)\.(createHash|createHmac)$/.exec(q)?.[1];
      if (owner && !/crypto|hash/i.test(owner) && requiredModule(ctx.tree.source, owner)) return;
      const v = ctx.constValue(ctx.args(node)[0]);
      const algo = typeof v === "string" ? v : undefined;
      if (algo && WEAK_DIGEST.test(algo) && !websocketAccept(ctx, node))
        report({
          node,
          severity:
            (/createHmac$/.test(q) && /^(sha-?1|RSA-SHA1)$/i.test(algo)) ||
            (/createHmac$/.test(q) && /^md5$/i.test(algo) && cramMd5(ctx, node)) ||
            nonSecurityUse(ctx, node) ||
            hash160(ctx, node, algo) ||
            (/^sha-?1$/i.test(algo) && gitObjectId(ctx, node)) ||
            (/^md5$/i.test(algo) && contentMd5Header(ctx, node))
              ? "LOW"
              : undefined,
          message: `${algo} is a broken hash`,
        });
    } else if (/^(crypto\.)?(sign|verify)$/.test(q) && sourceHas(ctx.tree, /crypto/)) {
      // One-shot `crypto.sign('sha1', data, key)` / `crypto.verify('sha1', data, key, sig)`: the digest signed.
      const v = ctx.constValue(ctx.args(node)[0]);
      if (typeof v === "string" && WEAK_DIGEST.test(v))
        report({ node, message: `signature over a ${v} digest: collisions forge it` });
    } else if (/(^|\.)(crypto|webcrypto)\.subtle\.digest$|^subtle\.digest$/.test(q)) {
      // Web Crypto: `crypto.subtle.digest('SHA-1', data)` or `digest({ name: 'SHA-1' }, data)`.
      const a = ctx.args(node)[0];
      const v = ctx.constValue(a?.type === "object" ? ctx.prop(a, "name") : a);
      if (typeof v === "string" && /^sha-?1$/i.test(v))
        report({
          node,
          severity: nonSecurityUse(ctx, node) ? "LOW" : undefined,
          message: `${v} is a broken hash`,
        });
    } else if (/(^|\.)md\.(md5|sha1)\.create$/.test(q) && sourceHas(ctx.tree, FORGE)) {
      // node-forge: `forge.md.md5.create()` starts an MD5 digest.
      report({
        node,
        severity: nonSecurityUse(ctx, node) ? "LOW" : undefined,
        message: `${/md5/.test(q) ? "md5" : "sha1"} is a broken hash`,
      });
    } else if (ctx.method(node) === "start" && sourceHas(ctx.tree, FORGE)) {
      // node-forge's `hmac.start('md5', key)`: the HMAC's digest, SHA-1 LOW as for createHmac.
      const algo = ctx.constValue(ctx.args(node)[0]);
      const recv = field(field(node, "function") ?? node, "object");
      if (typeof algo === "string" && /^(md5|sha1)$/i.test(algo) && recv && /hmac/i.test(ctx.text(recv)))
        report({
          node,
          severity: /sha1/i.test(algo) ? "LOW" : undefined,
          message: `HMAC-${algo} uses a broken hash`,
        });
    } else if (
      /^(crypto-js|CryptoJS)\.(MD5|SHA1|HmacMD5|HmacSHA1)$/.test(q) ||
      q === "crypto-js/md5" ||
      q === "crypto-js/sha1"
    )
      // (HMAC-SHA1 LOW as for createHmac: no collision attack applies to the MAC; OAuth 1.0 mandates it.)
      report({
        node,
        // (A crypto-js digest named for a cache key or checksum, LOW as createHash's is.)
        severity: /HmacSHA1$/.test(q) || nonSecurityUse(ctx, node) ? "LOW" : undefined,
        message: `${q.split(/[./]/).pop()} is a broken hash`,
      });
    else if (/^(md5|sha1)$/.test(q) && requiredModule(ctx.tree.source, q)) {
      // required or imported (`import md5 from 'md5'`) under its own name
      // `md5(fs.readFileSync(file))`: a file's bytes summed to compare copies, the checksum the md5 package is
      // mostly used for.
      const a = ctx.args(node)[0];
      const held = a && (ctx.resolve(a) ?? a);
      const fileBytes =
        held?.type === "call_expression" && /(^|\.)(readFileSync|readFile)$/.test(ctx.callee(held));
      report({
        node,
        severity: fileBytes || nonSecurityUse(ctx, node) ? "LOW" : undefined,
        message: `${q} is a broken hash`,
      });
    }
  },
  cases: {
    valid: [
      "const forge = require('node-forge');\nconst md = forge.md.sha256.create();\nconst hmac = forge.hmac.create();\nhmac.start('sha256', secret);",
      "const crypto = require('crypto');\nconst GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';\nconst accept = (key) => crypto.createHash('sha1').update(key + GUID).digest('base64');",
      "const h = crypto.createHash('sha256');",
      "const { createHash } = require('crypto');\nconst { GUID } = require('./constants');\nconst accept = (key) => createHash('sha1')\n  .update(key + GUID)\n  .digest('base64');",
      "const ALGO = 'sha256';\nconst h = crypto.createHash(ALGO);",
      "const CryptoJS = require('crypto-js');\nconst h = CryptoJS.SHA256(m);",
      "const d = await crypto.subtle.digest('SHA-256', data);",
      "const otpyrc = require('otpyrc');\notpyrc.createHash('sha1');",
      "const d = await notCrypto.subtle.digest('SHA-1', data);",
    ],
    invalid: [
      "const forge = require('node-forge');\nconst md = forge.md.md5.create();",
      "const forge = require('node-forge');\nconst hmac = forge.hmac.create();\nhmac.start('md5', secret);",
      // A cache's method (named by its object), a Web Crypto digest named for a cache entry: LOW.
      {
        code: "const crypto = require('crypto');\nconst fileCache = {\n  getHash(buffer) {\n    return crypto.createHash('md5').update(buffer).digest('hex');\n  },\n};",
        severity: "LOW",
      },
      {
        code: "async function cacheName(text) {\n  return crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));\n}",
        severity: "LOW",
      },
      {
        code: "async function sign(text) {\n  return crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));\n}",
        severity: "MEDIUM",
      },
      {
        code: "const crypto = require('crypto');\nfunction gravatarUrl(email) {\n  const hash = crypto.createHash('md5').update(email.trim().toLowerCase()).digest('hex');\n  return `https://www.gravatar.com/avatar/${hash}?d=identicon`;\n}",
        severity: "LOW",
      },
      {
        code: "const fs = require('fs');\nconst md5 = require('md5');\nconst sum = md5(fs.readFileSync(file));",
        severity: "LOW",
      },
      {
        code: "const md5 = require('md5');\nconst sign = md5(appSecret + base);",
        severity: "MEDIUM",
      },
      {
        code: "import md5 from 'md5';\nexport const legacy = (pw) => md5(pw);",
        severity: "MEDIUM",
      },
      {
        code: "const crypto = require('crypto');\nconst pathSafeHash = (s) => crypto.createHash('sha1').update(s).digest('base64');",
        severity: "LOW",
      },
      // A digest cut to two characters shards directories; a hash named for the URL or path it stands for.
      {
        code: "const crypto = require('crypto');\nclass Naming {\n  dirFor(name) {\n    return crypto.createHash('md5').update(name).digest('hex').slice(0, 2);\n  }\n}",
        severity: "LOW",
      },
      {
        code: "const crypto = require('crypto');\nfunction upsert(url) {\n  const urlHash = crypto.createHash('sha1').update(url.getUrl()).digest('hex');\n  return db.put(urlHash, url);\n}",
        severity: "LOW",
      },
      {
        code: "const crypto = require('crypto');\nfunction sanitisePath(p) {\n  return p.split('/').map((c) => (c.length > 250 ? crypto.createHash('sha1').update(c).digest('hex') : c)).join('/');\n}",
        severity: "LOW",
      },
      {
        code: "const crypto = require('crypto');\nfunction tokenPrefix(token) {\n  return crypto.createHash('md5').update(token).digest('hex').slice(0, 8);\n}",
        severity: "MEDIUM",
      },
      {
        code: "const crypto = require('crypto');\nfunction cacheKey(password) {\n  return crypto.createHash('md5').update(password).digest('hex');\n}",
        severity: "MEDIUM",
      },
      "const h = crypto.createHash('md5');",
      "const d = await window.crypto.subtle.digest({ name: 'SHA-1' }, data);",
      "const h = require('crypto').createHash('sha1');",
      "const h = require('crypto').createHash('RSA-MD5');",
      "const crypto = require('crypto');\nconst ok = crypto.verify('sha1', data, pub, sig);",
      "const ALGO = 'md5';\nconst h = crypto.createHash(ALGO);",
      "const CryptoJS = require('crypto-js');\nconst h = CryptoJS.MD5(m).toString();",
      {
        code: "const CryptoJS = require('crypto-js');\nconst sig = CryptoJS.HmacSHA1(base, consumerSecret + '&' + tokenSecret).toString(CryptoJS.enc.Base64);",
        severity: "LOW",
      },
      {
        code: "const { createHash } = require('crypto');\nfunction oid(content) {\n  return createHash('sha1').update(`blob ${content.length}\\0`).update(content).digest('hex');\n}",
        severity: "LOW",
      },
      {
        code: "const { createHash } = require('crypto');\nfunction oid(content) {\n  return createHash('sha1').update(`blob ${content.length}`).update(content).digest('hex');\n}",
        severity: "MEDIUM",
      },
      {
        code: "const CryptoJS = require('crypto-js');\nfunction cacheKey(contents) {\n  return CryptoJS.MD5(contents).toString();\n}",
        severity: "LOW",
      },
      {
        code: "const { createHash } = require('crypto');\nconst headers = (body) => ({ 'Content-MD5': createHash('md5').update(body).digest('base64') });",
        severity: "LOW",
      },
      {
        code: "const { createHash } = require('crypto');\nconst headers = (body) => ({ 'X-Request-Mac': createHash('md5').update(body).digest('base64') });",
        severity: "MEDIUM",
      },
    ],
  },
});
