// Dev suite "py-web", batch 9 (see py-web.ts): written blind after the batch 8 fixes, measured before any further
// fix. Hand-written pairs with sources batches 1-8 do not have (Flask path parameters and the path converter,
// FastAPI typed path parameters and Response cookies, request.files names and streams, Werkzeug parse_cookie,
// headers.getlist, Django request.GET.getlist / POST / session) and value logic they do not have (walrus guards,
// try/except/else, while loops, closures over the input or a module constant, functools.partial, class attributes
// read through the class or an instance, default parameters, removeprefix/strip/casefold before an allow-list,
// int() casts, isdigit/isalnum guards, re.fullmatch vs re.match, realpath containment, '..' checks before an early
// return, send_from_directory, url_has_allowed_host_and_scheme, markupsafe/html.escape, format_html vs mark_safe,
// shlex.quote, xpath variables, ldap escape_filter_chars in a generator). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, url_for, send_file, send_from_directory, abort\nimport os\napp = Flask(__name__)\n";

const { pair, whole } = viewBuilders("batch9", FLASK, "v");

export const CASES: DevCase[] = [
  // --- CWE-78 ---
  ...pair(
    "CWE-78",
    "path parameter into a shell command, shlex.quote or not",
    "import shlex, subprocess",
    (v) => [
      `cmd = 'ping -c 1 ' + ${v ? "host" : "shlex.quote(host)"}`,
      "return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout",
    ],
    { route: "/<host>", args: "host" },
  ),
  ...pair("CWE-78", "walrus guard: truthiness vs isalnum", "", (v) => [
    `if (h := request.args.get('h', ''))${v ? "" : ".isalnum()"}:`,
    "    os.system('nslookup ' + h)",
    "    return 'looked up'",
    "return 'bad host', 400",
  ]),
  ...pair(
    "CWE-78",
    "closure over the input vs over a module constant",
    "import subprocess",
    (v) => [
      "d = request.form.get('dir', '')",
      "def usage():",
      `    return subprocess.check_output('du -sh ' + ${v ? "d" : "ARCHIVE_DIR"}, shell=True)`,
      "return jsonify(dir=d, usage=usage().decode())",
    ],
    { top: () => "ARCHIVE_DIR = '/var/backups'\n" },
  ),
  ...whole(
    "CWE-78",
    "Django view: shell string vs argument list",
    (v) =>
      "import subprocess\nfrom django.http import HttpResponse\n\n\ndef search_logs(request):\n" +
      "    pattern = request.GET.get('q', '')\n" +
      (v
        ? "    out = subprocess.run('grep -- ' + pattern + ' /var/log/app.log', shell=True, capture_output=True).stdout\n"
        : "    out = subprocess.run(['grep', '--', pattern, '/var/log/app.log'], capture_output=True).stdout\n") +
      "    return HttpResponse(out, content_type='text/plain')\n",
  ),
  // --- CWE-89 ---
  ...whole(
    "CWE-89",
    "FastAPI path parameter typed str vs int",
    (v) =>
      "import sqlite3\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\n@app.get('/items/{item_id}')\n" +
      `def read_item(item_id: ${v ? "str" : "int"}):\n` +
      "    conn = sqlite3.connect('app.db')\n" +
      "    rows = conn.execute(f'SELECT name FROM items WHERE id = {item_id}').fetchall()\n" +
      "    return {'rows': rows}\n",
  ),
  ...pair("CWE-89", "try/except int() fallback: the raw text or the number", "import sqlite3", (v) => [
    "raw = request.args.get('limit', '10')",
    "try:",
    "    n = int(raw)",
    "except ValueError:",
    "    n = 10",
    `sql = 'SELECT title FROM posts ORDER BY id DESC LIMIT ' + ${v ? "raw" : "str(n)"}`,
    "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
  ]),
  ...pair(
    "CWE-89",
    "removeprefix/strip/casefold then an emptiness check vs an allow-list",
    "import sqlite3",
    (v) => [
      "sort = request.args.get('sort', '').removeprefix('-').strip().casefold()",
      v ? "if not sort:" : "if sort not in SORTABLE:",
      "    sort = 'name'",
      "cur = sqlite3.connect('app.db').cursor()",
      "cur.execute('SELECT * FROM products ORDER BY ' + sort)",
      "return jsonify(cur.fetchall())",
    ],
    { top: () => "SORTABLE = {'name', 'created', 'price'}\n" },
  ),
  ...whole(
    "CWE-89",
    "Django Manager.raw with %-format vs params",
    (v) =>
      "from django.http import JsonResponse\nfrom django.contrib.auth.models import User\n\n\ndef find_user(request):\n" +
      "    q = request.GET.get('username', '')\n" +
      (v
        ? "    users = User.objects.raw(\"SELECT * FROM auth_user WHERE username = '%s'\" % q)\n"
        : "    users = User.objects.raw('SELECT * FROM auth_user WHERE username = %s', [q])\n") +
      "    return JsonResponse({'ids': [u.id for u in users]})\n",
  ),
  ...pair(
    "CWE-89",
    "Werkzeug parse_cookie of the Cookie header",
    "import sqlite3\nfrom werkzeug.http import parse_cookie",
    (v) => [
      "cookies = parse_cookie(request.headers.get('Cookie', ''))",
      "uid = cookies.get('uid', '')",
      "conn = sqlite3.connect('app.db')",
      v
        ? 'rows = conn.execute("SELECT * FROM carts WHERE uid = \'" + uid + "\'").fetchall()'
        : "rows = conn.execute('SELECT * FROM carts WHERE uid = ?', (uid,)).fetchall()",
      "return jsonify(rows)",
    ],
  ),
  ...pair("CWE-89", "nested JSON keys read with chained get()", "import psycopg2", (v) => [
    "body = request.get_json(force=True) or {}",
    "name = body.get('filter', {}).get('name', '')",
    "cur = psycopg2.connect('dbname=app').cursor()",
    v
      ? 'cur.execute("SELECT * FROM customers WHERE name = \'" + name + "\'")'
      : "cur.execute('SELECT * FROM customers WHERE name = %s', (name,))",
    "return jsonify(cur.fetchall())",
  ]),
  // --- CWE-79 ---
  ...pair(
    "CWE-79",
    "path parameter in an f-string, markupsafe.escape or not",
    "from markupsafe import escape",
    (v) => [`return f'<h1>Hello, {${v ? "name" : "escape(name)"}}!</h1>'`],
    { route: "/<name>", args: "name" },
  ),
  ...pair(
    "CWE-79",
    "uploaded file's name echoed, secure_filename or not",
    "from werkzeug.utils import secure_filename",
    (v) => [
      "f = request.files['doc']",
      `name = ${v ? "f.filename" : "secure_filename(f.filename)"}`,
      "f.save(os.path.join('/srv/uploads', secure_filename(f.filename)))",
      "return '<p>Uploaded ' + name + '</p>'",
    ],
  ),
  ...pair("CWE-79", "while loop: strip leading blanks vs remove every '<'", "", (v) => [
    "msg = request.args.get('msg', '')",
    v ? "while msg.startswith(' '):" : "while '<' in msg:",
    v ? "    msg = msg[1:]" : "    msg = msg.replace('<', '')",
    "return '<div class=\"flash\">' + msg + '</div>'",
  ]),
  ...whole(
    "CWE-79",
    "Django mark_safe of %-format vs format_html",
    (v) =>
      "from django.http import HttpResponse\nfrom django.utils.html import format_html\nfrom django.utils.safestring import mark_safe\n\n\ndef greet(request):\n" +
      "    who = request.GET.get('who', '')\n" +
      (v ? "    html = mark_safe('<p>Hi %s</p>' % who)\n" : "    html = format_html('<p>Hi {}</p>', who)\n") +
      "    return HttpResponse(html)\n",
  ),
  ...pair("CWE-79", "headers.getlist value in an attribute, html.escape or not", "import html", (v) => [
    "langs = request.headers.getlist('Accept-Language')",
    "first = langs[0] if langs else 'en'",
    `return '<html lang="' + ${v ? "first" : "html.escape(first)"} + '"><body>hi</body></html>'`,
  ]),
  // --- CWE-22 ---
  ...pair(
    "CWE-22",
    "realpath then an existence check vs a containment check",
    "",
    (v) => [
      "name = request.args.get('f', '')",
      "path = os.path.realpath(os.path.join(BASE, name))",
      v ? "if not os.path.exists(path):" : "if not path.startswith(BASE + os.sep):",
      "    abort(404)",
      "return send_file(path)",
    ],
    { top: () => "BASE = '/srv/files'\n" },
  ),
  ...pair(
    "CWE-22",
    "path converter: send_file of a join vs send_from_directory",
    "",
    (v) => [
      v
        ? "return send_file(os.path.join('/srv/static', subpath))"
        : "return send_from_directory('/srv/static', subpath)",
    ],
    { route: "/<path:subpath>", args: "subpath" },
  ),
  ...pair("CWE-22", "early return on a leading slash only vs also on '..'", "", (v) => [
    "name = request.cookies.get('tpl', 'default.html')",
    v ? "if name.startswith('/'):" : "if '..' in name or name.startswith('/'):",
    "    return 'bad', 400",
    "with open('/srv/templates/' + name) as fh:",
    "    return fh.read()",
  ]),
  ...pair("CWE-22", "functools.partial(open) with the text vs an int() cast", "import functools", (v) => [
    "read_text = functools.partial(open, mode='r', encoding='utf-8')",
    "doc = request.args.get('doc', '0')",
    `name = ${v ? "doc" : "str(int(doc))"} + '.txt'`,
    "with read_text(os.path.join('/srv/docs', name)) as fh:",
    "    return fh.read()",
  ]),
  // --- CWE-90 ---
  ...pair(
    "CWE-90",
    "nested filter builder, escape_filter_chars or not (ldap3)",
    "import ldap3\nfrom ldap3.utils.conv import escape_filter_chars",
    (v) => [
      "uid = request.form.get('uid', '')",
      "def user_filter(u):",
      `    return '(&(objectClass=person)(uid=' + ${v ? "u" : "escape_filter_chars(u)"} + '))'`,
      "conn = ldap3.Connection(ldap3.Server('ldap://ldap.local'), auto_bind=True)",
      "conn.search('dc=corp,dc=local', user_filter(uid), attributes=['cn'])",
      "return jsonify([str(e.cn) for e in conn.entries])",
    ],
  ),
  ...whole(
    "CWE-90",
    "Django GET.getlist joined by a generator, escaped or not",
    (v) =>
      "import ldap\nfrom ldap.filter import escape_filter_chars\nfrom django.http import JsonResponse\n\n\ndef groups(request):\n" +
      "    names = request.GET.getlist('g')\n" +
      `    flt = '(|' + ''.join('(cn=%s)' % ${v ? "g" : "escape_filter_chars(g)"} for g in names) + ')'\n` +
      "    conn = ldap.initialize('ldap://ldap.local')\n" +
      "    res = conn.search_s('ou=groups,dc=corp', ldap.SCOPE_SUBTREE, flt)\n" +
      "    return JsonResponse({'n': len(res)})\n",
  ),
  // --- CWE-643 ---
  ...pair("CWE-643", "lxml xpath: concatenation vs an XPath variable", "from lxml import etree", (v) => [
    "name = request.args.get('name', '')",
    "tree = etree.parse('/srv/users.xml')",
    v
      ? 'nodes = tree.xpath("//user[@name=\'" + name + "\']/email/text()")'
      : "nodes = tree.xpath('//user[@name=$n]/email/text()', n=name)",
    "return jsonify([str(n) for n in nodes])",
  ]),
  ...pair(
    "CWE-643",
    "re.match (prefix only) vs re.fullmatch guard",
    "import re\nfrom lxml import etree",
    (v) => [
      "cat = request.args.get('cat', '')",
      `if not re.${v ? "match" : "fullmatch"}(r'[a-z]{1,20}', cat):`,
      "    return 'bad category', 400",
      "root = etree.parse('/srv/catalog.xml')",
      'return jsonify([str(t) for t in root.xpath("//book[@cat=\'" + cat + "\']/title/text()")])',
    ],
  ),
  // --- CWE-501 ---
  ...pair(
    "CWE-501",
    "path parameter into the session, allow-listed or not",
    "",
    (v) => [
      `session['lang'] = ${v ? "code" : "code if code in SUPPORTED else 'en'"}`,
      "return redirect('/')",
    ],
    { route: "/<code>", args: "code", top: () => "SUPPORTED = ('en', 'fr', 'de')\n" },
  ),
  ...whole(
    "CWE-501",
    "Django try/except/else stores the nickname vs the clamped number",
    (v) =>
      "from django.http import HttpResponse\n\n\ndef set_pref(request):\n" +
      "    raw = request.POST.get('page_size', '20')\n" +
      "    nick = request.POST.get('nick', '')\n" +
      "    try:\n" +
      "        size = int(raw)\n" +
      "    except ValueError:\n" +
      "        size = 20\n" +
      "    else:\n" +
      (v
        ? "        request.session['nick'] = nick\n"
        : "        request.session['page_size'] = min(max(size, 10), 100)\n") +
      "    return HttpResponse('ok')\n",
  ),
  ...pair(
    "CWE-501",
    "instance attribute from the cookie vs the class attribute",
    "",
    (v) => [
      "p = Prefs(request.cookies.get('theme', ''))",
      `session['theme'] = p.${v ? "raw" : "theme"}`,
      "return 'ok'",
    ],
    {
      top: () =>
        "class Prefs:\n    theme = 'light'\n\n    def __init__(self, raw):\n        self.raw = raw\n",
    },
  ),
  // --- CWE-601 ---
  ...whole(
    "CWE-601",
    "Django: startswith('/') vs url_has_allowed_host_and_scheme",
    (v) =>
      "from django.http import HttpResponseRedirect\nfrom django.utils.http import url_has_allowed_host_and_scheme\n\n\ndef after_login(request):\n" +
      "    nxt = request.GET.get('next', '/')\n" +
      (v
        ? "    if not nxt.startswith('/'):\n"
        : "    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):\n") +
      "        nxt = '/'\n" +
      "    return HttpResponseRedirect(nxt)\n",
  ),
  ...pair(
    "CWE-601",
    "path converter: redirect to it vs url_for a static file",
    "",
    (v) => [`return redirect(${v ? "target" : "url_for('static', filename=target)"})`],
    { route: "/<path:target>", args: "target" },
  ),
  // --- CWE-614 ---
  ...pair(
    "CWE-614",
    "Werkzeug dump_cookie added by hand",
    "import secrets\nfrom werkzeug.http import dump_cookie",
    (v) => [
      "resp = make_response('ok')",
      `resp.headers.add('Set-Cookie', dump_cookie('sid', secrets.token_hex(16), httponly=True${v ? "" : ", secure=True"}, samesite='Lax'))`,
      "return resp",
    ],
  ),
  ...pair("CWE-614", "functools.partial(resp.set_cookie, secure=...)", "import functools, secrets", (v) => [
    "resp = make_response('ok')",
    `set_c = functools.partial(resp.set_cookie, httponly=True, secure=${v ? "False" : "True"})`,
    "set_c('remember', secrets.token_urlsafe(16), max_age=86400)",
    "return resp",
  ]),
  ...whole(
    "CWE-614",
    "FastAPI Response.set_cookie without or with secure",
    (v) =>
      "import secrets\nfrom fastapi import FastAPI, Response\n\napp = FastAPI()\n\n\n@app.post('/login')\ndef login(response: Response):\n" +
      `    response.set_cookie(key='session', value=secrets.token_urlsafe(32), httponly=True${v ? "" : ", secure=True"})\n` +
      "    return {'ok': True}\n",
  ),
  // --- CWE-328 ---
  ...pair(
    "CWE-328",
    "algorithm name in a class attribute",
    "import hashlib",
    () => [
      "pw = request.form.get('password', '')",
      "salt = os.urandom(16)",
      "h = hashlib.new(Hasher.ALGO, salt + pw.encode())",
      "return jsonify(salt=salt.hex(), hash=h.hexdigest())",
    ],
    { top: (v) => `class Hasher:\n    ALGO = '${v ? "md5" : "sha512"}'\n` },
  ),
  ...pair(
    "CWE-328",
    "dict of hash constructors read at a constant key",
    "import hashlib",
    (v) => [
      "pw = request.form.get('password', '')",
      `digest = ALGOS['${v ? "fast" : "strong"}'](pw.encode()).hexdigest()`,
      "return jsonify(digest=digest)",
    ],
    { top: () => "ALGOS = {'fast': hashlib.md5, 'strong': hashlib.sha256}\n" },
  ),
  // --- CWE-327 ---
  ...pair(
    "CWE-327",
    "cipher class in a module constant (cryptography)",
    "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes",
    () => [
      "data = request.get_data()",
      "key = os.urandom(24)",
      "iv = os.urandom(ALGORITHM.block_size // 8)",
      "enc = Cipher(ALGORITHM(key), modes.CBC(iv)).encryptor()",
      "padded = data + b'\\0' * (-len(data) % (ALGORITHM.block_size // 8))",
      "return (iv + enc.update(padded) + enc.finalize()).hex()",
    ],
    { top: (v) => `ALGORITHM = algorithms.${v ? "TripleDES" : "AES"}\n` },
  ),
  ...pair(
    "CWE-327",
    "AES mode as a default parameter: ECB vs GCM",
    "from Crypto.Cipher import AES",
    () => ["card = request.form.get('card', '').encode().ljust(32, b'\\0')", "return seal(card).hex()"],
    {
      top: (v) =>
        `KEY = os.urandom(16)\n\n\ndef seal(data, mode=AES.MODE_${v ? "ECB" : "GCM"}):\n    c = AES.new(KEY, mode)\n    return c.encrypt(data)\n`,
    },
  ),
  // --- CWE-338 ---
  ...pair(
    "CWE-338",
    "temporary password from random vs random.SystemRandom in a generator",
    "import random, string",
    (v) => [
      `rng = ${v ? "random" : "random.SystemRandom()"}`,
      "temp_password = ''.join(rng.choice(ALPHABET) for _ in range(12))",
      "return jsonify(password=temp_password)",
    ],
    { top: () => "ALPHABET = string.ascii_letters + string.digits\n" },
  ),
  ...pair(
    "CWE-338",
    "one-time code from numpy.random vs secrets.randbelow",
    "import secrets\nimport numpy as np",
    (v) => [
      v
        ? "code = ''.join(str(d) for d in np.random.randint(0, 10, size=6))"
        : "code = ''.join(str(secrets.randbelow(10)) for _ in range(6))",
      "session['otp'] = code",
      "return jsonify(sent=True)",
    ],
  ),
  // --- CWE-94 ---
  ...pair("CWE-94", "walrus guard then eval vs ast.literal_eval", "import ast", (v) => [
    "if (expr := request.args.get('expr')):",
    `    return str(${v ? "eval(expr)" : "ast.literal_eval(expr)"})`,
    "return 'no expression'",
  ]),
  ...pair("CWE-94", "emptiness vs isdigit guard before exec", "", (v) => [
    "n = request.form.get('n', '')",
    `if ${v ? "not n" : "not n.isdigit()"}:`,
    "    return 'bad', 400",
    "scope = {}",
    "exec('result = ' + n + ' * 2', scope)",
    "return str(scope['result'])",
  ]),
  // --- CWE-502 ---
  ...pair("CWE-502", "uploaded file stream: pickle.load vs json.load", "import json, pickle", (v) => [
    `state = ${v ? "pickle.load" : "json.load"}(request.files['state'].stream)`,
    "return jsonify(keys=list(state)[:10])",
  ]),
  ...pair("CWE-502", "cookie through jsonpickle.decode vs json.loads", "import json, jsonpickle", (v) => [
    "raw = request.cookies.get('prefs', '{}')",
    `prefs = ${v ? "jsonpickle.decode(raw)" : "json.loads(raw)"}`,
    "return jsonify(prefs=str(prefs))",
  ]),
  // --- CWE-611 ---
  ...pair(
    "CWE-611",
    "xml.sax with external general entities turned on vs off",
    "import io\nimport xml.sax\nfrom xml.sax.handler import feature_external_ges",
    (v) => [
      "h = Counter()",
      "parser = xml.sax.make_parser()",
      `parser.setFeature(feature_external_ges, ${v ? "True" : "False"})`,
      "parser.setContentHandler(h)",
      "parser.parse(io.BytesIO(request.get_data()))",
      "return jsonify(elements=h.n)",
    ],
    {
      top: () =>
        "class Counter(xml.sax.ContentHandler):\n    def __init__(self):\n        super().__init__()\n        self.n = 0\n\n    def startElement(self, name, attrs):\n        self.n += 1\n",
    },
  ),
  ...pair(
    "CWE-611",
    "lxml parser kept in a class attribute",
    "from lxml import etree",
    () => [
      "root = etree.fromstring(request.get_data(), Importer.PARSER)",
      "return jsonify(tag=root.tag, n=len(root))",
    ],
    {
      top: (v) =>
        `class Importer:\n    PARSER = etree.XMLParser(${v ? "resolve_entities=True, load_dtd=True" : "resolve_entities=False, no_network=True"})\n`,
    },
  ),
];
