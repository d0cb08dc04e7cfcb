import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-TMP-001",
    title: "Insecure temporary file",
    cwe: ["CWE-377", "CWE-367"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags tempfile.mktemp and os.tempnam/tmpnam, which return a name without creating the file.",
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
  trigger: /mktemp|tempnam|tmpnam/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    if (q === "tempfile.mktemp" || q === "os.tempnam" || q === "os.tmpnam")
      report({ node, message: `${q}() is race-prone` });
  },
  cases: {
    valid: ["import tempfile\nf = tempfile.mkstemp()"],
    invalid: [
      "import tempfile\np = tempfile.mktemp(suffix='.txt')",
      "from tempfile import mktemp\np = mktemp()",
    ],
  },
});
