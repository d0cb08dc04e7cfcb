import { field, perTree } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Per tree: handle name -> the path text it was opened with (`with open(p) as h`, `h = open(p)`). */
const logHandles = perTree((ctx: PythonContext): Map<string, string> => {
  const m = new Map<string, string>();
  for (const n of ctx.tree.nodes) {
    let target: SyntaxNode | undefined;
    let value: SyntaxNode | undefined;
    if (n.type === "as_pattern") {
      target = n.children.filter((c) => c.named).pop();
      value = n.children.find((c) => c.named);
    } else if (n.type === "assignment") {
      target = field(n, "left");
      value = field(n, "right");
    }
    if (target && value?.type === "call" && ctx.callee(value) === "open")
      m.set(ctx.text(target), ctx.text(ctx.args(value)[0] ?? value));
  }
  return m;
});

export default pyRule({
  meta: {
    id: "PY-LOG-002",
    title: "Request data written to a log file by hand",
    cwe: ["CWE-117", "CWE-116"],
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
  trigger: /open\([^)\n]*(log|audit|journal)/i,
  nodeTypes: ["call"],
  calls: ["write", "writelines"],
  detect(node, ctx, report) {
    if (ctx.method(node) !== "write" && ctx.method(node) !== "writelines") return;
    const obj = field(field(node, "function") ?? node, "object");
    if (obj?.type !== "identifier") return;
    // The handle: `with open('x.log', 'a') as log` or `log = open(...)`; the path it was opened with.
    const path = logHandles(ctx).get(ctx.text(obj));
    if (path === undefined || !/log|audit|journal/i.test(path)) return;
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
