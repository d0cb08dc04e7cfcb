import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** A number parsed from request data with no bound: int(request...) directly or through a name. */
function unboundedCount(ctx: PythonContext, node: SyntaxNode | undefined): boolean {
  const n = ctx.resolve(node);
  if (n?.type !== "call" || !/^(int|float)$/.test(ctx.callee(n))) return false;
  const inner = ctx.args(n)[0];
  if (!inner || ctx.level(inner, "log") !== Level.SOURCE) return false;
  // A clamp anywhere in the function (min(), a comparison with the name, a range check) counts as a bound.
  const fn = ctx.enclosingFunction(n);
  const name = n.parent?.type === "assignment" ? ctx.text(field(n.parent, "left") ?? n) : "";
  if (
    fn &&
    name &&
    new RegExp(`\\b(min|max|clamp)\\(|\\b${name}\\s*(<|>|<=|>=)|(<|>|<=|>=)\\s*${name}\\b`).test(ctx.text(fn))
  )
    return false;
  return true;
}

export default pyRule({
  meta: {
    id: "PY-DOS-001",
    title: "Resource use sized by request data without a limit",
    cwe: ["CWE-400", "CWE-770"],
    severity: "MEDIUM",
    severity_variants: [
      { severity: "LOW", when: "a whole request body or upload read into memory in one call" },
    ],
    docs: {
      what_it_does:
        "Flags a loop count, repetition, allocation or sleep sized by a number parsed from the request with no bound, decompression of request data with no output limit (MEDIUM), and (LOW) a whole request stream or upload read with one read() and no MAX_CONTENT_LENGTH.",
      why_bad:
        "One request asking for n=10**9 makes the server loop, allocate or sleep until it runs out of CPU, memory or workers.",
      example_bad:
        "from flask import request\ndef items():\n    n = int(request.args.get('n', 10))\n    return ','.join(str(i) for i in range(n))",
      example_good:
        "from flask import request\ndef items():\n    n = min(int(request.args.get('n', 10)), 100)\n    return ','.join(str(i) for i in range(n))",
    },
    fix_hint:
      "Clamp request-supplied sizes (min(n, LIMIT)), read bodies in bounded chunks and set MAX_CONTENT_LENGTH.",
  },
  trigger:
    /(int|float)\(\s*(request\.|self\.get_argument)|decompress\(|request\.(stream|files|FILES|get_data\(\))|(?<=\*\s*)int\(/,
  nodeTypes: ["call", "binary_operator"],
  detect(node, ctx, report) {
    if (node.type === "binary_operator") {
      if (node.children.find((c) => !c.named)?.type !== "*") return;
      const [a, b] = node.children.filter((c) => c.named);
      const seq = (x?: SyntaxNode) => !!x && ["string", "list", "bytes", "tuple"].includes(x.type);
      if ((seq(a) && unboundedCount(ctx, b)) || (seq(b) && unboundedCount(ctx, a)))
        report({ node, message: "a sequence repeated a request-chosen number of times" });
      return;
    }
    const q = ctx.callee(node);
    if (/^(zlib|gzip|bz2|lzma)\.decompress$/.test(q)) {
      const data = ctx.args(node)[0];
      if (
        data &&
        ctx.level(data, "log") === Level.SOURCE &&
        !ctx.kwarg(node, "max_length") &&
        !ctx.kwarg(node, "bufsize")
      )
        report({ node, message: `${q}() of request data with no output limit (decompression bomb)` });
      return;
    }
    if (/^(range|time\.sleep|bytearray|bytes|os\.urandom|secrets\.token_bytes|itertools\.repeat)$/.test(q)) {
      if (ctx.args(node).some((a) => unboundedCount(ctx, a)))
        report({ node, message: `${q}() sized by a request value with no limit` });
      return;
    }
    if (q === "flask.request.get_data" || q === "request.get_data") {
      if (!ctx.args(node).length && !/MAX_CONTENT_LENGTH/.test(ctx.tree.source))
        report({ node, severity: "LOW", message: "the whole request body is read into memory" });
      return;
    }
    if (ctx.method(node) === "read" && !ctx.args(node).length) {
      const obj = ctx.text(field(field(node, "function") ?? node, "object") ?? node);
      if (
        /^request\.(stream|files\[|FILES\[)/.test(obj) &&
        !/MAX_CONTENT_LENGTH|DATA_UPLOAD_MAX/.test(ctx.tree.source)
      )
        report({ node, severity: "LOW", message: "the whole request body is read into memory" });
    }
  },
  cases: {
    valid: [
      "from flask import request\ndef f():\n    n = min(int(request.args['n']), 100)\n    return list(range(n))",
      "def f(n):\n    return list(range(int(n)))",
      "import zlib\ndef f(blob):\n    return zlib.decompress(blob)",
      "from flask import request\ndef f():\n    n = int(request.args['n'])\n    if n > 100:\n        n = 100\n    return list(range(n))",
    ],
    invalid: [
      "from flask import request\ndef f():\n    n = int(request.args.get('n', 10))\n    return list(range(n))",
      "import time\nfrom flask import request\ndef f():\n    time.sleep(int(request.args['delay']))",
      "import zlib\nfrom flask import request\ndef f():\n    return len(zlib.decompress(request.get_data()))",
      { code: "from flask import request\ndef f():\n    return len(request.stream.read())", severity: "LOW" },
      { code: "from flask import request\ndef f():\n    return len(request.get_data())", severity: "LOW" },
    ],
  },
});
