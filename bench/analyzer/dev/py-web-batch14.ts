// Dev suite "py-web", batch 14 (see py-web.ts): written after the batch 13 fixes, measured before any further fix.
// Hand-written pairs with value logic and sources batches 1-13 do not have: conditions from `in` on a literal,
// str.find, 2 ** 3, modulo and split()[i] on literals; len()-relative list indexes; list.pop() vs pop(0);
// zip with a constant label list; enumerate indexes next to the input; dict comprehensions whose keys are
// allow-listed but whose values are not; map(shlex.quote, ...); get(type=int); isdigit guards; psycopg2.sql
// Identifier; Django HttpResponse vs format_html, FileResponse, HttpResponseRedirect vs
// url_has_allowed_host_and_scheme; request.authorization; normpath vs basename; re.match vs re.fullmatch guards;
// keyword arguments to a helper; class-level RNGs and digest names; helpers with a `strong` flag; cipher lists
// indexed by a constant; tuple membership choosing the secure flag; app.config.update; comprehension filters on
// session data; yaml loader picked by a module flag; lxml options through **OPTS. Never taken from a held-out
// corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, send_file, abort, url_for\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch14", FLASK, "b14");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

const DJANGO = "from django.http import HttpResponse, HttpResponseRedirect, FileResponse\n";

export const BATCH14: DevCase[] = [
  // --- CWE-78 ---
  ...pair("CWE-78", "'x' in 'xyz' (taken) vs 'q' in 'xyz' (not taken) guarding the input", "", (v) => [
    "arg = request.args.get('pkg', '')",
    "target = 'coreutils'",
    `if '${v ? "x" : "q"}' in 'xyz':`,
    "    target = arg",
    "os.system('apt-cache show ' + target)",
    "return 'ok'",
  ]),
  ...pair(
    "CWE-78",
    "file names joined raw vs through map(shlex.quote)",
    "import shlex\nimport subprocess",
    (v) => [
      "files = request.args.getlist('f')",
      `line = 'wc -l ' + ' '.join(${v ? "files" : "map(shlex.quote, files)"})`,
      "return subprocess.check_output(line, shell=True, cwd='/srv/data')",
    ],
  ),
  ...pair("CWE-78", "index len(lst) - 2 (the input) vs len(lst) - 1 (a flag)", "", (v) => [
    "lst = ['ls', request.form.get('dir', ''), '-la']",
    `x = lst[len(lst) - ${v ? "2" : "1"}]`,
    "os.system('ls ' + x)",
    "return 'ok'",
  ]),
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "dict comprehension with allow-listed keys: values inlined vs bound",
    "import sqlite3",
    (v) => [
      "params = {k: val for k, val in request.args.items() if k in ALLOWED}",
      v
        ? "where = ' AND '.join(f\"{k} = '{val}'\" for k, val in params.items()) or '1 = 1'"
        : "where = ' AND '.join(f'{k} = ?' for k in params) or '1 = 1'",
      `rows = sqlite3.connect('app.db').execute('SELECT * FROM items WHERE ' + where${v ? "" : ", list(params.values())"}).fetchall()`,
      "return jsonify(rows)",
    ],
    () => "ALLOWED = ('color', 'size')\n",
  ),
  ...pair("CWE-89", "LIMIT from args.get() vs args.get(type=int)", "import sqlite3", (v) => [
    `limit = request.args.get('limit', 10${v ? "" : ", type=int"})`,
    "sql = f'SELECT * FROM news ORDER BY ts DESC LIMIT {limit}'",
    "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
  ]),
  ...pair("CWE-89", "guard checks only emptiness vs isdigit()", "import sqlite3", (v) => [
    "uid = request.args.get('uid', '')",
    `if not ${v ? "uid" : "uid.isdigit()"}:`,
    "    abort(400)",
    "row = sqlite3.connect('app.db').execute('SELECT name FROM users WHERE id = ' + uid).fetchone()",
    "return jsonify(row)",
  ]),
  ...pair(
    "CWE-89",
    "ORDER BY column: str.format vs psycopg2.sql.Identifier",
    "import psycopg2\nfrom psycopg2 import sql",
    (v) => [
      "col = request.args.get('sort', 'name')",
      "conn = psycopg2.connect('dbname=shop')",
      "cur = conn.cursor()",
      v
        ? "cur.execute('SELECT * FROM items ORDER BY {}'.format(col))"
        : "cur.execute(sql.SQL('SELECT * FROM items ORDER BY {}').format(sql.Identifier(col)))",
      "return jsonify(cur.fetchall())",
    ],
  ),
  // --- CWE-79 ---
  ...whole(
    "CWE-79",
    "Django HttpResponse concatenation vs format_html",
    (v) =>
      DJANGO +
      "from django.utils.html import format_html\n\n\ndef search(request):\n" +
      "    q = request.GET.get('q', '')\n" +
      (v
        ? "    return HttpResponse('<h1>Results for ' + q + '</h1>')\n"
        : "    return HttpResponse(format_html('<h1>Results for {}</h1>', q))\n"),
  ),
  ...pair("CWE-79", "enumerate: the index vs the tag in the markup", "", (v) => [
    "tags = request.args.getlist('tag')",
    `items = ''.join(f'<li id="t{i}">${v ? "{t}" : "tag {i}"}</li>' for i, t in enumerate(tags))`,
    "return '<ul>' + items + '</ul>'",
  ]),
  ...pair(
    "CWE-79",
    "zip with a constant label list: the value vs the label in the cell",
    "",
    (v) => [
      "values = [request.args.get('a', ''), request.args.get('b', '')]",
      "out = ''",
      "for label, val in zip(LABELS, values):",
      `    out += '<td>' + ${v ? "val" : "label"} + '</td>'`,
      "return '<tr>' + out + '</tr>'",
    ],
    () => "LABELS = ('Alpha', 'Beta')\n",
  ),
  ...pair("CWE-79", "comment rendered raw vs through bleach.clean", "import bleach", (v) => [
    "c = request.form.get('comment', '')",
    `return make_response('<div class="c">' + ${v ? "c" : "bleach.clean(c)"} + '</div>')`,
  ]),
  // --- CWE-22 ---
  ...pair("CWE-22", "normpath alone (keeps leading ..) vs basename", "", (v) => [
    "name = request.args.get('file', '')",
    `name = os.path.${v ? "normpath" : "basename"}(name)`,
    "return send_file(os.path.join('/srv/exports', name))",
  ]),
  ...pair("CWE-22", "re.match prefix check vs re.fullmatch of the whole name", "import re", (v) => [
    "name = request.args.get('log', '')",
    `if not re.${v ? "match" : "fullmatch"}(r'[\\w-]+\\.log', name):`,
    "    abort(400)",
    "with open(os.path.join('/var/log/app', name)) as fh:",
    "    return Response(fh.read(), mimetype='text/plain')",
  ]),
  ...whole(
    "CWE-22",
    "Django FileResponse of a GET name joined raw vs its basename",
    (v) =>
      DJANGO +
      "import os\n\nMEDIA = '/srv/media'\n\n\ndef download(request):\n" +
      "    name = request.GET.get('f', '')\n" +
      `    path = os.path.join(MEDIA, ${v ? "name" : "os.path.basename(name)"})\n` +
      "    return FileResponse(open(path, 'rb'))\n",
  ),
  // --- CWE-90 ---
  ...pair(
    "CWE-90",
    "Basic-auth username into an ldap3 filter raw vs escaped",
    "import ldap3\nfrom ldap3.utils.conv import escape_filter_chars",
    (v) => [
      "auth = request.authorization",
      "if not auth:",
      "    abort(401)",
      `flt = f'(uid={${v ? "auth.username" : "escape_filter_chars(auth.username)"}})'`,
      "conn = ldap3.Connection('ldap://ldap.local', auto_bind=True)",
      "conn.search('dc=corp', flt)",
      "return jsonify(found=bool(conn.entries))",
    ],
  ),
  ...pair(
    "CWE-90",
    "2 ** 3 == 8 (taken) picks the escaped value vs 2 ** 3 == 9 picks the raw one",
    "import ldap\nfrom ldap.filter import escape_filter_chars",
    (v) => [
      "u = request.values.get('user', '')",
      `if 2 ** 3 == ${v ? "9" : "8"}:`,
      "    who = escape_filter_chars(u)",
      "else:",
      "    who = u",
      "conn = ldap.initialize('ldap://ldap.local')",
      "return jsonify(n=len(conn.search_s('dc=corp', ldap.SCOPE_SUBTREE, '(cn=' + who + ')')))",
    ],
  ),
  // --- CWE-643 ---
  ...pair("CWE-643", "'abc'.find('c') > 1 (taken) vs > 2 (not taken)", "from lxml import etree", (v) => [
    "uid = request.args.get('id', '')",
    "expr = \"//user[@id='0']/name/text()\"",
    `if 'abc'.find('c') > ${v ? "1" : "2"}:`,
    '    expr = "//user[@id=\'" + uid + "\']/name/text()"',
    "return jsonify([str(n) for n in etree.parse('/srv/users.xml').xpath(expr)])",
  ]),
  ...pair(
    "CWE-643",
    "helper called with keyword arguments: the raw id vs its int() text",
    "from lxml import etree",
    (v) => [
      "uid = request.args.get('id', '0')",
      `expr = build(tag='user', value=${v ? "uid" : "str(int(uid))"})`,
      "return jsonify([str(n) for n in etree.parse('/srv/users.xml').xpath(expr)])",
    ],
    () => "def build(tag, value):\n    return f\"//{tag}[@id='{value}']/name/text()\"\n",
  ),
  // --- CWE-338 ---
  ...pair(
    "CWE-338",
    "class-level RNG: random.Random() vs random.SystemRandom()",
    "import random",
    () => [
      "token = '%016x' % Tokens.rng.getrandbits(64)",
      "session['csrf'] = token",
      "return jsonify(token=token)",
    ],
    (v) => `class Tokens:\n    rng = random.${v ? "Random" : "SystemRandom"}()\n`,
  ),
  ...pair(
    "CWE-338",
    "token helper called with strong=False vs its default",
    "import random\nimport secrets",
    (v) => [
      `t = make_token(${v ? "strong=False" : ""})`,
      "session['reset'] = t",
      "return jsonify(sent=True)",
    ],
    () =>
      "def make_token(n=16, strong=True):\n    if strong:\n        return secrets.token_hex(n)\n" +
      "    return '%0*x' % (2 * n, random.getrandbits(8 * n))\n",
  ),
  // --- CWE-328 ---
  ...pair("CWE-328", "digest name chosen by 5 % 2 == 1 (sha1) vs == 0 (sha3_256)", "import hashlib", (v) => [
    "pw = request.form.get('password', '')",
    `name = 'sha1' if 5 % 2 == ${v ? "1" : "0"} else 'sha3_256'`,
    "return jsonify(hash=hashlib.new(name, pw.encode()).hexdigest())",
  ]),
  ...pair(
    "CWE-328",
    "staticmethod hashing with the class's ALGO: md5 vs sha256",
    "import hashlib",
    () => ["pw = request.form.get('password', '')", "return jsonify(hash=Hasher.digest(pw.encode()))"],
    (v) =>
      `class Hasher:\n    ALGO = '${v ? "md5" : "sha256"}'\n\n    @staticmethod\n    def digest(b):\n` +
      "        return hashlib.new(Hasher.ALGO, b).hexdigest()\n",
  ),
  // --- CWE-327 ---
  ...pair(
    "CWE-327",
    "cryptography algorithm by a ternary on a module constant: TripleDES vs AES",
    "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nfrom cryptography.hazmat.primitives import padding",
    () => [
      "algo = algorithms.TripleDES if MODE == 'legacy' else algorithms.AES",
      "key = os.urandom(24 if MODE == 'legacy' else 32)",
      "iv = os.urandom(algo.block_size // 8)",
      "padder = padding.PKCS7(algo.block_size).padder()",
      "data = padder.update(request.get_data()) + padder.finalize()",
      "enc = Cipher(algo(key), modes.CBC(iv)).encryptor()",
      "return (iv + enc.update(data) + enc.finalize()).hex()",
    ],
    (v) => `MODE = '${v ? "legacy" : "modern"}'\n`,
  ),
  ...pair(
    "CWE-327",
    "stream cipher from a list at index 0 (ARC4) vs 1 (ChaCha20)",
    "from Crypto.Cipher import ARC4, ChaCha20",
    (v) => [
      "CIPHERS = [ARC4, ChaCha20]",
      "key = os.urandom(32)",
      `c = CIPHERS[${v ? "0" : "1"}].new(key=key)`,
      "return c.encrypt(request.get_data()).hex()",
    ],
  ),
  // --- CWE-614 ---
  ...pair(
    "CWE-614",
    "secure='https' in a tuple of schemes without vs with https",
    "import secrets",
    () => [
      "resp = make_response('ok')",
      "resp.set_cookie('sid', secrets.token_hex(16), secure='https' in SCHEMES, httponly=True)",
      "return resp",
    ],
    (v) => `SCHEMES = (${v ? "'http'," : "'http', 'https'"})\n`,
  ),
  ...whole(
    "CWE-614",
    "Flask session cookie: app.config.update(SESSION_COOKIE_SECURE=False vs True)",
    (v) =>
      "import os\n\nfrom flask import Flask, session\n\napp = Flask(__name__)\napp.secret_key = os.environ['SECRET_KEY']\n" +
      `app.config.update(SESSION_COOKIE_SECURE=${v ? "False" : "True"}, SESSION_COOKIE_HTTPONLY=True)\n\n\n` +
      "@app.route('/login', methods=['POST'])\ndef login():\n    session['uid'] = 1\n    return 'ok'\n",
  ),
  // --- CWE-501 ---
  ...pair(
    "CWE-501",
    "cart items from the json body: all vs only catalogue ids",
    "",
    (v) => [
      "items = (request.get_json(silent=True) or {}).get('items', [])",
      `session['cart'] = [i for i in items${v ? "" : " if i in CATALOG"}]`,
      "return jsonify(n=len(session['cart']))",
    ],
    () => "CATALOG = {'sku-1', 'sku-2', 'sku-3'}\n",
  ),
  ...pair("CWE-501", "list pop() drops the constant vs pop(0) drops the input", "", (v) => [
    "stack = [request.args.get('u', ''), 'anonymous']",
    `stack.pop(${v ? "" : "0"})`,
    "session['who'] = stack[0]",
    "return 'ok'",
  ]),
  // --- CWE-601 ---
  ...pair("CWE-601", "ternary on len('ab') == 2 (taken) vs == 3 picking the next URL", "", (v) => [
    "nxt = request.args.get('next', '/')",
    `target = nxt if len('ab') == ${v ? "2" : "3"} else '/'`,
    "return redirect(target)",
  ]),
  ...whole(
    "CWE-601",
    "Django redirect to next without vs with url_has_allowed_host_and_scheme",
    (v) =>
      DJANGO +
      "from django.utils.http import url_has_allowed_host_and_scheme\n\n\ndef after_login(request):\n" +
      "    nxt = request.GET.get('next', '/')\n" +
      (v
        ? ""
        : "    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):\n        nxt = '/'\n") +
      "    return HttpResponseRedirect(nxt)\n",
  ),
  // --- CWE-502 ---
  ...pair(
    "CWE-502",
    "helper unpickling request data vs only its own pickled constant",
    "import pickle",
    (v) => [
      `obj = load(${v ? "request.get_data()" : "pickle.dumps({'version': 1})"})`,
      "return jsonify(n=len(obj))",
    ],
    () => "def load(blob):\n    return pickle.loads(blob)\n",
  ),
  ...pair(
    "CWE-502",
    "yaml loader picked by a module flag: UnsafeLoader vs SafeLoader",
    "import yaml",
    () => [
      "loader = yaml.SafeLoader if STRICT else yaml.UnsafeLoader",
      "cfg = yaml.load(request.get_data(), Loader=loader)",
      "return jsonify(keys=sorted(cfg))",
    ],
    (v) => `STRICT = ${v ? "False" : "True"}\n`,
  ),
  // --- CWE-94 ---
  ...pair("CWE-94", "'a,b'.split(',')[1] == 'b' (taken) vs [0] == 'b' (not taken)", "", (v) => [
    "code = 'pass'",
    `if 'a,b'.split(',')[${v ? "1" : "0"}] == 'b':`,
    "    code = request.form.get('code', 'pass')",
    "exec(code, {})",
    "return 'ran'",
  ]),
  // --- CWE-611 ---
  ...pair(
    "CWE-611",
    "lxml parser options through **OPTS: resolve_entities True vs False",
    "from lxml import etree",
    () => [
      "parser = etree.XMLParser(**OPTS)",
      "root = etree.fromstring(request.get_data(), parser)",
      "return jsonify(tag=root.tag)",
    ],
    (v) => `OPTS = {'resolve_entities': ${v ? "True" : "False"}, 'no_network': True}\n`,
  ),
];
