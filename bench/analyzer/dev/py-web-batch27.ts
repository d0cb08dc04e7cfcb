// Dev suite "py-web", batch 27 (see py-web.ts): written blind after the batch 26 fixes, measured before any further
// fix. Classic web categories through the framework's own safe and unsafe forms and value logic: dict.get with a
// request default vs a constant default, str.format reading one positional slot, shell strings vs argument lists,
// send_file vs send_from_directory, Markup concatenation vs Markup.format, filter_format / XPath variables,
// redirect guards that miss `//host`, eval under emptied builtins vs ast.literal_eval, loader tables, cookie
// flags from app.config, and helpers that store request data in the session. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, abort, send_file, send_from_directory, url_for\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch27", FLASK, "b27");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });
const mod = (lines: string[]): string => lines.join("\n") + "\n";

export const BATCH27: DevCase[] = [
  // --- CWE-78 ---
  ...pair(
    "CWE-78",
    "command table lookup: dict.get falls back to the request key itself vs to a constant command",
    "",
    (v) => [
      "key = request.args.get('tool', '')",
      `cmd = COMMANDS.get(key, ${v ? "key" : "'true'"})`,
      "return os.popen(cmd).read()",
    ],
    () => "COMMANDS = {'disk': 'df -h', 'mem': 'free -m'}\n",
  ),
  ...whole(
    "CWE-78",
    "Starlette: path parameter in a shell string vs as one element of an argument list",
    (v) =>
      mod([
        "import subprocess",
        "from starlette.applications import Starlette",
        "from starlette.responses import PlainTextResponse",
        "from starlette.routing import Route",
        "",
        "",
        "async def listing(request):",
        "    name = request.path_params['name']",
        v
          ? "    out = subprocess.run(f'ls -l /srv/share/{name}', shell=True, capture_output=True, text=True)"
          : "    out = subprocess.run(['ls', '-l', '--', '/srv/share/' + name], capture_output=True, text=True)",
        "    return PlainTextResponse(out.stdout)",
        "",
        "",
        "app = Starlette(routes=[Route('/ls/{name}', listing)])",
      ]),
  ),
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "str.format with two positional values: the template reads slot {1} (the request) vs slot {0} (the table)",
    "import sqlite3",
    (v) => [
      "user = request.args.get('user', '')",
      `sql = "SELECT * FROM {0} WHERE owner = '${v ? "{1}" : "admin"}'".format('notes', user)`,
      "return jsonify(sqlite3.connect('notes.db').execute(sql).fetchall())",
    ],
  ),
  ...pair(
    "CWE-89",
    "SQLAlchemy text(): the search term in an f-string vs a bound :term parameter",
    "from sqlalchemy import create_engine, text\nengine = create_engine('sqlite:///shop.db')",
    (v) => [
      "term = request.args.get('q', '')",
      "with engine.connect() as conn:",
      v
        ? "    rows = conn.execute(text(f\"SELECT name FROM products WHERE name LIKE '%{term}%'\")).fetchall()"
        : "    rows = conn.execute(text('SELECT name FROM products WHERE name LIKE :term'), {'term': f'%{term}%'}).fetchall()",
      "return jsonify([r[0] for r in rows])",
    ],
  ),
  ...whole("CWE-89", "Django: Manager.raw with the request city %-formatted in vs passed in params", (v) =>
    mod([
      "from django.http import JsonResponse",
      "from shop.models import Store",
      "",
      "",
      "def stores(request):",
      "    city = request.GET.get('city', '')",
      v
        ? "    qs = Store.objects.raw(\"SELECT * FROM shop_store WHERE city = '%s'\" % city)"
        : "    qs = Store.objects.raw('SELECT * FROM shop_store WHERE city = %s', [city])",
      "    return JsonResponse({'stores': [s.name for s in qs]})",
    ]),
  ),
  // --- CWE-22 ---
  ...pair(
    "CWE-22",
    "download: send_file of a joined path vs send_from_directory (which refuses paths leaving the folder)",
    "",
    (v) => [
      "name = request.args.get('file', '')",
      v ? "return send_file(os.path.join('uploads', name))" : "return send_from_directory('uploads', name)",
    ],
  ),
  ...whole(
    "CWE-22",
    "FastAPI: path joined and opened vs resolved and checked to stay under the base before opening",
    (v) =>
      mod([
        "import os",
        "from fastapi import FastAPI, HTTPException",
        "from fastapi.responses import FileResponse",
        "",
        "app = FastAPI()",
        "BASE = '/srv/exports'",
        "",
        "",
        "@app.get('/export')",
        "def export(name: str):",
        "    path = os.path.join(BASE, name)",
        ...(v
          ? []
          : [
              "    path = os.path.realpath(path)",
              "    if not path.startswith(BASE + os.sep):",
              "        raise HTTPException(status_code=404)",
            ]),
        "    return FileResponse(path)",
      ]),
  ),
  // --- CWE-79 ---
  ...pair(
    "CWE-79",
    "Markup built by concatenating the request name vs Markup.format (which escapes its arguments)",
    "from markupsafe import Markup",
    (v) => [
      "name = request.args.get('name', '')",
      v ? "html = Markup('<b>' + name + '</b>')" : "html = Markup('<b>{}</b>').format(name)",
      "return Response(str(html), mimetype='text/html')",
    ],
  ),
  ...pair(
    "CWE-79",
    "jinja2 Environment with autoescape off vs on, rendering the request comment",
    "from jinja2 import Environment, DictLoader",
    (v) => [
      `env = Environment(loader=DictLoader({'c.html': '<p>{{ c }}</p>'}), autoescape=${v ? "False" : "True"})`,
      "return env.get_template('c.html').render(c=request.form.get('comment', ''))",
    ],
  ),
  ...whole(
    "CWE-79",
    "aiohttp: text/html reply with the query escaped only when a constant flag is off (it is on) vs always escaped",
    (v) =>
      mod([
        "import html",
        "from aiohttp import web",
        "",
        `RAW = ${v ? "True" : "False"}`,
        "",
        "",
        "async def echo(request):",
        "    q = request.query.get('q', '')",
        "    shown = q if RAW else html.escape(q)",
        "    return web.Response(text='<p>' + shown + '</p>', content_type='text/html')",
        "",
        "",
        "app = web.Application()",
        "app.router.add_get('/echo', echo)",
      ]),
  ),
  // --- CWE-90 ---
  ...pair(
    "CWE-90",
    "python-ldap: the mail %-formatted into the filter vs ldap.filter.filter_format",
    "import ldap\nimport ldap.filter",
    (v) => [
      "mail = request.args.get('mail', '')",
      v ? "flt = '(mail=%s)' % mail" : "flt = ldap.filter.filter_format('(mail=%s)', [mail])",
      "con = ldap.initialize('ldap://ldap.example.com')",
      "return jsonify([dn for dn, _ in con.search_s('dc=example,dc=com', ldap.SCOPE_SUBTREE, flt)])",
    ],
  ),
  ...pair(
    "CWE-90",
    "ldap3: filter from a helper that inlines its argument, called with the request user vs a constant",
    "import ldap3",
    (v) => [
      "conn = ldap3.Connection(ldap3.Server('ldap://ldap.example.com'), auto_bind=True)",
      `conn.search('dc=example,dc=com', member_filter(${v ? "request.args.get('user', '')" : "'svc-backup'"}))`,
      "return jsonify(len(conn.entries))",
    ],
    () => "def member_filter(uid):\n    return '(&(objectClass=person)(uid=' + uid + '))'\n",
  ),
  // --- CWE-643 ---
  ...pair(
    "CWE-643",
    "compiled etree.XPath: the id concatenated into the expression vs passed as the $id variable",
    "from lxml import etree",
    (v) =>
      [
        "book = request.args.get('id', '')",
        "tree = etree.parse('catalog.xml')",
        v
          ? 'find = etree.XPath("//book[@id=\'" + book + "\']/title/text()")\nhits = find(tree)'
          : "find = etree.XPath('//book[@id=$id]/title/text()')\nhits = find(tree, id=book)",
        "return jsonify([str(h) for h in hits])",
      ].flatMap((l) => l.split("\n")),
  ),
  ...pair(
    "CWE-643",
    "XPath from a list of expressions: the appended request expression popped vs the constant first one",
    "from lxml import etree",
    (v) => [
      "exprs = ['//item/name/text()']",
      "exprs.append(request.args.get('xp', ''))",
      `expr = exprs.pop(${v ? "" : "0"})`,
      "return jsonify([str(x) for x in etree.parse('items.xml').xpath(expr)])",
    ],
  ),
  // --- CWE-328 ---
  ...pair(
    "CWE-328",
    "hash function picked by a ternary on a constant LEGACY: md5 (taken) vs sha256 for the tamper-check digest",
    "import hashlib",
    () => [
      "payload = request.get_data()",
      "digest = (hashlib.md5 if LEGACY else hashlib.sha256)(payload).hexdigest()",
      "return jsonify(digest=digest)",
    ],
    (v) => `LEGACY = ${v ? "True" : "False"}\n`,
  ),
  ...pair(
    "CWE-328",
    "getattr(hashlib, NAME) with a module constant naming sha1 vs sha3_256 for the upload checksum",
    "import hashlib",
    () => [
      "blob = request.files['doc'].read()",
      "return jsonify(checksum=getattr(hashlib, HASH_NAME)(blob).hexdigest())",
    ],
    (v) => `HASH_NAME = '${v ? "sha1" : "sha3_256"}'\n`,
  ),
  // --- CWE-327 ---
  ...pair(
    "CWE-327",
    "cipher mode kept as a class attribute: AES.MODE_ECB vs AES.MODE_GCM",
    "from Crypto.Cipher import AES",
    () => ["data = request.get_data()", "return Vault().seal(data).hex()"],
    (v) =>
      "class Vault:\n" +
      `    MODE = AES.${v ? "MODE_ECB" : "MODE_GCM"}\n\n` +
      "    def seal(self, data):\n" +
      "        cipher = AES.new(KEY, self.MODE)\n" +
      "        return cipher.encrypt(data.ljust((len(data) + 15) // 16 * 16, b'\\0'))\n" +
      "KEY = os.urandom(32)\n",
  ),
  ...pair(
    "CWE-327",
    "stream cipher for the token: ARC4 vs ChaCha20-Poly1305",
    "from Crypto.Cipher import ARC4, ChaCha20_Poly1305",
    (v) =>
      [
        "token = request.form.get('token', '').encode()",
        v
          ? "blob = ARC4.new(KEY).encrypt(token)"
          : "c = ChaCha20_Poly1305.new(key=KEY)\nblob = c.nonce + c.encrypt(token)",
        "return blob.hex()",
      ].flatMap((l) => l.split("\n")),
    () => "KEY = os.urandom(32)\n",
  ),
  // --- CWE-338 ---
  ...pair(
    "CWE-338",
    "SMS code: random.randint vs secrets.randbelow",
    "import random\nimport secrets",
    (v) => [
      "phone = request.form.get('phone', '')",
      v ? "code = str(random.randint(100000, 999999))" : "code = str(secrets.randbelow(900000) + 100000)",
      "PENDING[phone] = code",
      "return jsonify(sent=True)",
    ],
    () => "PENDING = {}\n",
  ),
  ...pair(
    "CWE-338",
    "API key from an rng picked by a constant ternary: the random module vs secrets.SystemRandom()",
    "import random\nimport secrets\nimport string",
    () => [
      "rng = secrets.SystemRandom() if STRONG else random",
      "key = ''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(40))",
      "return jsonify(api_key=key)",
    ],
    (v) => `STRONG = ${v ? "False" : "True"}\n`,
  ),
  // --- CWE-614 ---
  ...whole("CWE-614", "Django: session id cookie with secure=False vs secure=True", (v) =>
    mod([
      "import secrets",
      "from django.http import HttpResponse",
      "",
      "",
      "def login_view(request):",
      "    resp = HttpResponse('welcome')",
      `    resp.set_cookie('auth', secrets.token_urlsafe(32), secure=${v ? "False" : "True"}, httponly=True, samesite='Strict')`,
      "    return resp",
    ]),
  ),
  ...pair(
    "CWE-614",
    "remember-me cookie whose secure flag comes from a settings dict entry that is False vs True",
    "import secrets",
    () => [
      "resp = make_response('ok')",
      "resp.set_cookie('remember', secrets.token_hex(24), secure=SETTINGS['cookie_secure'], httponly=True)",
      "return resp",
    ],
    (v) => `SETTINGS = {'cookie_secure': ${v ? "False" : "True"}, 'debug': False}\n`,
  ),
  // --- CWE-501 ---
  ...pair(
    "CWE-501",
    "helper remember(key, value) writes the session: called with the request search vs a visit counter",
    "",
    (v) => [
      "q = request.args.get('q', '')",
      v ? "remember('last_search', q)" : "remember('visits', session.get('visits', 0) + 1)",
      "return jsonify(results=[])",
    ],
    () => "def remember(key, value):\n    session[key] = value\n",
  ),
  ...whole(
    "CWE-501",
    "Django: the posted nickname stored in request.session vs a constant onboarding step",
    (v) =>
      mod([
        "from django.http import JsonResponse",
        "",
        "",
        "def onboarding(request):",
        "    nick = request.POST.get('nick', '')",
        `    request.session['${v ? "nick" : "step"}'] = ${v ? "nick" : "'profile'"}`,
        "    return JsonResponse({'ok': bool(nick)})",
      ]),
  ),
  // --- CWE-502 ---
  ...pair(
    "CWE-502",
    "loader table: the 'pickle' entry vs the 'json' entry applied to the body",
    "import json\nimport pickle",
    (v) => [
      `obj = LOADERS['${v ? "pickle" : "json"}'](request.get_data())`,
      "return jsonify(ok=obj is not None)",
    ],
    () => "LOADERS = {'json': json.loads, 'pickle': pickle.loads}\n",
  ),
  ...whole("CWE-502", "FastAPI: uploaded state decoded with jsonpickle.decode vs json.loads", (v) =>
    mod([
      "import json",
      "import jsonpickle",
      "from fastapi import FastAPI, Request",
      "",
      "app = FastAPI()",
      "",
      "",
      "@app.post('/state')",
      "async def state(request: Request):",
      "    body = (await request.body()).decode()",
      `    obj = ${v ? "jsonpickle.decode(body)" : "json.loads(body)"}`,
      "    return {'kind': type(obj).__name__}",
    ]),
  ),
  // --- CWE-601 ---
  ...pair(
    "CWE-601",
    "guard accepts any next starting with '/' (so //evil.example passes) vs a full match of one local path",
    "import re",
    (v) => [
      "nxt = request.args.get('next', '/')",
      v ? "if not nxt.startswith('/'):" : "if not re.fullmatch(r'/(?!/)[\\w/.-]*', nxt):",
      "    nxt = '/'",
      "return redirect(nxt)",
    ],
  ),
  ...whole(
    "CWE-601",
    "FastAPI: RedirectResponse to the query's return_to vs to a URL built by url_for",
    (v) =>
      mod([
        "from fastapi import FastAPI, Request",
        "from fastapi.responses import RedirectResponse",
        "",
        "app = FastAPI()",
        "",
        "",
        "@app.get('/home', name='home')",
        "def home():",
        "    return {'page': 'home'}",
        "",
        "",
        "@app.get('/logout')",
        "def logout(request: Request, return_to: str = '/'):",
        `    return RedirectResponse(url=${v ? "return_to" : "str(request.url_for('home'))"})`,
      ]),
  ),
  // --- CWE-94 ---
  ...pair(
    "CWE-94",
    "config value parsed with eval under emptied __builtins__ (still escapable) vs ast.literal_eval",
    "import ast",
    (v) => [
      "raw = request.form.get('limits', '{}')",
      v ? "limits = eval(raw, {'__builtins__': {}}, {})" : "limits = ast.literal_eval(raw)",
      "return jsonify(limits=limits)",
    ],
  ),
  ...pair(
    "CWE-94",
    "calculator: the operator spliced into an eval'd expression vs looked up in an operator table",
    "import operator",
    (v) => [
      "a = int(request.args.get('a', '0'))",
      "b = int(request.args.get('b', '0'))",
      "op = request.args.get('op', '+')",
      v ? "result = eval(f'{a} {op} {b}')" : "result = OPS[op](a, b) if op in OPS else None",
      "return jsonify(result=result)",
    ],
    () => "OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul}\n",
  ),
];
