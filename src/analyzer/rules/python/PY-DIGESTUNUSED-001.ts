import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** A parameter that carries the value to check the data against. */
const EXPECTED =
  /^(expected|known|pinned|trusted|published|official)_?(sha(1|256|384|512)?|md5|hash|digest|checksum|crc|hmac|mac|signature|sig)$|^(checksum|sha256sum|expected)$/i;
/** Computing a digest or checksum of the data. */
const DIGEST = /^(hashlib\.\w+|hmac\.(new|digest)|zlib\.(crc32|adler32)|binascii\.crc32)$/;

/** What a branch does to stop on a mismatch. */
const STOPS = /\b(raise|return|abort|exit|continue|break)\b|sys\.exit|os\._exit/;
const LOGS = /^(print|(\w+\.)*(debug|info|warning|warn|error|exception|critical|log))$/;

/**
 * The parameter is read only in if conditions whose branches go on (log, print) and in logging calls: the
 * mismatch is noticed and the data used anyway. Any other use (returned, asserted, passed on, a branch that
 * raises or returns) counts as a check.
 */
function onlyLogged(ctx: PythonContext, uses: SyntaxNode[]): boolean {
  let tested = false;
  for (const u of uses) {
    let logged = false;
    let p: SyntaxNode | null = u.parent;
    for (; p && p.type !== "function_definition"; p = p.parent) {
      if (p.type === "call" && LOGS.test(ctx.callee(p))) logged = true;
      if (p.type === "if_statement" || p.type === "elif_clause") {
        const cond = field(p, "condition");
        if (!cond || u.start < cond.start || u.end > cond.end) return false;
        const branches = [field(p, "consequence"), field(p, "alternative")].filter((b) => !!b);
        if (branches.some((b) => STOPS.test(ctx.text(b!)))) return false;
        tested = true;
        break;
      }
      if (/^(return_statement|assert_statement|assignment|augmented_assignment)$/.test(p.type)) return false;
      if (p.type === "call" && !logged) return false;
      if (p.type === "expression_statement" && logged) break;
    }
  }
  return tested;
}

export default pyRule({
  meta: {
    id: "PY-DIGESTUNUSED-001",
    title: "Expected checksum or signature passed in but never compared",
    cwe: ["CWE-354", "CWE-345"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a function with a parameter for the expected digest, checksum or signature (expected_sha256, checksum, expected_hash, ...) that computes a digest of the data but never uses that parameter, or only tests it in an if whose branch logs the mismatch and goes on.",
      why_bad:
        "The caller believes the data is verified, yet a corrupted or tampered image, update or download goes through exactly as a good one would: the integrity check exists only in the signature of the function.",
      example_bad:
        "import hashlib\ndef flash(dev, image, expected_sha256):\n    print(hashlib.sha256(image).hexdigest())\n    dev.write(image)",
      example_good:
        "import hashlib, hmac\ndef flash(dev, image, expected_sha256):\n    if not hmac.compare_digest(hashlib.sha256(image).hexdigest(), expected_sha256):\n        raise ValueError('checksum mismatch')\n    dev.write(image)",
    },
    fix_hint:
      "Compare the computed digest with the expected one (hmac.compare_digest) and stop on a mismatch.",
  },
  trigger: /expected|checksum|pinned|known_|trusted_|published_|official_/i,
  nodeTypes: ["function_definition"],
  detect(node, ctx, report) {
    const params = field(node, "parameters");
    const body = field(node, "body");
    if (!params || !body) return;
    const expected = namedChildren(params)
      .map((p) => (p.type === "identifier" ? p : (field(p, "name") ?? namedChildren(p)[0])))
      .filter((n) => n?.type === "identifier" && EXPECTED.test(ctx.text(n)));
    if (!expected.length) return;
    const inBody = descendants(body);
    if (!inBody.some((d) => d.type === "call" && DIGEST.test(ctx.callee(d)))) return;
    for (const p of expected) {
      const name = ctx.text(p!);
      const uses = inBody.filter((d) => d.type === "identifier" && ctx.text(d) === name);
      if (uses.length && onlyLogged(ctx, uses)) {
        report({
          node: uses[0]!,
          message: `a mismatch with ${name} is only logged: the data is used anyway`,
        });
        return;
      }
      if (uses.length) continue;
      report({ node: p!, message: `${name} is never compared with the digest the function computes` });
      return;
    }
  },
  cases: {
    valid: [
      "import hashlib, hmac\ndef flash(dev, image, expected_sha256):\n    if not hmac.compare_digest(hashlib.sha256(image).hexdigest(), expected_sha256):\n        raise ValueError('x')\n    dev.write(image)",
      "def flash(dev, image, expected_sha256):\n    dev.write(image)",
      "import zlib, logging\ndef load(blob, expected_crc, flash):\n    crc = zlib.crc32(blob)\n    if crc != expected_crc:\n        logging.error('bad crc %s', expected_crc)\n        raise ValueError('crc')\n    flash.write(blob)",
      "import zlib\ndef ok(blob, expected_crc):\n    return zlib.crc32(blob) == expected_crc",
    ],
    invalid: [
      {
        code: "import hashlib\ndef flash(dev, path, expected_sha256):\n    data = open(path, 'rb').read()\n    print('digest', hashlib.sha256(data).hexdigest())\n    dev.write(data)",
        line: 2,
      },
      {
        code: "import zlib, logging\ndef load(blob, expected_crc, flash):\n    crc = zlib.crc32(blob)\n    if crc != expected_crc:\n        logging.warning('crc mismatch %08x != %08x', crc, expected_crc)\n    flash.write(blob)",
        line: 4,
      },
    ],
  },
});
