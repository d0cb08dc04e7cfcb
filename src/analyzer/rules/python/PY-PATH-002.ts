import type { PythonContext } from "../../dataflow/python.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, sourceHas, sourceMatches } from "../../parse/nodes.js";
import type { Report } from "../../rule.js";
import { inTestCode, pyRule } from "./common.js";

/**
 * A member path check in the code around the call: the resolved path compared to the root, or `..` rejected
 * together with absolute names (a name starting with "/" is joined as is, so a `..` test alone lets it through).
 */
const RESOLVED_CHECK = /commonpath|commonprefix|realpath|abspath|is_relative_to|resolve\(\)/;
const DOTDOT_CHECK = /['"]\.\.['"]/;
const ABSOLUTE_CHECK =
  /isabs|is_absolute|startswith\(\s*(['"]\/['"]|\(|os\.sep)|\[0\]\s*==\s*['"]\/['"]|lstrip\(/;
/**
 * A name check without a link check: the escape needs a crafted archive (a link member, then a member under it),
 * and the check is the one reference solutions write (CWEval's secure tar extraction), so an audit hint (LOW).
 */
const LINK_MEMBERS_REASON = "member names checked for '..' and absolute paths; link members still extracted";
/** A test of a tar member's kind (or of where a link points): link members turned away or kept to files. */
const LINK_CHECK =
  /\.(issym|islnk|isfile|isreg|islink|isdev|ischr|isblk|isfifo)\(|\.linkname\b|\.type\s*(==|!=|in|not\s+in)\b/;
const memberCheck = (text: string) =>
  RESOLVED_CHECK.test(text) || (DOTDOT_CHECK.test(text) && ABSOLUTE_CHECK.test(text));

/** A filter= that still trusts member paths: "fully_trusted", or None (the pre-3.14 default). */
function trustingFilter(ctx: PythonContext, call: SyntaxNode): boolean {
  const f = ctx.kwarg(call, "filter");
  if (!f) return false;
  const vals = ctx.possibleStrings(f);
  if (vals) return vals.includes("fully_trusted");
  const v = ctx.constValue(ctx.resolve(f));
  return v === null || v === "fully_trusted";
}

/** Why an extraction inside a test is a LOW reminder. */
const TEST_ARCHIVE_REASON =
  "in test code (a test function, a TestCase method, a fixture): the archive is the test's own fixture";

/** Archive readers whose extractall checks member paths itself (zipfile, py7zr, rarfile). */
const SELF_CHECKING_ARCHIVE = /(^|\.)(ZipFile|SevenZipFile|RarFile)$/;

export default pyRule({
  meta: {
    id: "PY-PATH-002",
    title: "Archive extracted without member path checks",
    cwe: ["CWE-22"],
    severity: "HIGH",
    severity_variants: [
      { severity: "LOW", when: TEST_ARCHIVE_REASON },
      { severity: "LOW", when: LINK_MEMBERS_REASON },
    ],
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
  detect(node, ctx, emit) {
    // A test extracting its own fixture archive: a LOW reminder.
    const report = (r: Report) =>
      emit(inTestCode(ctx, r.node) ? { ...r, severity: "LOW", reason: TEST_ARCHIVE_REASON } : r);
    const m = ctx.method(node);
    const q = ctx.callee(node);
    if (q === "shutil.unpack_archive") {
      // An archive named by a literal ships with the program, unless the name is in a temporary directory
      // (where the program saved a download or an upload first).
      const name = ctx.constValue(ctx.arg(node, 0, "filename"));
      if (typeof name === "string" && !/^\/(tmp|var\/tmp|dev\/shm)\//.test(name)) return;
      if (!ctx.kwarg(node, "filter"))
        report({ node, message: "unpack_archive without filter= trusts member paths" });
      return;
    }
    if (m === "extract") {
      // TarFile.extract(member, path) writes wherever the member's name points; zipfile's extract sanitises.
      const fn = field(node, "function");
      const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
      if (recv?.type !== "identifier" || (ctx.kwarg(node, "filter") && !trustingFilter(ctx, node))) return;
      const n = ctx.text(recv);
      // tarfile.open(...) / tarfile.TarFile(...), or the class imported by name (TarFile(...), TarFile.open(...)).
      const opener = "(?:tarfile\\.(?:open|TarFile)|\\bTarFile(?:\\.(?:open|gzopen|bz2open|xzopen))?)\\b";
      if (!sourceMatches(ctx.tree, `${opener}[^\\n]*\\bas\\s+${n}\\b|\\b${n}\\s*=\\s*${opener}`)) return;
      // At module level the loop around the call is the scope (a script may unpack several archives).
      let scope: SyntaxNode = ctx.tree.root;
      let loop: SyntaxNode | undefined;
      const fnScope = ctx.enclosingFunction(node);
      for (let p = node.parent; p && p !== fnScope; p = p.parent)
        if (p.type === "for_statement") {
          loop = p;
          break;
        }
      if (fnScope) scope = fnScope;
      else if (loop) scope = loop;
      // The check inverted: `if os.path.isabs(m.name) or ".." in m.name: tar.extract(m, d)` extracts exactly the
      // members it should reject.
      for (let p = node.parent; p && p !== scope; p = p.parent) {
        if (p.type !== "if_statement") continue;
        const cond = field(p, "condition");
        const body = field(p, "consequence");
        if (!cond || !body || node.start < body.start || node.end > body.end) continue;
        const c = ctx.text(cond);
        if (memberCheck(c) && !RESOLVED_CHECK.test(c) && !/\bnot\b|==\s*False/.test(c)) {
          report({ node, message: "extract() runs only for members with absolute or ../ names" });
          return;
        }
      }
      // Only a check before the extraction (or in its loop) guards it: code after the loop that checks another
      // archive's members does not.
      const around = ctx.tree.source.slice(scope.start, (loop ?? node).end);
      if (memberCheck(around)) {
        // Names free of `..` and `/` still write through a symlink (or hard link) an earlier member made
        // (`evil -> /etc`, then `evil/cron.d/x`): a name-only check must also turn away link members (tarfile's
        // "data" filter refuses links that point outside). A resolved-path check sees through the link.
        if (!RESOLVED_CHECK.test(around) && !LINK_CHECK.test(around))
          report({
            node,
            severity: "LOW",
            reason: LINK_MEMBERS_REASON,
            message: "extract() checks member names but extracts symlink and hard-link members",
          });
        return;
      }
      report({ node, message: "extract() trusts the member's path from the archive" });
      return;
    }
    if (m !== "extractall") return;
    if (ctx.kwarg(node, "filter") && !trustingFilter(ctx, node)) return;
    // Every member name checked before the extraction: a loop over getnames()/getmembers()/namelist() earlier in
    // the function whose body calls a checker or tests the resolved path.
    const scope0 = ctx.enclosingFunction(node);
    if (
      scope0 &&
      ctx.tree.nodes.some(
        (f) =>
          f.type === "for_statement" &&
          f.end <= node.start &&
          f.start >= scope0.start &&
          f.end <= scope0.end &&
          /\.(getnames|getmembers|namelist|infolist)\(\)/.test(ctx.text(field(f, "right") ?? f)) &&
          (memberCheck(ctx.text(field(f, "body") ?? f)) ||
            /\b(check|validate|verify|ensure|assert)\w*\(/i.test(ctx.text(field(f, "body") ?? f))),
      )
    )
      return;
    const members = ctx.kwarg(node, "members") ?? ctx.args(node)[1];
    if (members) {
      // members= narrows the extraction only when it is a filtered list: the archive itself, or all of its
      // getmembers(), is every member again.
      const fn = field(node, "function");
      const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
      const mv = ctx.resolve(members) ?? members;
      const whole =
        (recv && (ctx.text(members) === ctx.text(recv) || ctx.text(mv) === ctx.text(recv))) ||
        (mv.type === "call" && ctx.method(mv) === "getmembers" && ctx.args(mv).length === 0);
      if (!whole) return;
    }
    if (!sourceHas(ctx.tree, /tarfile|\.tar|tar\b/i)) return;
    // A ZipFile's extractall strips drive letters, leading slashes and ".." from member names, py7zr's
    // SevenZipFile refuses a member whose resolved path leaves the target, and rarfile's RarFile drops ".." parts
    // (3.x hands the names to unrar, which does): in a file that also handles tars, the receiver says which
    // archive this is.
    const fn = field(node, "function");
    const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
    if (recv?.type === "call" && SELF_CHECKING_ARCHIVE.test(ctx.callee(recv))) return;
    if (recv?.type === "identifier") {
      const n = ctx.text(recv);
      const zipped = `(ZipFile|SevenZipFile|RarFile)\\b[^\\n]*\\bas\\s+${n}\\b|\\b${n}\\s*=\\s*(zipfile\\.|py7zr\\.|rarfile\\.)?(ZipFile|SevenZipFile|RarFile)\\b`;
      const tarred = `tarfile\\.(open|TarFile)\\b[^\\n]*\\bas\\s+${n}\\b|\\b${n}\\s*=\\s*tarfile\\.`;
      if (sourceMatches(ctx.tree, zipped) && !sourceMatches(ctx.tree, tarred)) return;
    }
    report({ node, message: "extractall() trusts member paths from the archive" });
  },
  cases: {
    valid: [
      "import shutil\nshutil.unpack_archive('assets/fonts.zip', 'build/fonts')",
      "import tarfile\nwith tarfile.open(p) as t:\n    t.extractall(d, filter='data')",
      "import tarfile\ndef unpack(p, d):\n    t = tarfile.open(p)\n    for name in t.getnames():\n        check_path(name)\n    t.extractall(d)",
      "import zipfile\nz = zipfile.ZipFile(p)\nz.extractall(d)",
      "import tarfile, zipfile\ndef f(p, d):\n    with zipfile.ZipFile(p) as zf:\n        zf.extractall(d)",
      // py7zr and rarfile check member paths themselves
      "import tarfile, py7zr, rarfile\ndef f(p, q, d):\n    with py7zr.SevenZipFile(p, mode='r') as z:\n        z.extractall(path=d)\n    with rarfile.RarFile(q) as rf:\n        rf.extractall(d)\n    arc = rarfile.RarFile(q)\n    arc.extractall(d)",
      "import zipfile\nz = zipfile.ZipFile(p)\nfor m in z.namelist():\n    z.extract(m, d)",
      "import os, tarfile\ndef f(p, d):\n    with tarfile.open(p) as tar:\n        for m in tar.getmembers():\n            if '..' in m.name or os.path.isabs(m.name) or m.issym() or m.islnk():\n                continue\n            tar.extract(m, d)",
      "import os, tarfile\ndef f(p, d):\n    with tarfile.open(p) as tar:\n        for m in tar.getmembers():\n            if m.isfile() and not ('..' in m.name or os.path.isabs(m.name)):\n                tar.extract(m, d)",
      "import tarfile\nMODE = 'data'\nwith tarfile.open(p) as t:\n    t.extractall(d, filter=MODE)",
      "import os, tarfile\ndef f(p, d):\n    root = os.path.realpath(d)\n    with tarfile.open(p) as tar:\n        for m in tar.getmembers():\n            if m.isfile() and os.path.normpath(os.path.join(root, m.name)).startswith(root + os.sep):\n                tar.extract(m, d)",
      "import tarfile\ndef ok(ms):\n    return [m for m in ms if m.isfile()]\nwith tarfile.open(p) as t:\n    t.extractall(d, members=ok(t))",
    ],
    invalid: [
      // names checked, links not: an earlier symlink member redirects a later member's write (was valid before)
      {
        code: "import os, tarfile\ndef f(p, d):\n    with tarfile.open(p) as tar:\n        for m in tar.getmembers():\n            if '..' in m.name or os.path.isabs(m.name):\n                continue\n            tar.extract(m, d)",
        message: "symlink and hard-link members",
        severity: "LOW",
      },
      {
        // A TestCase method extracting the suite's fixture tarball: LOW.
        code: "import tarfile, unittest\nclass TestUnpack(unittest.TestCase):\n    def test_all(self):\n        with tarfile.open('fixtures/a.tar') as t:\n            t.extractall(self.tmp)",
        line: 5,
        severity: "LOW",
      },
      "import shutil\ndef f(upload):\n    upload.save('/tmp/up.tar')\n    shutil.unpack_archive('/tmp/up.tar', '/srv/data')",
      "from tarfile import TarFile\ndef f(p, m, d):\n    t = TarFile(p)\n    t.extract(m, d)",
      "import tarfile\nt = tarfile.open(p)\nt.extractall('/tmp/x')",
      "import tarfile\nMODE = 'fully_trusted'\nwith tarfile.open(p) as t:\n    t.extractall(d, filter=MODE)",
      "import tarfile\nwith tarfile.open(p) as t:\n    t.extractall(d, members=t.getmembers())",
      "import tarfile\nt = tarfile.open(p)\nt.extractall(members=t)",
      {
        code: "import os, tarfile\ndef f(p, d):\n    with tarfile.open(p) as tar:\n        for m in tar.getmembers():\n            if '..' in m.name or os.path.isabs(m.name):\n                tar.extract(m, d)",
        message: "only for members",
      },
      {
        code: "import tarfile\ndef f(p, d):\n    with tarfile.open(p) as tar:\n        for m in tar.getmembers():\n            if '..' in m.name:\n                continue\n            tar.extract(m, d)",
        line: 7,
      },
      {
        code: "import tarfile\ndef f(p, d):\n    with tarfile.open(p) as tar:\n        for m in tar.getmembers():\n            tar.extract(m, d)",
        line: 5,
      },
      {
        // the checked extraction of another archive comes after this one
        code: "import os, tarfile\ndef f(p, q, d):\n    with tarfile.open(p) as a:\n        for m in a.getmembers():\n            a.extract(m, d)\n    with tarfile.open(q) as b:\n        ok = [m for m in b.getmembers() if not os.path.isabs(m.name) and '..' not in m.name]\n        b.extractall(d, members=ok)",
        line: 5,
      },
    ],
  },
});
