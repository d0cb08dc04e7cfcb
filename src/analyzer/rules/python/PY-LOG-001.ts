import type { SyntaxNode } from "../../parse/index.js";
import { field } from "../../parse/nodes.js";
import { Level, type PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** `audit = logging.getLogger("audit")` then `audit.info(...)`: a logger under any name. */
function namedLogger(ctx: PythonContext, call: SyntaxNode): boolean {
  const fn = field(call, "function");
  const recv = fn?.type === "attribute" ? field(fn, "object") : undefined;
  const v = recv?.type === "identifier" ? ctx.resolve(recv) : undefined;
  return v?.type === "call" && /(^|\.)(getLogger|get_logger|getChild)$/.test(ctx.callee(v));
}

export default pyRule({
  meta: {
    id: "PY-LOG-001",
    title: "Log injection from request data",
    cwe: ["CWE-117", "CWE-116"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags logging calls whose message or arguments carry request data or other untrusted input without removing line breaks.",
      why_bad:
        "CR/LF in the value forge extra log lines (fake entries, hidden attacks) and can inject markup into log viewers.",
      example_bad:
        "import logging\nfrom flask import request\ndef login():\n    logging.info('login attempt: ' + request.form['user'])",
      example_good:
        "import logging\nfrom flask import request\ndef login():\n    user = request.form['user'].replace('\\r', '').replace('\\n', '')\n    logging.info('login attempt: %s', user)",
    },
    fix_hint: "Strip or escape \\r and \\n from untrusted values (or log them with repr / json.dumps).",
  },
  trigger: /logging|logger|LOGGER|\blog\.\w+\(|_log\.|LOG\./,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const m = ctx.method(node);
    if (!/^(debug|info|warning|warn|error|critical|exception|log)$/.test(m)) return;
    if (
      !/^(logging|logger|log|_log|_logger|LOG|LOGGER|self\.logger|self\.log|app\.logger|current_app\.logger)\./.test(
        q,
      ) &&
      !/logger|logging/.test(q) &&
      !namedLogger(ctx, node)
    )
      return;
    // logger.info("... %r", value): the lazy %r conversion writes repr(value), with CR/LF escaped.
    const args = ctx.args(node);
    const fmt = ctx.stringValue(args[0]);
    const placeholders = fmt?.match(/%[-#0 +]*\d*(?:\.\d+)?[a-zA-Z]/g) ?? [];
    const reprOnly = placeholders.length > 0 && placeholders.every((p) => p.endsWith("r"));
    for (const a of reprOnly ? args.slice(0, 1) : args) {
      if (ctx.level(a, "log") === Level.SOURCE) {
        report({ node, message: "untrusted input written to the log unescaped" });
        return;
      }
    }
  },
  cases: {
    valid: [
      "import logging\nfrom flask import request\nlogging.info('user %r', request.args['u'])",
      "import logging\nlogging.info('started %s', 3)",
      "import logging\ndef f(u):\n    logging.info('user %s', u)",
    ],
    invalid: [
      "import logging\nfrom flask import request\naudit = logging.getLogger('audit')\ndef f():\n    audit.info('user %s', request.args['u'])",
      "import logging\nfrom flask import request\nlogging.warning('bad user %s', request.args.get('u'))",
    ],
  },
});
