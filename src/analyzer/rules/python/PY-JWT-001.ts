import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/**
 * A token decode: jwt.decode / jose.jwt.decode, PyJWT's decode_complete (the same checks, the header kept), the
 * module jwt.api_jwt's functions, and decode/decode_complete on a PyJWT instance (`PyJWT().decode(...)`, or the
 * instance held in a name).
 */
function isDecode(ctx: PythonContext, node: SyntaxNode, q: string): boolean {
  if (/^(jwt(\.api_jwt)?|jose\.jwt)\.decode(_complete)?$/.test(q)) return true;
  if (!/^decode(_complete)?$/.test(ctx.method(node))) return false;
  const fn = field(node, "function");
  const recv = ctx.resolve(fn?.type === "attribute" ? field(fn, "object") : undefined);
  return recv?.type === "call" && /^jwt\.(api_jwt\.)?PyJWT$/.test(ctx.callee(recv));
}

/**
 * Is the verifier this call makes used to read tokens: `JsonWebToken([...]).decode(...)`, or the name it is bound
 * to (`v = JsonWebToken([...])`) receiving a decode / deserialize call. One defined and never used decodes nothing.
 */
function decodesTokens(ctx: PythonContext, made: SyntaxNode): boolean {
  const reads = /^(decode|deserialize\w*|verify)$/;
  const p = made.parent;
  if (p?.type === "attribute") return reads.test(ctx.text(field(p, "attribute") ?? p));
  const left = p?.type === "assignment" ? field(p, "left") : undefined;
  if (left?.type !== "identifier" && left?.type !== "attribute") return false;
  const name = ctx.text(left);
  return ctx.tree.nodes.some((d) => {
    if (d.type !== "call" || !reads.test(ctx.method(d))) return false;
    const fn = field(d, "function");
    return fn?.type === "attribute" && ctx.text(field(fn, "object") ?? fn) === name;
  });
}

export default pyRule({
  meta: {
    id: "PY-JWT-001",
    title: "JWT decoded without signature verification",
    cwe: ["CWE-347", "CWE-327", "CWE-345"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags jwt.encode with the 'none' algorithm, itsdangerous signers given NoneAlgorithm() or algorithm_name='none', jwt.decode with verify=False, options={'verify_signature': False}, the 'none' algorithm (alone or in a list), no algorithms list, or one that mixes asymmetric and HMAC algorithms (key confusion); python-jose get_unverified_claims used as the decode, authlib JsonWebToken/JsonWebSignature allowing 'none', and itsdangerous loads_unsafe() whose validity flag is discarded.",
      why_bad:
        "An unverified token is just attacker-chosen JSON: anyone can mint one claiming any user or role.",
      example_bad:
        "import jwt\ndef claims(token, key):\n    return jwt.decode(token, key, options={'verify_signature': False})",
      example_good:
        "import jwt\ndef claims(token, key):\n    return jwt.decode(token, key, algorithms=['HS256'])",
    },
    fix_hint: "Always verify: pass the key and an explicit algorithms list; never accept 'none'.",
  },
  trigger:
    /jwt|JsonWebToken|JsonWebSignature|get_unverified|NoneAlgorithm|algorithm_name|loads_unsafe|split\(\s*['"]\.['"]\s*\)\s*\[\s*1\s*\]/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (ctx.method(node) === "loads_unsafe") {
      // itsdangerous: `(valid, payload) = s.loads_unsafe(token)` decodes whether or not the signature holds; the
      // payload is trustworthy only where `valid` is tested. Discarding it (`_, data = ...`, `...[1]`) trusts any
      // token.
      const p = node.parent;
      const left = p?.type === "assignment" ? field(p, "left") : undefined;
      let ignored = p?.type === "subscript" && ctx.text(field(p, "subscript") ?? p) === "1";
      if (left && (left.type === "pattern_list" || left.type === "tuple_pattern" || left.type === "tuple")) {
        const flag = left.children.find((c) => c.named);
        const name = flag?.type === "identifier" ? ctx.text(flag) : undefined;
        const scope = ctx.enclosingFunction(node) ?? ctx.tree.root;
        ignored =
          name === "_" ||
          (!!name &&
            !descendants(scope).some(
              (d) => d.type === "identifier" && d.order > flag!.order && ctx.text(d) === name,
            ));
      }
      if (ignored)
        report({ node, message: "loads_unsafe() payload used without checking the signature flag" });
      return;
    }
    if (/^base64\.(urlsafe_)?b64decode$/.test(q)) {
      // A token's payload segment (`token.split(".")[1]`) base64-decoded by hand: claims with no signature
      // check, unless the same function checks an HMAC or hands the token to a JWT library.
      const scope = ctx.enclosingFunction(node) ?? ctx.tree.root;
      const body = ctx.text(scope);
      if (
        /split\(\s*['"]\.['"]\s*\)\s*\[\s*1\s*\]/.test(body) &&
        !/\bhmac\.|compare_digest|\bverify\w*\(|jwt\.decode|\.sign\w*\(/.test(body)
      )
        report({ node, message: "token payload decoded by hand, signature never checked" });
      return;
    }
    // itsdangerous: a signer with NoneAlgorithm(), or a JWS serializer with algorithm_name='none', signs nothing.
    const signAlg = ctx.kwarg(node, "algorithm");
    if (signAlg?.type === "call" && /(^|\.)NoneAlgorithm$/.test(ctx.callee(signAlg))) {
      report({ node, message: "signer uses NoneAlgorithm: the signature is empty and anything verifies" });
      return;
    }
    if (
      /Serializer$/.test(q) &&
      ctx.stringValue(ctx.kwarg(node, "algorithm_name"))?.toLowerCase() === "none"
    ) {
      report({ node, message: "JWS serializer with algorithm 'none': tokens carry no signature" });
      return;
    }
    // authlib: JsonWebToken(['HS256', 'none']) / JsonWebSignature(algorithms=[..., 'none']) accepts unsigned tokens.
    if (/^authlib\.jose\.(rfc7519\.|rfc7515\.)?(JsonWebToken|JsonWebSignature)$/.test(q)) {
      const algs = ctx.resolve(ctx.arg(node, 0, "algorithms"));
      const list = algs?.type === "list" || algs?.type === "tuple" ? namedChildren(algs) : algs ? [algs] : [];
      if (
        list.some((a) => ctx.stringValue(ctx.resolve(a) ?? a)?.toLowerCase() === "none") &&
        decodesTokens(ctx, node)
      )
        report({ node, message: "authlib verifier accepts the 'none' algorithm (unsigned tokens)" });
      return;
    }
    if (/^(jwt|jose\.jwt)\.encode$/.test(q)) {
      // An unsigned token: whoever verifies it with 'none' allowed accepts any claims.
      const algNode = ctx.kwarg(node, "algorithm") ?? ctx.args(node)[2];
      const alg = ctx.stringValue(algNode);
      if (alg?.toLowerCase() === "none")
        report({ node, message: "JWT issued with the 'none' algorithm (unsigned)" });
      // PyJWT: algorithm=None (written out) means 'none' unless the key is a PyJWK.
      else if (q === "jwt.encode" && algNode?.type === "none")
        report({ node, message: "JWT issued with algorithm=None, which PyJWT treats as 'none' (unsigned)" });
      return;
    }
    if (!isDecode(ctx, node, q) && !/get_unverified_(claims|header)$/.test(q)) return;
    if (/get_unverified_claims$/.test(q)) {
      report({ node, message: "claims read without verifying the signature" });
      return;
    }
    const t = ctx.text(node).replace(/\s+/g, "");
    if (/verify=False|['"]verify_signature['"]:False|algorithms=\[?['"]none['"]/i.test(t)) {
      report({ node, message: "JWT signature is not verified" });
      return;
    }
    // options=opts, the dict held in a name.
    const opts = ctx.kwarg(node, "options");
    const held = opts?.type === "identifier" ? ctx.resolve(opts) : undefined;
    if (
      held?.type === "dictionary" &&
      /['"]verify_signature['"]:False/.test(ctx.text(held).replace(/\s+/g, ""))
    ) {
      report({ node, message: "JWT signature is not verified (options turn it off)" });
      return;
    }
    // algorithms=[header['alg']]: the token picks its own algorithm (HS256 with the RSA public key as secret).
    const algs = ctx.kwarg(node, "algorithms") ?? (q === "jose.jwt.decode" ? ctx.args(node)[2] : undefined);
    // python-jose's decode without algorithms accepts whatever the token's header names (PyJWT 2 refuses to
    // decode without the list): HS256 signed with the public key verifies against an RSA or EC public key.
    if (!algs && q === "jose.jwt.decode" && !/\*\*/.test(ctx.text(field(node, "arguments") ?? node))) {
      report({
        node,
        message: "python-jose decode without algorithms: the token header picks the algorithm",
      });
      return;
    }
    // (`ALLOWED = ["HS256", "none"]` then `algorithms=ALLOWED`: the list the name holds.)
    const algsHeld =
      algs?.type === "identifier" || algs?.type === "attribute" ? ctx.resolve(algs) : undefined;
    const list = algsHeld && /^(list|tuple)$/.test(algsHeld.type) ? algsHeld : algs;
    const alg =
      list && /^(list|tuple)$/.test(list.type) ? list.children.filter((c) => c.named) : algs ? [algs] : [];
    if (
      alg.some((a) =>
        /get_unverified_header|\[['"]alg['"]\]|\.get\(['"]alg['"]\)/.test(ctx.text(ctx.resolve(a) ?? a)),
      )
    ) {
      report({ node, message: "the algorithm is taken from the unverified token header" });
      return;
    }
    // RS256 and HS256 accepted together: a token signed with HMAC using the public key (which anyone has) as the
    // secret verifies (key confusion), unless the library refuses PEM keys as HMAC secrets (PyJWT does since 1.5.1;
    // python-jose and older PyJWT do not), so the list itself is the weakness.
    const names = alg.map((a) => ctx.stringValue(a) ?? "");
    // 'none' next to a real algorithm still accepts an unsigned token.
    if (names.some((n) => n.toLowerCase() === "none")) {
      report({ node, message: "the 'none' algorithm is accepted: unsigned tokens verify" });
      return;
    }
    if (names.some((n) => /^(RS|PS|ES)\d+$|^EdDSA$/.test(n)) && names.some((n) => /^HS\d+$/.test(n)))
      report({ node, message: "asymmetric and HMAC algorithms accepted together (key confusion)" });
  },
  cases: {
    valid: [
      // A verifier allowing 'none' that nothing decodes with.
      "from authlib.jose import JsonWebToken\nLAX = JsonWebToken(['RS256', 'none'])\nSTRICT = JsonWebToken(['RS256'])\ndef f(t, k):\n    return STRICT.decode(t, k)",
      "from authlib.jose import JsonWebToken\njwt = JsonWebToken(['RS256'])",
      "import jwt\ndef t(c, k):\n    return jwt.encode(c, k, algorithm='HS256')",
      "import hashlib\nfrom itsdangerous import Signer\ns = Signer(k, digest_method=hashlib.sha256)",
      "import jwt\njwt.decode(t, k, algorithms=['HS256'])",
      "import jwt\nALLOWED = ['HS256', 'HS384']\ndef f(t, k):\n    return jwt.decode(t, k, algorithms=ALLOWED)",
      "from jose import jwt\ndef claims(token, key):\n    return jwt.decode(token, key, ['RS256'])",
      "from jose import jwt\ndef claims(token, key):\n    return jwt.decode(token, key, algorithms=['RS256'])",
      "from jwt import PyJWT\ndef c(t, k):\n    return PyJWT().decode_complete(t, k, algorithms=['HS256'])",
      "import base64\ndef c(t):\n    return base64.b64decode(t).decode('utf-8')",
      "import jwt\nopts = {'verify_exp': True}\njwt.decode(t, k, algorithms=['HS256'], options=opts)",
      "import jwt\ndef claims(token, key):\n    return jwt.decode(token, key, algorithms=['RS256', 'ES256'])",
      "import jwt\ntok = jwt.encode(c, k, algorithm='HS256')",
      "from itsdangerous import URLSafeSerializer\ndef f(s, t):\n    ok, data = s.loads_unsafe(t)\n    if not ok:\n        raise ValueError('bad signature')\n    return data",
      "import base64, hmac\ndef claims(t, k):\n    h, p, s = t.split('.')\n    if not hmac.compare_digest(sign(k, h + '.' + p), s):\n        raise ValueError()\n    return base64.urlsafe_b64decode(t.split('.')[1])",
    ],
    invalid: [
      "import jwt\nALLOWED = ['HS256', 'none']\ndef f(t, k):\n    return jwt.decode(t, k, algorithms=ALLOWED)",
      {
        code: "from authlib.jose import JsonWebToken\ndef claims(t, k):\n    v = JsonWebToken(['HS256', 'none'])\n    return v.decode(t, k)",
        line: 3,
      },
      {
        code: "from authlib.jose import JsonWebSignature\nALGS = ['none']\nv = JsonWebSignature(algorithms=ALGS)\ndef read(t, k):\n    return v.deserialize_compact(t, k)",
        line: 3,
      },
      "import jwt\ndef c(t):\n    return jwt.decode_complete(t, options={'verify_signature': False})['payload']",
      "from jwt import PyJWT\ndef c(t):\n    return PyJWT().decode(t, options={'verify_signature': False})",
      { code: "import jwt\ndec = jwt.PyJWT()\ndef c(t):\n    return dec.decode(t, verify=False)", line: 4 },
      { code: "import jwt\ndef t(c):\n    return jwt.encode(c, None, algorithm=None)", line: 3 },
      "from itsdangerous import Signer\nfrom itsdangerous.signer import NoneAlgorithm\ns = Signer(k, algorithm=NoneAlgorithm())",
      "import itsdangerous\ns = itsdangerous.JSONWebSignatureSerializer(k, algorithm_name='none')",
      { code: "import jwt\ntok = jwt.encode(claims, None, algorithm='none')", line: 2 },
      "import jwt\njwt.decode(t, verify=False)",
      {
        code: "from itsdangerous import URLSafeSerializer\ndef f(s, t):\n    _, data = s.loads_unsafe(t)\n    return data['email']",
        line: 3,
      },
      "from itsdangerous import URLSafeSerializer\ndef f(s, t):\n    return s.loads_unsafe(t)[1]",
      "from itsdangerous import URLSafeSerializer\ndef f(s, t):\n    ok, data = s.loads_unsafe(t)\n    return data",
      {
        code: "from jwt import decode as d\nopts = {'verify_signature': False}\nd(t, k, algorithms=['HS256'], options=opts)",
        line: 3,
      },
      "import base64, json\ndef claims(token):\n    p = token.split('.')[1]\n    p += '=' * (-len(p) % 4)\n    return json.loads(base64.urlsafe_b64decode(p))",
      "import jwt\njwt.decode(t, k, algorithms=['none'])",
      "from jose import jwt\ndef claims(token, key):\n    return jwt.decode(token, key)",
      "import jwt\njwt.decode(t, k, algorithms=['HS256', 'none'])",
      "import jwt\ndef d(t, k):\n    h = jwt.get_unverified_header(t)\n    return jwt.decode(t, k, algorithms=[h['alg']])",
      {
        code: "import jwt\nPUBLIC = open('pub.pem').read()\ndef claims(token):\n    return jwt.decode(token, PUBLIC, algorithms=['RS256', 'HS256'])",
        line: 4,
      },
    ],
  },
});
