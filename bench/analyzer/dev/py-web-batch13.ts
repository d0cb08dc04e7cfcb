// Dev suite "py-web", batch 13 (see py-web.ts): written after the batch 12 fixes, measured before any further fix.
// Hand-written pairs about string building and round trips batches 1-12 do not have: format_map and
// string.Template with a dict holding the input at a key the template does not name, argument lists joined
// back into a shell string, SQL from ' '.join, str.replace of a named placeholder vs bound parameters, int()
// in a try/except that aborts, repr() quoting in SQL, %(name)s dicts with escaped values, base64 text vs its
// decoded input, html.unescape after html.escape (and the reverse), path parameters into send_file vs
// send_from_directory, realpath startswith without a separator, Path.is_relative_to, ldap filter_format,
// lxml xpath with a %-formatted predicate vs a Python-side comparison, md5 with usedforsecurity=False,
// pbkdf2 vs a salted sha1, cipher tables at a constant key, set_cookie(**opts), app.config cookie flags,
// session.update with the whole form, Referer redirects with and without a host check, url_for(next=...),
// torch.load weights_only, operator tables instead of eval, a parser factory with a constant argument. Never
// taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, send_file, abort, url_for\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch13", FLASK, "b13");
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

export const BATCH13: DevCase[] = [
  // --- CWE-78 ---
  ...pair("CWE-78", "format_map: the template names the input's key vs another key", "", (v) => [
    "host = request.args.get('host', '')",
    "fields = {'target': 'localhost', 'extra': host}",
    `cmd = 'ping -c 1 {${v ? "extra" : "target"}}'.format_map(fields)`,
    "return os.popen(cmd).read()",
  ]),
  ...pair(
    "CWE-78",
    "string.Template substitute: $name reads the input vs the constant",
    "from string import Template",
    (v) => [
      "vals = {'d': '/var/log', 'x': request.form.get('dir', '')}",
      `cmd = Template('du -sh $${v ? "x" : "d"}').substitute(vals)`,
      "os.system(cmd)",
      "return 'ok'",
    ],
  ),
  ...pair(
    "CWE-78",
    "argument list joined into a shell string vs passed as a list",
    "import subprocess",
    (v) => [
      "args = ['ls', '-l']",
      "args.append(request.args.get('path', '.'))",
      v
        ? "out = subprocess.run(' '.join(args), shell=True, capture_output=True).stdout"
        : "out = subprocess.run(args, capture_output=True).stdout",
      "return Response(out, mimetype='text/plain')",
    ],
  ),
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "' '.join of SQL pieces with the quoted input vs a placeholder",
    "import sqlite3",
    (v) => [
      "n = request.args.get('name', '')",
      v
        ? "q = ' '.join(['SELECT id FROM users WHERE name =', \"'\" + n + \"'\"])"
        : "q = ' '.join(['SELECT id FROM users WHERE name =', '?'])",
      `rows = sqlite3.connect('app.db').execute(q${v ? "" : ", (n,)"}).fetchall()`,
      "return jsonify(rows)",
    ],
  ),
  ...pair(
    "CWE-89",
    "':id' placeholder filled by str.replace vs bound by SQLAlchemy text()",
    "from sqlalchemy import create_engine, text",
    (v) => [
      "uid = request.args.get('id', '')",
      "engine = create_engine('sqlite:///app.db')",
      "with engine.connect() as conn:",
      v
        ? "    rows = conn.execute(text('SELECT * FROM users WHERE id = :id'.replace(':id', uid))).fetchall()"
        : "    rows = conn.execute(text('SELECT * FROM users WHERE id = :id'), {'id': uid}).fetchall()",
      "return jsonify([list(r) for r in rows])",
    ],
  ),
  ...pair(
    "CWE-89",
    "int() in try/except that aborts: the raw text vs the number used",
    "import sqlite3",
    (v) => [
      "raw = request.args.get('page', '1')",
      "try:",
      "    page = int(raw)",
      "except ValueError:",
      "    abort(400)",
      `sql = f'SELECT * FROM posts LIMIT 20 OFFSET {${v ? "raw" : "page"}} * 20'`,
      "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
  ),
  ...pair("CWE-89", "repr() quoting in SQL (not SQL escaping) vs a parameter", "import sqlite3", (v) => [
    "name = request.form.get('name', '')",
    "conn = sqlite3.connect('app.db')",
    v
      ? "conn.execute(f'DELETE FROM drafts WHERE title = {name!r}')"
      : "conn.execute('DELETE FROM drafts WHERE title = ?', (name,))",
    "conn.commit()",
    "return 'deleted'",
  ]),
  // --- CWE-79 ---
  ...pair(
    "CWE-79",
    "%(name)s dict: the raw value vs the escaped one under the named key",
    "import html",
    (v) => [
      "n = request.args.get('name', '')",
      `vals = {'name': ${v ? "n" : "html.escape(n)"}, 'raw': n}`,
      "return '<p>Hi %(name)s</p>' % vals",
    ],
  ),
  ...pair("CWE-79", "base64 round trip: the decoded input vs the base64 text", "import base64", (v) => [
    "n = request.args.get('note', '')",
    "b = base64.b64encode(n.encode())",
    `shown = ${v ? "base64.b64decode(b).decode()" : "b.decode()"}`,
    "return '<code>' + shown + '</code>'",
  ]),
  ...pair("CWE-79", "html.unescape after html.escape vs escape after unescape", "import html", (v) => [
    "c = request.form.get('comment', '')",
    `shown = ${v ? "html.unescape(html.escape(c))" : "html.escape(html.unescape(c))"}`,
    "return make_response('<blockquote>' + shown + '</blockquote>')",
  ]),
  // --- CWE-22 ---
  ...views.pair(
    "CWE-22",
    "<path:...> parameter into send_file(join) vs send_from_directory",
    "from flask import send_from_directory",
    (v) => [
      v
        ? "return send_file(os.path.join('/srv/static', fname))"
        : "return send_from_directory('/srv/static', fname)",
    ],
    { route: "/<path:fname>", args: "fname" },
  ),
  ...pair(
    "CWE-22",
    "realpath containment: startswith(BASE) (a sibling dir passes) vs startswith(BASE + os.sep)",
    "",
    (v) => [
      "p = os.path.realpath(os.path.join(BASE, request.args.get('f', '')))",
      `if not p.startswith(BASE${v ? "" : " + os.sep"}):`,
      "    abort(403)",
      "with open(p) as fh:",
      "    return fh.read()",
    ],
    () => "BASE = '/srv/data'\n",
  ),
  ...pair(
    "CWE-22",
    "pathlib joinpath().resolve() read without vs with is_relative_to",
    "from pathlib import Path",
    (v) => [
      "base = Path('/srv/reports').resolve()",
      "p = base.joinpath(request.args.get('r', '')).resolve()",
      ...(v ? [] : ["if not p.is_relative_to(base):", "    abort(404)"]),
      "return p.read_text()",
    ],
  ),
  // --- CWE-90 ---
  ...pair(
    "CWE-90",
    "python-ldap filter by %-format vs ldap.filter.filter_format",
    "import ldap\nimport ldap.filter",
    (v) => [
      "u = request.args.get('u', '')",
      `flt = ${v ? "'(uid=%s)' % u" : "ldap.filter.filter_format('(uid=%s)', [u])"}`,
      "conn = ldap.initialize('ldap://ldap.local')",
      "return jsonify(n=len(conn.search_s('dc=corp', ldap.SCOPE_SUBTREE, flt)))",
    ],
  ),
  ...pair(
    "CWE-90",
    "department checked only for emptiness vs against a tuple of departments",
    "import ldap3",
    (v) => [
      "dept = request.cookies.get('dept', '')",
      `if ${v ? "not dept" : "dept not in DEPARTMENTS"}:`,
      "    abort(400)",
      "conn = ldap3.Connection('ldap://ldap.local', auto_bind=True)",
      "conn.search('dc=corp', '(department=' + dept + ')')",
      "return jsonify(n=len(conn.entries))",
    ],
    () => "DEPARTMENTS = ('sales', 'support', 'engineering')\n",
  ),
  // --- CWE-643 ---
  ...pair(
    "CWE-643",
    "lxml xpath with a %-formatted predicate vs comparing get('name') in Python",
    "from lxml import etree",
    (v) => [
      "name = request.args.get('name', '')",
      "root = etree.parse('/srv/users.xml').getroot()",
      v
        ? "hits = root.xpath(\".//user[@name='%s']\" % name)"
        : "hits = [u for u in root.iter('user') if u.get('name') == name]",
      "return jsonify(n=len(hits))",
    ],
  ),
  ...pair(
    "CWE-643",
    "path steps from the request joined into XPath: all vs only allow-listed tags",
    "from lxml import etree",
    (v) => [
      `steps = [s for s in request.args.get('path', '').split('/')${v ? " if s" : " if s in TAGS"}]`,
      "doc = etree.parse('/srv/catalog.xml')",
      "return jsonify([str(x) for x in doc.xpath('/' + '/'.join(steps) + '/text()')])",
    ],
    () => "TAGS = {'catalog', 'book', 'title', 'author'}\n",
  ),
  // --- CWE-338 ---
  ...pair(
    "CWE-338",
    "choice function picked by len() of a module constant: random.choice vs secrets.choice",
    "import random\nimport secrets\nimport string",
    () => [
      "pick = random.choice if len(SALT) < 4 else secrets.choice",
      "code = ''.join(pick(string.digits) for _ in range(6))",
      "session['otp'] = code",
      "return jsonify(sent=True)",
    ],
    (v) => `SALT = '${v ? "ab" : "abcdef"}'\n`,
  ),
  // --- CWE-328 ---
  ...pair(
    "CWE-328",
    "md5 of a password vs md5 for an ETag with usedforsecurity=False",
    "import hashlib",
    (v) =>
      v
        ? [
            "pw = request.form.get('password', '')",
            "return jsonify(hash=hashlib.md5(pw.encode()).hexdigest())",
          ]
        : [
            "body = request.get_data()",
            "resp = make_response(body)",
            "resp.headers['ETag'] = hashlib.md5(body, usedforsecurity=False).hexdigest()",
            "return resp",
          ],
  ),
  ...pair("CWE-328", "salted sha1 vs pbkdf2_hmac for a stored password", "import hashlib", (v) => [
    "pw = request.form.get('password', '').encode()",
    "salt = os.urandom(16)",
    v
      ? "digest = hashlib.sha1(salt + pw).hexdigest()"
      : "digest = hashlib.pbkdf2_hmac('sha256', pw, salt, 600000).hex()",
    "return jsonify(salt=salt.hex(), hash=digest)",
  ]),
  // --- CWE-327 ---
  ...pair(
    "CWE-327",
    "cipher class from a table at a constant key: DES vs AES",
    "from Crypto.Cipher import AES, DES\nfrom Crypto.Util.Padding import pad",
    (v) => [
      `name = '${v ? "legacy" : "modern"}'`,
      "algo = CIPHERS[name]",
      "key = os.urandom(KEYLEN[name])",
      "iv = os.urandom(algo.block_size)",
      "ct = algo.new(key, algo.MODE_CBC, iv).encrypt(pad(request.get_data(), algo.block_size))",
      "return (iv + ct).hex()",
    ],
    () => "CIPHERS = {'legacy': DES, 'modern': AES}\nKEYLEN = {'legacy': 8, 'modern': 32}\n",
  ),
  // --- CWE-614 ---
  ...pair("CWE-614", "set_cookie(**opts): opts without vs with secure", "import secrets", (v) => [
    `opts = {'httponly': True, ${v ? "" : "'secure': True, "}'samesite': 'Lax'}`,
    "resp = make_response('ok')",
    "resp.set_cookie('sid', secrets.token_urlsafe(16), **opts)",
    "return resp",
  ]),
  ...pair(
    "CWE-614",
    "secure flag read from app.config set at module level (False vs True)",
    "import secrets",
    () => [
      "resp = make_response('ok')",
      "resp.set_cookie('remember', secrets.token_hex(16), secure=app.config['COOKIE_SECURE'], httponly=True)",
      "return resp",
    ],
    (v) => `app.config['COOKIE_SECURE'] = ${v ? "False" : "True"}\n`,
  ),
  // --- CWE-501 ---
  ...pair("CWE-501", "session.update with the whole form vs with an allow-listed language", "", (v) =>
    v
      ? ["session.update(request.form.to_dict())", "return 'saved'"]
      : [
          "lang = request.form.get('lang', 'en')",
          "session.update(lang=lang if lang in ('en', 'fr', 'de') else 'en')",
          "return 'saved'",
        ],
  ),
  ...pair("CWE-501", "session.setdefault list appended with the input vs a counter", "", (v) =>
    v
      ? [
          "session.setdefault('recent', []).append(request.args.get('q', ''))",
          "session.modified = True",
          "return 'ok'",
        ]
      : ["session.setdefault('visits', 0)", "session['visits'] += 1", "return 'ok'"],
  ),
  // --- CWE-601 ---
  ...pair(
    "CWE-601",
    "Referer redirect: only checked for presence vs its host compared with ours",
    "from urllib.parse import urlparse",
    (v) => [
      "back = request.headers.get('Referer')",
      `if back${v ? "" : " and urlparse(back).netloc == request.host"}:`,
      "    return redirect(back)",
      "return redirect('/')",
    ],
  ),
  ...pair("CWE-601", "next parameter as the target vs as a query value of url_for", "", (v) => [
    "nxt = request.args.get('next')",
    `return redirect(${v ? "nxt or url_for('home')" : "url_for('home', next=nxt)"})`,
  ]),
  // --- CWE-502 ---
  ...pair("CWE-502", "uploaded model: torch.load weights_only=False vs True", "import torch", (v) => [
    "f = request.files['model']",
    `state = torch.load(f, weights_only=${v ? "False" : "True"})`,
    "return jsonify(keys=len(state))",
  ]),
  ...pair(
    "CWE-502",
    "compressed base64 cookie into pickle vs json",
    "import base64\nimport json\nimport pickle\nimport zlib",
    (v) => [
      "raw = zlib.decompress(base64.urlsafe_b64decode(request.cookies.get('state', '')))",
      `state = ${v ? "pickle" : "json"}.loads(raw)`,
      "return jsonify(n=len(state))",
    ],
  ),
  // --- CWE-94 ---
  ...pair("CWE-94", "calculator: eval of an f-string vs an operator table", "import operator", (v) => [
    "a = request.args.get('a', '0')",
    "b = request.args.get('b', '0')",
    "op = request.args.get('op', 'add')",
    v
      ? "result = eval(f'{a} {op} {b}')"
      : "result = {'add': operator.add, 'mul': operator.mul}.get(op, operator.add)(float(a), float(b))",
    "return jsonify(result=result)",
  ]),
  ...pair(
    "CWE-94",
    "eval with empty __builtins__ (still escapable) vs ast.literal_eval",
    "import ast",
    (v) => [
      "expr = request.get_json(silent=True) or {}",
      "src = str(expr.get('value', '0'))",
      `val = ${v ? "eval(src, {'__builtins__': {}}, {})" : "ast.literal_eval(src)"}`,
      "return jsonify(value=val)",
    ],
  ),
  // --- CWE-611 ---
  ...pair(
    "CWE-611",
    "parser factory called with strict=False vs its default",
    "from lxml import etree",
    (v) => [
      `parser = make_parser(${v ? "strict=False" : ""})`,
      "root = etree.fromstring(request.get_data(), parser)",
      "return jsonify(tag=root.tag)",
    ],
    () =>
      "def make_parser(strict=True):\n    return etree.XMLParser(resolve_entities=not strict, load_dtd=not strict, no_network=True)\n",
  ),
];
