import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { descendants, field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/**
 * Text of a path with its local names spelled out a few assignments deep (`p = home / ".log"`, `home =
 * Path(pw.pw_dir)`, `pw = pwd.getpwnam(u)`), a for-loop variable standing for what it iterates.
 */
function spelled(ctx: PythonContext, path: SyntaxNode): string {
  const parts: string[] = [];
  const seen = new Set<SyntaxNode>();
  const walk = (n: SyntaxNode, depth: number) => {
    if (seen.has(n) || parts.length > 24) return;
    seen.add(n);
    parts.push(ctx.text(n));
    if (depth >= 4) return;
    for (const d of [n, ...descendants(n)])
      if (d.type === "identifier" && d.parent?.type !== "attribute") {
        const v = ctx.resolve(d);
        if (v && v !== d) walk(v, depth + 1);
        else {
          const loop = forLoopOver(ctx, d);
          if (loop) walk(loop, depth + 1);
        }
      } else if (d.type === "attribute") {
        const obj = field(d, "object");
        if (obj?.type === "identifier") {
          const v = ctx.resolve(obj);
          if (v && v !== obj) walk(v, depth + 1);
        }
      }
  };
  walk(path, 0);
  return parts.join(" ");
}

/** `for home in Path("/home").iterdir():` - the iterable a loop variable of the enclosing function runs over. */
function forLoopOver(ctx: PythonContext, id: SyntaxNode): SyntaxNode | undefined {
  const name = ctx.text(id);
  for (let p = id.parent; p; p = p.parent) {
    if (p.type === "for_statement" && ctx.text(field(p, "left") ?? p) === name)
      return field(p, "right") ?? undefined;
    if (p.type === "function_definition") return undefined;
  }
  return undefined;
}

/**
 * The path names a file in some user's home folder, found by the account database or by listing /home: a folder
 * its owner controls, where a planted symbolic link redirects what a privileged process writes there.
 */
const USER_HOME =
  /\.pw_dir\b|\bgetpwnam\(|\bgetpwall\(|(["'])\/home\/?\1|(["'])\/home\/\*|expanduser\(\s*f?["']~\{?\w/;

/** Writes that follow a final symbolic link: open for writing or appending, pathlib writers, chown/chmod, copies. */
function written(ctx: PythonContext, call: SyntaxNode): SyntaxNode | undefined {
  const q = ctx.callee(call);
  const m = ctx.method(call);
  if (/^(open|io\.open|codecs\.open)$/.test(q)) {
    const mode = ctx.stringValue(ctx.resolve(ctx.arg(call, 1, "mode"))) ?? "r";
    return /[wa+]/.test(mode) ? ctx.args(call)[0] : undefined;
  }
  if (/^(os\.chown|os\.chmod|shutil\.chown)$/.test(q)) {
    const follow = ctx.kwarg(call, "follow_symlinks");
    return follow?.type === "false" ? undefined : ctx.args(call)[0];
  }
  if (/^shutil\.(copy|copy2|copyfile|move)$/.test(q)) return ctx.args(call)[1];
  const fn = field(call, "function");
  if (fn?.type === "attribute" && /^(write_text|write_bytes|chmod|touch)$/.test(m) && !/^os\./.test(q)) {
    if (m === "chmod" && ctx.kwarg(call, "follow_symlinks")?.type === "false") return undefined;
    return field(fn, "object") ?? undefined;
  }
  if (fn?.type === "attribute" && m === "open" && !/^os\./.test(q)) {
    const mode = ctx.stringValue(ctx.resolve(ctx.arg(call, 0, "mode"))) ?? "r";
    return /^[rwaxbt+]+$/.test(mode) && /[wa+]/.test(mode) ? (field(fn, "object") ?? undefined) : undefined;
  }
  // A tree removed after its path was resolved: resolve()/realpath() followed the owner's link first.
  if (/^(shutil\.rmtree|os\.remove|os\.unlink)$/.test(q)) {
    const p = ctx.args(call)[0];
    return p && /\.resolve\(\)|realpath\(/.test(spelled(ctx, p)) ? p : undefined;
  }
  return undefined;
}

export default pyRule({
  meta: {
    id: "PY-SYMLINK-002",
    title: "Privileged code writes into a user's home folder through a path that follows links",
    cwe: ["CWE-59", "CWE-61"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a file in a user's home folder (found through pwd's pw_dir / getpwnam or by listing /home) opened for writing or appending, written with pathlib, chown-ed or chmod-ed, copied onto, or removed after resolve()/realpath(), in a module that does not open with O_NOFOLLOW or drop to the user's ids (setuid/seteuid/setresuid).",
      why_bad:
        "Code that walks users' homes runs as root. The owner of the folder can replace the file with a symbolic link to /etc/shadow or another user's file, and the privileged write, ownership change or removal lands there.",
      example_bad:
        "import pwd\nfrom pathlib import Path\ndef note(user):\n    home = Path(pwd.getpwnam(user).pw_dir)\n    with open(home / '.notice', 'a') as fh:\n        fh.write('rotated\\n')",
      example_good:
        "import os, pwd\nfrom pathlib import Path\ndef note(user):\n    home = Path(pwd.getpwnam(user).pw_dir)\n    fd = os.open(home / '.notice', os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o644)\n    with os.fdopen(fd, 'a') as fh:\n        fh.write('rotated\\n')",
    },
    fix_hint:
      "Open with os.O_NOFOLLOW (and check the opened file with fstat), use lchown / follow_symlinks=False, or drop to the user's uid before touching their files.",
  },
  trigger: /pw_dir|getpwnam|getpwall|['"]\/home\b|expanduser\(\s*f?['"]~\{?\w/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const path = written(ctx, node);
    if (!path) return;
    // The module guards its opens with O_NOFOLLOW, or acts as the user (seteuid/setresuid) rather than as root.
    const scope = ctx.enclosingFunction(node);
    const text = scope ? ctx.text(scope) : ctx.tree.source;
    if (/O_NOFOLLOW|\bset(e|res|re)?uid\(|\blchown\b|islink\(|is_symlink\(/.test(text)) return;
    if (!USER_HOME.test(spelled(ctx, path))) return;
    report({
      node,
      message: "a privileged write into a user's home folder follows a link its owner can plant",
    });
  },
  cases: {
    valid: [
      "import os, pwd\nfrom pathlib import Path\ndef note(user):\n    home = Path(pwd.getpwnam(user).pw_dir)\n    fd = os.open(home / '.notice', os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NOFOLLOW, 0o644)\n    with os.fdopen(fd, 'a') as fh:\n        fh.write('x')",
      // Reading a user's file, and the program's own folders.
      "import pwd\nfrom pathlib import Path\ndef read(user):\n    home = Path(pwd.getpwnam(user).pw_dir)\n    return (home / '.plan').read_text()",
      "def save(data):\n    with open('/var/lib/app/state', 'w') as fh:\n        fh.write(data)",
      // The process writes its own user's home (no account lookup, no /home listing).
      "from pathlib import Path\ndef save(data):\n    (Path.home() / '.apprc').write_text(data)",
      // Dropped to the user's ids first.
      "import os, pwd\ndef note(user):\n    pw = pwd.getpwnam(user)\n    os.setresuid(pw.pw_uid, pw.pw_uid, pw.pw_uid)\n    with open(os.path.join(pw.pw_dir, '.notice'), 'a') as fh:\n        fh.write('x')",
      "import os, pwd\nfrom pathlib import Path\ndef fix():\n    for home in Path('/home').iterdir():\n        os.lchown(home / '.cache', 0, 0)",
    ],
    invalid: [
      {
        code: "import pwd\nfrom pathlib import Path\ndef note(user):\n    home = Path(pwd.getpwnam(user).pw_dir)\n    with open(home / '.notice', 'a') as fh:\n        fh.write('x')",
        line: 5,
      },
      {
        code: "import shutil\nfrom pathlib import Path\ndef clear():\n    for home in Path('/home').iterdir():\n        cache = (home / '.cache' / 'app').resolve()\n        if cache.exists():\n            shutil.rmtree(cache)",
        line: 7,
      },
      {
        code: "import os\ndef reset():\n    for name in os.listdir('/home'):\n        p = os.path.join('/home', name, '.quota')\n        with open(p, 'w') as fh:\n            fh.write('0')",
        line: 5,
      },
      {
        code: "import pwd, shutil\ndef give(user, src):\n    shutil.copy(src, pwd.getpwnam(user).pw_dir + '/welcome.txt')",
        line: 3,
      },
    ],
  },
});
