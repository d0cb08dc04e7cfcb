import { Level } from "../../dataflow/python.js";
import type { JsContext } from "../../dataflow/javascript.js";
import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceMatches } from "../../parse/nodes.js";
import { jsRule } from "./common.js";

/** Calls whose result spliced into code is a quoted string or a number, never code of its own. */
const QUOTING = /^(JSON\.stringify|Number|parseInt|parseFloat|Math\.\w+|Number\.\w+)$/;

/**
 * Code that is a literal, or a literal with holes that can only be data or a pick from fixed values: quoted
 * (`JSON.stringify(x)`), numeric (`Number(x)`), a name bound to such a value, or a lookup (`OPS[op]`, whose level
 * the caller already found constant). What a compiler of expressions deliberately builds, not code the program
 * assembles by computation (`args.join(',')`, `'9'.repeat(20)`).
 */
function plainCode(n: SyntaxNode | undefined, ctx: JsContext, depth = 0): boolean {
  if (!n || depth > 6) return false;
  switch (n.type) {
    case "string":
    case "number":
    case "true":
    case "false":
    case "null":
    case "member_expression":
    case "subscript_expression":
      return true;
    case "template_string":
      return n.children
        .filter((c) => c.type === "template_substitution")
        .every((c) => plainCode(namedChildren(c)[0], ctx, depth + 1));
    case "parenthesized_expression":
      return plainCode(namedChildren(n)[0], ctx, depth + 1);
    case "binary_expression":
      return plainCode(field(n, "left"), ctx, depth + 1) && plainCode(field(n, "right"), ctx, depth + 1);
    case "ternary_expression":
      return (
        plainCode(field(n, "consequence"), ctx, depth + 1) &&
        plainCode(field(n, "alternative"), ctx, depth + 1)
      );
    case "call_expression": {
      if (QUOTING.test(ctx.callee(n))) return true;
      // `rule.source()`: a helper or method of this file whose every return is such code.
      const fn = ctx.localFunction(n);
      const rets = fn ? ctx.returnedBy(n) : [];
      return rets.length > 0 && rets.every((r) => plainCode(r, ctx, depth + 1));
    }
    case "identifier": {
      const r = ctx.resolve(n);
      return !r || r === n || plainCode(r, ctx, depth + 1);
    }
    default:
      return false;
  }
}

export default jsRule({
  meta: {
    id: "JS-CODE-003",
    title: "eval or the Function constructor on code the program builds itself",
    cwe: ["CWE-95"],
    // An audit hint: no input reaches the code (JS-CODE-001 judges the calls where something does).
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags eval(), new Function(...) / Function(...) and setTimeout/setInterval with a string whose code is a literal or is built from literals only (including `new Function()` with no body), the calls ESLint's no-eval, no-new-func and no-implied-eval forbid. LOW: nothing untrusted was traced into the code; JS-CODE-001 reports the calls where something non-constant is. A compiled expression is not reported: eval or Function code (parameter names included) that is a literal, or a literal whose holes are quoted (JSON.stringify), numeric (Number, parseInt) or picked from fixed values; nothing can be spliced into it.",
      why_bad:
        "A string evaluator stays one refactor away from eval injection (CWE-95): the day a variable is spliced into the built string, it runs attacker code with the page's or the process's privileges. It also forces a Content-Security-Policy with 'unsafe-eval' (the Function constructor throws under a strict CSP), which gives up a main defence against XSS for the whole page.",
      example_bad:
        "function makeSum() {\n  const fields = ['o.id', 'o.name'];\n  return new Function('o', 'return ' + fields.join(' + '));\n}",
      example_good: "function makeSum() {\n  return (o) => o.id + o.name;\n}",
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
    // A compiled expression: literal code (parameter names included) with only quoted, numeric or table-picked
    // holes. Nothing can be spliced into it (JS-CODE-001 judges the calls where something can).
    if (
      code &&
      !/^(window\.)?(setTimeout|setInterval)$/.test(q) &&
      args.every((a) => plainCode(a, ctx) && ctx.level(a, "code") === Level.CONST)
    )
      return;
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
      "const total = new Function('o', 'return o.qty * o.unit');",
      "function getter(column) {\n  return new Function('row', 'return row[' + JSON.stringify(String(column)) + ']');\n}",
      "const OPS = { add: '+', sub: '-' };\nfunction op(name) {\n  const o = OPS[name];\n  return new Function('a', 'b', 'return a ' + o + ' b');\n}",
      "class Rule {\n  constructor(e) { this.e = e; }\n  source() { return 'return (' + this.e + ');'; }\n}\nclass Over extends Rule {\n  constructor(n) { super('c.total > ' + Number(n)); }\n}\nfunction make(n) {\n  return new Function('c', new Over(n).source());\n}",
    ],
    invalid: [
      { code: "const big = eval('1234567890'.repeat(20) + '0n');", severity: "LOW" },
      { code: "o.onDragStart = new Function();", severity: "LOW" },
      "const args = [];\nfor (let i = 0; i < 3; i++) args.push('a[' + i + ']');\nconst make = new Function('c', 'a', 'return new c(' + args.join(',') + ')');",
      "setTimeout('location.reload()', 1000);",
      "class Rule {\n  src() { return 'return ' + ['a', 'b'].join(' + '); }\n}\nconst f = new Function('o', new Rule().src());",
    ],
  },
});
