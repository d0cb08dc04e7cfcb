import type { SyntaxNode } from "../../parse/index.js";
import { descendants, field } from "../../parse/nodes.js";
import type { PythonContext } from "../../dataflow/python.js";
import { keyedRead, pyRule } from "./common.js";

/** Request keys that name a figure the server decides: prices, fees, totals, discounts, amounts already paid. */
const PRICE_KEY =
  /^((unit|item|sale|final|order|cart|base)_?)?(price|cost|fee|total|subtotal|amount_due|amount_paid|discount(_pct|_percent|_rate)?|shipping(_fee|_cost)?|refund_amount|tax_rate)$/i;
/** Calls that move money. */
const PAYMENT = /(^|\.|_)(charge|refund|pay|payment|capture|bill|invoice|checkout|debit|credit_account)\w*$/i;
/** Where a request's form, query string, JSON body or cookies are read. */
const REQUEST_DATA =
  /^(self\.)?request\.(form|args|values|json|POST|GET|data|cookies|query_params|params)$|^(self\.)?request\.(get_json|json)\(\)$/;

/** The request key read by `request.form['price']` / `request.args.get('price')`, or undefined. */
function requestKey(ctx: PythonContext, n: SyntaxNode): string | undefined {
  const read = keyedRead(ctx, n);
  const container = read?.map;
  const key = read?.key;
  if (!container || !key) return undefined;
  const src = ctx.resolve(container) ?? container;
  const text = ctx.text(src).replace(/\s+/g, "");
  if (!REQUEST_DATA.test(text) && !REQUEST_DATA.test(ctx.text(container).replace(/\s+/g, "")))
    return undefined;
  return ctx.stringValue(key);
}

/** The value is priced into money: arithmetic, or an argument of a payment call. */
function pricedIn(ctx: PythonContext, use: SyntaxNode, stop: SyntaxNode): boolean {
  for (let p = use.parent; p && p !== stop; p = p.parent) {
    if (p.type === "binary_operator" && /^[-+*]$/.test(p.children.find((c) => !c.named)?.type ?? ""))
      return true;
    if (p.type === "call" && PAYMENT.test(ctx.callee(p))) return true;
    if (/statement$|^block$/.test(p.type)) return false;
  }
  return false;
}

export default pyRule({
  meta: {
    id: "PY-TAMPER-001",
    title: "Price, fee or total taken from the request",
    cwe: ["CWE-472", "CWE-602"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a request field named like a server-decided figure (price, fee, total, discount, shipping cost, refund amount) that is used in arithmetic or passed to a charge/refund/payment call.",
      why_bad:
        "Hidden form fields, query strings and JSON bodies round-trip through the client: a user edits the price or the refund amount before posting, and the server charges or pays what the client chose (external control of an assumed-immutable parameter).",
      example_bad:
        "from flask import request\ndef checkout():\n    price = float(request.form['price'])\n    charge_card(current_card(), price)",
      example_good:
        "from flask import request\ndef checkout():\n    item = CATALOG[request.form['item_id']]\n    charge_card(current_card(), item.price)",
    },
    fix_hint:
      "Send only identifiers from the client and look the price, fee or amount up on the server (catalogue, order record).",
  },
  trigger: /request\b/,
  nodeTypes: ["subscript", "call"],
  detect(node, ctx, report) {
    const key = requestKey(ctx, node);
    if (!key || !PRICE_KEY.test(key)) return;
    const fn = ctx.enclosingFunction(node);
    if (!fn) return;
    // Unwrap float(...) / Decimal(...) / int(...) around the read.
    let v = node;
    while (v.parent?.type === "argument_list" && v.parent.parent?.type === "call") {
      const c = v.parent.parent;
      if (!/^(float|int|(decimal\.)?Decimal)$/.test(ctx.callee(c))) break;
      v = c;
    }
    if (pricedIn(ctx, v, fn)) {
      report({ node, message: `the '${key}' the client sent is used as money` });
      return;
    }
    const assign = v.parent?.type === "assignment" && field(v.parent, "right") === v ? v.parent : undefined;
    const target = assign ? field(assign, "left") : undefined;
    if (target?.type !== "identifier") return;
    const name = ctx.text(target);
    const used = descendants(fn).some(
      (d) =>
        d.type === "identifier" &&
        d.order > target.order &&
        ctx.text(d) === name &&
        ctx.enclosingFunction(d) === fn &&
        pricedIn(ctx, d, fn),
    );
    if (used) report({ node, message: `the '${key}' the client sent is used as money` });
  },
  cases: {
    valid: [
      "from flask import request\ndef update_price(product):\n    product.price = float(request.form['price'])\n    product.save()",
      "from flask import request\ndef checkout():\n    item = CATALOG[request.form['item_id']]\n    charge_card(current_card(), item.price)",
      "from flask import request\ndef transfer():\n    amount = float(request.form['amount'])\n    move_money(current_user, amount)",
      "def total(row):\n    return row['price'] * row['qty']",
    ],
    invalid: [
      "from flask import request\ndef checkout():\n    price = float(request.form['price'])\n    charge_card(current_card(), price)",
      "from flask import request, session\ndef total():\n    shipping = float(request.args.get('shipping_fee', '4.99'))\n    return items_total(session) + shipping",
      "def refund(request):\n    amount = request.POST['refund_amount']\n    payments.refund(ref, amount)",
    ],
  },
});
