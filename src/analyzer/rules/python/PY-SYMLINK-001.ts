import { ancestor, field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Ownership changes that follow a symbolic link to its target unless told not to. */
const CHOWN = /^(os\.chown|shutil\.chown)$/;

export default pyRule({
  meta: {
    id: "PY-SYMLINK-001",
    title: "Ownership changed through symbolic links while walking a tree",
    cwe: ["CWE-59"],
    // LOW: it matters where the tree is writable by others and the walk runs with more rights than they have.
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags os.chown / shutil.chown on the entries of an os.walk() loop without follow_symlinks=False.",
      why_bad:
        "chown follows symbolic links: a user who can write into the tree plants a link to /etc/shadow or another user's file, and the walk (often run as root) hands that file to them.",
      example_bad:
        "import os\ndef fix(root, uid, gid):\n    for d, dirs, files in os.walk(root):\n        for n in files:\n            os.chown(os.path.join(d, n), uid, gid)",
      example_good:
        "import os\ndef fix(root, uid, gid):\n    for d, dirs, files in os.walk(root):\n        for n in files:\n            os.lchown(os.path.join(d, n), uid, gid)",
    },
    fix_hint: "Use os.lchown or pass follow_symlinks=False (and skip links explicitly where needed).",
  },
  trigger: /\bwalk\(/,
  nodeTypes: ["call"],
  calls: ["chown"],
  detect(node, ctx, report) {
    if (!CHOWN.test(ctx.callee(node))) return;
    const follow = ctx.kwarg(node, "follow_symlinks");
    if (follow && follow.type === "false") return;
    // Inside a loop over os.walk() (directly, or a nested loop over its names).
    for (let loop = ancestor(node, ["for_statement"]); loop; loop = ancestor(loop, ["for_statement"])) {
      const it = field(loop, "right");
      if (it?.type === "call" && /^os\.walk$/.test(ctx.callee(it))) {
        // `if os.path.islink(p): continue` before the change skips the planted links (a race remains, rarely won).
        if (/islink\(/.test(ctx.text(loop))) return;
        report({ node, message: `${ctx.callee(node)}() follows symbolic links planted in the walked tree` });
        return;
      }
    }
  },
  cases: {
    valid: [
      "import os\ndef fix(root, uid, gid):\n    for d, dirs, files in os.walk(root):\n        for n in files:\n            os.lchown(os.path.join(d, n), uid, gid)",
      "import os\ndef fix(root, uid, gid):\n    for d, dirs, files in os.walk(root):\n        for n in files:\n            os.chown(os.path.join(d, n), uid, gid, follow_symlinks=False)",
      "import os\ndef fix(path, uid, gid):\n    os.chown(path, uid, gid)",
    ],
    invalid: [
      {
        code: "import os\ndef fix(root, uid, gid):\n    for d, dirs, files in os.walk(root):\n        for n in dirs + files:\n            os.chown(os.path.join(d, n), uid, gid)",
        line: 5,
      },
      "import os, shutil\ndef fix(root):\n    for d, _, files in os.walk(root):\n        for n in files:\n            shutil.chown(os.path.join(d, n), user='www-data')",
    ],
  },
});
