import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, nodesOfType, sourceHas } from "../../parse/nodes.js";
import { Level, type PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** A parameter that bounds the recursion. */
const DEPTH_PARAM = /depth|level|limit|budget|remaining|max_|nesting/i;

/** Calls of the function by its own name inside its body (`walk(child)`, `self.walk(child)`). */
function selfCalls(ctx: PythonContext, fn: SyntaxNode, name: string): SyntaxNode[] {
  return descendants(field(fn, "body") ?? fn).filter(
    (d) =>
      d.type === "call" &&
      (ctx.callee(d) === name || ctx.callee(d) === `self.${name}`) &&
      ctx.enclosingFunction(d) === fn,
  );
}

/** `sys.setrecursionlimit(N)` with N of ten thousand or more somewhere in the file. */
function raisedLimit(ctx: PythonContext): boolean {
  if (!sourceHas(ctx.tree, /setrecursionlimit/)) return false;
  return nodesOfType(ctx.tree, "call").some((d) => {
    if (!/(^|\.)setrecursionlimit$/.test(ctx.callee(d))) return false;
    const t = ctx.text(ctx.args(d)[0] ?? d).replace(/[_\s]/g, "");
    const pow = /^(\d+)\*\*(\d+)$/.exec(t);
    const n = pow ? Number(pow[1]) ** Number(pow[2]) : Number(t);
    return Number.isFinite(n) && n >= 10_000;
  });
}

export default pyRule({
  meta: {
    id: "PY-RECUR-001",
    title: "Recursion over client data without a depth limit",
    cwe: ["CWE-674"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags a function that calls itself on parts of its argument (children, values, replies) with no depth parameter, when the file calls it with request data or raises sys.setrecursionlimit to ten thousand or more.",
      why_bad:
        "The client decides how deep the nesting goes: a few kilobytes of `[[[[...]]]]` or replies-of-replies exhaust the stack (RecursionError, a 500 for every such request) or, with a raised recursion limit, crash the whole process with a C stack overflow.",
      example_bad:
        "from flask import request\ndef count(node):\n    return 1 + sum(count(c) for c in node.get('children', []))\ndef api():\n    return {'n': count(request.get_json())}",
      example_good:
        "from flask import request, abort\ndef count(node, depth=0):\n    if depth > 32:\n        abort(400)\n    return 1 + sum(count(c, depth + 1) for c in node.get('children', []))\ndef api():\n    return {'n': count(request.get_json())}",
    },
    fix_hint:
      "Pass a depth counter and refuse input past a fixed nesting, or walk the structure with an explicit stack.",
  },
  trigger: /request\b|setrecursionlimit\(/,
  nodeTypes: ["function_definition"],
  detect(node, ctx, report) {
    const name = ctx.text(field(node, "name") ?? node);
    // Most functions never mention their own name: skip them before resolving every call's callee.
    if (!ctx.text(field(node, "body") ?? node).includes(`${name}(`)) return;
    if (ctx.paramNames(node).some((p) => DEPTH_PARAM.test(p))) return;
    const calls = selfCalls(ctx, node, name);
    if (!calls.length) return;
    // Called from elsewhere in the file with request data (directly or through a local name).
    const fromRequest = nodesOfType(ctx.tree, "call").some(
      (d) =>
        ctx.callee(d) === name &&
        ctx.enclosingFunction(d) !== node &&
        ctx
          .args(d)
          .some(
            (a) => /request/.test(ctx.text(ctx.resolve(a) ?? a)) && ctx.level(a, "code") === Level.SOURCE,
          ),
    );
    if (fromRequest || raisedLimit(ctx))
      report({
        node: calls[0]!,
        message: `${name} recurses once per level of nesting the input has, with no limit`,
      });
  },
  cases: {
    valid: [
      "from flask import request, abort\ndef count(node, depth=0):\n    if depth > 32:\n        abort(400)\n    return 1 + sum(count(c, depth + 1) for c in node.get('children', []))\ndef api():\n    return {'n': count(request.get_json())}",
      "def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)",
      "from flask import request\ndef walk(tree):\n    return [walk(c) for c in tree.children]\ndef api():\n    return walk(load_site_tree())",
    ],
    invalid: [
      "from flask import request\ndef count(node):\n    return 1 + sum(count(c) for c in node.get('children', []))\ndef api():\n    return {'n': count(request.get_json())}",
      "import sys\nsys.setrecursionlimit(10**6)\ndef parse(text, pos=0):\n    if text[pos] == '(':\n        return parse(text, pos + 1)\n    return pos",
    ],
  },
});
