import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { pyRule, typedParameter } from "./common.js";

const NUMBER = /^(int|float|decimal\.Decimal|Decimal|fractions\.Fraction)$/;

/**
 * A number the request chooses: `int(request.args["n"])` (directly or through a name), or a route handler's
 * `count: int` parameter in a FastAPI module (the framework parses the query value into it).
 */
function requestNumber(ctx: PythonContext, node: SyntaxNode | undefined): boolean {
  if (node?.type === "parenthesized_expression") return requestNumber(ctx, namedChildren(node)[0]);
  if (node?.type === "identifier") {
    const typed = typedParameter(ctx, node);
    const p = typed?.param;
    if (typed && p)
      return (
        /^(int|float)$/.test(ctx.text(field(p, "type") ?? p)) &&
        ctx.isEntryFunction(typed.fn) &&
        sourceHas(ctx.tree, /\bfastapi\b/) &&
        // Query(gt=0) / Path(ge=1) and the like keep zero out
        !/\b(gt|ge)\s*=/.test(ctx.text(field(p, "value") ?? p))
      );
  }
  const n = ctx.resolve(node);
  if (n?.type !== "call" || !NUMBER.test(ctx.callee(n))) return false;
  const inner = ctx.args(n)[0];
  return !!inner && ctx.level(inner, "log") === Level.SOURCE;
}

/** The function looks at the divisor before (a comparison, a truth test, max(1, n), `n or 1`) or catches the error. */
function guarded(ctx: PythonContext, at: SyntaxNode, divisor: SyntaxNode): boolean {
  const fn = ctx.enclosingFunction(at);
  const scope = ctx.text(fn ?? at);
  if (/ZeroDivisionError|ArithmeticError|except\s*:|except\s+Exception\b/.test(scope)) return true;
  if (divisor.type !== "identifier") return false;
  const name = ctx.text(divisor);
  return new RegExp(
    `\\b${name}\\s*(<|>|<=|>=|==|!=)|(<|>|<=|>=|==|!=)\\s*${name}\\b|\\b(if|and|or|not|assert)\\s+${name}\\b|\\b${name}\\s+or\\b|\\b(max|abs|clamp)\\([^)]*\\b${name}\\b`,
  ).test(scope);
}

export default pyRule({
  meta: {
    id: "PY-DIVZERO-001",
    title: "Division by a number the request chooses, never checked for zero",
    cwe: ["CWE-369"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags `/`, `//`, `%` and divmod() whose divisor is a number parsed from request data (int(request.args[...]), a FastAPI handler's int parameter) that the function never compares, tests or catches ZeroDivisionError for.",
      why_bad:
        "A client sending 0 makes the handler raise ZeroDivisionError: an error page, a stack trace where debug is on, and in a worker or a loop a crash every time it is asked.",
      example_bad:
        "from flask import request\ndef avg():\n    n = int(request.args['count'])\n    return {'avg': float(request.args['total']) / n}",
      example_good:
        "from flask import request, abort\ndef avg():\n    n = int(request.args['count'])\n    if n <= 0:\n        abort(400)\n    return {'avg': float(request.args['total']) / n}",
    },
    fix_hint: "Reject a zero (and usually a negative) divisor before dividing, or catch ZeroDivisionError.",
  },
  trigger: /(int|float|Decimal)\(\s*request\b|request\.(args|form|GET|POST|json|get_json)|fastapi/,
  nodeTypes: ["binary_operator", "call"],
  detect(node, ctx, report) {
    let divisor: SyntaxNode | undefined;
    if (node.type === "call") {
      if (ctx.callee(node) !== "divmod") return;
      divisor = ctx.args(node)[1];
    } else {
      const op = node.children.find((c) => !c.named)?.type;
      if (op !== "/" && op !== "//" && op !== "%") return;
      // "%s" % x is formatting, not a modulo
      const left = field(node, "left");
      if (op === "%" && (left?.type === "string" || left?.type === "concatenated_string")) return;
      divisor = field(node, "right");
    }
    if (!divisor || !requestNumber(ctx, divisor) || guarded(ctx, node, divisor)) return;
    report({ node, message: `divides by ${ctx.text(divisor)}, a number from the request that may be 0` });
  },
  cases: {
    valid: [
      "from flask import request, abort\ndef avg():\n    n = int(request.args['count'])\n    if n <= 0:\n        abort(400)\n    return float(request.args['total']) / n",
      "from flask import request\ndef avg():\n    n = int(request.args['count'])\n    try:\n        return 10 / n\n    except ZeroDivisionError:\n        return 0",
      "from flask import request\ndef page():\n    n = int(request.args['page'])\n    return 100 / 4 + n",
      "from flask import request\ndef f():\n    return 'n=%d' % int(request.args['n'])",
    ],
    invalid: [
      {
        code: "from flask import request\ndef avg():\n    total = float(request.args['total'])\n    count = int(request.args['count'])\n    return {'average': total / count}",
        line: 5,
      },
      {
        code: "from fastapi import FastAPI\napp = FastAPI()\n@app.get('/split')\nasync def split(total: int, people: int):\n    return {'share': total // people}",
        line: 5,
      },
    ],
  },
});
