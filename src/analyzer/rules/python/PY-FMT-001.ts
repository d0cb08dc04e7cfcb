import { field, namedChildren } from "../../parse/nodes.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-FMT-001",
    title: "Format string chosen by untrusted input",
    cwe: ["CWE-134"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags str.format()/format_map() called on a format string that comes from request data or other untrusted input.",
      why_bad:
        "Python format fields reach attributes and items of the arguments ({user.__class__.__init__.__globals__[SECRET]}): whoever writes the format string reads any object the arguments lead to, secrets and settings included.",
      example_bad:
        "from flask import request\ndef greet(user):\n    return request.args['tpl'].format(user=user)",
      example_good:
        "from string import Template\nfrom flask import request\ndef greet(user):\n    return Template(request.args['tpl']).safe_substitute(name=user.name)",
    },
    fix_hint:
      "Keep format strings in code; for user-defined templates use string.Template or a sandboxed template engine with plain values.",
  },
  trigger: /\.format(_map)?\(/,
  nodeTypes: ["call"],
  detect(node, ctx, report) {
    const m = ctx.method(node);
    if (m !== "format" && m !== "format_map") return;
    const fn = field(node, "function");
    const fmt = fn?.type === "attribute" ? field(fn, "object") : undefined;
    if (!fmt || fmt.type === "string" || fmt.type === "concatenated_string") return;
    // Nothing to reach without arguments: "...".format() of a request string only copies it.
    const list = field(node, "arguments");
    if (!list || namedChildren(list).length === 0) return;
    if (ctx.level(fmt, "template") === Level.SOURCE)
      report({
        node,
        message: `${m}() on a format string from untrusted input (fields can read attributes)`,
      });
  },
  cases: {
    valid: [
      "from flask import request\ndef f():\n    return 'Hello {}'.format(request.args['n'])",
      "def f(tpl, user):\n    return tpl.format(user=user)",
      "import string\nfrom flask import request\ndef f(u):\n    return string.Template(request.args['t']).safe_substitute(name=u)",
    ],
    invalid: [
      {
        code: "from flask import request\ndef greet(user):\n    return request.args['tpl'].format(user=user)",
        line: 3,
      },
      {
        code: "from flask import request\ndef greet(user):\n    tpl = request.args.get('tpl', '{u.name}')\n    return tpl.format_map({'u': user})",
        line: 4,
      },
    ],
  },
});
