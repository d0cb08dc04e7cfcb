import { Level } from "../../dataflow/python.js";
import { sourceMatches } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

export default jsRule({
  meta: {
    id: "JS-CODE-003",
    title: "eval or the Function constructor on code the program builds itself",
    cwe: ["CWE-95"],
    // An audit hint: no input reaches the code (JS-CODE-001 judges the calls where something does).
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags eval(), new Function(...) / Function(...) and setTimeout/setInterval with a string whose code is a literal or is built from literals only (including `new Function()` with no body), the calls ESLint's no-eval, no-new-func and no-implied-eval forbid. LOW: nothing untrusted was traced into the code; JS-CODE-001 reports the calls where something non-constant is.",
      why_bad:
        "A string evaluator stays one refactor away from eval injection (CWE-95): the day a variable is spliced into the built string, it runs attacker code with the page's or the process's privileges. It also forces a Content-Security-Policy with 'unsafe-eval' (the Function constructor throws under a strict CSP), which gives up a main defence against XSS for the whole page.",
      example_bad:
        "function makeGetter(field) {\n  const fields = ['id', 'name'];\n  return new Function('o', 'return o.' + fields[0]);\n}",
      example_good: "function makeGetter() {\n  return (o) => o.id;\n}",
    },
    fix_hint:
      "Write the code as a function or arrow function (() => {} for an empty handler), use BigInt()/JSON.parse for data, and pass functions, not strings, to setTimeout/setInterval.",
  },
  trigger: /eval|Function|setTimeout|setInterval/,
  nodeTypes: ["call_expression", "new_expression"],
  detect(node, ctx, report) {
    const q = ctx.callee(node).replace(/^\(\s*([\w.]+)\s*\)$/, "$1");
    const args = ctx.args(node);
    let code;
    if (/^(window\.|global\.|globalThis\.)?eval$/.test(q)) {
      code = args[0];
      if (!code) return;
    } else if (/^(window\.|global\.|globalThis\.)?Function$/.test(q)) code = args[args.length - 1];
    else if (/^(window\.)?(setTimeout|setInterval)$/.test(q)) {
      code = args[0];
      if (!code || !/^(string|template_string|binary_expression)$/.test(code.type)) return;
    } else return;
    // A user-defined eval/Function (a sandbox's own, a polyfill) is not the global one.
    const name = q.split(".").pop()!;
    if (sourceMatches(ctx.tree, `\\bfunction\\s+${name}\\s*\\(|\\b(const|let|var)\\s+${name}\\s*=`)) return;
    if (code && ctx.level(code, "code") !== Level.CONST) return;
    report({
      node,
      message: code
        ? `${q} evaluates code built from literals: no input reaches it today, but it keeps a string evaluator (and CSP 'unsafe-eval') in the program`
        : `${q}() creates a function from a string evaluator: needs CSP 'unsafe-eval'; use () => {}`,
    });
  },
  cases: {
    valid: [
      "const f = () => {};\nsetTimeout(f, 10);",
      "const x = JSON.parse('[1, 2]');",
      "function evaluate(expr) { return expr; }\nconst v = evaluate('1 + 1');",
      "class Parser { eval(s) { return s; } }\nconst v = new Parser().eval('1 + 1');",
      "function f(s) { return eval(s); }",
    ],
    invalid: [
      { code: "const big = eval('1234567890'.repeat(20) + '0n');", severity: "LOW" },
      { code: "o.onDragStart = new Function();", severity: "LOW" },
      "const args = [];\nfor (let i = 0; i < 3; i++) args.push('a[' + i + ']');\nconst make = new Function('c', 'a', 'return new c(' + args.join(',') + ')');",
      "setTimeout('location.reload()', 1000);",
    ],
  },
});
