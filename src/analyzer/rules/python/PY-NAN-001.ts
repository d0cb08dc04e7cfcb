import { Level } from "../../dataflow/python.js";
import { field } from "../../parse/nodes.js";
import { pyRule } from "./common.js";

export default pyRule({
  meta: {
    id: "PY-NAN-001",
    title: "float() of untrusted input accepts NaN and infinity",
    cwe: ["CWE-704", "CWE-20"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags float() applied to request data, input() or argv in a function that never checks math.isnan / isfinite (LOW: a review hint).",
      why_bad:
        "float('nan') and float('inf') parse fine; NaN compares false with everything, so `if price > limit` checks pass and totals, sorts and stored values are poisoned.",
      example_bad:
        "from flask import request\ndef buy():\n    price = float(request.form['price'])\n    if price > 100:\n        return 'too much'\n    return str(price * 2)",
      example_good:
        "import math\nfrom flask import request\ndef buy():\n    price = float(request.form['price'])\n    if not math.isfinite(price) or price > 100:\n        return 'bad'\n    return str(price * 2)",
    },
    fix_hint:
      "Reject non-finite values (math.isfinite) right after parsing, or parse with decimal.Decimal and validate.",
  },
  trigger: /float\(\s*(request\.|req\.|input\(|sys\.argv|self\.get_argument)/,
  nodeTypes: ["call"],
  calls: ["float"],
  detect(node, ctx, report) {
    if (ctx.callee(node) !== "float") return;
    const raw = ctx.args(node)[0];
    if (!raw || ctx.level(raw, "literal") !== Level.SOURCE) return;
    const scope = ctx.enclosingFunction(node) ?? ctx.tree.root;
    if (/\b(isnan|isfinite|isinf)\(|Decimal\(/.test(ctx.text(scope))) return;
    // `if not (0 < amount <= limit): abort(400)`: every comparison with NaN is false, so a negated range test
    // rejects it (and an infinity falls outside the range).
    const left = node.parent?.type === "assignment" ? field(node.parent, "left") : undefined;
    if (left?.type === "identifier") {
      const v = ctx.text(left);
      // The bound may be a call: `not (0 < amount <= balances.get(src, 0))`.
      const negated = new RegExp(`\\bnot\\s*\\(\\s*[^()]*?<=?\\s*${v}\\s*<=?(?:[^()]|\\([^()]*\\))+\\)`);
      if (negated.test(ctx.text(scope))) return;
    }
    report({ node, message: "float() of untrusted input accepts 'nan' and 'inf'" });
  },
  cases: {
    valid: [
      "from flask import request, abort\ndef f(bal):\n    amount = float(request.form['amount'])\n    if not (0 < amount <= bal.get('a', 0)) or 'b' not in bal:\n        abort(400)\n    return amount",
      "import math\nfrom flask import request\ndef f():\n    p = float(request.args['p'])\n    if not math.isfinite(p):\n        return 'bad'\n    return str(p)",
      "from flask import request\ndef f():\n    return str(int(request.args['p']))",
      "def f(x):\n    return float(x)",
      "from flask import request, abort\ndef f(balance):\n    amount = float(request.form['amount'])\n    if not (0 < amount <= balance):\n        abort(400)\n    return balance - amount",
    ],
    invalid: [
      {
        code: "from flask import request\ndef f():\n    p = float(request.args['p'])\n    return str(p)",
        line: 3,
      },
      { code: "import sys\nrate = float(sys.argv[1])", line: 2 },
      // A range test that is not negated lets NaN through (every comparison is false, so the branch is skipped).
      "from flask import request, abort\ndef f(balance):\n    amount = float(request.form['amount'])\n    if amount <= 0 or amount > balance:\n        abort(400)\n    return balance - amount",
    ],
  },
});
