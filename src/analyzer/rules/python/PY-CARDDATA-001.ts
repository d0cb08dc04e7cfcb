import { pyRule } from "./common.js";

/** Card verification codes: never to be kept once the payment is authorised, encrypted or not. */
const CVV = /^(cvv2?|cvc2?|cv2|csc|card_?verification\w*|card_?security_?code|security_?code)$/i;
/** The full card number (the PAN). */
const PAN = /^(card_?(number|no|num|pan)|cc_?(number|num|no)|credit_?card(_?(number|no|num))?|pan)$/i;
/** Cookie names that hold a card number, its code or a national identity number. */
const SENSITIVE_COOKIE =
  /^(ssn|social_?security(_?(number|no))?|national_?id|tax_?id|passport(_?(number|no))?|card_?(number|no|num)|cc_?(number|num|no)|credit_?card|cvv2?|cvc2?)$/i;
/** Signs that the function protects what it stores: encryption, a processor's token, a masked or cut number. */
const PROTECTED =
  /encrypt|fernet|seal|kms|vault|tokeni[sz]e|payment_?method|last_?4|last_?four|mask|hash|\[-4:\]/i;

/** The columns an INSERT or UPDATE statement writes. */
function writtenColumns(sql: string): string[] {
  const insert = /^\s*(insert|replace)\s+(or\s+\w+\s+)?into\s+[\w."`[\]]+\s*\(([^)]*)\)/i.exec(sql);
  if (insert) return insert[3]!.split(",").map((c) => c.trim().replace(/^["`[]|["`\]]$/g, ""));
  const update = /^\s*update\s+[\w."`[\]]+\s+set\s+([\s\S]*?)(\bwhere\b|$)/i.exec(sql);
  if (update)
    return update[1]!
      .split(",")
      .map((a) =>
        a
          .split("=")[0]!
          .trim()
          .replace(/^["`[]|["`\]]$/g, ""),
      )
      .filter(Boolean);
  return [];
}

export default pyRule({
  meta: {
    id: "PY-CARDDATA-001",
    title: "Payment card data or identity number stored in clear",
    cwe: ["CWE-312", "CWE-311", "CWE-315"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags SQL INSERT/UPDATE statements run with execute()/executemany() that write a card verification code column (cvv, cvc, security_code) or a full card number column (card_number, cc_number, pan) in a function that neither encrypts nor tokenises nor masks the value, and cookies named for a card number, security code or national identity number (ssn, national_id, passport_number).",
      why_bad:
        "Whoever reads the table (a backup, an SQL injection, a curious operator) can pay with the cards. A card's security code may not be kept at all after authorisation, and the full number only encrypted (PCI DSS).",
      example_bad:
        "def save_card(conn, cid, number, cvv):\n    conn.execute('INSERT INTO cards (customer_id, number, cvv) VALUES (?, ?, ?)', (cid, number, cvv))",
      example_good:
        "def save_card(conn, cid, token, number):\n    conn.execute('INSERT INTO cards (customer_id, processor_token, last4) VALUES (?, ?, ?)', (cid, token, number[-4:]))",
    },
    fix_hint:
      "Keep only the payment processor's token and the last four digits; never store the security code; encrypt a full number if it must be kept.",
  },
  trigger: /execute(many)?\(|set_cookie\(/,
  nodeTypes: ["call"],
  calls: ["execute", "executemany", "set_cookie"],
  detect(node, ctx, report) {
    if (ctx.method(node) === "set_cookie") {
      // A cookie is stored in clear in the browser (and sent with every request): no place for these numbers.
      const key = ctx.stringValue(ctx.resolve(ctx.arg(node, 0, "key")) ?? ctx.arg(node, 0, "key"));
      const value = ctx.arg(node, 1, "value");
      const fn = ctx.enclosingFunction(node);
      if (key && SENSITIVE_COOKIE.test(key) && value && !PROTECTED.test(fn ? ctx.text(fn) : ctx.tree.source))
        report({ node, message: `the ${key} cookie keeps the number in clear in the browser` });
      return;
    }
    if (!/^(execute|executemany)$/.test(ctx.method(node))) return;
    const q = ctx.args(node)[0];
    const sql = ctx.stringValue(ctx.resolve(q) ?? q);
    if (!sql) return;
    const cols = writtenColumns(sql);
    const cvv = cols.find((c) => CVV.test(c));
    const pan = cols.find((c) => PAN.test(c) || (/^number$/i.test(c) && /\bcards?\b/i.test(sql)));
    if (!cvv && !pan) return;
    const fn = ctx.enclosingFunction(node);
    if (PROTECTED.test(fn ? ctx.text(fn) : ctx.tree.source)) return;
    report({
      node,
      message: cvv
        ? `the card security code is stored (column ${cvv}), which must not be kept after authorisation`
        : `the full card number is stored in clear (column ${pan})`,
    });
  },
  cases: {
    valid: [
      "from flask import make_response\ndef f(sid):\n    r = make_response('ok')\n    r.set_cookie('session_id', sid, secure=True, httponly=True)\n    return r",
      "def save(conn, cid, token, number):\n    conn.execute('INSERT INTO cards (customer_id, token, last4) VALUES (?, ?, ?)', (cid, token, number[-4:]))",
      "from cryptography.fernet import Fernet\ndef save(conn, f: Fernet, cid, number):\n    conn.execute('INSERT INTO cards (customer_id, card_number) VALUES (?, ?)', (cid, f.encrypt(number.encode())))",
      "def find(conn, number):\n    return conn.execute('SELECT id FROM cards WHERE card_number = ?', (number,)).fetchone()",
      "def save(conn, n):\n    conn.execute('INSERT INTO rooms (number, floor) VALUES (?, ?)', (n, 1))",
    ],
    invalid: [
      "from flask import make_response, request\ndef f():\n    r = make_response('ok')\n    r.set_cookie('ssn', request.form['ssn'])\n    return r",
      {
        code: "def save(conn, cid, number, expiry, cvv):\n    conn.execute(\n        'INSERT INTO cards (customer_id, number, expiry, cvv) VALUES (?, ?, ?, ?)',\n        (cid, number, expiry, cvv),\n    )",
        line: 2,
      },
      "def upd(cur, uid, cc):\n    cur.execute('UPDATE users SET cc_number = %s WHERE id = %s', (cc, uid))",
    ],
  },
});
