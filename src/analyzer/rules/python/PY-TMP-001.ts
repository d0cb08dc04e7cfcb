import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule, serverlessModule } from "./common.js";

/**
 * `name = mktemp(...)` whose first use in the function is `os.open(name, ... O_CREAT | O_EXCL ...)`: the open fails
 * if anyone created the name (or a symlink) first, so the race mktemp leaves is closed.
 */
function exclusiveCreate(ctx: PythonContext, node: SyntaxNode): boolean {
  const bind = node.parent?.type === "assignment" ? node.parent : undefined;
  const target = bind ? field(bind, "left") : undefined;
  const fn = ctx.enclosingFunction(node);
  if (target?.type !== "identifier" || !fn) return false;
  const name = ctx.text(target);
  const first = descendants(fn).find(
    (d) => d.start >= bind!.end && d.type === "identifier" && ctx.text(d) === name,
  );
  const call = first?.parent?.type === "argument_list" ? first.parent.parent : undefined;
  return (
    call?.type === "call" &&
    ctx.args(call)[0] === first &&
    ctx.callee(call) === "os.open" &&
    /O_EXCL/.test(ctx.text(ctx.arg(call, 1, "flags") ?? call))
  );
}

/** Whether `node` sits in a lambda or a function nested inside `fn`. */
function insideNested(node: SyntaxNode, fn: SyntaxNode): boolean {
  for (let p = node.parent; p && p !== fn; p = p.parent)
    if (p.type === "lambda" || p.type === "function_definition") return true;
  return false;
}

/**
 * `fd, path = tempfile.mkstemp()`, later `os.remove(path)` (or unlink), later `open(path, ...)` not exclusive, in
 * the same function: once deleted, the name in the shared temporary directory is anyone's to create (or to point a
 * symlink at) before the reopen - mktemp's race, made by hand. The reopen call, or undefined.
 */
function reopenedAfterRemove(ctx: PythonContext, node: SyntaxNode): SyntaxNode | undefined {
  const bind = node.parent?.type === "assignment" ? node.parent : undefined;
  const left = bind ? field(bind, "left") : undefined;
  const parts = left && /^(pattern_list|tuple_pattern|tuple)$/.test(left.type) ? namedChildren(left) : [];
  const path = parts[1]?.type === "identifier" ? ctx.text(parts[1]) : undefined;
  const fn = ctx.enclosingFunction(node);
  if (!path || !fn) return undefined;
  let removed = false;
  for (const d of descendants(fn)) {
    if (d.type !== "call" || d.start < bind!.end) continue;
    const first = ctx.args(d)[0];
    if (first?.type !== "identifier" || ctx.text(first) !== path) continue;
    const q = ctx.callee(d);
    // (A removal inside a lambda or nested def is deferred cleanup - `self.addCleanup(lambda: os.remove(path))` -
    // not a deletion before the reopen.)
    if (/^os\.(remove|unlink)$/.test(q)) removed ||= !insideNested(d, fn);
    else if (/^(open|io\.open|codecs\.open|os\.open)$/.test(q)) {
      if (!removed) return undefined;
      const mode = ctx.text(ctx.arg(d, 1, q === "os.open" ? "flags" : "mode") ?? d);
      const exclusive = q === "os.open" ? /O_EXCL/.test(mode) : /^[rbuU]?['"][^'"]*x/.test(mode);
      return exclusive ? undefined : d;
    }
  }
  return undefined;
}

export default pyRule({
  meta: {
    id: "PY-TMP-001",
    title: "Insecure temporary file",
    cwe: ["CWE-377", "CWE-367"],
    severity: "MEDIUM",
    severity_variants: [
      {
        severity: "LOW",
        when: "a fixed file name in a world-writable directory (/tmp, /var/tmp, /dev/shm): guessable, pre-creatable",
      },
    ],
    docs: {
      what_it_does:
        "Flags tempfile.mktemp and os.tempnam/tmpnam, which return a name without creating the file, a mkstemp() file deleted and then opened again by its name, and (LOW) files opened at a fixed path under /tmp, /var/tmp or /dev/shm.",
      why_bad:
        "Between choosing the name and opening it, another local user can create a file or symlink with that name and capture or redirect the data (a race).",
      example_bad:
        "import tempfile\ndef save(data):\n    name = tempfile.mktemp()\n    with open(name, 'w') as f:\n        f.write(data)\n    return name",
      example_good:
        "import tempfile\ndef save(data):\n    with tempfile.NamedTemporaryFile('w', delete=False) as f:\n        f.write(data)\n        return f.name",
    },
    fix_hint:
      "Use tempfile.NamedTemporaryFile, mkstemp or TemporaryDirectory, which create the file atomically.",
  },
  trigger: /mktemp|mkstemp|tempnam|tmpnam|['"]\/(tmp|var\/tmp|dev\/shm)\//,
  nodeTypes: ["call"],
  calls: ["open", "mktemp", "mkstemp", "tempnam", "tmpnam"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (/^(open|io\.open|codecs\.open|os\.open)$/.test(q)) {
      const path = ctx.stringValue(ctx.arg(node, 0, "file"));
      // O_EXCL / mode 'x' refuse an existing file or symlink: the safe way to create a fixed name.
      const mode = ctx.text(ctx.arg(node, 1, q === "os.open" ? "flags" : "mode") ?? node);
      const exclusive = q === "os.open" ? /O_EXCL/.test(mode) : /^[rbuU]?['"][^'"]*x/.test(mode);
      // (A Lambda / Cloud Function's /tmp is the function's own: no other user shares it.)
      if (path && /^\/(tmp|var\/tmp|dev\/shm)\/[^/]+/.test(path) && !exclusive && !serverlessModule(ctx))
        report({
          node,
          severity: "LOW",
          message: `${q}() of a fixed name in a shared temporary directory (${path})`,
        });
      return;
    }
    if (q === "tempfile.mkstemp") {
      const reopen = reopenedAfterRemove(ctx, node);
      if (reopen)
        report({
          node: reopen,
          message:
            "mkstemp()'s file is deleted and its name opened again: the name is free for anyone to take",
        });
      return;
    }
    if (q === "tempfile.mktemp" || q === "os.tempnam" || q === "os.tmpnam") {
      // tarfile.open(name=mktemp(), fileobj=buf): a label for an archive read from memory; no file is made.
      const kw = node.parent?.type === "keyword_argument" ? node.parent : undefined;
      const call = kw?.parent?.parent;
      if (
        kw &&
        call?.type === "call" &&
        ctx.kwarg(call, "fileobj") &&
        ctx.text(field(kw, "name") ?? kw) === "name"
      )
        return;
      if (exclusiveCreate(ctx, node)) return;
      report({ node, message: `${q}() is race-prone` });
    }
  },
  cases: {
    valid: [
      "import os\nfd = os.open('/tmp/app.lock', os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)",
      "f = open('/tmp/app.lock', 'x')",
      "def lambda_handler(event, context):\n    with open('/tmp/model.bin', 'wb') as f:\n        f.write(b'1')",
      "import tempfile\nf = tempfile.mkstemp()",
      // The name is created with O_EXCL: the open fails if someone made it (or a symlink) first.
      "import os, tempfile\ndef arena(d):\n    name = tempfile.mktemp(prefix='pym-', dir=d)\n    fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)\n    os.unlink(name)\n    return fd",
      "open('/etc/app.conf')",
      // written through the descriptor mkstemp returned, and a name kept (never deleted) and reopened
      "import os, tempfile\ndef dump(rows):\n    fd, path = tempfile.mkstemp()\n    with os.fdopen(fd, 'w') as f:\n        f.write(rows)\n    return path",
      "import os, tempfile\ndef dump(rows):\n    fd, path = tempfile.mkstemp()\n    os.close(fd)\n    with open(path, 'w') as f:\n        f.write(rows)\n    os.remove(path)",
      // removal registered as deferred cleanup, not done before the reopen
      "import os, tempfile\nclass T:\n    def make(self):\n        fd, path = tempfile.mkstemp()\n        os.close(fd)\n        self.addCleanup(lambda: os.remove(path))\n        with open(path, 'r+b') as f:\n            f.write(b'x')",
      "f = open('/tmp')",
      "import io, tarfile\nfrom tempfile import mktemp\ndef is_tar(b):\n    return tarfile.open(name=mktemp(), fileobj=io.BytesIO(b))",
    ],
    invalid: [
      "import tempfile\np = tempfile.mktemp(suffix='.txt')",
      "from tempfile import mktemp\np = mktemp()",
      {
        code: "import os, tempfile\ndef dump(rows):\n    fd, path = tempfile.mkstemp()\n    os.close(fd)\n    os.unlink(path)\n    with open(path, 'w') as f:\n        f.write(rows)",
        line: 6,
      },
      { code: "x = 1\nwith open('/tmp/app.lock', 'w') as f:\n    f.write('1')", line: 2, severity: "LOW" },
    ],
  },
});
