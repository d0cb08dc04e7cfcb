// Dev suite "py-web", batch 16 (see py-web.ts): written blind after the batch 15 fixes, measured before any
// further fix. Hand-written pairs about objects and control flow in shapes batches 1-15 do not have: property
// setters, __getitem__ classes, context managers returning self, classmethod factories, subclasses overriding a
// method, super().__init__, *args / **kwargs forwarding, `global` and `nonlocal` rebinding, walrus inside a
// comprehension, SimpleNamespace, Enum lookups by value, os.path.splitext extensions, isinstance and all()
// guards, strptime round trips, copy.deepcopy, for/else, try/finally, lru_cache'd helpers, decorators that
// escape the view's return value, `Response(..., mimetype='text/plain')`, app.config.from_object, hostname
// allow-lists for outgoing requests, list-of-tuples headers. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, send_file, abort\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch16", FLASK, "b16");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

export const BATCH16: DevCase[] = [
  // --- CWE-78 ---
  ...pair(
    "CWE-78",
    "property setter stores the input; the command property vs the argument property read",
    "",
    (v) => [
      "job = Job()",
      "job.target = request.args.get('t', '')",
      `os.system(${v ? "'tar czf /tmp/out.tgz ' + job.target" : "job.command"})`,
      "return 'ok'",
    ],
    () =>
      "class Job:\n    def __init__(self):\n        self._target = ''\n\n    @property\n    def command(self):\n        return 'uptime'\n\n" +
      "    @property\n    def target(self):\n        return self._target\n\n    @target.setter\n    def target(self, v):\n        self._target = v\n",
  ),
  ...pair(
    "CWE-78",
    "*args helper joined: called with the input vs only literals",
    "",
    (v) => [
      "extra = request.args.get('x', '')",
      `os.system(cmdline('ls', '-la', ${v ? "extra" : "'/srv'"}))`,
      "return str(len(extra))",
    ],
    () => "def cmdline(*parts):\n    return ' '.join(parts)\n",
  ),
  ...pair(
    "CWE-78",
    "subclass overrides the method that picks the command: input vs constant",
    "",
    () => ["task = Child(request.args.get('d', ''))", "os.system(task.cmd())", "return 'ok'"],
    (v) =>
      "class Base:\n    def __init__(self, arg):\n        self.arg = arg\n\n    def cmd(self):\n        return 'ls ' + self.arg\n\n\n" +
      `class Child(Base):\n    def cmd(self):\n        return ${v ? "'du -sh ' + self.arg" : "'df -h'"}\n`,
  ),
  ...pair(
    "CWE-78",
    "`global` rebinding: the view stores the input in LAST and runs it vs runs DEFAULT",
    "",
    (v) => [
      "global LAST",
      "LAST = request.args.get('c', '')",
      `os.system(${v ? "LAST" : "DEFAULT"})`,
      "return 'ok'",
    ],
    () => "DEFAULT = 'uptime'\nLAST = ''\n",
  ),
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "classmethod factory: the filter from the request inlined vs the class's constant order",
    "import sqlite3",
    (v) => [
      "f = Filter.from_request(request)",
      `sql = ${v ? '"SELECT * FROM items WHERE kind = \'" + f.kind + "\'"' : "'SELECT * FROM items ORDER BY ' + f.order"}`,
      "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
    () =>
      "class Filter:\n    def __init__(self, kind, order):\n        self.kind = kind\n        self.order = order\n\n" +
      "    @classmethod\n    def from_request(cls, req):\n        return cls(req.args.get('kind', ''), 'created')\n",
  ),
  ...pair(
    "CWE-89",
    "Enum lookup by value (raises unless valid) used vs the raw input next to a default member",
    "import enum\nimport sqlite3",
    (v) => [
      "raw = request.args.get('status', 'open')",
      `st = ${v ? "Status.OPEN" : "Status(raw)"}`,
      `sql = "SELECT id FROM tickets WHERE status = '%s'" % ${v ? "raw" : "st.value"}`,
      "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
    () => "class Status(enum.Enum):\n    OPEN = 'open'\n    CLOSED = 'closed'\n",
  ),
  ...pair(
    "CWE-89",
    "json id checked with isinstance(int) before vs only for presence",
    "import sqlite3",
    (v) => [
      "uid = (request.get_json(silent=True) or {}).get('id')",
      `if ${v ? "uid is None" : "not isinstance(uid, int) or isinstance(uid, bool)"}:`,
      "    abort(400)",
      "sql = f'SELECT name FROM users WHERE id = {uid}'",
      "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
  ),
  ...pair(
    "CWE-89",
    "date from the query stripped vs re-formatted by strptime().date().isoformat()",
    "import sqlite3\nfrom datetime import datetime",
    (v) => [
      "raw = request.args.get('since', '2024-01-01')",
      `day = ${v ? "raw.strip()" : "datetime.strptime(raw, '%Y-%m-%d').date().isoformat()"}`,
      `sql = "SELECT * FROM events WHERE day >= '" + day + "'"`,
      "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
  ),
  // --- CWE-22 ---
  ...pair(
    "CWE-22",
    "file name joined raw vs only its os.path.splitext extension after a fixed stem",
    "",
    (v) => [
      "name = request.args.get('f', '')",
      "stem, ext = os.path.splitext(name)",
      `path = os.path.join('/srv/exports', ${v ? "name" : "'report' + ext"})`,
      "return send_file(path)",
    ],
  ),
  ...pair(
    "CWE-22",
    "context manager returning self: its .path (the input) vs its .base",
    "",
    (v) => [
      `with Workspace(request.args.get('p', '')) as ws:`,
      `    with open(ws.${v ? "path" : "base"} + '/README') as fh:`,
      "        return fh.read()",
    ],
    () =>
      "class Workspace:\n    def __init__(self, path):\n        self.path = path\n        self.base = '/srv/workspace'\n\n" +
      "    def __enter__(self):\n        return self\n\n    def __exit__(self, *exc):\n        return False\n",
  ),
  ...pair(
    "CWE-22",
    "all(c.isprintable() ...) guard before an early return vs all(c.isalnum() ...)",
    "",
    (v) => [
      "name = request.args.get('n', '')",
      `if not name or not all(${v ? "c.isprintable()" : "c.isalnum()"} for c in name):`,
      "    abort(400)",
      "return send_file(os.path.join('/srv/avatars', name + '.png'))",
    ],
  ),
  // --- CWE-79 ---
  ...pair("CWE-79", "Response of the input with mimetype text/html vs text/plain", "", (v) => [
    "q = request.args.get('q', '')",
    `return Response('You searched for ' + q, mimetype='text/${v ? "html" : "plain"}')`,
  ]),
  ...whole(
    "CWE-79",
    "decorator escapes the view's returned text vs passes it through",
    (v) =>
      "import functools\nimport html\n\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n" +
      "def text_view(fn):\n    @functools.wraps(fn)\n    def inner(*a, **kw):\n" +
      `        return ${v ? "fn(*a, **kw)" : "html.escape(fn(*a, **kw))"}\n    return inner\n\n\n` +
      "@app.route('/echo')\n@text_view\ndef echo():\n    return 'Hello ' + request.args.get('name', '')\n",
  ),
  ...pair(
    "CWE-79",
    "SimpleNamespace with the input and a title: the name field vs the title field",
    "from types import SimpleNamespace",
    (v) => [
      "page = SimpleNamespace(title='Dashboard', name=request.args.get('name', ''))",
      `return '<h1>' + page.${v ? "name" : "title"} + '</h1>'`,
    ],
  ),
  ...pair(
    "CWE-79",
    "walrus in a comprehension: keeps the raw tags vs their html.escape()d forms",
    "import html",
    (v) => [
      "tags = request.args.getlist('tag')",
      `items = [t for raw in tags if (t := ${v ? "raw.strip()" : "html.escape(raw.strip())"})]`,
      "return '<ul>' + ''.join('<li>' + t + '</li>' for t in items) + '</ul>'",
    ],
  ),
  ...pair(
    "CWE-79",
    "__getitem__ class: the item at the input's key vs at the constant key",
    "",
    (v) => ["r = Row(request.args.get('bio', ''))", `return '<p>' + r['${v ? "bio" : "site"}'] + '</p>'`],
    () =>
      "class Row:\n    def __init__(self, bio):\n        self.bio = bio\n\n" +
      "    def __getitem__(self, key):\n        if key == 'bio':\n            return self.bio\n        return 'example.org'\n",
  ),
  // --- CWE-90 ---
  ...pair(
    "CWE-90",
    "super().__init__ keeps the escaped uid vs the raw one in the base class",
    "import ldap\nfrom ldap.filter import escape_filter_chars",
    () => [
      "q = UserQuery(request.args.get('uid', ''))",
      "conn = ldap.initialize('ldap://ldap.local')",
      "return jsonify(n=len(conn.search_s('dc=corp', ldap.SCOPE_SUBTREE, q.flt)))",
    ],
    (v) =>
      "class Query:\n    def __init__(self, flt):\n        self.flt = flt\n\n\n" +
      `class UserQuery(Query):\n    def __init__(self, uid):\n        super().__init__('(uid=' + ${v ? "uid" : "escape_filter_chars(uid)"} + ')')\n`,
  ),
  ...pair(
    "CWE-90",
    "for/else: the else branch (no allowed group matched) keeps the input vs a constant",
    "import ldap3",
    (v) => [
      "want = request.args.get('g', '')",
      "grp = 'staff'",
      "for allowed in ('staff', 'admins'):",
      "    if want == allowed:",
      "        grp = allowed",
      "        break",
      "else:",
      `    grp = ${v ? "want" : "'staff'"}`,
      "conn = ldap3.Connection('ldap://ldap.local', auto_bind=True)",
      "conn.search('dc=corp', '(cn=' + grp + ')')",
      "return jsonify(n=len(conn.entries))",
    ],
  ),
  // --- CWE-643 ---
  ...pair(
    "CWE-643",
    "**kwargs forwarded to a builder: the predicate from the input vs a literal",
    "from lxml import etree",
    (v) => [
      "name = request.args.get('name', '')",
      `expr = build(tag='book', **{'title': ${v ? "name" : "'Dune'"}})`,
      "return jsonify(n=len(etree.parse('/srv/books.xml').xpath(expr)), q=len(name))",
    ],
    () => "def build(**kw):\n    return \"//{tag}[title='{title}']\".format(**kw)\n",
  ),
  ...pair(
    "CWE-643",
    "try/finally: the finally clause overwrites the expression with a constant vs the try keeps the input",
    "from lxml import etree",
    (v) => [
      "name = request.args.get('name', '')",
      "expr = '//user'",
      "try:",
      `    ${v ? 'expr = "//user[@name=\'" + name + "\']"' : "pass"}`,
      "finally:",
      `    ${v ? "pass" : "expr = \"//user[@name='guest']\""}`,
      "return jsonify(n=len(etree.parse('/srv/users.xml').xpath(expr)), q=len(name))",
    ],
  ),
  // --- CWE-501 ---
  ...pair(
    "CWE-501",
    "copy.deepcopy of a dict: the copy's user entry vs its role entry",
    "import copy",
    (v) => [
      "prefs = {'user': request.form.get('user', ''), 'role': 'viewer'}",
      "snap = copy.deepcopy(prefs)",
      `session['${v ? "user" : "role"}'] = snap['${v ? "user" : "role"}']`,
      "return 'ok'",
    ],
  ),
  ...pair("CWE-501", "nonlocal closure: the remembered value is the header vs a constant", "", (v) => [
    "seen = 'anonymous'",
    "def remember(val):",
    "    nonlocal seen",
    `    seen = ${v ? "val" : "'browser'"}`,
    "remember(request.headers.get('X-User', ''))",
    "session['seen'] = seen",
    "return 'ok'",
  ]),
  // --- CWE-338 ---
  ...pair(
    "CWE-338",
    "session id from numpy.random.randint vs secrets.randbelow",
    "import numpy as np\nimport secrets",
    (v) => [
      `sid = '%012d' % ${v ? "np.random.randint(0, 10 ** 12)" : "secrets.randbelow(10 ** 12)"}`,
      "resp = make_response('ok')",
      "resp.set_cookie('sid', sid, secure=True, httponly=True)",
      "return resp",
    ],
  ),
  ...pair(
    "CWE-338",
    "reset token: random.Random(os.urandom(16)) instance vs random.SystemRandom()",
    "import random\nimport string",
    (v) => [
      `rng = random.${v ? "Random(os.urandom(16))" : "SystemRandom()"}`,
      "token = ''.join(rng.choice(string.ascii_letters) for _ in range(32))",
      "session['reset_token'] = token",
      "return jsonify(ok=True)",
    ],
  ),
  // --- CWE-328 ---
  ...pair(
    "CWE-328",
    "lru_cache'd helper naming the digest: 'md5' vs 'sha256'",
    "import functools\nimport hashlib",
    () => ["data = request.get_data()", "return jsonify(sum=hashlib.new(algo(), data).hexdigest())"],
    (v) => `@functools.lru_cache\ndef algo():\n    return '${v ? "md5" : "sha256"}'\n`,
  ),
  ...pair(
    "CWE-328",
    "Enum member value as the digest name: SHA1 vs SHA512",
    "import enum\nimport hashlib",
    (v) => [
      `h = hashlib.new(Digest.${v ? "LEGACY" : "CURRENT"}.value)`,
      "h.update(request.get_data())",
      "return jsonify(sig=h.hexdigest())",
    ],
    () => "class Digest(enum.Enum):\n    LEGACY = 'sha1'\n    CURRENT = 'sha512'\n",
  ),
  // --- CWE-327 ---
  ...pair(
    "CWE-327",
    "SimpleNamespace config: DES cipher vs AES-GCM",
    "from types import SimpleNamespace\nfrom Crypto.Cipher import AES, DES",
    (v) => [
      `cfg = SimpleNamespace(mod=${v ? "DES" : "AES"}, klen=${v ? "8" : "32"})`,
      "c = cfg.mod.new(os.urandom(cfg.klen), cfg.mod.MODE_EAX)",
      "ct, tag = c.encrypt_and_digest(request.get_data())",
      "return (c.nonce + tag + ct).hex()",
    ],
  ),
  ...pair(
    "CWE-327",
    "cipher chosen in a subclass override: TripleDES vs AES",
    "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes",
    () => [
      "box = Box()",
      "enc = Cipher(box.algorithm(os.urandom(24 if box.legacy else 32)), modes.CTR(os.urandom(box.block))).encryptor()",
      "return (enc.update(request.get_data()) + enc.finalize()).hex()",
    ],
    (v) =>
      "class BaseBox:\n    legacy = False\n    block = 16\n\n    def algorithm(self, key):\n        return algorithms.AES(key)\n\n\n" +
      `class Box(BaseBox):\n${v ? "    legacy = True\n    block = 8\n\n    def algorithm(self, key):\n        return algorithms.TripleDES(key)\n" : "    pass\n"}`,
  ),
  // --- CWE-614 ---
  ...whole(
    "CWE-614",
    "app.config.from_object(Config) with SESSION_COOKIE_SECURE = False vs True",
    (v) =>
      "import os\n\nfrom flask import Flask, session\n\n\nclass Config:\n    SECRET_KEY = os.environ.get('SECRET_KEY', 'x')\n" +
      `    SESSION_COOKIE_SECURE = ${v ? "False" : "True"}\n    SESSION_COOKIE_HTTPONLY = True\n\n\n` +
      "app = Flask(__name__)\napp.config.from_object(Config)\n\n\n@app.route('/login', methods=['POST'])\ndef login():\n    session['uid'] = 1\n    return 'ok'\n",
  ),
  ...pair(
    "CWE-614",
    "secure flag read back from app.config after setting it False vs True",
    "import secrets",
    (v) => [
      `app.config['COOKIE_SECURE'] = ${v ? "False" : "True"}`,
      "resp = make_response('ok')",
      "resp.set_cookie('remember', secrets.token_hex(16), secure=app.config['COOKIE_SECURE'], httponly=True)",
      "return resp",
    ],
  ),
  // --- CWE-502 ---
  ...pair(
    "CWE-502",
    "classmethod from_bytes unpickles the upload vs json-decodes it",
    "import json\nimport pickle",
    () => ["st = State.from_bytes(request.files['state'].read())", "return jsonify(n=len(st.data))"],
    (v) =>
      "class State:\n    def __init__(self, data):\n        self.data = data\n\n    @classmethod\n    def from_bytes(cls, raw):\n" +
      `        return cls(${v ? "pickle.loads(raw)" : "json.loads(raw)"})\n`,
  ),
  ...pair(
    "CWE-502",
    "marshal.loads of the body vs of the server's own marshal.dumps",
    "import marshal",
    (v) => [
      `obj = marshal.loads(${v ? "request.get_data()" : "marshal.dumps({'v': 1})"})`,
      "return jsonify(n=len(obj))",
    ],
  ),
  // --- CWE-94 ---
  ...pair("CWE-94", "eval of two ints formatted with %d vs the raw operands", "", (v) => [
    "a = request.args.get('a', '0')",
    "b = request.args.get('b', '0')",
    `return jsonify(sum=eval(${v ? "a + ' + ' + b" : "'%d + %d' % (int(a), int(b))"}))`,
  ]),
  ...pair("CWE-94", "exec of a template whose placeholder is replaced by the input vs by repr()", "", (v) => [
    "name = request.args.get('name', 'x')",
    `src = 'greeting = "Hello " + NAME'.replace('NAME', ${v ? "name" : "repr(name)"})`,
    "ns = {}",
    "exec(src, ns)",
    "return ns['greeting']",
  ]),
  // --- CWE-601 ---
  ...pair(
    "CWE-601",
    "redirect to the input vs a fixed path with the input quoted into its query",
    "from urllib.parse import quote",
    (v) => [
      "nxt = request.args.get('next', '')",
      `return redirect(${v ? "nxt" : "'/search?q=' + quote(nxt, safe='')"})`,
    ],
  ),
  ...pair(
    "CWE-601",
    "sorted(ALLOWED)[0] vs the input when it is not in ALLOWED",
    "",
    (v) => [
      "nxt = request.args.get('next', '')",
      `target = nxt if nxt ${v ? "not in" : "in"} ALLOWED else sorted(ALLOWED)[0]`,
      "return redirect(target)",
    ],
    () => "ALLOWED = {'/home', '/account'}\n",
  ),
  // --- CWE-918 ---
  ...pair(
    "CWE-918",
    "outgoing URL checked by urlparse().hostname in an allow-list vs by endswith('example.com')",
    "import requests\nfrom urllib.parse import urlparse",
    (v) => [
      "url = request.args.get('url', '')",
      `if ${v ? "not url.endswith('example.com')" : "urlparse(url).hostname not in ALLOWED_HOSTS"}:`,
      "    abort(400)",
      "return jsonify(code=requests.get(url, timeout=5).status_code)",
    ],
    () => "ALLOWED_HOSTS = {'api.example.com', 'cdn.example.com'}\n",
  ),
  ...pair(
    "CWE-918",
    "host picked by a dict at the input's key vs interpolated",
    "import requests",
    (v) => [
      "region = request.args.get('region', 'eu')",
      `host = ${v ? "f'{region}.internal.example.com'" : "HOSTS.get(region, 'eu.api.example.com')"}`,
      "return jsonify(code=requests.get('https://' + host + '/status', timeout=5).status_code)",
    ],
    () => "HOSTS = {'eu': 'eu.api.example.com', 'us': 'us.api.example.com'}\n",
  ),
  // --- CWE-113 ---
  ...pair(
    "CWE-113",
    "list-of-tuples headers: the request id raw vs through uuid.UUID()",
    "import uuid",
    (v) => [
      "rid = request.headers.get('X-Request-Id', '')",
      `return Response('ok', headers=[('X-Request-Id', ${v ? "rid" : "str(uuid.UUID(rid))"})])`,
    ],
  ),
  // --- CWE-611 ---
  ...pair(
    "CWE-611",
    "lxml default XMLParser vs one with resolve_entities=False, chosen by a subclass",
    "from lxml import etree",
    () => ["root = etree.fromstring(request.get_data(), Loader().parser())", "return jsonify(tag=root.tag)"],
    (v) =>
      "class BaseLoader:\n    def parser(self):\n        return etree.XMLParser(resolve_entities=False, no_network=True)\n\n\n" +
      `class Loader(BaseLoader):\n${v ? "    def parser(self):\n        return etree.XMLParser(load_dtd=True)\n" : "    pass\n"}`,
  ),
];
