import type { SyntaxNode } from "../../parse/index.js";
import { field, namedChildren, unparen } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Names of money amounts: the expression, the name it lands in or the function it is computed in. */
const MONEY =
  /price|amount|cost|total|balance|fee|charge|payment|pay_|cents|dollar|euro|money|salary|wage|tax|refund|invoice|subtotal|discount/i;

/** A binary float: `float(x)`, or a name (or parenthesised expression) holding one. */
function floatValue(ctx: PythonContext, n: SyntaxNode | undefined, depth = 0): boolean {
  if (!n || depth > 3) return false;
  if (n.type === "parenthesized_expression") return floatValue(ctx, namedChildren(n)[0], depth + 1);
  // np.float32(amount): fewer digits still, a cent is lost from about 167,772.16 on.
  if (n.type === "call") return /^(float|numpy\.(float16|float32|half|single))$/.test(ctx.callee(n));
  if (n.type === "identifier") {
    const v = ctx.resolve(n);
    return !!v && v !== n && floatValue(ctx, v, depth + 1);
  }
  return false;
}

/** 100, 1000, 100.0, 1e2: the scale from a currency unit to its minor unit. */
const SCALE = /^(100|1000|10000|100\.0*|1000\.0*|1e[234]|1E[234])$/;

export default pyRule({
  meta: {
    id: "PY-MONEY-001",
    title: "Money amount truncated from a binary float",
    cwe: ["CWE-681", "CWE-197"],
    severity: "LOW",
    docs: {
      what_it_does:
        "Flags int() (or math.floor/trunc) of a float() amount scaled to minor units (`int(float(price) * 100)`) where the value is named like money (price, amount, total, fee, ...) (LOW: a review hint).",
      why_bad:
        "Decimal fractions have no exact binary form: float('19.99') * 100 is 1998.9999999999998, so int() charges or credits one cent less; repeated over many transactions the books no longer balance.",
      example_bad: "def to_cents(price):\n    return int(float(price) * 100)",
      example_good:
        "from decimal import Decimal, ROUND_HALF_UP\ndef to_cents(price):\n    return int((Decimal(price) * 100).quantize(Decimal('1'), rounding=ROUND_HALF_UP))",
    },
    fix_hint: "Parse amounts with decimal.Decimal and quantize, or at least round() instead of truncating.",
  },
  trigger: /float(32|16)?\(|\b(half|single)\(/,
  nodeTypes: ["call"],
  calls: ["int", "floor", "trunc"],
  detect(node, ctx, report) {
    if (!/^(int|math\.floor|math\.trunc)$/.test(ctx.callee(node)) || ctx.args(node).length !== 1) return;
    let arg = ctx.args(node)[0];
    arg = unparen(arg);
    if (arg?.type !== "binary_operator" || arg.children.find((c) => !c.named)?.type !== "*") return;
    const [a, b] = [field(arg, "left"), field(arg, "right")];
    const scaled = (x?: SyntaxNode, y?: SyntaxNode) =>
      !!x && !!y && /^(integer|float)$/.test(y.type) && SCALE.test(ctx.text(y)) && floatValue(ctx, x);
    const amount = scaled(a, b) ? a : scaled(b, a) ? b : undefined;
    if (!amount) return;
    const target = node.parent?.type === "assignment" ? field(node.parent, "left") : undefined;
    const fn = ctx.enclosingFunction(node);
    const names = [
      ctx.text(amount),
      ctx.text(ctx.resolve(amount) ?? amount),
      target ? ctx.text(target) : "",
      fn ? ctx.text(field(fn, "name") ?? fn) : "",
    ].join(" ");
    if (!MONEY.test(names)) return;
    report({
      node,
      message: "a money amount is scaled from a binary float and truncated with int(): it loses a cent",
    });
  },
  cases: {
    valid: [
      "def to_cents(price):\n    return round(float(price) * 100)",
      "from decimal import Decimal\ndef to_cents(price):\n    return int(Decimal(price) * 100)",
      "def pct(done, total):\n    ratio = float(done) / total\n    return int(ratio * 100)",
      "def progress(frac):\n    return int(float(frac) * 100)",
    ],
    invalid: [
      "def to_cents(price: str) -> int:\n    return int(float(price) * 100)",
      "def charge(card, amount_str):\n    amount = float(amount_str)\n    card.charge(int(amount * 100))",
      "import math\ndef fee(total):\n    return math.floor(100 * float(total))",
      "import numpy as np\ndef to_cents(amount):\n    return int(np.float32(amount) * 100)",
    ],
  },
});
