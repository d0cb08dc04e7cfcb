import { descendants, field } from "../../parse/nodes.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-LOG-002",
    title: "Request data written to a log file by hand",
    cwe: ["CWE-117"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags write() calls on a file opened under a log-like name (audit.log, access_log, ...) whose text carries request data, input() or argv without CR/LF removal.",
      why_bad:
        "A value with a newline starts a new, forged log line (a fake 'login succeeded for admin'), misleading whoever audits the log.",
      example_bad:
        "from flask import request\ndef login():\n    with open('audit.log', 'a') as log:\n        log.write('login: ' + request.form['user'] + '\\n')",
      example_good:
        "from flask import request\ndef login():\n    user = request.form['user'].replace('\\r', '').replace('\\n', '')\n    with open('audit.log', 'a') as log:\n        log.write('login: ' + user + '\\n')",
    },
    fix_hint: "Use logging with the value escaped (repr) or strip \\r and \\n before writing.",
  },
  trigger: /log/i,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    if (ctx.method(node) !== "write" && ctx.method(node) !== "writelines") return;
    const obj = field(field(node, "function") ?? node, "object");
    if (obj?.type !== "identifier") return;
    // The handle: `with open('x.log', 'a') as log` or `log = open(...)`.
    const name = ctx.text(obj);
    const opened = ctx.tree.nodes.find((n) => {
      if (n.type === "as_pattern") {
        const target = n.children.filter((c) => c.named).pop();
        return !!target && ctx.text(target) === name && /\bopen\(/.test(ctx.text(n));
      }
      return (
        n.type === "assignment" &&
        ctx.text(field(n, "left") ?? n) === name &&
        /\bopen\(/.test(ctx.text(field(n, "right") ?? n))
      );
    });
    if (!opened) return;
    const call = [opened, ...descendants(opened)].find((d) => d.type === "call" && ctx.callee(d) === "open");
    const path = call ? ctx.text(ctx.args(call)[0] ?? call) : "";
    if (!/log|audit|journal/i.test(path)) return;
    const data = ctx.args(node)[0];
    if (data && ctx.level(data, "log") === Level.SOURCE)
      report({ node, message: "untrusted input written to a log file unescaped" });
  },
  cases: {
    valid: [
      "from flask import request\ndef f():\n    with open('out.txt', 'w') as o:\n        o.write(request.form['x'])",
      "def f(msg):\n    with open('app.log', 'a') as log:\n        log.write(msg)",
    ],
    invalid: [
      "from flask import request\ndef f():\n    with open('audit.log', 'a') as log:\n        log.write('login: ' + request.form['user'] + '\\n')",
    ],
  },
});
