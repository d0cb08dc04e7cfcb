import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field, namedChildren, nodesOfType, perTree } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Quantities of money or goods, where a negative value reverses the operation. */
const MONEY =
  /^(amount|amt|qty|quantity|units|price|total|sum|deposit|withdraw(al)?|transfer|refund|payment|points|credits?|shares|tip|donation|count)(_\w+)?$|_(amount|qty|quantity)$/i;

/** The class names FastAPI route handlers of the file take as a typed parameter (`def pay(body: RefundIn)`). */
const routeBodyTypes = perTree((ctx: PythonContext): Set<string> => {
  const out = new Set<string>();
  for (const fn of nodesOfType(ctx.tree, "function_definition")) {
    if (fn.parent?.type !== "decorated_definition" || !ctx.isEntryFunction(fn)) continue;
    for (const p of namedChildren(field(fn, "parameters") ?? fn)) {
      const t = field(p, "type");
      if (t && /^[A-Z]\w*$/.test(ctx.text(t))) out.add(ctx.text(t));
    }
  }
  return out;
});

/**
 * `class RefundIn(BaseModel): amount: Decimal`: a request body's amount of money or goods declared as a bare
 * number, no `Field(gt=...)`, constrained type or validator of its own, so a negative amount passes validation.
 * Returns the field's statements.
 */
function unboundedAmounts(ctx: PythonContext, klass: SyntaxNode): SyntaxNode[] {
  if (!/\bBaseModel\b/.test(ctx.text(field(klass, "superclasses") ?? klass))) return [];
  if (!routeBodyTypes(ctx).has(ctx.text(field(klass, "name") ?? klass))) return [];
  const body = field(klass, "body");
  // A validator of the class (`@field_validator("amount")`, `@validator("amount")`, a model validator) may bound it.
  const checked =
    ctx.text(body ?? klass).match(/@(field_validator|validator|root_validator|model_validator)\b[^\n]*/g) ??
    [];
  return namedChildren(body ?? klass).filter((st) => {
    const a = st.type === "expression_statement" ? namedChildren(st)[0] : undefined;
    const left = a?.type === "assignment" ? field(a, "left") : undefined;
    const type = a && field(a, "type");
    if (!left || left.type !== "identifier" || !type) return false;
    const name = ctx.text(left);
    if (!MONEY.test(name) || /^count/i.test(name)) return false;
    if (!/^(Decimal|decimal\.Decimal|int|float)$/.test(ctx.text(type))) return false;
    const value = field(a!, "right");
    if (value?.type === "call" && ["gt", "ge", "lt", "le"].some((k) => ctx.kwarg(value, k))) return false;
    return !checked.some(
      (v) => /root_validator|model_validator/.test(v) || v.includes(`"${name}"`) || v.includes(`'${name}'`),
    );
  });
}

export default pyRule({
  meta: {
    id: "PY-RANGE-001",
    title: "Number from untrusted input used without a range check",
    cwe: ["CWE-1284", "CWE-20"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags a number parsed with int()/float()/Decimal() from request data, input() or argv and then used (as a quantity, price factor, port, index or size) when the function never compares it with a bound, and amounts of money or goods a FastAPI route's pydantic body declares as a bare Decimal/int/float with no Field bound, constrained type or validator (LOW: a review hint).",
      why_bad:
        "Negative or huge values are valid integers: a negative quantity refunds money, a port above 65535 or below 1024 fails or needs root, an index past the end reads another record.",
      example_bad:
        "from flask import request\ndef buy():\n    qty = int(request.form['qty'])\n    return {'charged': 3 * qty}",
      example_good:
        "from flask import request, abort\ndef buy():\n    qty = int(request.form['qty'])\n    if not 1 <= qty <= 100:\n        abort(400)\n    return {'charged': 3 * qty}",
    },
    fix_hint: "Check the parsed number against the range the operation allows before using it.",
  },
  trigger:
    /(int|float|Decimal)\(\s*(request\.|input\(|sys\.argv|self\.get_argument)|\bBaseModel\b|(amount|qty|quantity|price|units)\s*=\s*(int|float|Decimal)\(/,
  nodeTypes: ["assignment", "class_definition", "keyword_argument"],
  detect(node, ctx, report) {
    // `Line(sku=..., quantity=int(item["quantity"]))`: an amount parsed from the request straight into a record,
    // with no test of that field anywhere in the function.
    if (node.type === "keyword_argument") {
      const key = ctx.text(field(node, "name") ?? node);
      const value = field(node, "value");
      if (!MONEY.test(key) || /^count/i.test(key) || value?.type !== "call") return;
      if (!/^(int|float|(decimal\.)?Decimal)$/.test(ctx.callee(value))) return;
      const raw = ctx.args(value)[0];
      if (!raw || ctx.level(raw, "log") !== Level.SOURCE) return;
      const fn = ctx.enclosingFunction(node);
      const text = fn ? ctx.text(fn) : "";
      if (
        new RegExp(
          `\\b${key}\\s*(<|>|<=|>=)|(<|>|<=|>=)\\s*[\\w.]*\\b${key}\\b|\\b(min|max|abs|clamp|validate\\w*|check\\w*)\\([^\\n]*\\b${key}\\b`,
        ).test(text)
      )
        return;
      report({ node, message: `${key} is parsed from untrusted input and may be negative` });
      return;
    }
    if (node.type === "class_definition") {
      for (const st of unboundedAmounts(ctx, node))
        report({
          node: st,
          message: `${ctx.text(field(namedChildren(st)[0]!, "left") ?? st)} is a request body number with no bound: a negative amount passes`,
        });
      return;
    }
    const left = field(node, "left");
    const right = field(node, "right");
    if (
      left?.type !== "identifier" ||
      right?.type !== "call" ||
      !/^(int|float|(decimal\.)?Decimal)$/.test(ctx.callee(right))
    )
      return;
    const raw = ctx.args(right)[0];
    if (!raw || ctx.level(raw, "log") !== Level.SOURCE) return;
    const name = ctx.text(left);
    const scope = ctx.enclosingFunction(node) ?? ctx.tree.root;
    const uses = descendants(scope).filter(
      (d) => d.type === "identifier" && ctx.text(d) === name && d.order > node.order,
    );
    if (!uses.length) return;
    // A bound: a comparison, min/max/clamp, range membership or a validator call that reads the name.
    const bounded = uses.some((u) => {
      for (let p = u.parent; p && p !== scope; p = p.parent) {
        if (p.type === "comparison_operator") return true;
        if (p.type === "call" && /^(min|max|clamp|range|validate\w*|check\w*)$/.test(ctx.callee(p)))
          return true;
        if (/statement$|^block$/.test(p.type)) break;
      }
      return false;
    });
    if (!bounded) {
      report({ node, message: `${name} is parsed from untrusted input and never range-checked` });
      return;
    }
    // An amount of money or goods compared only with other values (`if balance < amount`) still takes a
    // negative number: a transfer or refund then runs backwards. It needs a test against a constant (> 0, <= 0),
    // max() or abs().
    if (!MONEY.test(name)) return;
    const floor = uses.some((u) => {
      const p = u.parent;
      if (p?.type === "comparison_operator")
        return p.children.some((c) => c.named && c !== u && ctx.constValue(c) !== undefined);
      if (p?.type === "argument_list" && p.parent?.type === "call")
        return /^(max|abs|clamp|validate\w*|check\w*)$/.test(ctx.callee(p.parent));
      return false;
    });
    if (!floor) report({ node, message: `${name} is parsed from untrusted input and may be negative` });
  },
  cases: {
    valid: [
      "from flask import request, abort\ndef total():\n    lines = [Line(sku=l['sku'], quantity=int(l['quantity'])) for l in request.get_json()['lines']]\n    if any(l.quantity < 1 for l in lines):\n        abort(400)\n    return sum(PRICES[l.sku] * l.quantity for l in lines)",
      "from decimal import Decimal\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel, Field\napp = FastAPI()\nclass RefundIn(BaseModel):\n    amount: Decimal = Field(gt=0)\n@app.post('/refunds')\ndef refund(body: RefundIn):\n    return body.amount",
      "from decimal import Decimal\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\napp = FastAPI()\nclass Reading(BaseModel):\n    value: Decimal\n@app.post('/readings')\ndef add(body: Reading):\n    return body.value",
      "from flask import request\ndef transfer(src, dst):\n    amount = float(request.form['amount'])\n    if amount <= 0 or src.balance < amount:\n        return 'no'\n    src.balance -= amount\n    dst.balance += amount",
      "from flask import request\ndef f():\n    n = int(request.args['n'])\n    if n < 0 or n > 100:\n        return 'bad'\n    return n * 2",
      "def f(n):\n    k = int(n)\n    return k * 2",
      "from flask import request\ndef f():\n    n = min(int(request.args['n']), 10)\n    return n",
    ],
    invalid: [
      {
        code: "from flask import request\ndef total():\n    lines = [Line(sku=l['sku'], quantity=int(l['quantity'])) for l in request.get_json()['lines']]\n    return sum(PRICES[l.sku] * l.quantity for l in lines)",
        line: 3,
      },
      {
        code: "from decimal import Decimal\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\napp = FastAPI()\nclass RefundIn(BaseModel):\n    amount: Decimal\n@app.post('/refunds')\ndef refund(body: RefundIn):\n    return body.amount",
        line: 6,
      },
      "from flask import request\ndef transfer(src, dst):\n    amount = float(request.form['amount'])\n    if src.balance < amount:\n        return 'no'\n    src.balance -= amount\n    dst.balance += amount",
      "from flask import request\ndef buy():\n    qty = int(request.form['qty'])\n    return {'charged': 3 * qty}",
      "from decimal import Decimal\nfrom flask import request\ndef pay(acct):\n    amount = Decimal(request.form['amount'])\n    acct.balance -= amount",
      "import sys, socket\nport = int(sys.argv[1])\ns = socket.socket()\ns.bind(('127.0.0.1', port))",
    ],
  },
});
