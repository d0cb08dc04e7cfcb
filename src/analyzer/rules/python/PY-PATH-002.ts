import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-PATH-002",
    title: "Archive extracted without member path checks",
    cwe: ["CWE-22"],
    severity: "HIGH",
    docs: {
      what_it_does:
        "Flags tarfile extractall()/extract() without a filter= argument and shutil.unpack_archive.",
      why_bad:
        "Archive members may have absolute names or ../ components (or be symlinks) that write outside the destination ('tar slip').",
      example_bad:
        "import tarfile\ndef unpack(src, dest):\n    with tarfile.open(src) as tar:\n        tar.extractall(dest)",
      example_good:
        "import tarfile\ndef unpack(src, dest):\n    with tarfile.open(src) as tar:\n        tar.extractall(dest, filter='data')",
    },
    fix_hint:
      "Use tarfile's filter='data' (Python 3.12+, backported) or check every member's resolved path stays under the destination.",
  },
  trigger: /extractall|unpack_archive/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    const q = ctx.callee(node);
    if (q === "shutil.unpack_archive") {
      if (!ctx.kwarg(node, "filter"))
        report({ node, message: "unpack_archive without filter= trusts member paths" });
      return;
    }
    if (m !== "extractall") return;
    if (ctx.kwarg(node, "filter") || ctx.kwarg(node, "members")) return;
    if (!/tarfile|\.tar|tar\b/i.test(ctx.tree.source)) return;
    report({ node, message: "extractall() trusts member paths from the archive" });
  },
  cases: {
    valid: [
      "import tarfile\nwith tarfile.open(p) as t:\n    t.extractall(d, filter='data')",
      "import zipfile\nz = zipfile.ZipFile(p)\nz.extractall(d)",
    ],
    invalid: ["import tarfile\nt = tarfile.open(p)\nt.extractall('/tmp/x')"],
  },
});
