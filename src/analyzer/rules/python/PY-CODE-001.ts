import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";

const EVAL = new Set(["eval", "exec", "execfile", "builtins.eval", "builtins.exec", "__builtin__.eval"]);

export default pyRule({
  meta: {
    id: "PY-CODE-001",
    title: "eval/exec of non-literal code",
    cwe: ["CWE-94", "CWE-95"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does: "Flags eval(), exec() and execfile() whose code argument is not a plain literal.",
      why_bad:
        "Evaluating a string runs it as Python with the program's privileges; anyone who influences the string can run any code.",
      example_bad: "def calc(expr):\n    return eval(expr)",
      example_good: "import ast\ndef calc(expr):\n    return ast.literal_eval(expr)",
    },
    fix_hint:
      "Parse data with ast.literal_eval or json.loads; dispatch to functions through an explicit dict instead of building code.",
  },
  trigger: /\beval\b|\bexec\b|execfile/,
  nodeTypes: ["call", "exec_statement"],
  detect(node, ctx, report) {
    if (node.type === "exec_statement") {
      // Python 2: `exec code in namespace`.
      const code = node.children.find((c) => c.named);
      if (code && ctx.level(code, "code") !== Level.CONST)
        report({ node, message: "exec statement runs non-literal code" });
      return;
    }
    const q = ctx.callee(node);
    if (!EVAL.has(q)) return;
    const code = ctx.arg(node, 0, "source");
    if (!code) return;
    const level = ctx.level(code, "code");
    if (level === Level.CONST) return;
    report({
      node,
      severity: taintSeverity(level),
      message: `${q}() evaluates ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} code`,
    });
  },
  cases: {
    valid: [
      "x = eval('1 + 2')",
      "import ast\ndef f(s):\n    return ast.literal_eval(s)",
      "exec('import os')",
    ],
    invalid: [
      "def f(s):\n    exec s in {}",
      "def f(s):\n    return eval(s)",
      "exec(input())",
      "def g(name):\n    exec('import %s' % name)",
    ],
  },
});
