import { descendants, field } from "../../parse/nodes.js";
import { Level } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Quantities of money or goods, where a negative value reverses the operation. */
const MONEY =
  /^(amount|amt|qty|quantity|units|price|total|sum|deposit|withdraw(al)?|transfer|refund|payment|points|credits?|shares|tip|donation|count)(_\w+)?$|_(amount|qty|quantity)$/i;

export default pyRule({
  meta: {
    id: "PY-RANGE-001",
    title: "Number from untrusted input used without a range check",
    cwe: ["CWE-1284", "CWE-20"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags a number parsed with int()/float()/Decimal() from request data, input() or argv and then used (as a quantity, price factor, port, index or size) when the function never compares it with a bound (LOW: a review hint).",
      why_bad:
        "Negative or huge values are valid integers: a negative quantity refunds money, a port above 65535 or below 1024 fails or needs root, an index past the end reads another record.",
      example_bad:
        "from flask import request\ndef buy():\n    qty = int(request.form['qty'])\n    return {'charged': 3 * qty}",
      example_good:
        "from flask import request, abort\ndef buy():\n    qty = int(request.form['qty'])\n    if not 1 <= qty <= 100:\n        abort(400)\n    return {'charged': 3 * qty}",
    },
    fix_hint: "Check the parsed number against the range the operation allows before using it.",
  },
  trigger: /(int|float|Decimal)\(\s*(request\.|input\(|sys\.argv|self\.get_argument)/,
  nodeTypes: ["assignment"],
  detect(node, ctx, report) {
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
      "from flask import request\ndef transfer(src, dst):\n    amount = float(request.form['amount'])\n    if amount <= 0 or src.balance < amount:\n        return 'no'\n    src.balance -= amount\n    dst.balance += amount",
      "from flask import request\ndef f():\n    n = int(request.args['n'])\n    if n < 0 or n > 100:\n        return 'bad'\n    return n * 2",
      "def f(n):\n    k = int(n)\n    return k * 2",
      "from flask import request\ndef f():\n    n = min(int(request.args['n']), 10)\n    return n",
    ],
    invalid: [
      "from flask import request\ndef transfer(src, dst):\n    amount = float(request.form['amount'])\n    if src.balance < amount:\n        return 'no'\n    src.balance -= amount\n    dst.balance += amount",
      "from flask import request\ndef buy():\n    qty = int(request.form['qty'])\n    return {'charged': 3 * qty}",
      "from decimal import Decimal\nfrom flask import request\ndef pay(acct):\n    amount = Decimal(request.form['amount'])\n    acct.balance -= amount",
      "import sys, socket\nport = int(sys.argv[1])\ns = socket.socket()\ns.bind(('127.0.0.1', port))",
    ],
  },
});
