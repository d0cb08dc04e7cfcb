import { descendants, field } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import { pyRule } from "./common.js";

const SELECT = /^\s*SELECT\b([\s\S]*?)\bFROM\s+["`]?(\w+)/i;
const UPDATE = /^\s*UPDATE\s+["`]?(\w+)["`]?\s+SET\s+([\s\S]*?)(?:\bWHERE\b([\s\S]*))?$/i;
/** Something that makes the read and the write one step: a row lock, an exclusive transaction, a lock object. */
const SERIALISED =
  /FOR\s+UPDATE|BEGIN\s+(IMMEDIATE|EXCLUSIVE)|LOCK\s+TABLE|SERIALIZABLE|with_for_update|select_for_update|\.acquire\(|\bwith\s+[\w.]*lock\w*\b|advisory/i;
/** A WHERE of one `col = ?` test: it finds the row, it re-checks nothing the earlier read decided on. */
const KEY_ONLY = /^\s*["`]?\w+["`]?\s*=\s*(\?|%s|:\w+|%\(\w+\)s)\s*;?\s*$/;

export default pyRule({
  meta: {
    id: "PY-DBRACE-001",
    title: "Row read, checked, then updated in separate statements (check-then-act race)",
    cwe: ["CWE-362", "CWE-367"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags a function that SELECTs from a table, decides on the result (an if that returns, raises or aborts, or a new value for a column it read), then UPDATEs the same table by key alone in another statement, with no row lock (FOR UPDATE), exclusive transaction or lock object.",
      why_bad:
        "Two requests run the read at the same moment, both pass the check, both write: a coupon is redeemed twice, a balance is spent twice, a counter loses an update (CWE-362; the read is a time-of-check, the UPDATE a time-of-use).",
      example_bad:
        "def redeem(db, code):\n    row = db.execute('SELECT used FROM coupons WHERE code = ?', (code,)).fetchone()\n    if row is None or row[0]:\n        return False\n    db.execute('UPDATE coupons SET used = 1 WHERE code = ?', (code,))\n    return True",
      example_good:
        "def redeem(db, code):\n    cur = db.execute('UPDATE coupons SET used = 1 WHERE code = ? AND used = 0', (code,))\n    return cur.rowcount == 1",
    },
    fix_hint:
      "Fold the check into the UPDATE's WHERE (`... AND used = 0`, `... AND balance >= ?`) and test rowcount, or lock the row (SELECT ... FOR UPDATE) inside one transaction.",
  },
  trigger: /\bUPDATE\s+["`]?\w+["`]?\s+SET\b/i,
  nodeTypes: ["function_definition"],
  detect(node, ctx, report) {
    const body = field(node, "body");
    if (!body || SERIALISED.test(ctx.text(body))) return;
    const own = descendants(body).filter((d) => ctx.enclosingFunction(d) === node);
    const sqlOf = (c: SyntaxNode) => ctx.stringValue(ctx.resolve(ctx.args(c)[0]));
    const calls = own.filter(
      (d) => d.type === "call" && /^(execute|fetchrow|fetchval|fetch|fetchone)$/.test(ctx.method(d)),
    );
    const reads: { call: SyntaxNode; table: string; cols: string }[] = [];
    for (const c of calls) {
      const sql = sqlOf(c);
      if (!sql) continue;
      const sel = SELECT.exec(sql);
      if (sel) {
        reads.push({ call: c, table: sel[2]!.toLowerCase(), cols: sel[1]!.toLowerCase() });
        continue;
      }
      const up = UPDATE.exec(sql);
      if (!up || (up[3] !== undefined && !KEY_ONLY.test(up[3]))) continue;
      const table = up[1]!.toLowerCase();
      const read = reads.find((r) => r.table === table);
      if (!read) continue;
      // The decision between them: an if that leaves the function, or a SET of a column the read fetched.
      const decided = own.some(
        (d) =>
          d.type === "if_statement" &&
          d.start > read.call.end &&
          d.end < c.start &&
          /^\s*(return|raise)\b|\babort\(/m.test(ctx.text(field(d, "consequence") ?? d)),
      );
      const setCols = [...up[2]!.toLowerCase().matchAll(/["`]?(\w+)["`]?\s*=/g)].map((m) => m[1]!);
      const rewrites = setCols.some(
        (col) => read.cols.includes("*") || new RegExp(`\\b${col}\\b`).test(read.cols),
      );
      if (!decided && !rewrites) continue;
      report({
        node: c,
        message: `${table} is read, checked and then updated by key alone: two requests can both pass the check`,
      });
      return;
    }
  },
  cases: {
    valid: [
      "def redeem(db, code):\n    cur = db.execute('UPDATE coupons SET used = 1 WHERE code = ? AND used = 0', (code,))\n    return cur.rowcount == 1",
      "def redeem(db, code):\n    db.execute('BEGIN IMMEDIATE')\n    row = db.execute('SELECT used FROM coupons WHERE code = ?', (code,)).fetchone()\n    if row[0]:\n        return False\n    db.execute('UPDATE coupons SET used = 1 WHERE code = ?', (code,))\n    return True",
      "def touch(db, uid):\n    name = db.execute('SELECT name FROM users WHERE id = ?', (uid,)).fetchone()\n    db.execute('UPDATE sessions SET seen = 1 WHERE uid = ?', (uid,))\n    return name",
      "def pay(cur, acct, amount):\n    cur.execute('SELECT balance FROM accounts WHERE id = %s FOR UPDATE', (acct,))\n    bal = cur.fetchone()[0]\n    if bal < amount:\n        raise ValueError\n    cur.execute('UPDATE accounts SET balance = %s WHERE id = %s', (bal - amount, acct))",
    ],
    invalid: [
      {
        code: "def redeem(db, code):\n    row = db.execute('SELECT used FROM coupons WHERE code = ?', (code,)).fetchone()\n    if row is None or row[0]:\n        return False\n    db.execute('UPDATE coupons SET used = 1 WHERE code = ?', (code,))\n    return True",
        line: 5,
      },
      "def pay(cur, acct, amount):\n    cur.execute('SELECT balance FROM accounts WHERE id = %s', (acct,))\n    bal = cur.fetchone()[0]\n    cur.execute('UPDATE accounts SET balance = %s WHERE id = %s', (bal - amount, acct))",
    ],
  },
});
