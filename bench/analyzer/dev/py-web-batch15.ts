// Dev suite "py-web", batch 15 (see py-web.ts): written blind after the batch 14 fixes, measured before any
// further fix. Hand-written pairs about values kept in containers and objects in shapes batches 1-14 do not have:
// a nested helper returning a (constant, input) tuple, loops over range() whose branch can or cannot be taken,
// configparser set()/get() at another option, instance attributes set in __init__ next to the input,
// dict.pop at another key, functools.reduce building a clause, try/except fallbacks to the raw text or a
// constant, early returns on basename(name) != name, module-level dicts written by the view, itertools.chain
// sliced before the input, flask.g attributes, '{0[key]}'.format(dict), operator.itemgetter, dataclasses.replace,
// namedtuple._replace, lambda tables, str.isidentifier vs isprintable guards, decorators that hand the view its
// argument, functools.partial over random/hashlib/set_cookie, getattr on constant names, match on a module
// constant choosing a cipher mode, aliased cipher imports, try/except imports of yaml loaders, async FastAPI
// bodies, compile+eval, urlsplit guards, header values with CR/LF and SSRF URLs built from the input. Never
// taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, send_file, abort, g\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch15", FLASK, "b15");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

const DJANGO = "from django.http import HttpResponse, HttpResponseRedirect\n";
const FASTAPI = "from fastapi import FastAPI, Request\n\napp = FastAPI()\n";

export const BATCH15: DevCase[] = [
  // --- CWE-78 ---
  ...pair(
    "CWE-78",
    "nested helper returns ('uptime', input): the second element vs the first run",
    "",
    (v) => [
      "prog, extra = split_cmd(request.args.get('opt', ''))",
      `os.system(${v ? "'uptime ' + extra" : "prog"})`,
      "return 'ok'",
    ],
    () => "def split_cmd(raw):\n    def parts():\n        return 'uptime', raw\n    return parts()\n",
  ),
  ...pair("CWE-78", "for i in range(3): branch on i == 2 (reached) vs i == 5 (never)", "", (v) => [
    "arg = request.args.get('dir', '')",
    "cmd = 'ls /srv'",
    "for i in range(3):",
    `    if i == ${v ? "2" : "5"}:`,
    "        cmd = 'ls ' + arg",
    "os.system(cmd)",
    "return 'ok'",
  ]),
  ...pair(
    "CWE-78",
    "configparser: set() the input under 'arg', get() 'arg' vs 'tool'",
    "import configparser",
    (v) => [
      "cfg = configparser.ConfigParser()",
      "cfg['run'] = {'tool': 'df -h'}",
      "cfg.set('run', 'arg', request.args.get('a', ''))",
      `os.system(cfg.get('run', '${v ? "arg" : "tool"}'))`,
      "return 'ok'",
    ],
  ),
  ...whole(
    "CWE-78",
    "decorator hands the view the host stripped vs shlex.quote()d",
    (v) =>
      "import functools\nimport shlex\nimport subprocess\n\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n" +
      "def with_host(fn):\n    @functools.wraps(fn)\n    def inner():\n" +
      `        return fn(${v ? "request.args.get('host', '').strip()" : "shlex.quote(request.args.get('host', ''))"})\n` +
      "    return inner\n\n\n" +
      "@app.route('/ping')\n@with_host\ndef ping(host):\n    return subprocess.getoutput('ping -c 1 ' + host)\n",
  ),
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "instance attributes from __init__: the term inlined vs bound next to the constant table",
    "import sqlite3",
    (v) => [
      "q = Query(request.args.get('q', ''))",
      "cur = sqlite3.connect('app.db').cursor()",
      v ? "cur.execute(q.sql())" : "cur.execute(q.sql(), (q.term,))",
      "return jsonify(cur.fetchall())",
    ],
    (v) =>
      "class Query:\n    def __init__(self, term):\n        self.term = term\n        self.table = 'products'\n\n" +
      "    def sql(self):\n" +
      (v
        ? "        return 'SELECT * FROM ' + self.table + \" WHERE name = '\" + self.term + \"'\"\n"
        : "        return 'SELECT * FROM ' + self.table + ' WHERE name = ?'\n"),
  ),
  ...pair("CWE-89", "dict.pop of the input's key vs the constant column's key", "import sqlite3", (v) => [
    "opts = {'col': 'created', 'q': request.args.get('sort', '')}",
    `order = opts.pop('${v ? "q" : "col"}')`,
    "sql = f'SELECT id, title FROM posts ORDER BY {order}'",
    "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
  ]),
  ...pair(
    "CWE-89",
    "functools.reduce building OR clauses: the tag inlined vs a ? per tag",
    "import functools\nimport sqlite3",
    (v) => [
      "tags = request.args.getlist('t')",
      v
        ? "where = functools.reduce(lambda acc, t: acc + \" OR tag = '\" + t + \"'\", tags, '1 = 0')"
        : "where = functools.reduce(lambda acc, t: acc + ' OR tag = ?', tags, '1 = 0')",
      "db = sqlite3.connect('app.db')",
      `return jsonify(db.execute('SELECT id FROM posts WHERE ' + where${v ? "" : ", tags"}).fetchall())`,
    ],
  ),
  ...pair("CWE-89", "int() in try/except falling back to the raw text vs to 1", "import sqlite3", (v) => [
    "raw = request.args.get('page', '1')",
    "try:",
    "    page = int(raw)",
    "except ValueError:",
    `    page = ${v ? "raw" : "1"}`,
    "sql = f'SELECT * FROM posts WHERE page = {page}'",
    "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
  ]),
  ...whole(
    "CWE-89",
    "async FastAPI view: awaited form field in an f-string vs a bound parameter",
    (v) =>
      "import sqlite3\n\n" +
      FASTAPI +
      "\n\n@app.post('/find')\nasync def find(request: Request):\n    form = await request.form()\n" +
      "    name = form.get('name', '')\n    conn = sqlite3.connect('app.db')\n" +
      (v
        ? "    rows = conn.execute(f\"SELECT * FROM items WHERE name = '{name}'\").fetchall()\n"
        : "    rows = conn.execute('SELECT * FROM items WHERE name = ?', (name,)).fetchall()\n") +
      "    return {'rows': rows}\n",
  ),
  // --- CWE-22 ---
  ...pair("CWE-22", "early return only for absolute names vs unless basename(name) == name", "", (v) => [
    "name = request.args.get('f', '')",
    `if ${v ? "name.startswith('/')" : "os.path.basename(name) != name or name in ('', '.', '..')"}:`,
    "    return 'bad name', 400",
    "return send_file(os.path.join('/srv/reports', name))",
  ]),
  ...pair(
    "CWE-22",
    "module-level dict written by the view: read at the user's key vs the constant's",
    "",
    (v) => [
      "PATHS['user'] = request.args.get('p', '')",
      `with open(PATHS['${v ? "user" : "motd"}']) as fh:`,
      "    return fh.read()",
    ],
    () => "PATHS = {'motd': '/etc/motd'}\n",
  ),
  ...pair(
    "CWE-22",
    "itertools.chain of fixed segments and the name: all joined vs sliced [:2]",
    "import itertools",
    (v) => [
      "segs = list(itertools.chain(('srv', 'static'), [request.args.get('f', '')]))",
      `path = os.path.join('/', *segs${v ? "" : "[:2]"}${v ? "" : ", 'index.html'"})`,
      "return send_file(path)",
    ],
  ),
  ...pair("CWE-22", "flask.g: the upload dir joined with g.name vs a fixed readme", "", (v) => [
    "g.upload_dir = '/srv/uploads'",
    "g.name = request.args.get('n', '')",
    `with open(os.path.join(g.upload_dir, ${v ? "g.name" : "'readme.txt'"}), 'rb') as fh:`,
    "    return fh.read()",
  ]),
  // --- CWE-79 ---
  ...pair("CWE-79", "'{0[key]}'.format(dict): the name key vs the site key", "", (v) => [
    "d = {'name': request.args.get('n', ''), 'site': 'Example'}",
    `return '<h1>${v ? "Hello {0[name]}" : "Welcome to {0[site]}"}</h1>'.format(d)`,
  ]),
  ...pair(
    "CWE-79",
    "operator.itemgetter(0) (the input) vs itemgetter(1) (a constant)",
    "import operator",
    (v) => [
      `pick = operator.itemgetter(${v ? "0" : "1"})`,
      "pair = (request.args.get('q', ''), 'guest')",
      "return '<p>' + pick(pair) + '</p>'",
    ],
  ),
  ...whole(
    "CWE-79",
    "Django: dataclasses.replace sets body from GET; body vs title rendered",
    (v) =>
      DJANGO +
      "import dataclasses\n\n\n@dataclasses.dataclass(frozen=True)\nclass Card:\n    title: str = 'Profile'\n    body: str = ''\n\n\n" +
      "def profile(request):\n    card = dataclasses.replace(Card(), body=request.GET.get('bio', ''))\n" +
      `    return HttpResponse('<div>' + card.${v ? "body" : "title"} + '</div>')\n`,
  ),
  ...whole(
    "CWE-79",
    "async FastAPI HTMLResponse: the query parameter raw vs html.escape()d",
    (v) =>
      "import html\n\nfrom fastapi import FastAPI\nfrom fastapi.responses import HTMLResponse\n\napp = FastAPI()\n\n\n" +
      "@app.get('/hello', response_class=HTMLResponse)\nasync def hello(name: str = ''):\n" +
      `    return f'<p>Hello {${v ? "name" : "html.escape(name)"}}</p>'\n`,
  ),
  ...pair("CWE-79", "lambda table: the 'raw' entry vs the 'plain' (escaping) entry", "import html", (v) => [
    "render = {'plain': lambda s: html.escape(s), 'raw': lambda s: s}",
    "q = request.args.get('q', '')",
    `return '<span>' + render['${v ? "raw" : "plain"}'](q) + '</span>'`,
  ]),
  // --- CWE-90 ---
  ...pair(
    "CWE-90",
    "method builds the filter from self.uid raw vs escaped",
    "import ldap\nfrom ldap.filter import escape_filter_chars",
    () => [
      "d = Directory(request.args.get('u', ''))",
      "conn = ldap.initialize('ldap://ldap.local')",
      "return jsonify(n=len(conn.search_s(d.base, ldap.SCOPE_SUBTREE, d.filter())))",
    ],
    (v) =>
      "class Directory:\n    base = 'dc=example,dc=com'\n\n    def __init__(self, uid):\n        self.uid = uid\n\n" +
      `    def filter(self):\n        return '(uid=' + ${v ? "self.uid" : "escape_filter_chars(self.uid)"} + ')'\n`,
  ),
  ...pair(
    "CWE-90",
    "filter parts joined whole vs sliced [:1] (the constant part only)",
    "import ldap3",
    (v) => [
      "uid = request.args.get('u', '')",
      "parts = ['(objectClass=person)', '(cn=' + uid + ')']",
      `flt = '(&' + ''.join(parts${v ? "" : "[:1]"}) + ')'`,
      "conn = ldap3.Connection('ldap://ldap.local', auto_bind=True)",
      "conn.search('dc=corp', flt)",
      "return jsonify(n=len(conn.entries))",
    ],
  ),
  // --- CWE-643 ---
  ...pair(
    "CWE-643",
    "namedtuple._replace(name=input): predicate on q.name vs only q.kind",
    "from collections import namedtuple\nfrom lxml import etree",
    (v) => [
      "Q = namedtuple('Q', 'kind name')",
      "q = Q('user', 'guest')._replace(name=request.args.get('n', ''))",
      `expr = f"//{q.kind}[@name='${v ? "{q.name}" : "guest"}']"`,
      "return jsonify([e.get('id') for e in etree.parse('/srv/users.xml').xpath(expr)])",
    ],
  ),
  ...pair(
    "CWE-643",
    "guard: name.isprintable() (quotes pass) vs name.isidentifier()",
    "from lxml import etree",
    (v) => [
      "name = request.args.get('name', '')",
      `if not name.${v ? "isprintable" : "isidentifier"}():`,
      "    abort(400)",
      'expr = "/users/user[login=\'" + name + "\']/email/text()"',
      "return jsonify([str(x) for x in etree.parse('/srv/users.xml').xpath(expr)])",
    ],
  ),
  // --- CWE-501 ---
  ...pair(
    "CWE-501",
    "loop over DEFAULTS: session gets the form value vs the default",
    "",
    (v) => [
      "incoming = request.form",
      "for key, default in DEFAULTS.items():",
      `    session[key] = ${v ? "incoming.get(key, default)" : "default"}`,
      "return 'saved'",
    ],
    () => "DEFAULTS = {'lang': 'en', 'tz': 'UTC'}\n",
  ),
  ...whole(
    "CWE-501",
    "decorator stores the User-Agent in the session vs a constant chosen by it",
    (v) =>
      "import functools\n\nfrom flask import Flask, request, session\n\napp = Flask(__name__)\napp.secret_key = 'dev'\n\n\n" +
      "def remember_client(fn):\n    @functools.wraps(fn)\n    def inner(*a, **kw):\n" +
      "        ua = request.headers.get('User-Agent', '')\n" +
      `        session['client'] = ${v ? "ua" : "'mobile' if 'Mobile' in ua else 'desktop'"}\n` +
      "        return fn(*a, **kw)\n    return inner\n\n\n" +
      "@app.route('/home')\n@remember_client\ndef home():\n    return 'hi'\n",
  ),
  // --- CWE-338 ---
  ...pair(
    "CWE-338",
    "functools.partial(random.choice) vs partial(secrets.choice) for a reset code",
    "import functools\nimport random\nimport secrets\nimport string",
    (v) => [
      `pick = functools.partial(${v ? "random" : "secrets"}.choice, string.ascii_letters + string.digits)`,
      "code = ''.join(pick() for _ in range(24))",
      "session['reset_code'] = code",
      "return jsonify(sent=True)",
    ],
  ),
  ...pair(
    "CWE-338",
    "getattr(random, 'getrandbits') vs getattr(secrets, 'randbits') for an API key",
    "import random\nimport secrets",
    (v) => [
      `bits = getattr(${v ? "random, 'getrandbits'" : "secrets, 'randbits'"})(128)`,
      "return jsonify(api_key='%032x' % bits)",
    ],
  ),
  ...pair(
    "CWE-338",
    "OTP digits from random.choices vs secrets.SystemRandom().choices",
    "import random\nimport secrets\nimport string",
    (v) => [
      `otp = ''.join(${v ? "random" : "secrets.SystemRandom()"}.choices(string.digits, k=6))`,
      "session['otp'] = otp",
      "return jsonify(sent=True)",
    ],
  ),
  // --- CWE-328 ---
  ...pair(
    "CWE-328",
    "signer's digest set in __init__ from a default argument: sha1 vs sha256",
    "import hashlib",
    () => ["doc = request.get_data()", "return jsonify(digest=Signer().digest(doc))"],
    (v) =>
      `class Signer:\n    def __init__(self, algo='${v ? "sha1" : "sha256"}'):\n        self.algo = algo\n\n` +
      "    def digest(self, data):\n        return hashlib.new(self.algo, data).hexdigest()\n",
  ),
  ...pair(
    "CWE-328",
    "functools.partial(hashlib.new, 'md5') vs 'sha3_256' for upload fingerprints",
    "import functools\nimport hashlib",
    (v) => [
      `fingerprint = functools.partial(hashlib.new, '${v ? "md5" : "sha3_256"}')`,
      "blob = request.files['file'].read()",
      "return jsonify(id=fingerprint(blob).hexdigest())",
    ],
  ),
  ...pair("CWE-328", "getattr(hashlib, 'sha1') vs getattr(hashlib, 'blake2b')", "import hashlib", (v) => [
    `h = getattr(hashlib, '${v ? "sha1" : "blake2b"}')(request.get_data())`,
    "return jsonify(etag=h.hexdigest())",
  ]),
  // --- CWE-327 ---
  ...pair(
    "CWE-327",
    "match on a module constant: 'fast' picks MODE_ECB vs 'strong' picks MODE_GCM",
    "from Crypto.Cipher import AES",
    () => [
      "key = os.urandom(32)",
      "match LEVEL:",
      "    case 'fast':",
      "        c = AES.new(key, AES.MODE_ECB)",
      "    case _:",
      "        c = AES.new(key, AES.MODE_GCM)",
      "data = request.get_data()",
      "return c.encrypt(data + b'\\0' * (-len(data) % 16)).hex()",
    ],
    (v) => `LEVEL = '${v ? "fast" : "strong"}'\n`,
  ),
  ...pair(
    "CWE-327",
    "aliased import: DES3 as Block vs AES as Block (both in EAX)",
    "",
    (v) => [
      `key = os.urandom(${v ? "24" : "32"})`,
      "c = Block.new(key, Block.MODE_EAX)",
      "ct, tag = c.encrypt_and_digest(request.get_data())",
      "return (c.nonce + tag + ct).hex()",
    ],
    (v) => `from Crypto.Cipher import ${v ? "DES3" : "AES"} as Block\n`,
  ),
  ...pair(
    "CWE-327",
    "helper returns (algorithm, mode): AES with ECB vs AES with GCM",
    "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes",
    () => [
      "key = os.urandom(32)",
      "algo, mode = suite(key)",
      "enc = Cipher(algo, mode).encryptor()",
      "data = request.get_data()",
      "return (enc.update(data + b'\\0' * (-len(data) % 16)) + enc.finalize()).hex()",
    ],
    (v) =>
      `def suite(key):\n    return algorithms.AES(key), ${v ? "modes.ECB()" : "modes.GCM(os.urandom(12))"}\n`,
  ),
  // --- CWE-614 ---
  ...pair(
    "CWE-614",
    "cookie options copied from a base dict without vs with secure=True added",
    "import secrets",
    (v) => [
      `opts = {**BASE${v ? "" : ", 'secure': True"}}`,
      "resp = make_response('ok')",
      "resp.set_cookie('sid', secrets.token_urlsafe(16), **opts)",
      "return resp",
    ],
    () => "BASE = {'httponly': True, 'samesite': 'Lax'}\n",
  ),
  ...pair(
    "CWE-614",
    "functools.partial(resp.set_cookie, httponly=True) vs with secure=True too",
    "import functools\nimport secrets",
    (v) => [
      "resp = make_response('ok')",
      `setc = functools.partial(resp.set_cookie, httponly=True${v ? "" : ", secure=True"})`,
      "setc('remember', secrets.token_hex(16))",
      "return resp",
    ],
  ),
  ...whole(
    "CWE-614",
    "Django cookie flags from an instance attribute set in __init__: False vs True",
    (v) =>
      DJANGO +
      "import secrets\n\n\nclass CookiePolicy:\n    def __init__(self):\n" +
      `        self.secure = ${v ? "False" : "True"}\n        self.httponly = True\n\n\n` +
      "def login(request):\n    pol = CookiePolicy()\n    resp = HttpResponse('ok')\n" +
      "    resp.set_cookie('sessionid', secrets.token_hex(16), secure=pol.secure, httponly=pol.httponly)\n" +
      "    return resp\n",
  ),
  // --- CWE-502 ---
  ...pair(
    "CWE-502",
    "base64 blobs in a dict: the cookie's vs the server's own pickle unpickled",
    "import base64\nimport pickle",
    (v) => [
      "blobs = {'saved': base64.b64encode(pickle.dumps({'n': 1})), 'sent': request.cookies.get('st', '')}",
      `state = pickle.loads(base64.b64decode(blobs['${v ? "sent" : "saved"}']))`,
      "return jsonify(n=state['n'])",
    ],
  ),
  ...pair(
    "CWE-502",
    "try/except import of yaml loaders: CLoader/Loader vs CSafeLoader/SafeLoader",
    "import yaml",
    () => ["cfg = yaml.load(request.get_data(), Loader=L)", "return jsonify(keys=sorted(cfg))"],
    (v) =>
      v
        ? "try:\n    from yaml import CLoader as L\nexcept ImportError:\n    from yaml import Loader as L\n"
        : "try:\n    from yaml import CSafeLoader as L\nexcept ImportError:\n    from yaml import SafeLoader as L\n",
  ),
  ...whole(
    "CWE-502",
    "async FastAPI: awaited body into pickle.loads vs json.loads",
    (v) =>
      `import ${v ? "pickle" : "json"}\n\n` +
      FASTAPI +
      "\n\n@app.post('/state')\nasync def state(request: Request):\n    raw = await request.body()\n" +
      `    obj = ${v ? "pickle" : "json"}.loads(raw)\n    return {'keys': sorted(obj)}\n`,
  ),
  // --- CWE-94 ---
  ...pair("CWE-94", "eval(compile(expr)) vs ast.literal_eval(expr)", "import ast", (v) => [
    "expr = request.args.get('e', '0')",
    `val = ${v ? "eval(compile(expr, '<q>', 'eval'))" : "ast.literal_eval(expr)"}`,
    "return jsonify(val=str(val))",
  ]),
  ...pair(
    "CWE-94",
    "closure over the expression: made from the input vs a module constant",
    "",
    (v) => [
      "expr = request.args.get('e', '')",
      `f = make(${v ? "expr" : "DEFAULT"})`,
      "return jsonify(val=str(f()), n=len(expr))",
    ],
    () => "DEFAULT = '6 * 7'\n\n\ndef make(src):\n    return lambda: eval(src, {'__builtins__': {}})\n",
  ),
  ...pair(
    "CWE-94",
    "getattr(builtins, 'eval') vs getattr(ast, 'literal_eval')",
    "import ast\nimport builtins",
    (v) => [
      "src = request.form.get('v', '[]')",
      `val = getattr(${v ? "builtins, 'eval'" : "ast, 'literal_eval'"})(src)`,
      "return jsonify(n=len(val))",
    ],
  ),
  // --- CWE-601 ---
  ...pair(
    "CWE-601",
    "urlsplit guard rejecting only a scheme vs a scheme, a netloc or a backslash",
    "from urllib.parse import urlsplit",
    (v) => [
      "nxt = request.args.get('next', '/')",
      "parts = urlsplit(nxt)",
      `if parts.scheme${v ? "" : " or parts.netloc or nxt.startswith('//') or '\\\\' in nxt"}:`,
      "    return redirect('/')",
      "return redirect(nxt)",
    ],
  ),
  ...pair(
    "CWE-601",
    "instance attributes: redirect to flow.next vs flow.home",
    "",
    (v) => ["flow = Flow(request.args.get('next', ''))", `return redirect(flow.${v ? "next" : "home"})`],
    () =>
      "class Flow:\n    def __init__(self, nxt):\n        self.next = nxt\n        self.home = '/dashboard'\n",
  ),
  // --- CWE-113 ---
  ...pair("CWE-113", "header value from the query raw vs with CR and LF removed", "", (v) =>
    [
      "lang = request.args.get('lang', 'en')",
      v ? "" : "lang = lang.replace('\\r', '').replace('\\n', '')",
      "resp = make_response('ok')",
      "resp.headers['Content-Language'] = lang",
      "return resp",
    ].filter((l) => l !== ""),
  ),
  ...pair(
    "CWE-113",
    "Content-Disposition with the raw file name vs secure_filename()",
    "from werkzeug.utils import secure_filename",
    (v) => [
      "name = request.args.get('name', 'report.csv')",
      `disp = 'attachment; filename=' + ${v ? "name" : "secure_filename(name)"}`,
      "return Response('a,b\\n', headers={'Content-Disposition': disp}, mimetype='text/csv')",
    ],
  ),
  // --- CWE-918 ---
  ...pair(
    "CWE-918",
    "list of URLs: [0] (the input) vs [-1] (the fixed status URL)",
    "import requests",
    (v) => [
      "urls = [request.args.get('u', ''), 'https://status.example.com/health']",
      `r = requests.get(urls[${v ? "0" : "-1"}], timeout=5)`,
      "return jsonify(status=r.status_code)",
    ],
  ),
  ...pair(
    "CWE-918",
    "urlopen: host from the input vs the id quoted into a fixed host's path",
    "from urllib.parse import quote\nfrom urllib.request import urlopen",
    (v) => [
      "uid = request.args.get('id', '')",
      v
        ? "url = f'https://{uid}/api/profile'"
        : "url = 'https://api.example.com/users/' + quote(uid, safe='')",
      "with urlopen(url, timeout=5) as r:",
      "    return jsonify(size=len(r.read()))",
    ],
  ),
  // --- CWE-611 ---
  ...pair(
    "CWE-611",
    "xml.sax with feature_external_ges turned on vs left at its default",
    "import xml.sax\nfrom xml.sax.handler import feature_external_ges",
    (v) =>
      [
        "parser = xml.sax.make_parser()",
        v ? "parser.setFeature(feature_external_ges, True)" : "",
        "h = xml.sax.handler.ContentHandler()",
        "parser.setContentHandler(h)",
        "parser.parse(request.files['doc'])",
        "return 'parsed'",
      ].filter((l) => l !== ""),
  ),
  ...pair(
    "CWE-611",
    "lxml parser built in a helper with load_dtd/no_network=False vs resolve_entities=False",
    "from lxml import etree",
    () => ["root = etree.fromstring(request.get_data(), make_parser())", "return jsonify(tag=root.tag)"],
    (v) =>
      "def make_parser():\n" +
      (v
        ? "    return etree.XMLParser(load_dtd=True, no_network=False)\n"
        : "    return etree.XMLParser(resolve_entities=False, no_network=True)\n"),
  ),
];
