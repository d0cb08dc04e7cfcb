import { field, namedChildren } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import { pyRule } from "./common.js";

/** Cipher-string entries that enable broken or unauthenticated suites (an entry after `!` or `-` removes them). */
const WEAK_CIPHER = /(?:^|[-+])(?:RC4|DES|3DES|NULL|EXPORT|EXP|MD5|aNULL|eNULL|ADH|AECDH|LOW)(?:$|-)/;

/** The enabled weak entries of an OpenSSL cipher string, e.g. `ALL:RC4-SHA` -> ["RC4-SHA"]. */
export function weakCiphers(list: string): string[] {
  const entries = list.split(/[:, ]+/).filter(Boolean);
  const weak = entries.filter((e) => !e.startsWith("!") && !e.startsWith("-") && WEAK_CIPHER.test(e));
  // `ALL` (or COMPLEMENTOF*) keeps whatever weak suites the OpenSSL build still has, unless an exclusion removes
  // a weak class (`ALL:!aNULL:!RC4`); excluding a strong one (`ALL:!ECDHE`) leaves them all.
  const everything = entries.filter((e) => /^(ALL|COMPLEMENTOFALL|COMPLEMENTOFDEFAULT)$/.test(e));
  if (everything.length && !entries.some((e) => /^[!-]/.test(e) && WEAK_CIPHER.test(e.slice(1))))
    weak.push(...everything);
  // `@SECLEVEL=0`: OpenSSL's security level 0 lets every suite and key size the build has through again.
  weak.push(...entries.filter((e) => /^@SECLEVEL=0$/i.test(e)));
  return weak;
}

const OBSOLETE =
  /^(ssl|OpenSSL\.SSL)\.(PROTOCOL_SSLv2|PROTOCOL_SSLv3|PROTOCOL_TLSv1|PROTOCOL_TLSv1_1|SSLv2_METHOD|SSLv3_METHOD|TLSv1_METHOD|TLSv1_1_METHOD)$/;

/**
 * True when `node` is the key of a translation table (`{ssl.PROTOCOL_TLSv1: SSL.TLSv1_METHOD}` or
 * `table[ssl.PROTOCOL_SSLv3] = ...`), or the value stored under such a key: the table maps each protocol a caller
 * may name onto another library's constant and chooses none; the choice is made where a protocol is passed.
 */
function tableEntry(node: SyntaxNode, obsolete: (n: SyntaxNode) => boolean): boolean {
  const p = node.parent;
  if (!p) return false;
  if (p.type === "pair") {
    const key = field(p, "key");
    return !!key && (key === node || obsolete(key));
  }
  const sub = p.type === "subscript" && field(p, "subscript") === node ? p : undefined;
  if (sub) return true;
  // the value of `table[KEY] = value`
  if (p.type === "assignment" && field(p, "right") === node) {
    const left = field(p, "left");
    const idx = left?.type === "subscript" ? field(left, "subscript") : undefined;
    return !!idx && obsolete(idx);
  }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-TLS-002",
    title: "Obsolete SSL/TLS protocol version",
    cwe: ["CWE-327", "CWE-326"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags ssl.PROTOCOL_SSLv2/SSLv3/TLSv1/TLSv1_1 (and pyOpenSSL's *_METHOD), minimum_version below TLS 1.2 (or maximum_version capping it there), the context-less ssl.wrap_socket(), and cipher strings (`set_ciphers`, `set_cipher_list`) that enable RC4, DES/3DES, NULL, EXPORT, MD5 or anonymous suites.",
      why_bad:
        "SSLv3 and TLS 1.0/1.1 have known attacks (POODLE, BEAST) and are disabled by modern servers and standards.",
      example_bad: "import ssl\nctx = ssl.SSLContext(ssl.PROTOCOL_TLSv1)",
      example_good: "import ssl\nctx = ssl.create_default_context()",
    },
    fix_hint: "Use ssl.create_default_context() (TLS 1.2+) and set minimum_version = ssl.TLSVersion.TLSv1_2.",
  },
  trigger: /PROTOCOL_|_METHOD|set_cipher|TLSVersion|wrap_socket|set_min_proto_version|OP_NO_/,
  nodeTypes: ["attribute", "call", "default_parameter", "typed_default_parameter"],
  detect(node, ctx, report) {
    if (node.type !== "call" && node.type !== "attribute") {
      // `def connect(host, protocol=PROTOCOL_TLSv1)`: a bare imported name as the parameter's default (a dotted
      // one is reported where it stands).
      const v = field(node, "value");
      const name = v?.type === "identifier" ? ctx.qname(v) : "";
      if (OBSOLETE.test(name)) report({ node, message: `${name.split(".").pop()} is an obsolete protocol` });
      return;
    }
    if (node.type === "call") {
      const m = ctx.method(node);
      if (ctx.callee(node) === "ssl.wrap_socket") {
        // No context: the protocol and cipher choice are the module's defaults of its day (removed in 3.12).
        report({
          node,
          message: "ssl.wrap_socket() is deprecated: no SSLContext, so no minimum TLS version",
        });
        return;
      }
      // The protocol passed through a name: `from ssl import PROTOCOL_TLSv1`, or `OLD = SSL.TLSv1_METHOD` then
      // SSL.Context(OLD). A dotted constant written in the call is reported where it stands.
      if (/(^|\.)(SSLContext|Context|wrap_socket)$/.test(ctx.callee(node))) {
        const list = field(node, "arguments");
        for (const a of list ? namedChildren(list) : []) {
          const v = a.type === "keyword_argument" ? field(a, "value") : a;
          if (v?.type !== "identifier") continue;
          const r = ctx.resolve(v) ?? v;
          const name = ctx.qname(r.type === "identifier" || r.type === "attribute" ? r : v);
          if (OBSOLETE.test(name)) {
            report({ node, message: `${name.split(".").pop()} is an obsolete protocol` });
            return;
          }
        }
        return;
      }
      if (m !== "set_ciphers" && m !== "set_cipher_list") return;
      const list = ctx.stringValue(ctx.resolve(ctx.arg(node, 0, "ciphers")));
      const weak = list === undefined ? [] : weakCiphers(list);
      if (weak.length)
        report({ node, message: `cipher list enables weak suites: ${weak.slice(0, 3).join(", ")}` });
      return;
    }
    const q = ctx.qname(node);
    // `ctx.options &= ~ssl.OP_NO_TLSv1`: clearing the flag that turned an old protocol off turns it back on.
    if (/^ssl\.OP_NO_(SSLv2|SSLv3|TLSv1|TLSv1_1)$/.test(q)) {
      const inv = node.parent?.type === "unary_operator" && node.parent.children.some((c) => c.type === "~");
      const use = inv ? node.parent!.parent : undefined;
      const masks =
        (use?.type === "augmented_assignment" && use.children.some((c) => c.type === "&=")) ||
        (use?.type === "binary_operator" && use.children.some((c) => c.type === "&"));
      if (masks && /\boptions\b/.test(ctx.text(use!)))
        report({ node: use!, message: `clearing ${q.split(".").pop()} re-enables an obsolete protocol` });
      return;
    }
    if (OBSOLETE.test(q) && tableEntry(node, (n) => n.type === "attribute" && OBSOLETE.test(ctx.qname(n))))
      return;
    if (OBSOLETE.test(q)) report({ node, message: `${q.split(".").pop()} is an obsolete protocol` });
    else if (
      // MINIMUM_SUPPORTED is whatever the OpenSSL build still speaks: SSLv3 or TLS 1.0 on most.
      /^ssl\.TLSVersion\.(SSLv3|TLSv1|TLSv1_1|MINIMUM_SUPPORTED)$/.test(q) &&
      /minimum_version/.test(ctx.text(node.parent ?? node))
    )
      report({ node, message: `minimum_version ${q.split(".").pop()} allows an obsolete protocol` });
    // pyOpenSSL: ctx.set_min_proto_version(SSL.TLS1_VERSION) floors the context below TLS 1.2.
    else if (
      /^OpenSSL\.SSL\.(SSL3|TLS1|TLS1_1)_VERSION$/.test(q) &&
      node.parent?.parent?.type === "call" &&
      ctx.method(node.parent.parent) === "set_min_proto_version"
    )
      report({ node, message: `set_min_proto_version(${q.split(".").pop()}) allows an obsolete protocol` });
    // A cap below TLS 1.2 leaves only obsolete protocols to negotiate.
    else if (
      /^ssl\.TLSVersion\.(SSLv3|TLSv1|TLSv1_1)$/.test(q) &&
      /maximum_version/.test(ctx.text(node.parent ?? node))
    )
      report({ node, message: `maximum_version ${q.split(".").pop()} allows only obsolete protocols` });
  },
  cases: {
    valid: [
      "from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_min_proto_version(SSL.TLS1_2_VERSION)",
      "import ssl\nc = ssl.create_default_context()\nc.maximum_version = ssl.TLSVersion.TLSv1_3",
      "from OpenSSL import SSL\nNEW = SSL.TLS_METHOD\nctx = SSL.Context(NEW)",
      "import ssl\nc = ssl.create_default_context()",
      "import ssl\nfrom OpenSSL import SSL\nT = {ssl.PROTOCOL_TLSv1: SSL.TLSv1_METHOD}\nT[ssl.PROTOCOL_SSLv3] = SSL.SSLv3_METHOD",
      "import ssl\nc = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)",
      "import ssl\nc = ssl.create_default_context()\nc.minimum_version = ssl.TLSVersion.TLSv1_2",
      "import ssl\nc = ssl.create_default_context()\nc.set_ciphers('ECDHE+AESGCM:!aNULL:!MD5:!RC4:!3DES')",
      "import ssl\nc = ssl.create_default_context()\nc.set_ciphers('ECDHE+AESGCM:@SECLEVEL=2')",
      "import ssl\nc = ssl.create_default_context()\nc.set_ciphers('ALL:!aNULL:!eNULL:!LOW:!RC4:!3DES:!MD5')",
      // Old protocols switched off, not on.
      "import ssl\nc = ssl.create_default_context()\nc.options |= ssl.OP_NO_TLSv1 | ssl.OP_NO_TLSv1_1",
      "import ssl\nc = ssl.create_default_context()\nc.options &= ~ssl.OP_NO_COMPRESSION",
    ],
    invalid: [
      {
        code: "from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_min_proto_version(SSL.TLS1_VERSION)",
        line: 3,
      },
      {
        code: "import ssl\nc = ssl.create_default_context()\nc.minimum_version = ssl.TLSVersion.MINIMUM_SUPPORTED",
        line: 3,
      },
      {
        code: "import ssl\nc = ssl.create_default_context()\nc.maximum_version = ssl.TLSVersion.TLSv1_1",
        line: 3,
      },
      { code: "from ssl import PROTOCOL_TLSv1_1, SSLContext\nctx = SSLContext(PROTOCOL_TLSv1_1)", line: 2 },
      {
        code: "from ssl import PROTOCOL_TLSv1\ndef connect(host, protocol=PROTOCOL_TLSv1):\n    return host",
        line: 2,
      },
      { code: "from OpenSSL import SSL\nOLD = SSL.TLSv1_METHOD\nctx = SSL.Context(OLD)", line: 3 },
      "import ssl\nc = ssl.SSLContext(ssl.PROTOCOL_SSLv3)",
      { code: "import ssl\nT = {}\nc = ssl.SSLContext(T.get(1, ssl.PROTOCOL_TLSv1))", line: 3 },
      {
        code: "import ssl\nc = ssl.create_default_context()\nc.minimum_version = ssl.TLSVersion.TLSv1",
        line: 3,
      },
      { code: "import ssl, socket\ns = ssl.wrap_socket(socket.socket())", line: 2 },
      "import ssl\nc = ssl.create_default_context()\nc.set_ciphers('ALL:RC4-SHA')",
      "import ssl\nc = ssl.create_default_context()\nc.set_ciphers('ALL')",
      "import ssl\nc = ssl.create_default_context()\nc.set_ciphers('DEFAULT:@SECLEVEL=0')",
      // Everything but a strong class; an old protocol's off-switch cleared.
      "from OpenSSL import SSL\nctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_cipher_list(b'ALL:!ECDHE')",
      { code: "import ssl\nc = ssl.create_default_context()\nc.options &= ~ssl.OP_NO_TLSv1", line: 3 },
      "from OpenSSL import SSL\nCIPHERS = b'EXP-RC4-MD5:DES-CBC-SHA'\nctx = SSL.Context(SSL.TLS_METHOD)\nctx.set_cipher_list(CIPHERS)",
    ],
  },
});
