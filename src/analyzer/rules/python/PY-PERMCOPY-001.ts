import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Paths and names of files that hold secrets: keys, certificates' private halves, env files, credentials. */
const SECRET_FILE =
  /secret|private|credential|passw|token|shadow|keystore|\.pem\b|\.key\b|\.p12\b|\.pfx\b|\.env\b|\bid_(rsa|dsa|ecdsa|ed25519)\b|_key\b/i;

/**
 * The text that says what the copied file is: the source argument, the value it is bound to (a module constant,
 * a parameter's default) and the enclosing function's name.
 */
function describes(ctx: PythonContext, call: SyntaxNode, src: SyntaxNode): string {
  const fn = ctx.enclosingFunction(call);
  let text = `${ctx.text(src)} ${ctx.text(ctx.resolve(src) ?? src)}`;
  if (fn) {
    text += ` ${ctx.text(field(fn, "name") ?? fn)}`;
    // `def backup(src="/etc/app/secrets.env", ...)`: the default names the file.
    if (src.type === "identifier") {
      const params = field(fn, "parameters");
      const def = (params ? namedChildren(params) : []).find(
        (p) =>
          (p.type === "default_parameter" || p.type === "typed_default_parameter") &&
          ctx.text(field(p, "name") ?? p) === ctx.text(src),
      );
      if (def) text += ` ${ctx.text(field(def, "value") ?? def)}`;
    }
  }
  return text;
}

export default pyRule({
  meta: {
    id: "PY-PERMCOPY-001",
    title: "Secret file copied without its permissions",
    cwe: ["CWE-281", "CWE-732"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags copies of a file named as a secret (a key, .pem, .env, credentials, secrets, shadow) made with shutil.copyfile() or Path.write_bytes(src.read_bytes()), which create the copy with the default mode instead of the original's, when the function neither sets the copy's mode (chmod, copymode, copystat) nor a restrictive umask.",
      why_bad:
        "The original is readable by its owner only (0600); the copy gets 0666 & ~umask, usually 0644, so every local user can read the key or the credentials through the backup.",
      example_bad: "import shutil\ndef backup_key(dst):\n    shutil.copyfile('/etc/app/private.pem', dst)",
      example_good: "import shutil\ndef backup_key(dst):\n    shutil.copy2('/etc/app/private.pem', dst)",
    },
    fix_hint:
      "Copy with shutil.copy2 (or copy) so the mode travels with the data, or chmod the copy to 0o600 before anything else can open it.",
  },
  trigger: /copyfile\(|write_bytes\(|write_text\(/,
  nodeTypes: ["call"],
  calls: ["copyfile", "write_bytes", "write_text"],
  detect(node, ctx, report) {
    let src: SyntaxNode | undefined;
    if (/^shutil\.copyfile$/.test(ctx.callee(node))) src = ctx.arg(node, 0, "src");
    else if (/^(write_bytes|write_text)$/.test(ctx.method(node))) {
      // dst.write_bytes(src.read_bytes()): the data moves, the mode does not.
      const data = ctx.args(node)[0];
      const read = data?.type === "call" ? data : undefined;
      if (!read || !/^(read_bytes|read_text)$/.test(ctx.method(read))) return;
      src = field(field(read, "function") ?? read, "object");
    }
    if (!src || !SECRET_FILE.test(describes(ctx, node, src))) return;
    const fn = ctx.enclosingFunction(node);
    // The function gives the copy a mode itself, or runs under a umask that keeps others out.
    if (/\bchmod\(|copymode\(|copystat\(|umask\(/.test(fn ? ctx.text(fn) : ctx.tree.source)) return;
    report({
      node,
      message: "the secret file is copied with the default mode: the copy is readable by others",
    });
  },
  cases: {
    valid: [
      "import shutil\ndef backup(src='/etc/app/secrets.env', dst='/var/backups/s.bak'):\n    shutil.copy2(src, dst)",
      "import os, shutil\ndef backup(dst):\n    shutil.copyfile('/etc/app/private.pem', dst)\n    os.chmod(dst, 0o600)",
      "import shutil\ndef publish(dst):\n    shutil.copyfile('static/logo.png', dst)",
      "from pathlib import Path\ndef dup(a, b):\n    Path(b).write_bytes(Path(a).read_bytes())",
    ],
    invalid: [
      {
        code: "import shutil\ndef backup_secrets(src='/etc/app/secrets.env', dst='/var/backups/secrets.env.bak'):\n    shutil.copyfile(src, dst)",
        line: 3,
      },
      "from pathlib import Path\ndef backup_key(dst):\n    Path(dst).write_bytes(Path('/etc/ssh/ssh_host_ed25519_key').read_bytes())",
      "import shutil\nKEY = '/srv/app/certs/server.key'\ndef stage(dst):\n    shutil.copyfile(KEY, dst)",
    ],
  },
});
