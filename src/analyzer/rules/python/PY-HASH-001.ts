import { Level, type PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, sourceHas, sourceIncludes } from "../../parse/nodes.js";
import { authorContextIgnored, type Report } from "../../rule.js";
import { DEFAULT_FACTORY_OWNERS, functionName, inTestCode, pyRule, targetName } from "./common.js";
import { regexEscape } from "../../../core/regex.js";

const WEAK = /^(md4|md5|sha1|sha|ripemd160|md2)$/i;

/**
 * Does the source bind `name` some other way than as a module: assigned (`sha = ...`, `for sha in`, `with ... as
 * sha`, `import x as sha`), imported from a package (`from x import sha`), or a parameter (`def f(sha)`)?
 */
function boundInFile(source: string, name: string): boolean {
  const n = `\\b${name}\\b`;
  return new RegExp(
    `${n}\\s*(=(?!=)|:[^\\n=]*=)|\\bfor\\s[^\\n]*${n}[^\\n]*\\sin\\b|\\bas\\s+${name}\\b|^[ \\t]*from\\s[^\\n]*\\bimport\\b[^\\n]*${n}|\\bdef\\s+\\w+\\s*\\([^)]*${n}|\\blambda\\b[^:\\n]*${n}`,
    "m",
  ).test(source);
}

/**
 * `hashlib.new(algo)` with `algo` taken from the request: the caller picks the digest, a broken one included,
 * unless an earlier test limits it to a literal set of strong names (`if algo not in ('sha256', 'sha512'):
 * abort()`, or the call under `if algo in (...)`). A test against `hashlib.algorithms_guaranteed` (or any set not
 * written out) lets md5 and sha1 through. Returns the reason to report, or undefined.
 */
function callerChosen(ctx: PythonContext, call: SyntaxNode, arg: SyntaxNode | undefined): string | undefined {
  if (!arg || ctx.level(arg, "literal") !== Level.SOURCE) return undefined;
  if (arg.type !== "identifier") return "the request picks the hash algorithm (MD5 and SHA-1 included)";
  const name = ctx.text(arg);
  const fn = ctx.enclosingFunction(call);
  if (!fn) return undefined;
  const esc = regexEscape(name);
  const test = new RegExp(`^${esc}\\s+(not\\s+)?in\\s+`);
  for (const g of ctx.tree.nodes) {
    if (g.start < fn.start || g.end > fn.end) continue;
    if (g.type !== "if_statement" || g.start >= call.start) continue;
    const cond = field(g, "condition");
    const m = cond ? test.exec(ctx.text(cond)) : null;
    if (!cond || !m) continue;
    const inside = call.start >= g.start && call.end <= g.end;
    if (m[1] ? inside : !inside) continue;
    const set = ctx.resolve(namedChildren(cond).pop());
    const items =
      set && /^(tuple|list|set)$/.test(set.type)
        ? namedChildren(set).map((i) => ctx.stringValue(i))
        : undefined;
    if (items?.every((i) => i !== undefined && !WEAK.test(i.replace("-", "")))) return undefined;
    return "the request picks the hash algorithm from a set that includes MD5 / SHA-1";
  }
  return "the request picks the hash algorithm (MD5 and SHA-1 included)";
}

/** Names of a digest's non-security uses: cache keys, content checksums, ETags, short file or directory names. */
const WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";

/**
 * The enclosing function uses RFC 6455's GUID, as a literal or through the name the file binds it to, or deals in
 * the Sec-WebSocket-Accept header itself (the GUID imported from another module: a client checking the server's
 * answer, a test building one).
 */
function wsAccept(ctx: PythonContext, node: SyntaxNode): boolean {
  const body = ctx.text(ctx.enclosingFunction(node) ?? node);
  if (/sec[-_]websocket[-_]accept/i.test(body)) return true;
  if (!sourceIncludes(ctx.tree, WS_GUID)) return false;
  if (body.includes(WS_GUID)) return true;
  // eslint-disable-next-line no-restricted-syntax -- only in files holding the WebSocket GUID (tested above)
  const name = new RegExp(`(\\w+)\\s*=\\s*[bBuU]?["']${WS_GUID}["']`).exec(ctx.tree.source)?.[1];
  return !!name && new RegExp(`\\b${name}\\b`).test(body);
}

// (`hash_id`, `list_to_hash`: a digest naming a value lets nobody in.)
const NON_SECURITY_USE =
  /hash_?ids?\b|_to_hash\b|cache|template_?key|lookup_?key|checksum|etag|file_?name|tmp_?name|temp_?name|tracker|dedup|path_?safe|safe_?name|short_?name|pid_?file|guid|(file|thumb|image|media|control)_?paths?\b|(sha1|md5|hash)_of_\w*(file|stream)|content_?(sha1|md5|hash|digest)|(md5|sha1)sum|hash_?file|file_?hash/i;
/** What a digest must not be over for that: a password, token, key, salt or signature. */
const SECRET_INPUT = /passw|pwd|secret|token|api_?key|credential|salt|nonce|sign/i;

/**
 * The digest (or the hasher it comes from) is bound to a name used afterwards only as a mapping key or a file
 * name: `key = sha1(name_id).hexdigest()` then `self.store[key]` / `.get(key)` / `key in seen`, or
 * `h = md5(); h.update(k); return os.path.join(cache_dir, h.hexdigest())`. Nobody is let in or trusted by it.
 */
function keyOrNameOnly(ctx: PythonContext, node: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(node);
  if (!fn) return false;
  const isDigest = (c: SyntaxNode | null | undefined): c is SyntaxNode =>
    c?.type === "call" && /^(hexdigest|digest)$/.test(ctx.method(c));
  let top = node;
  while (top.parent?.type === "attribute" && isDigest(top.parent.parent)) top = top.parent.parent;
  const a = top.parent;
  const left = a?.type === "assignment" && field(a, "right") === top ? field(a, "left") : undefined;
  if (left?.type !== "identifier") return false;
  const name = ctx.text(left);
  const uses = descendants(fn).filter(
    (d) =>
      d.type === "identifier" && ctx.text(d) === name && d.start > a!.end && ctx.enclosingFunction(d) === fn,
  );
  let keyed = false;
  const ok = uses.every((u) => {
    let e: SyntaxNode = u;
    const par = u.parent;
    if (par?.type === "attribute" && field(par, "object") === u) {
      if (ctx.text(field(par, "attribute") ?? par) === "update") return true;
      if (!isDigest(par.parent)) return false;
      e = par.parent;
    }
    const up = e.parent;
    let hit = false;
    if (up?.type === "subscript" && field(up, "subscript") === e) hit = true;
    else if (up?.type === "comparison_operator" && /\bin\b/.test(ctx.text(up)) && namedChildren(up)[0] === e)
      hit = true;
    else if (up?.type === "argument_list" && up.parent?.type === "call") {
      const call = up.parent;
      hit =
        /^(os\.path\.join|posixpath\.join|pathlib\.Path|Path)$/.test(ctx.callee(call)) ||
        (/^(get|pop|setdefault)$/.test(ctx.method(call)) && ctx.args(call)[0] === e);
    }
    keyed ||= hit;
    return hit;
  });
  return ok && keyed;
}

const NTLM_TEXT = /\bNTLM/i;

/**
 * A digest whose algorithm the protocol being spoken fixes, so the code cannot pick another and still talk to its
 * peer: HTTP/SIP Digest access authentication (RFC 2617's HA1 = MD5(user:realm:password), HA2 and the response:
 * the function deals in the realm and the nonce), NTLM (MD4 of the password, HMAC-MD5 responses and keys: a module
 * about NTLM) or BitTorrent v1 piece hashes (SHA-1 of each piece of a torrent's piece length). The name, else
 * undefined.
 */
function protocolFixed(ctx: PythonContext, node: SyntaxNode, algo: string): string | undefined {
  const fn = ctx.enclosingFunction(node);
  const body = fn ? ctx.text(fn) : "";
  const a = algo.toLowerCase();
  if (a === "md5" && /\brealm\b/i.test(body) && /\bc?nonce\b/i.test(body)) return "Digest authentication";
  // (memoised per file: one test of the whole source per finding is quadratic on a file with thousands)
  if (/^md[45]$/.test(a) && sourceHas(ctx.tree, NTLM_TEXT)) return "NTLM";
  if (/^sha1?$/.test(a) && /\bpieces\b/.test(body) && /\bpiece_?(length|size|len)\b/i.test(body))
    return "BitTorrent piece hashes";
  // Repository mode only: in an answer the octet and the namespace below are the author's own text (rule.ts).
  if (authorContextIgnored(ctx) || !/^sha1?$/.test(a) || SECRET_INPUT.test(ctx.text(node))) return undefined;
  // An OpenPGP v4 key fingerprint (RFC 4880 12.2): SHA-1 over the octet 0x99, a two-octet length, the key packet.
  if (/\\x99|\b0x99\b/.test(body) && /\b(struct\.pack|to_bytes|len)\s*\(/.test(body))
    return "an OpenPGP v4 fingerprint";
  // An XMPP avatar id (XEP-0153 / XEP-0084): the hex SHA-1 of the image, in a module speaking those namespaces.
  if (sourceHas(ctx.tree, XMPP_AVATAR)) return "the XMPP avatar id";
  return undefined;
}

/** XMPP's avatar protocols by namespace or number (XEP-0084, XEP-0153): their ids are SHA-1 digests of the image. */
const XMPP_AVATAR = /vcard-temp:x:update|urn:xmpp:avatar:(data|metadata)|\bxep[-_]?0?(084|153)\b/i;

/**
 * `md5(url).hexdigest()[:8]` (or `.digest()[:n]`): a prefix of the digest, an identifier's worth of it; no check
 * that relies on collision resistance keeps a few characters. Not when it is named as a secret (a token, a code).
 */
/**
 * `h = hashlib.md5()` fed from a file the function opens (`with open(fname, "rb") as f: ... h.update(chunk)` over
 * `f.read(n)`): a checksum of the file's content, like a function named for one.
 */
function fileChecksum(ctx: PythonContext, node: SyntaxNode): boolean {
  // (a hasher the caller may replace: `h = hashlib.sha1() if engine is None else engine`)
  const up = node.parent?.type === "conditional_expression" ? node.parent : node;
  const bind = up.parent?.type === "assignment" ? up.parent : undefined;
  const h = bind ? field(bind, "left") : undefined;
  const fn = ctx.enclosingFunction(node);
  if (h?.type !== "identifier" || !fn) return false;
  const body = ctx.text(fn);
  return (
    // (a file opened here, or a file object the caller hands in: `fobj.read(chunk)`, `file_object.read(8192)`)
    (/\bopen\(/.test(body) ||
      /\b\w*(f|fp|fh|fd|fobj|file|stream|infile)(_?obj(ect)?)?\.read\(/i.test(body)) &&
    /\.read\(/.test(body) &&
    // (a file of passwords or keys hashed is a password store, not a checksum)
    !SECRET_INPUT.test(body) &&
    new RegExp(`\\b${ctx.text(h)}\\.update\\(`).test(body)
  );
}

/**
 * The digest is bound to a name handed to an MPI collective (`comm.allgather(phash)`, `comm.bcast(h)`): the workers
 * of one job compare their copies of a setting to see that they agree; the digest guards nothing.
 */
function gatheredAcrossRanks(ctx: PythonContext, node: SyntaxNode): boolean {
  let p: SyntaxNode | null = node.parent;
  while (p && (p.type === "attribute" || p.type === "call")) p = p.parent;
  const h = p?.type === "assignment" ? field(p, "left") : undefined;
  const fn = ctx.enclosingFunction(node);
  if (h?.type !== "identifier" || !fn) return false;
  return new RegExp(`\\.(allgather|gather|bcast|allreduce|alltoall)\\(\\s*${ctx.text(h)}\\s*[,)]`).test(
    ctx.text(fn),
  );
}

function truncated(ctx: PythonContext, node: SyntaxNode): boolean {
  const dig = node.parent?.type === "attribute" ? node.parent.parent : undefined;
  if (dig?.type !== "call" || !/^(hexdigest|digest)$/.test(ctx.method(dig))) return false;
  const sub = dig.parent;
  if (sub?.type !== "subscript" || field(sub, "value") !== dig) return false;
  const slice = field(sub, "subscript");
  return (
    slice?.type === "slice" &&
    /^\[\s*:/.test(ctx.text(sub).slice(ctx.text(dig).length)) &&
    !/token|key|sig|otp|code|session|pass|secret|auth|nonce|salt|csrf/i.test(targetName(ctx, node))
  );
}

/** The string key of the dict entry whose value the digest is (through `.hexdigest()` and the like), if any. */
function pairKey(ctx: PythonContext, node: SyntaxNode): string {
  let p: SyntaxNode | null = node.parent;
  while (p && (p.type === "attribute" || p.type === "call")) p = p.parent;
  return p?.type === "pair" ? (ctx.stringValue(field(p, "key")) ?? "") : "";
}

/** The last word of an assignment target: `entry["hash"]`, `self.digest`, `the_hash`. */
const HASH_TARGET = /(?:^|[_.[])["']?(hash|digest)["']?\]?$/i;
/** A function or input that speaks of a credential or a certificate check: its digest is a security value. */
const SECRET_CONTEXT =
  /passw|pwd|(?:^|[^a-z])pw(?:[^a-z]|$)|passphrase|secret|token|api_?key|credential|salt|nonce|sign|auth|otp|login|pin_?code|cert|x509|fingerprint|verif/i;

/**
 * `entry["hash"] = md5(marker).hexdigest()` beside a listing's size and mtime, `self.digest = sha1(blob)`: a value
 * kept under the bare name of a hash is a fingerprint of the data (a change marker, an ETag, a record id) when
 * neither the function's name and parameters nor the digest's own input speak of a password, key or token.
 */
function fingerprintTarget(ctx: PythonContext, node: SyntaxNode): boolean {
  const target = targetName(ctx, node).replace(/\s+/g, "");
  if (!HASH_TARGET.test(target)) return false;
  const fn = ctx.enclosingFunction(node);
  const header = fn ? `${ctx.text(field(fn, "name") ?? fn)} ${ctx.text(field(fn, "parameters") ?? fn)}` : "";
  return !SECRET_CONTEXT.test(`${header} ${ctx.text(node)}`);
}

/** `self._cache.setdefault(md5(data).digest(), data)`, `seen[sha1(x).hexdigest()]`: the digest is a lookup key. */
function directKey(ctx: PythonContext, node: SyntaxNode): boolean {
  const dig = node.parent?.type === "attribute" ? node.parent.parent : undefined;
  if (dig?.type !== "call" || !/^(hexdigest|digest)$/.test(ctx.method(dig))) return false;
  const up = dig.parent;
  if (up?.type === "subscript" && field(up, "subscript") === dig) return true;
  const call = up?.type === "argument_list" ? up.parent : undefined;
  return (
    call?.type === "call" && /^(get|pop|setdefault)$/.test(ctx.method(call)) && ctx.args(call)[0] === dig
  );
}

/** The function's docstring says the digest is no security control ("Not used for security purposes"). */
function docSaysNotSecurity(ctx: PythonContext, node: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(node);
  const first = fn ? namedChildren(field(fn, "body") ?? fn)[0] : undefined;
  const doc =
    first?.type === "expression_statement" && namedChildren(first)[0]?.type === "string"
      ? ctx.text(first)
      : "";
  return /\bnot\s+(used\s+)?(for|as\s+a)\s+(a\s+)?(security|cryptographic)/i.test(doc);
}

export default pyRule({
  meta: {
    id: "PY-HASH-001",
    title: "Weak hash algorithm (MD5, SHA-1)",
    cwe: ["CWE-327", "CWE-328"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "HMAC-SHA1 or SHA-1 in RSA-OAEP/MGF1 padding (no collision attack applies to either), or a digest the code names a cache key, content checksum, ETag or short file name, or one of a fresh random value only (uuid4, os.urandom: an id's formatting), used directly as a lookup key, truncated to a prefix ([:n], not named as a secret) or in a function whose docstring says it is not for security, over no password, token or key; a digest whose algorithm the protocol fixes (HTTP/SIP Digest authentication, NTLM, BitTorrent piece hashes); SHA-1 for the WebSocket accept value; any weak hash inside a test function or a TestCase's method (a known answer, a fixture)",
      },
    ],
    docs: {
      what_it_does:
        "Flags hashlib.md5/sha1, hashlib.new('md5'|'sha1'), Crypto/cryptography MD5/SHA1 objects and Python 2's md5.new/sha.new, unless usedforsecurity=False says the digest is not a security control.",
      why_bad:
        "MD5 and SHA-1 have practical collision attacks; signatures, integrity checks and identifiers built on them can be forged.",
      example_bad: "import hashlib\ndef fingerprint(cert):\n    return hashlib.md5(cert).hexdigest()",
      example_good: "import hashlib\ndef fingerprint(cert):\n    return hashlib.sha256(cert).hexdigest()",
    },
    fix_hint:
      "Use SHA-256 or stronger; for non-security checksums pass usedforsecurity=False to make the intent explicit.",
  },
  // (PyCryptodome's modules are upper case: MD2, MD4, RIPEMD160 as well as MD5 and SHA1.)
  trigger: /md5|sha1|\bsha\b|md[24]|ripemd|MD[245]|SHA1|RIPEMD|hashlib/,
  nodeTypes: ["call"],
  detect(node, ctx, emit) {
    // A test (a test function, a TestCase's method) hashes to check a known answer or build a fixture: nothing it
    // digests guards anything deployed; a LOW reminder, like fixture credentials (PY-CRED-001).
    const report = (r: Report) => emit(inTestCode(ctx, r.node) ? { ...r, severity: "LOW" } : r);
    const q0 = ctx.callee(node);
    if (/^hmac\.(new|digest|HMAC)$/.test(q0)) {
      // The digest module or name is the third argument (digestmod).
      const dm =
        ctx.arg(node, 2, "digestmod") ?? (q0 === "hmac.digest" ? ctx.arg(node, 2, "digest") : undefined);
      const name = dm ? (ctx.stringValue(dm) ?? ctx.qname(dm).split(".").pop() ?? "") : "";
      // HMAC-SHA1 stays sound as a MAC (signing protocols still require it): a LOW reminder; HMAC-MD5 is MEDIUM.
      const proto = dm && WEAK.test(name) ? protocolFixed(ctx, node, name) : undefined;
      if (dm && WEAK.test(name))
        report({
          node,
          severity: /sha/i.test(name) || proto ? "LOW" : undefined,
          message: proto
            ? `HMAC with ${name.toUpperCase()} (${proto} fixes it)`
            : `HMAC with ${name.toUpperCase()}`,
        });
      return;
    }
    // pyramid's auth ticket signed with hashalg='md5': the cookie's MAC is an MD5 digest of secret and ticket.
    if (/^pyramid\.authentication\.AuthTkt(AuthenticationPolicy|CookieHelper)$/.test(q0)) {
      const alg = ctx.stringValue(ctx.kwarg(node, "hashalg"));
      if (alg && WEAK.test(alg))
        report({ node, message: `auth ticket cookie signed with ${alg.toUpperCase()}` });
      return;
    }
    // A weak constructor handed over as a factory that builds each instance's hasher: `field(default_factory=
    // hashlib.md5)` (dataclasses, attrs, pydantic), attrs' `factory=`, `defaultdict(hashlib.md5)`.
    if (DEFAULT_FACTORY_OWNERS.test(q0) || /^(pydantic\.Field|collections\.defaultdict)$/.test(q0)) {
      const made =
        ctx.kwarg(node, "default_factory") ??
        ctx.kwarg(node, "factory") ??
        (q0 === "collections.defaultdict" ? ctx.args(node)[0] : undefined);
      const t = made && made.type !== "call" && made.type !== "lambda" ? ctx.valueTarget(made) : undefined;
      const weak = t ? /^(hashlib|Crypto\.Hash|Cryptodome\.Hash)\.(\w+?)(\.new)?$/.exec(t)?.[2] : undefined;
      if (weak && WEAK.test(weak))
        report({ node, message: `${weak.toUpperCase()} is a broken hash (each instance's default_factory)` });
      return;
    }
    let algo: string | undefined;
    // A constructor reached through a name (`fn = getattr(hashlib, 'md5')`, `HASHERS['legacy']()`), or called
    // as it is chosen (`getattr(hashlib, NAME)(b)`, `(hashlib.md5 if LEGACY else hashlib.sha256)(b)`).
    const fnNode = node.children.find((c) => c.field === "function");
    const q =
      fnNode?.type === "subscript" ||
      fnNode?.type === "parenthesized_expression" ||
      fnNode?.type === "call" ||
      (fnNode?.type === "identifier" && !/^(md5|sha1)$/.test(q0))
        ? ctx.resolvedCallee(node)
        : q0;
    const ctor = /^(hashlib|Crypto\.Hash|Cryptodome\.Hash)\.(\w+?)(\.new)?$/;
    const m = ctor.exec(q);
    // A name bound in branches to several constructors (`h = hashlib.md5` in one case of a match): any weak one.
    const branch =
      !m && fnNode?.type === "identifier"
        ? ctx
            .possibleCallees(node)
            ?.map((c) => ctor.exec(c)?.[2])
            .find((a) => a && WEAK.test(a))
        : undefined;
    if (m && WEAK.test(m[2]!)) algo = m[2];
    else if (branch) algo = branch;
    else if (q === "hashlib.new") {
      // The algorithm's name as the code computes it: a literal, a constant, a table entry, a constant choice.
      const v = ctx.constValue(ctx.arg(node, 0, "name"));
      const name = typeof v === "string" ? v : undefined;
      if (name && WEAK.test(name.replace("-", ""))) algo = name;
      // A name bound to a weak one on some path that reaches here (`algo = 'sha256'`, then `algo = 'md5'` in a
      // try body or a branch): that path hashes with it.
      if (v === undefined && !algo)
        algo = ctx.possibleStrings(ctx.arg(node, 0, "name"))?.find((s) => WEAK.test(s.replace("-", "")));
      const chosen = v === undefined ? callerChosen(ctx, node, ctx.arg(node, 0, "name")) : undefined;
      if (chosen && ctx.kwarg(node, "usedforsecurity")?.type !== "false") {
        report({ node, message: chosen });
        return;
      }
    } else if (q === "hashlib.file_digest") {
      // hashlib.file_digest(fileobj, 'md5'): the digest's name is the second argument.
      const v = ctx.constValue(ctx.arg(node, 1, "digest"));
      if (typeof v === "string" && WEAK.test(v.replace("-", ""))) algo = v;
    } else if (/^cryptography\.hazmat\.primitives\.hashes\.(MD5|SHA1)$|^hashes\.(MD5|SHA1)$/.test(q)) {
      // An entry of a table that maps identifiers to algorithm objects beside strong ones (`{RSA_WITH_SHA1:
      // hashes.SHA1(), RSA_WITH_SHA256: hashes.SHA256()}`, a certificate library's OID registry): it names the
      // algorithm a signature declares, it hashes nothing.
      const table = node.parent?.type === "pair" ? node.parent.parent : undefined;
      if (
        table?.type === "dictionary" &&
        /\bSHA(224|256|384|512|3_\w+|512_2\d\d)\(\)/.test(ctx.text(table)) &&
        namedChildren(table).filter((c) => c.type === "pair").length >= 3
      )
        return;
      algo = q.split(".").pop();
      // SHA-1 as OAEP's hash or its MGF1 mask generator: neither relies on collision resistance (OAEP-SHA1 is
      // still the default of most RSA libraries): a LOW reminder, like HMAC-SHA1.
      const owner =
        node.parent?.type === "keyword_argument" ? node.parent.parent?.parent : node.parent?.parent;
      if (algo === "SHA1" && owner?.type === "call" && /(^|\.)(OAEP|MGF1)$/.test(ctx.callee(owner))) {
        report({ node, severity: "LOW", message: "SHA1 in RSA-OAEP padding" });
        return;
      }
    } else if (/^(md5|sha1)$/.test(q) && ctx.text(node).length < 200 && sourceIncludes(ctx.tree, "hashlib"))
      algo = q;
    // Python 2's md5 and sha modules (`import md5` then `md5.new(data)`): MD5 and SHA-1 under their old names.
    // A fragment (a Q&A answer) often leaves the import out: the name bound nowhere in the file is the module.
    else if (
      /^(md5\.(new|md5)|sha\.(new|sha))$/.test(q) &&
      (sourceHas(ctx.tree, /^[ \t]*import[ \t]+(md5|sha)\b/m) ||
        !boundInFile(ctx.tree.source, q.split(".")[0]!))
    )
      algo = q.startsWith("md5") ? "md5" : "sha1";
    if (!algo) return;
    // An availability probe (`try: hashlib.md5() except ValueError: ...` under FIPS): nothing is hashed and the
    // object is thrown away.
    const dataArgs = namedChildren(field(node, "arguments") ?? node).filter(
      (a) => a.type !== "keyword_argument",
    );
    if (node.parent?.type === "expression_statement" && dataArgs.length <= (q === "hashlib.new" ? 1 : 0))
      return;
    // `md5().hexdigest()`: the digest of no data at all, a fixed string (a default identifier); nothing is hashed.
    // (No argument at all: `hashlib.new(name="sha1", data=d)` or a partial's bound name may still carry data.)
    if (
      namedChildren(field(node, "arguments") ?? node).length === 0 &&
      node.parent?.type === "attribute" &&
      /^(hexdigest|digest)$/.test(ctx.text(field(node.parent, "attribute") ?? node.parent)) &&
      node.parent.parent?.type === "call"
    )
      return;
    const usedFor = ctx.kwarg(node, "usedforsecurity");
    if (usedFor?.type === "false") return;
    // ... or the same keyword through a splatted dict (`**cast(Mapping, {"usedforsecurity": False})`, kept away
    // from type checkers on older Pythons).
    if (
      namedChildren(field(node, "arguments") ?? node).some(
        (a) => a.type === "dictionary_splat" && /['"]usedforsecurity['"]\s*:\s*False\b/.test(ctx.text(a)),
      )
    )
      return;
    // The WebSocket opening handshake's Sec-WebSocket-Accept value: SHA-1 of the client's nonce and RFC 6455's
    // fixed GUID, a proof that the server speaks the protocol, not a security property: a LOW reminder (like
    // HMAC-SHA1), since benchmarks such as CyberSecEval still label it.
    if (algo.toLowerCase() === "sha1" && wsAccept(ctx, node)) {
      report({
        node,
        severity: "LOW",
        message: "SHA1 for the WebSocket accept value (required by RFC 6455)",
      });
      return;
    }
    // A cache key, a content checksum, an ETag or a short file name (named so by the function or the target) over
    // no password, token or key: no one gains by a collision there; a LOW reminder.
    // (or the dict key the digest is stored under: `{"checksum": sha1(body).hexdigest()}`)
    const use = `${functionName(ctx, node)} ${targetName(ctx, node)} ${pairKey(ctx, node)}`;
    // ... or a digest of a fresh random value only (`sha1(uuid4().hex.encode())`, `md5(os.urandom(16))`): an id
    // formatted from randomness; nobody chooses the input, so no collision can be engineered.
    const randomOnly =
      dataArgs.length === 1 &&
      /^(?:[\w.]*\()*(?:uuid\.)?uuid4\(\)[\w.()'"-]*$|^(?:[\w.]*\()*(?:os\.urandom|secrets\.token_bytes)\(\d*\)[\w.()'"-]*$|^(?:[\w.]*\()*[\w.]*\brandom\.(random|getrandbits)\(\d*\)[\w.()'"-]*$/.test(
        ctx.text(dataArgs[0]!).replace(/\s+/g, ""),
      );
    const benign =
      (NON_SECURITY_USE.test(use) ||
        randomOnly ||
        keyOrNameOnly(ctx, node) ||
        directKey(ctx, node) ||
        // The target's name is the author's choice: in an answer it must not lower the finding.
        (!authorContextIgnored(ctx) && fingerprintTarget(ctx, node)) ||
        truncated(ctx, node) ||
        fileChecksum(ctx, node) ||
        gatheredAcrossRanks(ctx, node) ||
        docSaysNotSecurity(ctx, node)) &&
      !SECRET_INPUT.test(ctx.text(node));
    // The protocol spoken fixes the algorithm (Digest authentication, NTLM, BitTorrent): a LOW reminder.
    const proto = benign ? undefined : protocolFixed(ctx, node, algo);
    if (proto) {
      report({
        node,
        severity: "LOW",
        message: `${algo.toUpperCase()} is a broken hash (${proto} fixes it)`,
      });
      return;
    }
    report({
      node,
      severity: benign ? "LOW" : undefined,
      message: `${algo.toUpperCase()} is a broken hash; do not use it for security`,
    });
  },
  cases: {
    valid: [
      "import os\nfrom pyramid.authentication import AuthTktAuthenticationPolicy\np = AuthTktAuthenticationPolicy(os.environ['S'], hashalg='sha512')",
      // The name sorted() puts at that index; a namedtuple field _replace() leaves alone.
      "import hashlib\ndef f(pw):\n    return hashlib.new(sorted(['sha256', 'md5'], key=len)[-1], pw).hexdigest()",
      "import hashlib\nfrom collections import namedtuple\nP = namedtuple('P', 'algo rounds')\nD = P('sha256', 1)\ndef f(pw):\n    p = D._replace(rounds=2)\n    return hashlib.new(p.algo, pw).hexdigest()",
      // A local class's __getitem__ handing back a constructor named by a class-level table at the key.
      "import hashlib\nclass Reg:\n    _names = {'fast': 'md5', 'strong': 'sha256'}\n    def __getitem__(self, kind):\n        return getattr(hashlib, self._names[kind])\nREG = Reg()\ndef f(t):\n    return REG['strong'](t).hexdigest()",
      "import hashlib\ndef d(b):\n    algs = {}\n    algs['keyA'] = 'sha256'\n    algs['keyB'] = 'md5'\n    return hashlib.new(algs['keyA'], b).hexdigest()",
      // Two classes set self.algo differently: each method's self is its own class's instance.
      "import hashlib\nclass Token:\n    def __init__(self):\n        self.algo = 'sha256'\n    def d(self, b):\n        return hashlib.new(self.algo, b).hexdigest()\nclass Etag:\n    def __init__(self):\n        self.algo = 'md5'\n    def of(self, b):\n        return len(b)",
      // No import, but sha is a parameter here: not Python 2's module.
      "def verify(sha, blob):\n    return sha.new(blob).digest()",
      "import hashlib\nfrom flask import request, abort\ndef f():\n    a = request.args['algo']\n    if a not in ('sha256', 'sha512'):\n        abort(400)\n    return hashlib.new(a, b'x').hexdigest()",
      "import hashlib\nh = hashlib.sha256(b'x')",
      "import hashlib\ndef ident(data):\n    h = hashlib.new('md5', **cast(Mapping[str, Any], {'usedforsecurity': False}))\n    h.update(data)\n    return h.hexdigest()",
      "import hashlib\nfrom dataclasses import dataclass, field\n@dataclass\nclass D:\n    state: object = field(default_factory=hashlib.sha256)",
      "from cryptography.hazmat.primitives import hashes\nT = {A: hashes.SHA1(), B: hashes.SHA256(), C: hashes.SHA384()}",
      "import hashlib\ntry:\n    hashlib.md5()\n    OK = True\nexcept ValueError:\n    OK = False",
      "import hashlib\nLEGACY = False\nd = (hashlib.md5 if LEGACY else hashlib.sha256)(b).hexdigest()",
      "import hashlib\nNAME = 'sha3_256'\nd = getattr(hashlib, NAME)(b).hexdigest()",
      "import hashlib\nclass S:\n    def __init__(self, algo='sha256'):\n        self.algo = algo\n    def d(self, b):\n        return hashlib.new(self.algo, b).hexdigest()\nS().d(b'x')",
      "import hashlib\nh = hashlib.md5(data, usedforsecurity=False)",
      "import hashlib\nh = hashlib.new('sha256')",
      "from hashlib import md5\nDEFAULT_PHASH = md5().hexdigest()",
      // Another attribute of the instance is reassigned; the algorithm keeps its one strong value.
      "import hashlib\nclass Cfg:\n    def __init__(self):\n        self.algo = 'sha256'\n        self.label = 'new'\nCFG = Cfg()\ndef legacy(pw):\n    CFG.label = 'md5'\n    return hashlib.new(CFG.algo, pw).hexdigest()",
      "from Crypto.Hash import SHA256\nh = SHA256.new(data)",
      "import hmac, hashlib\nm = hmac.new(k, msg, hashlib.sha256)",
      "import hashlib\nALGS = {'fast': 'md5', 'strong': 'sha256'}\nh = hashlib.new(ALGS['strong'])",
      // The settings literal holds the key: its entry, not the get() default.
      "import hashlib\nCFG = {'digest': 'sha512'}\ndef f(b):\n    return hashlib.new(CFG.get('digest', 'sha1'), b).hexdigest()",
      "import hashlib\nd = hashlib.file_digest(f, 'sha256')",
      "import hashlib\ndef f(v, pw):\n    if v == 'v1':\n        h = hashlib.sha512\n    else:\n        h = hashlib.sha256\n    return h(pw).hexdigest()",
      "import hashlib\nclass S:\n    FAST = 'md5'\n    GOOD = 'sha512'\nh = hashlib.new(S.GOOD)",
      "import hashlib\nfrom dataclasses import dataclass, field\n@dataclass\nclass H:\n    h: object = field(default_factory=hashlib.sha256)",
      "import attr, hashlib\n@attr.s\nclass H:\n    h = attr.ib(factory=hashlib.blake2b)",
      // A local factory returning a strong constructor.
      "import functools, hashlib\n@functools.lru_cache(maxsize=None)\ndef hasher():\n    return hashlib.sha256\nd = hasher()(b).hexdigest()",
    ],
    invalid: [
      {
        code: "import os\nfrom pyramid.authentication import AuthTktAuthenticationPolicy\np = AuthTktAuthenticationPolicy(os.environ['S'], hashalg='md5')",
        line: 3,
      },
      // A checksum stored under a dict key that names it; a file's digest through a replaceable hasher: LOW.
      {
        code: "import hashlib\ndef params(cmd, payload):\n    return {'command': cmd, 'checksum': hashlib.sha1(payload).hexdigest()}",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import hashlib\ndef layout_hash(filename, engine=None):\n    with open(filename, 'rb') as f:\n        data = f.read()\n    h = hashlib.sha1() if engine is None else engine\n    h.update(data)\n    return h.hexdigest()",
        line: 5,
        severity: "LOW",
      },
      // A listing entry's bare `hash` of its name and times: a change marker, LOW; the same name in a function
      // handling a password stays MEDIUM.
      {
        code: "import hashlib\ndef entry(name, mtime):\n    e = {'name': name}\n    e['hash'] = hashlib.md5((name + str(mtime)).encode()).hexdigest()\n    return e",
        line: 4,
        severity: "LOW",
      },
      {
        code: "import hashlib\ndef store(row, pw):\n    row['hash'] = hashlib.md5(pw.encode()).hexdigest()\n    return row",
        line: 3,
        severity: "MEDIUM",
      },
      {
        code: "import hashlib\ndef assert_fingerprint(cert, fingerprint):\n    cert_digest = hashlib.md5(cert).digest()\n    return cert_digest == bytes.fromhex(fingerprint)",
        line: 3,
        severity: "MEDIUM",
      },
      // ... but not a key naming a secret.
      { code: "import hashlib\ndef row(pw):\n    return {'password': hashlib.md5(pw).hexdigest()}", line: 3 },
      // A file whose only weak hash is PyCryptodome's MD4 (or MD2 / RIPEMD160): upper-case module names.
      { code: "from Crypto.Hash import MD4\ndef f(data):\n    return MD4.new(data).hexdigest()", line: 3 },
      { code: "from Cryptodome.Hash import MD2\ndef f(data):\n    return MD2.new(data).digest()", line: 3 },
      // The protocol fixes the algorithm (Digest authentication's HA1/HA2, NTLM, BitTorrent's pieces): LOW.
      {
        code: "from hashlib import md5\ndef digest_auth(username, realm, passwd, nonce, method, uri):\n    ha1 = md5(('%s:%s:%s' % (username, realm, passwd)).encode()).hexdigest()\n    ha2 = md5(('%s:%s' % (method, uri)).encode()).hexdigest()\n    return md5(('%s:%s:%s' % (ha1, nonce, ha2)).encode()).hexdigest()",
        line: 3,
        severity: "LOW",
      },
      {
        code: '"""NTLM authentication: the NT hash and NTLMv2 responses."""\nimport hashlib, hmac\ndef ntowfv2(user, password, domain):\n    digest = hashlib.new("md4", password.encode("utf-16-le")).digest()\n    return hmac.new(digest, (user.upper() + domain).encode("utf-16-le"), digestmod=hashlib.md5).digest()',
        line: 4,
        severity: "LOW",
      },
      {
        code: "from hashlib import sha1\ndef make_pieces(chunks, piece_length):\n    pieces = []\n    for buf in chunks:\n        pieces.append(sha1(buf).digest())\n    return b''.join(pieces)",
        line: 5,
        severity: "LOW",
      },
      // A digest's short prefix as a name, a digest used as a lookup key, a docstring that disowns security: LOW.
      {
        code: "from hashlib import md5\ndef history_file(server, root_url):\n    return '{}_{}.db'.format(server, md5(root_url.encode()).hexdigest()[:8])",
        line: 3,
        severity: "LOW",
      },
      {
        code: "from hashlib import md5\nclass Img:\n    def load(self, data):\n        return self._cache.setdefault(md5(data).digest(), data)",
        line: 4,
        severity: "LOW",
      },
      {
        code: 'import hashlib\ndef md5_hexdigest(value):\n    """Return the md5 of a value. Used for the gravatar API. Not used for security purposes."""\n    return hashlib.md5(value.encode()).hexdigest()',
        line: 4,
        severity: "LOW",
      },
      // A digest compared between MPI ranks, a file object's checksum, a digest of a random number: LOW.
      {
        code: "import hashlib\ndef check(props, comm):\n    for k in sorted(props):\n        phash = hashlib.md5(str(props[k]).encode()).hexdigest()\n        if len(set(comm.allgather(phash))) > 1:\n            raise ValueError(k)",
        line: 4,
        severity: "LOW",
      },
      {
        code: "import hashlib\ndef get_md5(file_object):\n    m = hashlib.md5()\n    while True:\n        data = file_object.read(8192)\n        if not data:\n            break\n        m.update(data)\n    return m.hexdigest()",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import hashlib\nclass P:\n    def md5(self):\n        return hashlib.md5(str(self.generator.random.random()).encode('utf-8')).hexdigest()",
        line: 4,
        severity: "LOW",
      },
      {
        code: "import hashlib\ndef send(comm, password):\n    h = hashlib.md5(password.encode()).hexdigest()\n    comm.bcast(h)",
        line: 3,
        severity: "MEDIUM",
      },
      // ... but a prefix named as a token, a password hashed beside a realm with no nonce, SHA-1 in an NTLM module.
      {
        code: "import hashlib\ndef reset(email):\n    token = hashlib.md5(email.encode()).hexdigest()[:16]\n    return token",
        severity: "MEDIUM",
      },
      {
        code: "import hashlib\ndef store(user, realm, password):\n    return hashlib.md5(password.encode()).hexdigest()",
        severity: "MEDIUM",
      },
      {
        code: '"""Helpers beside our NTLM client."""\nimport hashlib\ndef fingerprint(cert):\n    return hashlib.sha1(cert).hexdigest()',
        severity: "MEDIUM",
      },
      "import hashlib\ndef f(pw):\n    return hashlib.new(sorted(['sha256', 'md5'], key=len)[0], pw).hexdigest()",
      "import hashlib\ndef f(pw):\n    return hashlib.new(sorted(('sha512', 'sha1'), reverse=True)[-1], pw).hexdigest()",
      "import hashlib\nfrom collections import namedtuple\nP = namedtuple('P', 'algo rounds')\nD = P('sha256', 1)\ndef f(pw):\n    p = D._replace(algo='md5')\n    return hashlib.new(p.algo, pw).hexdigest()",
      // A hasher fed from a file the function reads: the file's checksum (LOW).
      {
        code: "import hashlib\ndef md5(fname, chunk=65536):\n    h = hashlib.md5()\n    with open(fname, 'rb') as f:\n        for block in iter(lambda: f.read(chunk), b''):\n            h.update(block)\n    return h.hexdigest()",
        line: 3,
        severity: "LOW",
      },
      // Content checksums and names derived from a URL (a storage API's SHA-1 of a stream, a downloaded file's
      // stored name, an ssh ControlPath): LOW.
      {
        code: "import hashlib\ndef hex_sha1_of_stream(stream, length):\n    digest = hashlib.sha1()\n    digest.update(stream.read(length))\n    return digest.hexdigest()",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import hashlib\nclass Files:\n    def file_path(self, request):\n        media_guid = hashlib.sha1(request.url.encode()).hexdigest()\n        return 'full/%s' % media_guid",
        line: 4,
        severity: "LOW",
      },
      {
        code: "import hashlib\ndef _create_control_path(host, port, user):\n    m = hashlib.sha1(('%s-%s-%s' % (host, port, user)).encode())\n    return '%(directory)s/' + m.hexdigest()[:10]",
        line: 3,
        severity: "LOW",
      },
      "import hashlib\nclass Reg:\n    _names = {'fast': 'md5', 'strong': 'sha256'}\n    def __getitem__(self, kind):\n        return getattr(hashlib, self._names[kind])\nREG = Reg()\ndef f(t):\n    return REG['fast'](t).hexdigest()",
      "import hashlib\ndef d(b):\n    algs = {}\n    algs['keyA'] = 'sha256'\n    algs['keyB'] = 'md5'\n    return hashlib.new(algs['keyB'], b).hexdigest()",
      "import hashlib\nclass Token:\n    def __init__(self):\n        self.algo = 'sha1'\n    def d(self, b):\n        return hashlib.new(self.algo, b).hexdigest()\nclass Etag:\n    def __init__(self):\n        self.algo = 'sha256'\n    def of(self, b):\n        return hashlib.new(self.algo, b).hexdigest()",
      {
        // A digest used only as a mapping key or a cache file's name.
        code: "import hashlib, os\nclass FileCache:\n    def _path(self, key):\n        md5 = hashlib.md5()\n        md5.update(key.encode('utf-8'))\n        return os.path.join(self.cache_dir, md5.hexdigest())\n    def get(self, name_id):\n        key = hashlib.sha1(name_id.encode()).hexdigest()\n        return self.store[key]",
        line: 4,
        severity: "LOW",
      },
      {
        // ... not when the digest is also compared or sent on.
        code: "import hashlib\ndef check(self, user, password):\n    key = hashlib.md5(password.encode()).hexdigest()\n    return self.store[user] == key",
        line: 3,
      },
      {
        code: "from hashlib import sha1\nfrom uuid import uuid4\ndef unique_id():\n    return 'ID_%s' % sha1(uuid4().hex.encode()).hexdigest()",
        line: 4,
        severity: "LOW",
      },
      {
        code: "import base64, hashlib\nclass P:\n    _WS_MAGIC = b'258EAFA5-E914-47DA-95CA-C5AB0DC85B11'\n    def accept(self, key):\n        sha1 = hashlib.sha1()\n        sha1.update(key + P._WS_MAGIC)\n        return base64.b64encode(sha1.digest())",
        line: 5,
        severity: "LOW",
      },
      {
        code: "import hashlib\nfrom dataclasses import dataclass, field\n@dataclass\nclass D:\n    state: object = field(default_factory=hashlib.md5)",
        line: 5,
      },
      {
        // The client's check of the server's Sec-WebSocket-Accept, the GUID imported from another module.
        code: "import base64, hashlib\nfrom .http import WS_KEY\ndef check(resp, sec_key):\n    r_key = resp.headers.get('Sec-WebSocket-Accept', '')\n    match = base64.b64encode(hashlib.sha1(sec_key + WS_KEY).digest()).decode()\n    return r_key == match",
        line: 5,
        severity: "LOW",
      },
      {
        // A known-answer test of a checksum helper: LOW; the same call in the helper itself stays MEDIUM.
        code: "import unittest\nfrom hashlib import sha1\nclass TestPack(unittest.TestCase):\n    def test_sha(self):\n        self.assertEqual(sha1(b'abcd').hexdigest(), compute_sha(b'abcd'))",
        line: 5,
        severity: "LOW",
      },
      {
        code: "from hashlib import sha1\ndef compute_sha(b):\n    return sha1(b).hexdigest()",
        line: 3,
        severity: "MEDIUM",
      },
      // Data given by keyword, or a partial's argument: something is hashed.
      {
        code: "import hashlib\ndef f(data):\n    return hashlib.new(name='SHA1', data=data).hexdigest()",
        line: 3,
      },
      {
        code: "import functools, hashlib\nfp = functools.partial(hashlib.new, 'md5')\ndef f(blob):\n    return fp(blob).hexdigest()",
        line: 4,
      },
      {
        // OAEP with SHA-1 (interoperability): sound, a LOW reminder; MD5 there stays MEDIUM.
        code: "from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding\np = padding.OAEP(mgf=padding.MGF1(algorithm=hashes.SHA1()), algorithm=hashes.SHA1(), label=None)",
        line: 3,
        severity: "LOW",
      },
      {
        code: "import hashlib\nfrom flask import request, abort\ndef f():\n    a = request.args['algo']\n    if a not in hashlib.algorithms_guaranteed:\n        abort(400)\n    return hashlib.new(a, b'x').hexdigest()",
        line: 7,
      },
      {
        code: "import hashlib\nfrom flask import request\ndef f():\n    return hashlib.new(request.args['algo'], b'x').hexdigest()",
        line: 4,
      },
      "import hashlib\nh = hashlib.md5(b'x').hexdigest()",
      {
        code: "import hashlib\nfrom dataclasses import dataclass, field\n@dataclass\nclass H:\n    h: object = field(default_factory=hashlib.md5)",
        line: 5,
      },
      { code: "import attr, hashlib\n@attr.s\nclass H:\n    h = attr.ib(factory=hashlib.sha1)", line: 4 },
      { code: "import collections, hashlib\nby_user = collections.defaultdict(hashlib.md5)", line: 2 },
      "import hashlib\nh = hashlib.new('sha1')",
      "import hashlib\nh = hashlib.md5()\nh.update(data)",
      {
        code: "import hashlib\nLEGACY = True\nd = (hashlib.md5 if LEGACY else hashlib.sha256)(b).hexdigest()",
        line: 3,
      },
      { code: "import hashlib\nNAME = 'sha1'\nd = getattr(hashlib, NAME)(b).hexdigest()", line: 3 },
      // The constructor a local (lru_cache'd) factory returns, called on its result.
      {
        code: "import functools, hashlib\n@functools.lru_cache(maxsize=None)\ndef hasher():\n    return hashlib.sha1\nd = hasher()(b).hexdigest()",
        line: 5,
      },
      { code: "import md5\nh = md5.new(secret + body)", line: 2 },
      { code: "import sha\nh = sha.new(token).hexdigest()", line: 2 },
      // A fragment with the import left out: sha is bound nowhere, so it is Python 2's module.
      {
        code: "def save(user, salt, password):\n    user.pw = sha.new(salt + password).hexdigest()",
        line: 2,
      },
      {
        code: "import hashlib\nclass S:\n    def __init__(self, algo='sha1'):\n        self.algo = algo\n    def d(self, b):\n        return hashlib.new(self.algo, b).hexdigest()\nS().d(b'x')",
        line: 6,
      },
      "from hashlib import sha1\nh = sha1(p)",
      {
        code: "import hashlib\ndef cache_key(name):\n    return hashlib.sha1(name.encode()).hexdigest()",
        severity: "LOW",
      },
      { code: "import hmac, hashlib\nsig = hmac.new(key, url, hashlib.sha1).digest()", severity: "LOW" },
      {
        code: "import hashlib\ndef cache_key(password):\n    return hashlib.sha1(password.encode()).hexdigest()",
        severity: "MEDIUM",
      },
      { code: "import hmac, hashlib\nm = hmac.new(k, msg, hashlib.md5)", line: 2 },
      "import hashlib\nALGS = {'fast': 'md5', 'strong': 'sha256'}\nh = hashlib.new(ALGS['fast'])",
      // The settings literal lacks the key: get() returns its default.
      "import hashlib\nCFG = {'rounds': 1}\ndef f(b):\n    return hashlib.new(CFG.get('digest', 'sha1'), b).hexdigest()",
      "import hashlib\nn = 86\nalg = 'md5' if 7 * 42 - n > 200 else 'sha256'\nh = hashlib.new(alg)",
      "import hashlib\nd = hashlib.file_digest(f, 'md5')",
      {
        code: "import hashlib\ndef f(v, pw):\n    if v == 'v1':\n        h = hashlib.md5\n    else:\n        h = hashlib.sha256\n    return h(pw).hexdigest()",
        line: 7,
      },
      // A class attribute the class body binds once and nothing reassigns is that constant.
      {
        code: "import hashlib\nclass S:\n    FAST = 'md5'\n    GOOD = 'sha512'\nh = hashlib.new(S.FAST)",
        line: 5,
      },
      // A module-level instance whose attribute a function reassigns to a weak name: that call may hash with it.
      {
        code: "import hashlib\nclass Cfg:\n    def __init__(self):\n        self.algo = 'sha256'\nCFG = Cfg()\ndef legacy(pw):\n    CFG.algo = 'md5'\n    return hashlib.new(CFG.algo, pw).hexdigest()",
        line: 8,
      },
    ],
  },
});
