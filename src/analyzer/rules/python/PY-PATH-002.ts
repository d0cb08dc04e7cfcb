import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** A member path check in the code around the call: `..` rejected, or the resolved path compared to the root. */
const MEMBER_CHECK = /['"]\.\.['"]|commonpath|commonprefix|realpath|abspath|is_relative_to|resolve\(\)/;

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
  trigger: /extractall|unpack_archive|\.extract\(/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    const q = ctx.callee(node);
    if (q === "shutil.unpack_archive") {
      if (!ctx.kwarg(node, "filter"))
        report({ node, message: "unpack_archive without filter= trusts member paths" });
      return;
    }
    if (m === "extract") {
      // TarFile.extract(member, path) writes wherever the member's name points; zipfile's extract sanitises.
      const fn = field(node, "function");
      const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
      if (recv?.type !== "identifier" || ctx.kwarg(node, "filter")) return;
      const n = ctx.text(recv);
      const opened = new RegExp(
        `tarfile\\.(open|TarFile)\\b[^\\n]*\\bas\\s+${n}\\b|\\b${n}\\s*=\\s*tarfile\\.(open|TarFile)\\b`,
      );
      if (!opened.test(ctx.tree.source)) return;
      const scope = ctx.enclosingFunction(node) ?? ctx.tree.root;
      if (MEMBER_CHECK.test(ctx.text(scope))) return;
      report({ node, message: "extract() trusts the member's path from the archive" });
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
      "import zipfile\nz = zipfile.ZipFile(p)\nfor m in z.namelist():\n    z.extract(m, d)",
      "import os, tarfile\ndef f(p, d):\n    with tarfile.open(p) as tar:\n        for m in tar.getmembers():\n            if '..' in m.name:\n                continue\n            tar.extract(m, d)",
    ],
    invalid: [
      "import tarfile\nt = tarfile.open(p)\nt.extractall('/tmp/x')",
      {
        code: "import tarfile\ndef f(p, d):\n    with tarfile.open(p) as tar:\n        for m in tar.getmembers():\n            tar.extract(m, d)",
        line: 5,
      },
    ],
  },
});
