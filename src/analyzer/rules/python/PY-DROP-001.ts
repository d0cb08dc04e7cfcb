import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

const DROP =
  /^os\.(setuid|setgid|seteuid|setegid|setreuid|setregid|setresuid|setresgid|setgroups|initgroups|chroot)$/;
/** An except body that stops the program or passes the error on. */
const STOPS = /\braise\b|\b(sys\.)?exit\(|os\._exit\(|os\.abort\(|\babort\(/;

export default pyRule({
  meta: {
    id: "PY-DROP-001",
    title: "Failure to drop privileges is ignored",
    cwe: ["CWE-273", "CWE-252", "CWE-754", "CWE-271"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags os.setuid / setgid / seteuid / setgroups (privilege drops) and os.chroot (confinement) inside a try whose except handler neither re-raises nor exits, or inside a `with contextlib.suppress(...)` block; a setuid() before the setgid()/setgroups() that needs root (CWE-271); and libc's setuid/setgid called through ctypes with the return value dropped.",
      why_bad:
        "When the drop fails (no permission, unknown user, a seccomp filter), the program carries on with root privileges while believing it runs unprivileged.",
      example_bad:
        "import os\ndef drop(uid, gid):\n    try:\n        os.setgid(gid)\n        os.setuid(uid)\n    except OSError:\n        pass",
      example_good:
        "import os\ndef drop(uid, gid):\n    os.setgid(gid)\n    os.setuid(uid)\n    if os.getuid() == 0:\n        raise SystemExit('still root')",
    },
    fix_hint:
      "Let a failed privilege drop stop the program (re-raise or exit), and check getuid()/geteuid() afterwards.",
  },
  trigger: /\bset(e|re|res)?[ug]id\(|setgroups\(|initgroups\(|chroot\(/,
  nodeTypes: ["try_statement", "with_statement", "expression_statement"],
  detect(node, ctx, report) {
    if (node.type === "expression_statement") {
      const call = namedChildren(node)[0];
      if (call?.type !== "call") return;
      const q = ctx.callee(call);
      const fn = ctx.enclosingFunction(call);
      if (/^os\.set(re|res)?uid$/.test(q) && fn && ctx.text(ctx.args(call)[0] ?? call) !== "0") {
        // os.setuid(uid) then os.setgid(gid): once the uid is dropped the group change needs the root it gave
        // up, so it fails (or, caught, leaves the root group and supplementary groups in place).
        const later = descendants(fn).find(
          (c) =>
            c.type === "call" &&
            c.start > call.end &&
            /^os\.(set(e|re|res)?gid|setgroups|initgroups)$/.test(ctx.callee(c)),
        );
        if (later)
          report({
            node: call,
            message: `${q}() runs before ${ctx.callee(later)}(): the group change then lacks the privilege it needs`,
          });
        return;
      }
      // libc.setuid(uid) through ctypes: a C return code, not an exception; dropped, a failure goes unnoticed.
      const m = /^(\w+)\.(set(e|re|res)?[ug]id|setgroups|initgroups)$/.exec(
        ctx.text(field(call, "function") ?? call),
      );
      if (
        m &&
        m[1] !== "os" &&
        ctx.text(ctx.args(call)[0] ?? call) !== "0" &&
        sourceHas(ctx.tree, /\bctypes\b/)
      )
        report({
          node: call,
          message: `${m[2]}() through ctypes returns -1 on failure and the result is ignored`,
        });
      return;
    }
    if (node.type === "with_statement") {
      // with contextlib.suppress(OSError): os.setuid(uid) - the failure is dropped without a word.
      const items = descendants(field(node, "items") ?? node.children[1] ?? node).filter(
        (c) => c.type === "call",
      );
      if (!items.some((c) => /(^|\.)suppress$/.test(ctx.callee(c)))) return;
      const inner = descendants(field(node, "body") ?? node).find(
        (c) => c.type === "call" && DROP.test(ctx.callee(c)) && ctx.text(ctx.args(c)[0] ?? c) !== "0",
      );
      if (inner)
        report({
          node: inner,
          message: `${ctx.callee(inner)}() runs under suppress(): a failure leaves the old privileges in place unnoticed`,
        });
      return;
    }
    const body = field(node, "body");
    if (!body) return;
    // `os.setuid(0)` is no drop: in a try it is the probe that the drop cannot be undone (expected to fail).
    const drop = descendants(body).find(
      (c) => c.type === "call" && DROP.test(ctx.callee(c)) && ctx.text(ctx.args(c)[0] ?? c) !== "0",
    );
    if (!drop) return;
    for (const handler of node.children.filter((c) => c.type === "except_clause")) {
      if (STOPS.test(ctx.text(handler))) continue;
      report({
        node: drop,
        message: `${ctx.callee(drop)}() may fail and the handler carries on with the old privileges`,
      });
      return;
    }
  },
  cases: {
    valid: [
      "import os\ndef f(uid, gid):\n    os.setgroups([])\n    os.setgid(gid)\n    os.setuid(uid)",
      "import ctypes\nlibc = ctypes.CDLL('libc.so.6')\ndef f(uid):\n    if libc.setuid(uid) != 0:\n        raise OSError('setuid')",
      "import os\nfrom contextlib import suppress\ndef f(p):\n    with suppress(FileNotFoundError):\n        os.remove(p)",
      "import os\ndef f(uid):\n    os.setuid(uid)",
      "import os, sys\ndef f(uid):\n    try:\n        os.setuid(uid)\n    except OSError as e:\n        sys.exit(f'cannot drop root: {e}')",
      "import os\ndef f(uid):\n    try:\n        os.setuid(uid)\n    except OSError:\n        log('x')\n        raise",
      "import os\ndef f(uid):\n    os.setuid(uid)\n    try:\n        os.setuid(0)\n    except PermissionError:\n        return\n    raise RuntimeError('privileges were not dropped')",
    ],
    invalid: [
      { code: "import os\ndef f(uid, gid):\n    os.setuid(uid)\n    os.setgid(gid)", line: 3 },
      {
        code: "import ctypes\nlibc = ctypes.CDLL('libc.so.6')\ndef f(uid, gid):\n    libc.setgid(gid)\n    libc.setuid(uid)",
        line: 4,
      },
      {
        code: "import os\nfrom contextlib import suppress\ndef f(uid):\n    with suppress(PermissionError):\n        os.setuid(uid)\n    serve()",
        line: 5,
      },
      "import os\ndef jail(path):\n    try:\n        os.chroot(path)\n    except OSError:\n        pass",
      {
        code: "import os\ndef f(uid):\n    try:\n        os.setuid(uid)\n    except OSError:\n        pass",
        line: 4,
      },
      "import os, logging\ndef f(uid, gid):\n    try:\n        os.setgid(gid)\n        os.setuid(uid)\n    except Exception:\n        logging.warning('could not drop privileges')",
    ],
  },
});
