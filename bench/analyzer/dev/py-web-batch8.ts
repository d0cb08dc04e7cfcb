// Dev suite "py-web", batch 8 (see py-web.ts): written blind after the batch 7 fixes, measured before any further
// fix. Hand-written pairs with shapes batches 1-7 do not have: equality narrowing (`if p == 'admin': use p`),
// dataclass and namedtuple fields, star unpacking and swaps, format_map, next() over a generator expression, a
// setter/getter pair on one instance, a helper whose first return makes the rest dead, try/except KeyError on a
// missing key, allow-list ternaries and dict lookups by the input, a content type set after the body, and sinks
// they do not have (shlex.join, sqlalchemy bindparams, pandas read_sql_query params, Path.is_relative_to guards,
// XPathEvaluator, CAST, random.random nonces, uuid4, zlib-wrapped pickles, urljoin redirects, exec of an
// f-string, session lists). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, url_for\nimport os\napp = Flask(__name__)\n";

function pair(
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] {
  return [true, false].map((v) => ({
    cwe,
    language: "python" as const,
    vulnerable: v,
    note: `batch8: ${note} (${v ? "vulnerable" : "safe"})`,
    code:
      FLASK +
      (imports ? imports + "\n" : "") +
      (top ? top(v) : "") +
      "\n@app.route('/x', methods=['GET', 'POST'])\ndef x():\n" +
      body(v)
        .map((l) => "    " + l)
        .join("\n") +
      "\n",
  }));
}

export const CASES: DevCase[] = [
  // --- CWE-78 ---
  ...pair("CWE-78", "equality narrowing: inside the test the value is the literal", "", (v) => [
    "mode = request.args.get('mode', '')",
    `if mode ${v ? "!=" : "=="} 'uptime':`,
    "    os.system('/usr/bin/' + mode)",
    "return 'ok'",
  ]),
  ...pair("CWE-78", "shlex.join of an argument list vs a joined string", "import shlex, subprocess", (v) => [
    "f = request.headers.get('X-Forwarded-For', '').split(',')[0].strip()",
    `cmd = ${v ? "' '.join(['whois', f])" : "shlex.join(['whois', f])"}`,
    "return subprocess.run(cmd, shell=True, capture_output=True).stdout",
  ]),
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "dataclass field: the input's or the default",
    "import sqlite3\nfrom dataclasses import dataclass",
    (v) => [
      "q = Query(request.form.get('term', ''))",
      `sql = "SELECT * FROM docs WHERE " + ${v ? '"title LIKE \'%" + q.term + "%\'"' : "q.scope"}`,
      "return str(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
    () => "@dataclass\nclass Query:\n    term: str\n    scope: str = 'published = 1'\n",
  ),
  ...pair(
    "CWE-89",
    "sqlalchemy text with bindparams vs an f-string",
    "from sqlalchemy import create_engine, text",
    (v) => [
      "uid = request.args.get('uid', '')",
      "engine = create_engine('sqlite:///app.db')",
      "with engine.connect() as conn:",
      v
        ? "    rows = conn.execute(text(f\"SELECT * FROM orders WHERE user_id = '{uid}'\")).fetchall()"
        : "    rows = conn.execute(text('SELECT * FROM orders WHERE user_id = :u').bindparams(u=uid)).fetchall()",
      "return str(rows)",
    ],
  ),
  ...pair(
    "CWE-89",
    "pandas read_sql_query with params vs %-format",
    "import sqlite3\nimport pandas as pd",
    (v) => [
      "cat = request.values.get('cat', '')",
      "conn = sqlite3.connect('app.db')",
      v
        ? "df = pd.read_sql_query(\"SELECT * FROM items WHERE cat = '%s'\" % cat, conn)"
        : "df = pd.read_sql_query('SELECT * FROM items WHERE cat = ?', conn, params=(cat,))",
      "return df.to_json()",
    ],
  ),
  // --- CWE-22 ---
  ...pair(
    "CWE-22",
    "Path.resolve().is_relative_to guard before an early return",
    "from pathlib import Path",
    (v) => [
      "base = Path('/srv/reports').resolve()",
      "p = (base / request.args.get('r', '')).resolve()",
      `if ${v ? "not p.exists()" : "not p.is_relative_to(base)"}:`,
      "    return 'not found', 404",
      "return p.read_text()",
    ],
  ),
  ...pair("CWE-22", "star unpacking: the first or the last item", "", (v) => [
    "parts = [request.cookies.get('doc', ''), 'index.html']",
    v ? "name, *_ = parts" : "*_, name = parts",
    "with open(os.path.join('/srv/docs', name), 'a') as fh:",
    "    fh.write('viewed\\n')",
    "return 'ok'",
  ]),
  // --- CWE-79 ---
  ...pair("CWE-79", "content type set to text/plain after the body", "", (v) => [
    "name = request.args.get('name', '')",
    "resp = make_response('<p>Hello ' + name + '</p>')",
    `resp.mimetype = '${v ? "text/html" : "text/plain"}'`,
    "return resp",
  ]),
  ...pair("CWE-79", "format_map picks a key", "", (v) => [
    "fields = {'user': request.form.get('user', ''), 'site': 'Example'}",
    `return '<title>{${v ? "user" : "site"}}</title>'.format_map(fields)`,
  ]),
  // --- CWE-90 ---
  ...pair("CWE-90", "namedtuple field", "import ldap\nfrom collections import namedtuple", (v) => [
    "Who = namedtuple('Who', 'uid ou')",
    "w = Who(request.args.get('uid', ''), 'people')",
    "conn = ldap.initialize('ldap://ldap.local')",
    `return str(conn.search_s('dc=corp', ldap.SCOPE_SUBTREE, '(ou=' + w.${v ? "uid" : "ou"} + ')'))`,
  ]),
  // --- CWE-643 ---
  ...pair("CWE-643", "XPathEvaluator with a dict lookup by the input", "from lxml import etree", (v) => [
    "role = request.args.get('role', '')",
    "ROLES = {'a': 'admin', 'u': 'user'}",
    `r = ${v ? "role" : "ROLES.get(role, 'user')"}`,
    "ev = etree.XPathEvaluator(etree.parse('roles.xml'))",
    'return str(ev("//role[@name=\'" + r + "\']/@id"))',
  ]),
  // --- CWE-328 ---
  ...pair("CWE-328", "hashlib.new with an upper-case name", "import hashlib", (v) => [
    "pw = request.form.get('password', '')",
    `h = hashlib.new('${v ? "MD5" : "SHA256"}')`,
    "h.update(pw.encode())",
    "return h.hexdigest()",
  ]),
  // --- CWE-327 ---
  ...pair(
    "CWE-327",
    "CAST vs ChaCha20-Poly1305 (pycryptodome)",
    "from Crypto.Cipher import CAST, ChaCha20_Poly1305",
    (v) => [
      "data = request.get_data()",
      v ? "c = CAST.new(os.urandom(16), CAST.MODE_EAX)" : "c = ChaCha20_Poly1305.new(key=os.urandom(32))",
      "return c.encrypt(data).hex()",
    ],
  ),
  // --- CWE-338 ---
  ...pair("CWE-338", "nonce from random.random vs uuid4", "import random, uuid", (v) => [
    `nonce = ${v ? "str(random.random())[2:]" : "uuid.uuid4().hex"}`,
    "session['nonce'] = nonce",
    "return jsonify(nonce=nonce)",
  ]),
  // --- CWE-614 ---
  ...pair(
    "CWE-614",
    "secure flag read back from app.config",
    "",
    () => [
      "resp = make_response('ok')",
      "resp.set_cookie('sid', os.urandom(8).hex(), secure=app.config['SECURE_COOKIES'], httponly=True)",
      "return resp",
    ],
    (v) => `app.config['SECURE_COOKIES'] = ${v ? "False" : "True"}\n`,
  ),
  // --- CWE-501 ---
  ...pair(
    "CWE-501",
    "setter and getter on one instance",
    "",
    (v) => [
      "box = Box()",
      `box.put(${v ? "request.args.get('theme', '')" : "'dark'"})`,
      "session['theme'] = box.get()",
      "return 'ok'",
    ],
    () =>
      "class Box:\n    def __init__(self):\n        self.v = ''\n    def put(self, v):\n        self.v = v\n    def get(self):\n        return self.v\n",
  ),
  ...pair("CWE-501", "session list extended with the input", "", (v) => [
    "item = request.form.get('item', '')",
    `session['cart'] = session.get('cart', []) + [${v ? "item" : "'sample'"}]`,
    "return 'ok'",
  ]),
  // --- CWE-601 ---
  ...pair(
    "CWE-601",
    "urljoin onto the host vs url_for with the input as a parameter",
    "from urllib.parse import urljoin",
    (v) => [
      "nxt = request.args.get('next', '')",
      `return redirect(${v ? "urljoin(request.host_url, nxt)" : "url_for('x', next=nxt)"})`,
    ],
  ),
  ...pair("CWE-601", "allow-list ternary", "", (v) => [
    "nxt = request.form.get('next', '/')",
    `target = ${v ? "nxt if nxt else '/'" : "nxt if nxt in ('/', '/account', '/orders') else '/'"}`,
    "return redirect(target)",
  ]),
  // --- CWE-94 ---
  ...pair(
    "CWE-94",
    "helper whose first return makes the rest dead",
    "",
    () => ["expr = request.args.get('e', '')", "return str(eval(pick(expr)))"],
    (v) => `def pick(e):\n    return ${v ? "e" : "'1 + 1'"}\n    return e\n`,
  ),
  ...pair("CWE-94", "try/except KeyError on a key the dict lacks", "", (v) => [
    "code = {'calc': request.form.get('code', '')}",
    "try:",
    `    src = code['${v ? "calc" : "missing"}']`,
    "except KeyError:",
    "    src = 'result = 0'",
    "scope = {}",
    "exec(src, scope)",
    "return str(scope.get('result'))",
  ]),
  // --- CWE-502 ---
  ...pair("CWE-502", "zlib-compressed pickle vs json", "import json, pickle, zlib", (v) => [
    "blob = zlib.decompress(request.get_data())",
    `return str(${v ? "pickle.loads(blob)" : "json.loads(blob)"})`,
  ]),
  // --- CWE-611 ---
  ...pair("CWE-611", "next() over a generator of parsers", "from lxml import etree", (v) => [
    `parser = next(p for p in [etree.XMLParser(resolve_entities=${v ? "True" : "False"})])`,
    "root = etree.fromstring(request.get_data(), parser)",
    "return root.tag",
  ]),
];
