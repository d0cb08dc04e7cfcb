import { Level } from "../../dataflow/python.js";
import { jsRule } from "./common.js";
import { TAINT_VARIANTS, taintSeverity } from "../severity.js";

export default jsRule({
  meta: {
    id: "JS-CODE-001",
    title: "Dynamic code evaluation of non-literal strings",
    cwe: ["CWE-94", "CWE-95"],
    severity: "HIGH",
    severity_variants: TAINT_VARIANTS,
    docs: {
      what_it_does:
        "Flags eval, new Function, setTimeout/setInterval with a string, and vm.run* whose code is not a literal.",
      why_bad:
        "The string runs as JavaScript with the program's privileges; attacker influence over it means arbitrary code execution.",
      example_bad: "function calc(expr) {\n  return eval(expr);\n}",
      example_good:
        "const { Parser } = require('expr-eval');\nfunction calc(expr) {\n  return new Parser().evaluate(expr);\n}",
    },
    fix_hint: "Parse data with JSON.parse or a dedicated expression parser; never evaluate strings as code.",
  },
  trigger: /eval|Function|setTimeout|setInterval|runIn|compileFunction/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node);
    const args = ctx.args(node);
    let code;
    if (q === "eval" || q === "window.eval" || q === "global.eval") code = args[0];
    else if (q === "Function") code = args[args.length - 1];
    else if (
      /^(vm\.)?(runInThisContext|runInNewContext|runInContext|compileFunction)$/.test(q) &&
      /vm/.test(q + ctx.tree.source)
    )
      code = args[0];
    else if (
      /^(setTimeout|setInterval)$/.test(q) &&
      args[0] &&
      (args[0].type === "string" ||
        args[0].type === "template_string" ||
        args[0].type === "binary_expression")
    )
      code = args[0];
    if (!code || ctx.guardedBefore(node)) return;
    const level = ctx.level(code, "code");
    if (level === Level.CONST) return;
    report({
      node,
      severity: taintSeverity(level),
      message: `${q} evaluates ${level >= Level.PARAM ? "caller-controlled" : "non-literal"} code`,
    });
  },
  cases: {
    valid: ["const x = eval('1 + 1');", "setTimeout(() => run(), 10);"],
    invalid: ["function f(s) { return eval(s); }", "function f(b) { return new Function('a', b); }"],
  },
});
