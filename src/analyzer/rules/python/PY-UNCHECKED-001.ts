import { descendants, field, namedChildren } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

/** Calls that report failure (or a short write) only through their return value. */
const STATUS_CALLS = /^(os\.write|subprocess\.call)$/;
/** Socket-style methods whose return value says how much was actually sent or whether the lock was taken. */
const STATUS_METHODS = /^(send|sendto|acquire)$/;
/** What a program does only once a command has worked: delete or move its input, publish its output. */
const AFTER_SUCCESS =
  /^(shutil\.(rmtree|move)|os\.(remove|unlink|rmdir|removedirs|rename|replace)|(\w+\.)*(unlink|rmdir|rename|replace|touch))$/;

export default pyRule({
  meta: {
    id: "PY-UNCHECKED-001",
    title: "Return value that reports failure is ignored",
    cwe: ["CWE-252"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags statements that discard the result of os.write, socket send/sendto (bytes sent), a non-blocking lock acquire, and subprocess.call (the exit status). os.system, subprocess.run without check=True and Popen(...).wait() are flagged only when a later statement in the same block deletes, moves or writes a file as if the command had worked.",
      why_bad:
        "These calls do not raise on a short write, a failed command or a lock not taken; ignoring the value lets the program continue as if it had succeeded (data lost, partial state, unlocked access).",
      example_bad:
        "import subprocess\ndef backup(src, dst):\n    subprocess.call(['cp', '-r', src, dst])\n    print('done')",
      example_good:
        "import subprocess\ndef backup(src, dst):\n    subprocess.run(['cp', '-r', src, dst], check=True)",
    },
    fix_hint:
      "Check the value (or use the raising form: subprocess.run(check=True), sock.sendall, f.write on a file object).",
  },
  trigger:
    /os\.write\(|\b((sock|conn|client|socket|peer|server)\w*|s|c)\.send(to)?\(|acquire\(\s*(False|blocking)|subprocess\.call\(|os\.system\(|subprocess\.run\(|\.wait\(\)/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    if (node.parent?.type !== "expression_statement") return;
    const q = ctx.callee(node);
    const m = ctx.method(node);
    if (STATUS_CALLS.test(q)) {
      report({ node, message: `the result of ${q} is ignored` });
      return;
    }
    // proc = subprocess.Popen(...); proc.wait(): the exit status wait() returns is dropped.
    const popenWait =
      m === "wait" &&
      (() => {
        const obj = field(field(node, "function") ?? node, "object");
        const made = obj?.type === "identifier" ? ctx.resolve(obj) : undefined;
        return made?.type === "call" && /(^|\.)Popen$/.test(ctx.callee(made));
      })();
    if (q === "os.system" || popenWait || (q === "subprocess.run" && !ctx.kwarg(node, "check"))) {
      // The status is ignored and the next steps act as if the command succeeded: delete what it was meant to
      // unmount or copy, or write the marker that says the backup is good.
      const stmt = node.parent;
      const later = stmt.parent ? namedChildren(stmt.parent).filter((s) => s.order > stmt.order) : [];
      const acts = later.some((s) =>
        [s, ...descendants(s)].some(
          (d) =>
            d.type === "call" &&
            (AFTER_SUCCESS.test(ctx.callee(d)) ||
              (ctx.callee(d) === "open" && /^[wax]/.test(ctx.stringValue(ctx.arg(d, 1, "mode")) ?? ""))),
        ),
      );
      if (acts)
        report({
          node,
          message: `the exit status of ${q} is ignored, and the next steps assume it succeeded`,
        });
      return;
    }
    if (!STATUS_METHODS.test(m) || field(node, "function")?.type !== "attribute") return;
    const obj = ctx.text(field(field(node, "function") ?? node, "object") ?? node);
    if (m === "acquire") {
      const blocking = ctx.arg(node, 0, "blocking");
      if (blocking && ctx.text(blocking) === "False")
        report({ node, message: "a non-blocking acquire() whose result is ignored" });
    } else if (/^((sock|conn|client|socket|peer|server)\w*|s|c)$/.test(obj))
      report({ node, message: `${obj}.${m}() may send only part of the data` });
  },
  cases: {
    valid: [
      "import subprocess\nsubprocess.run(['ls'], check=True)",
      "import os\nn = os.write(fd, b'x')",
      "def push(sock, data):\n    sock.sendall(data)",
      "def notify(q, item):\n    q.send(item)",
      "import os\nos.system('clear')\nprint('hi')",
      "import subprocess, os\ndef f(p):\n    subprocess.run(['gzip', p], check=True)\n    os.remove(p + '.bak')",
    ],
    invalid: [
      "import os\ndef save(fd, data):\n    os.write(fd, data)",
      "def push(sock, data):\n    sock.send(data)",
      "import subprocess\nsubprocess.call(['cp', 'a', 'b'])",
      "import os, subprocess\ndef conv(p):\n    proc = subprocess.Popen(['gs', p])\n    proc.wait()\n    os.replace(p + '.tmp', p)",
      "import os, shutil\ndef retire(m):\n    os.system('umount /mnt/x')\n    shutil.rmtree(m)",
      "import subprocess\ndef dump(db, dest):\n    subprocess.run(['pg_dump', '-f', dest, db])\n    with open(dest + '.ok', 'w') as f:\n        f.write('ok')",
    ],
  },
});
