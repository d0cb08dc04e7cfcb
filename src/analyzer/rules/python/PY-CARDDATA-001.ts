import { descendants, field, namedChildren, sourceHas } from "../../parse/nodes.js";
import type { SyntaxNode } from "../../parse/index.js";
import type { PythonContext } from "../../dataflow/python.js";
import { pyRule } from "./common.js";

/** Card verification codes: never to be kept once the payment is authorised, encrypted or not. */
export const CVV = /^(cvv2?|cvc2?|cv2|csc|card_?verification\w*|card_?security_?code|security_?code)$/i;
/** The full card number (the PAN). */
export const PAN = /^(card_?(number|no|num|pan)|cc_?(number|num|no)|credit_?card(_?(number|no|num))?|pan)$/i;
/** National identity numbers: a social security, national id, tax id or passport number. */
export const IDENTITY =
  /^(ssn|social_?security(_?(number|no))?|national_?id(_?(number|no))?|tax_?id(_?(number|no))?|passport(_?(number|no))?)$/i;
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

/** Calls that persist their argument: a CSV row, a serialised dump, a write to a handle or a path. */
const PERSIST = /^(writerow|writerows|write|dump|write_text|write_bytes)$/;

/**
 * The card field a persisting call writes, if any: a variable, attribute or dict key named for the security code
 * or the full number among its arguments. `write()` counts only on a handle the function opened (`with open(...)
 * as fh`, `fh = open(...)`), not on a response or socket; `dump()` only as json/pickle/yaml/marshal's.
 */
function persistedCardField(node: SyntaxNode, ctx: PythonContext): string | undefined {
  const m = ctx.method(node);
  if (m === "dump" && !/^(json|pickle|yaml|marshal|simplejson|cPickle)\.dump$/.test(ctx.callee(node))) return;
  const fn = ctx.enclosingFunction(node);
  if (m === "write") {
    const recv = field(field(node, "function") ?? node, "object");
    if (recv?.type !== "identifier" || !fn) return;
    const name = ctx.text(recv); // an identifier: no regex metacharacters
    const opened = new RegExp(
      `\\bopen\\([^\\n]*\\)\\s+as\\s+${name}\\b|\\b${name}\\s*=\\s*(\\w+\\.)?open\\(`,
    );
    if (!opened.test(ctx.text(fn))) return;
  }
  const data = m === "dump" ? ctx.args(node).slice(0, 1) : ctx.args(node);
  // `record = {"card": card_number, ...}; json.dump(record, fh)`: a local is written as the value it holds.
  const values = data.flatMap((a) => {
    const v = a.type === "identifier" ? ctx.resolve(a) : undefined;
    return v && v !== a && /^(dictionary|list|tuple|call)$/.test(v.type) ? [a, v] : [a];
  });
  for (const a of values)
    for (const d of [a, ...descendants(a)]) {
      let name: string | undefined;
      if (d.type === "identifier" && d.parent?.type !== "attribute") name = ctx.text(d);
      else if (d.type === "attribute") name = ctx.text(field(d, "attribute") ?? d);
      else if (d.type === "string" && d.parent?.type === "pair" && d.parent.children[0] === d)
        name = ctx.stringValue(d);
      // row["passport_number"]: a field read by its key.
      else if (d.type === "string" && d.parent?.type === "subscript" && field(d.parent, "subscript") === d)
        name = ctx.stringValue(d);
      if (name && (CVV.test(name) || PAN.test(name) || IDENTITY.test(name))) return name;
    }
  return undefined;
}

/**
 * A card or identity field an ORM or document store writes as given: `Order.objects.create(card_number=...)`,
 * `Patient(ssn=request.form["ssn"])` later added to a session or saved, `db.customers.insert_one({"national_id":
 * ...})`. A literal value (a fixture's dummy number) is not a customer's.
 */
function ormField(node: SyntaxNode, ctx: PythonContext): string | undefined {
  const m = ctx.method(node);
  const q = ctx.callee(node);
  const sensitive = (k: string) => CVV.test(k) || PAN.test(k) || IDENTITY.test(k);
  const given = (v: SyntaxNode | undefined) => !!v && !/^(string|integer|none|true|false)$/.test(v.type);
  if (/^(insert_one|insert_many|update_one|update_many|replace_one)$/.test(m)) {
    const doc = ctx.resolve(ctx.args(node)[m.startsWith("insert") ? 0 : 1]);
    for (const p of doc ? [doc, ...descendants(doc)] : [])
      if (p.type === "pair") {
        const k = ctx.stringValue(field(p, "key")) ?? "";
        if (sensitive(k) && given(field(p, "value"))) return k;
      }
    return undefined;
  }
  const orm =
    /^(create|get_or_create|update_or_create)$/.test(m) && /\.objects\.\w+$/.test(q)
      ? true
      : /^[A-Z]\w*$/.test(q.split(".").pop() ?? "") && node.parent?.type === "assignment";
  if (!orm) return undefined;
  for (const a of namedChildren(field(node, "arguments") ?? node)) {
    if (a.type !== "keyword_argument") continue;
    const k = ctx.text(field(a, "name") ?? a);
    if (sensitive(k) && given(field(a, "value"))) {
      if (/^(create|get_or_create|update_or_create)$/.test(m)) return k;
      // A model instance: stored when the function saves or adds it.
      const v = field(node.parent!, "left");
      const fn = ctx.enclosingFunction(node);
      if (v?.type !== "identifier" || !fn) return undefined;
      const name = ctx.text(v);
      return new RegExp(`\\b${name}\\.save\\(|\\.(add|merge)\\(\\s*${name}\\s*\\)`).test(ctx.text(fn))
        ? k
        : undefined;
    }
  }
  return undefined;
}

/**
 * The text the PROTECTED signs are looked for in: the function's parameters and body, not its name (a
 * `save_payment_method` that writes the card number as it is protects nothing), or the module.
 */
function scopeText(ctx: PythonContext, fn: SyntaxNode | undefined): string {
  if (!fn) return ctx.tree.source;
  return [field(fn, "parameters"), field(fn, "body")].map((n) => (n ? ctx.text(n) : "")).join("\n");
}

export default pyRule({
  meta: {
    id: "PY-CARDDATA-001",
    title: "Payment card data or identity number stored in clear",
    cwe: ["CWE-312", "CWE-311", "CWE-315"],
    severity: "MEDIUM",
    docs: {
      what_it_does:
        "Flags SQL INSERT/UPDATE statements run with execute()/executemany() that write a card verification code column (cvv, cvc, security_code) or a full card number column (card_number, cc_number, pan) in a function that neither encrypts nor tokenises nor masks the value, rows, dumps and file writes (csv writerow/writerows, json/pickle dump, write() on a handle the function opened) that carry a variable, attribute or key so named, and cookies named for a card number, security code or national identity number (ssn, national_id, passport_number). Also a Redis hset/set/mset whose mapping has such a field or an identity number (ssn, national_id, passport).",
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
  trigger:
    /\.h?m?set(nx|ex)?\(|execute(many)?\(|set_cookie\(|writerows?\(|\.write(_text|_bytes)?\(|\.dump\(|\.(insert|update|replace)_(one|many)\(|(card|cc|cvv|cvc|ssn|passport|national_?id|tax_?id)\w*\s*=/i,
  nodeTypes: ["call"],
  // No `calls`: a model is built by calling its class, whatever its name (`Patient(ssn=...)`).
  detect(node, ctx, report) {
    if (PERSIST.test(ctx.method(node))) {
      // A file, a CSV export or a dump is storage as much as a table is: same rule, same exemptions.
      const card = persistedCardField(node, ctx);
      const fn = ctx.enclosingFunction(node);
      if (card && !PROTECTED.test(scopeText(ctx, fn)))
        report({
          node,
          message: CVV.test(card)
            ? `the card security code (${card}) is written out, and must not be kept after authorisation`
            : IDENTITY.test(card)
              ? `the identity number (${card}) is written out in clear`
              : `the full card number (${card}) is written out in clear`,
        });
      return;
    }
    const stored = ormField(node, ctx);
    if (stored) {
      if (!PROTECTED.test(scopeText(ctx, ctx.enclosingFunction(node))))
        report({
          node,
          message: CVV.test(stored)
            ? `the card security code (${stored}) is stored, and must not be kept after authorisation`
            : `${stored} is stored in clear`,
        });
      return;
    }
    if (/^(hset|hmset|hsetnx|set|setex|mset)$/.test(ctx.method(node))) {
      // A cache or store keyed by field: `r.hset(key, mapping={"ssn": c["ssn"], ...})` on a Redis client keeps
      // the numbers in clear in memory, in its dumps and in its replicas.
      if (!sourceHas(ctx.tree, /^\s*(import|from)\s+(redis|aioredis)\b/m)) return;
      const docs = [ctx.kwarg(node, "mapping"), ...ctx.args(node)].map((a) =>
        a ? (ctx.resolve(a) ?? a) : a,
      );
      const keys = docs.flatMap((d) =>
        d?.type === "dictionary"
          ? namedChildren(d)
              .filter((p) => p.type === "pair")
              .map((p) => ctx.stringValue(field(p, "key")) ?? "")
          : [],
      );
      const key = keys.find((k) => SENSITIVE_COOKIE.test(k));
      const fn = ctx.enclosingFunction(node);
      if (key && !PROTECTED.test(scopeText(ctx, fn)))
        report({ node, message: `${key} is cached in clear in Redis` });
      return;
    }
    if (ctx.method(node) === "set_cookie") {
      // A cookie is stored in clear in the browser (and sent with every request): no place for these numbers.
      const key = ctx.stringValue(ctx.resolve(ctx.arg(node, 0, "key")) ?? ctx.arg(node, 0, "key"));
      const value = ctx.arg(node, 1, "value");
      const fn = ctx.enclosingFunction(node);
      if (key && SENSITIVE_COOKIE.test(key) && value && !PROTECTED.test(scopeText(ctx, fn)))
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
    const id = cols.find((c) => IDENTITY.test(c));
    if (!cvv && !pan && !id) return;
    const fn = ctx.enclosingFunction(node);
    if (PROTECTED.test(scopeText(ctx, fn))) return;
    report({
      node,
      message: cvv
        ? `the card security code is stored (column ${cvv}), which must not be kept after authorisation`
        : pan
          ? `the full card number is stored in clear (column ${pan})`
          : `the identity number is stored in clear (column ${id})`,
    });
  },
  cases: {
    valid: [
      "import redis\nr = redis.Redis()\ndef cache(c):\n    r.hset('customer:%d' % c['id'], mapping={'name': c['name'], 'phone': c['phone']})",
      "from flask import make_response\ndef f(sid):\n    r = make_response('ok')\n    r.set_cookie('session_id', sid, secure=True, httponly=True)\n    return r",
      "def save(conn, cid, token, number):\n    conn.execute('INSERT INTO cards (customer_id, token, last4) VALUES (?, ?, ?)', (cid, token, number[-4:]))",
      "from cryptography.fernet import Fernet\ndef save(conn, f: Fernet, cid, number):\n    conn.execute('INSERT INTO cards (customer_id, card_number) VALUES (?, ?)', (cid, f.encrypt(number.encode())))",
      "def find(conn, number):\n    return conn.execute('SELECT id FROM cards WHERE card_number = ?', (number,)).fetchone()",
      "def save(conn, n):\n    conn.execute('INSERT INTO rooms (number, floor) VALUES (?, ?)', (n, 1))",
      "import csv\ndef record(order_id, card_number, cvv, amount):\n    with open('payments.csv', 'a', newline='') as fh:\n        csv.writer(fh).writerow([order_id, '****' + card_number[-4:], amount])",
      "def show(handler, card_number):\n    handler.wfile.write(card_number.encode())",
      "import json\ndef save(order, fh):\n    json.dump({'id': order.id, 'total': order.total}, fh)",
      "def checkout(request, token, card):\n    return Order.objects.create(user=request.user, card_token=token, card_last4=card[-4:])",
      "def add(session, form, fernet):\n    p = Patient(name=form['name'], ssn_enc=fernet.encrypt(form['ssn'].encode()))\n    session.add(p)",
      "def fixture():\n    return Customer.objects.create(name='t', ssn='000-00-0000')",
    ],
    invalid: [
      "def checkout(request):\n    return Order.objects.create(user=request.user, card_number=request.POST['card_number'])",
      "from flask import request\ndef add(session):\n    p = Patient(name=request.form['name'], ssn=request.form['ssn'])\n    session.add(p)\n    session.commit()",
      "def add(db, name, national_id):\n    db.customers.insert_one({'name': name, 'national_id': national_id})",
      "import csv\ndef export(rows, fh):\n    w = csv.writer(fh)\n    for r in rows:\n        w.writerow([r['name'], r['passport_number']])",
      "def add_patient(conn, name, ssn):\n    conn.execute('INSERT INTO patients (name, ssn) VALUES (?, ?)', (name, ssn))",
      "import redis\nr = redis.Redis()\ndef cache(c):\n    r.hset('customer:%d' % c['id'], mapping={'name': c['name'], 'ssn': c['ssn']})",
      "from flask import make_response, request\ndef f():\n    r = make_response('ok')\n    r.set_cookie('ssn', request.form['ssn'])\n    return r",
      {
        code: "def save(conn, cid, number, expiry, cvv):\n    conn.execute(\n        'INSERT INTO cards (customer_id, number, expiry, cvv) VALUES (?, ?, ?, ?)',\n        (cid, number, expiry, cvv),\n    )",
        line: 2,
      },
      "def upd(cur, uid, cc):\n    cur.execute('UPDATE users SET cc_number = %s WHERE id = %s', (cc, uid))",
      {
        code: "import csv\ndef record(order_id, card_number, cvv, amount):\n    with open('payments.csv', 'a', newline='') as fh:\n        csv.writer(fh).writerow([order_id, card_number, cvv, amount])",
        line: 4,
      },
      "import json\ndef save(order):\n    with open('orders.json', 'w') as fh:\n        json.dump({'id': order.id, 'cvv': order.cvv}, fh)",
      "import json\nfrom pathlib import Path\ndef save(order, card_number, cvv):\n    Path(f'/var/orders/{order}.json').write_text(json.dumps({'card': card_number, 'cvv': cvv}))",
      "def save(path, card_number):\n    with open(path, 'a') as out:\n        out.write(f'{card_number}\\n')",
      "import json\ndef save_payment_method(uid, card_number, cvv):\n    record = {'user': uid, 'card': card_number, 'cvv': cvv}\n    with open('/var/cards.json', 'w') as fh:\n        json.dump(record, fh)",
    ],
  },
});
