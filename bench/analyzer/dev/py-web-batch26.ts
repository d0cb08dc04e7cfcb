// Dev suite "py-web", batch 26 (see py-web.ts): written blind, measured before any further fix. Value-level flows
// that decide the label across the classic web categories, in Flask, Django, FastAPI, aiohttp and Starlette code:
// constant branches (the taken and the dead arm), ternaries with a constant condition, dict / list reads at a
// constant key or index other than the one holding request data, configparser set/get, list append/pop, slicing,
// str.partition / split that keep or drop the request part, helper functions, class attributes, comprehensions,
// `match` statements, early-return guards and allow-lists. Each safe twin runs the same idiom where the value that
// reaches the sink is provably a constant, sanitised, parameterised, or the algorithm / flag is the strong one.
// Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, abort\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch26", FLASK, "b26");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });
const mod = (lines: string[]): string => lines.join("\n") + "\n";

export const BATCH26: DevCase[] = [
  // --- CWE-78 command injection ---
  ...pair(
    "CWE-78",
    "constant flag picks the request host (taken arm) vs the loopback (request host only in the dead arm)",
    "import subprocess",
    (v) => [
      "host = request.args.get('host', '')",
      `verbose = ${v ? "True" : "False"}`,
      "if verbose:",
      "    target = host",
      "else:",
      "    target = '127.0.0.1'",
      "out = subprocess.run('ping -c 1 ' + target, shell=True, capture_output=True, text=True)",
      "return out.stdout",
    ],
  ),
  ...whole(
    "CWE-78",
    "FastAPI: query name appended to a list, pop() returns it vs pop(0) returns the constant command",
    (v) =>
      mod([
        "import os",
        "from fastapi import FastAPI",
        "",
        "app = FastAPI()",
        "",
        "",
        "@app.get('/run')",
        "def run(name: str = ''):",
        "    stack = ['uptime']",
        "    stack.append(name)",
        `    cmd = stack.pop(${v ? "" : "0"})`,
        "    status = os.system(cmd)",
        "    return {'status': status}",
      ]),
  ),
  ...pair(
    "CWE-78",
    "helper builds the grep command line: pattern inlined raw vs through shlex.quote",
    "import shlex\nimport subprocess",
    () => [
      "pattern = request.form.get('pattern', '')",
      "out = subprocess.check_output(grep_cmd(pattern), shell=True)",
      "return out.decode()",
    ],
    (v) =>
      "def grep_cmd(pattern):\n" +
      `    return 'grep -r ' + ${v ? "pattern" : "shlex.quote(pattern)"} + ' /var/log/app'\n`,
  ),
  // --- CWE-89 SQL injection ---
  ...pair(
    "CWE-89",
    "dict holds a constant and the request owner: the owner key read vs the constant status key read",
    "import sqlite3",
    (v) => [
      "filters = {'status': 'active', 'owner': request.args.get('owner', '')}",
      `value = filters['${v ? "owner" : "status"}']`,
      "db = sqlite3.connect('tickets.db')",
      'rows = db.execute("SELECT id, title FROM tickets WHERE state = \'" + value + "\'").fetchall()',
      "return jsonify(rows)",
    ],
  ),
  ...whole(
    "CWE-89",
    "Django: configparser holds the request order and a constant fallback: the order option read vs the fallback",
    (v) =>
      mod([
        "import configparser",
        "from django.db import connection",
        "from django.http import JsonResponse",
        "",
        "",
        "def orders(request):",
        "    cfg = configparser.ConfigParser()",
        "    cfg.add_section('listing')",
        "    cfg.set('listing', 'order', request.GET.get('order', 'id'))",
        "    cfg.set('listing', 'fallback', 'created_at')",
        `    column = cfg.get('listing', '${v ? "order" : "fallback"}')`,
        "    with connection.cursor() as cur:",
        "        cur.execute('SELECT id, total FROM orders ORDER BY ' + column)",
        "        rows = cur.fetchall()",
        "    return JsonResponse({'rows': rows})",
      ]),
  ),
  ...whole(
    "CWE-89",
    "aiohttp: early return on an empty id vs on a non-digit id, then the id concatenated",
    (v) =>
      mod([
        "import sqlite3",
        "from aiohttp import web",
        "",
        "",
        "async def item(request):",
        "    item_id = request.query.get('id', '')",
        `    if ${v ? "not item_id" : "not item_id.isdigit()"}:`,
        "        raise web.HTTPBadRequest(text='bad id')",
        "    db = sqlite3.connect('shop.db')",
        "    row = db.execute('SELECT name, price FROM items WHERE id = ' + item_id).fetchone()",
        "    return web.json_response({'item': row})",
        "",
        "",
        "app = web.Application()",
        "app.router.add_get('/item', item)",
      ]),
  ),
  // --- CWE-22 path traversal ---
  ...pair(
    "CWE-22",
    "slice of a dated prefix + request name: the tail [10:] (the request part) vs the head [:10] (the date)",
    "",
    (v) => [
      "raw = request.args.get('name', '')",
      "stamp = '2024-01-01' + raw",
      `day = stamp[${v ? "10:" : ":10"}]`,
      "with open(os.path.join('/var/log/app', day + '.log')) as fh:",
      "    return Response(fh.read(), mimetype='text/plain')",
    ],
  ),
  ...whole(
    "CWE-22",
    "aiohttp: 'invoice:' + match_info partitioned, the part after ':' opened vs the part before",
    (v) =>
      mod([
        "import os",
        "from aiohttp import web",
        "",
        "BASE = '/srv/documents'",
        "",
        "",
        "async def document(request):",
        "    label = 'invoice:' + request.match_info['name']",
        "    kind, _, rest = label.partition(':')",
        `    path = os.path.join(BASE, ${v ? "rest" : "kind"} + '.pdf')`,
        "    return web.FileResponse(path)",
        "",
        "",
        "app = web.Application()",
        "app.router.add_get('/doc/{name}', document)",
      ]),
  ),
  // --- CWE-79 XSS ---
  ...pair(
    "CWE-79",
    "module constant SHOW_NAME true picks the request name in a ternary vs false picks 'guest'",
    "",
    () => [
      "name = request.args.get('name', '')",
      "shown = name if SHOW_NAME else 'guest'",
      "return '<h1>Welcome, ' + shown + '</h1>'",
    ],
    (v) => `SHOW_NAME = ${v ? "True" : "False"}\n`,
  ),
  ...whole(
    "CWE-79",
    "Starlette: render() escapes only its title: the query passed as the raw body vs as the escaped title",
    (v) =>
      mod([
        "import html",
        "from starlette.applications import Starlette",
        "from starlette.responses import HTMLResponse",
        "from starlette.routing import Route",
        "",
        "",
        "def render(title, body):",
        "    return f'<html><h1>{html.escape(title)}</h1><p>{body}</p></html>'",
        "",
        "",
        "async def search(request):",
        "    q = request.query_params.get('q', '')",
        `    return HTMLResponse(${v ? "render('Search', q)" : "render(q, 'No results yet')"})`,
        "",
        "",
        "app = Starlette(routes=[Route('/search', search)])",
      ]),
  ),
  // --- CWE-90 LDAP injection ---
  ...pair(
    "CWE-90",
    "comprehension builds an OR filter over request uids: raw vs escape_filter_chars",
    "import ldap3\nfrom ldap3.utils.conv import escape_filter_chars",
    (v) => [
      "uids = request.args.getlist('uid')",
      `parts = [${v ? "f'(uid={u})'" : "f'(uid={escape_filter_chars(u)})'"} for u in uids]`,
      "conn = ldap3.Connection(ldap3.Server('ldap://ldap.example.com'), auto_bind=True)",
      "conn.search('dc=example,dc=com', '(|' + ''.join(parts) + ')', attributes=['cn'])",
      "return jsonify([str(e.cn) for e in conn.entries])",
    ],
  ),
  ...pair(
    "CWE-90",
    "match on the request group: a capture pattern puts it in the filter vs every arm a constant filter",
    "import ldap",
    (v) => [
      "group = request.args.get('group', '')",
      "match group:",
      "    case 'admins':",
      "        flt = '(cn=admins)'",
      "    case 'staff':",
      "        flt = '(cn=staff)'",
      ...(v
        ? ["    case other:", "        flt = '(cn=' + other + ')'"]
        : ["    case _:", "        flt = '(cn=nobody)'"]),
      "con = ldap.initialize('ldap://ldap.example.com')",
      "res = con.search_s('ou=groups,dc=example,dc=com', ldap.SCOPE_SUBTREE, flt)",
      "return jsonify([dn for dn, _ in res])",
    ],
  ),
  // --- CWE-643 XPath injection ---
  ...pair(
    "CWE-643",
    "early return on an empty name vs on a non-alphanumeric name, then the name quoted into the XPath",
    "from lxml import etree",
    (v) => [
      "name = request.args.get('name', '')",
      `if ${v ? "not name" : "not name.isalnum()"}:`,
      "    abort(400)",
      "tree = etree.parse('users.xml')",
      'hits = tree.xpath("//user[@name=\'" + name + "\']/email/text()")',
      "return jsonify([str(h) for h in hits])",
    ],
  ),
  ...pair(
    "CWE-643",
    "allow-list guards the field but the value is inlined vs the value bound as an XPath variable",
    "from lxml import etree",
    (v) => [
      "field = request.args.get('field', 'email')",
      "value = request.args.get('value', '')",
      "if field not in ALLOWED_FIELDS:",
      "    abort(400)",
      "tree = etree.parse('contacts.xml')",
      v
        ? "hits = tree.xpath(f\"//contact[{field}='{value}']/name/text()\")"
        : 'hits = tree.xpath(f"//contact[{field}=$v]/name/text()", v=value)',
      "return jsonify([str(h) for h in hits])",
    ],
    () => "ALLOWED_FIELDS = {'email', 'phone'}\n",
  ),
  // --- CWE-328 weak hash ---
  ...pair(
    "CWE-328",
    "algorithm table: the 'legacy' entry (md5) vs the 'current' entry (sha256) for an upload's tamper-check digest",
    "import hashlib",
    (v) => [
      "blob = request.files['report'].read()",
      `digest = hashlib.new(ALGOS['${v ? "legacy" : "current"}'], blob).hexdigest()`,
      "INTEGRITY[request.files['report'].filename] = digest",
      "return jsonify(digest=digest)",
    ],
    () => "ALGOS = {'legacy': 'md5', 'current': 'sha256'}\nINTEGRITY = {}\n",
  ),
  ...pair(
    "CWE-328",
    "class attribute names the algorithm of a signed-manifest digest: sha1 vs sha512",
    "import hashlib",
    () => ["manifest = request.get_data()", "return jsonify(digest=Manifest().digest(manifest))"],
    (v) =>
      "class Manifest:\n" +
      `    algorithm = '${v ? "sha1" : "sha512"}'\n\n` +
      "    def digest(self, data):\n" +
      "        return hashlib.new(self.algorithm, data).hexdigest()\n",
  ),
  // --- CWE-327 weak cipher ---
  ...pair(
    "CWE-327",
    "constant USE_LEGACY true takes the DES arm vs false takes AES-GCM (DES only in the dead arm)",
    "from Crypto.Cipher import AES, DES",
    () => [
      "data = request.get_data()",
      "if USE_LEGACY:",
      "    cipher = DES.new(KEY[:8], DES.MODE_ECB)",
      "    blob = cipher.encrypt(data.ljust((len(data) + 7) // 8 * 8, b'\\0'))",
      "else:",
      "    cipher = AES.new(KEY, AES.MODE_GCM)",
      "    blob = cipher.nonce + cipher.encrypt(data)",
      "return blob.hex()",
    ],
    (v) => `USE_LEGACY = ${v ? "True" : "False"}\nKEY = os.urandom(16)\n`,
  ),
  ...pair(
    "CWE-327",
    "cryptography: algorithm list read at index 0 (TripleDES) vs index 1 (AES)",
    "from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes\nfrom cryptography.hazmat.primitives import padding",
    (v) => [
      "data = request.get_data()",
      `algo = CHOICES[${v ? "0" : "1"}]`,
      "key = os.urandom(24)",
      "iv = os.urandom(algo.block_size // 8)",
      "padder = padding.PKCS7(algo.block_size).padder()",
      "enc = Cipher(algo(key), modes.CBC(iv)).encryptor()",
      "blob = enc.update(padder.update(data) + padder.finalize()) + enc.finalize()",
      "return (iv + blob).hex()",
    ],
    () => "CHOICES = [algorithms.TripleDES, algorithms.AES]\n",
  ),
  // --- CWE-338 weak random for tokens ---
  ...pair(
    "CWE-338",
    "helper with a secure flag: called with False (random.choices) vs True (secrets.token_hex) for a reset token",
    "import random\nimport secrets\nimport string",
    (v) => [
      "email = request.form.get('email', '')",
      `token = make_token(16, ${v ? "False" : "True"})`,
      "RESETS[token] = email",
      "return jsonify(sent=True)",
    ],
    () =>
      "RESETS = {}\n\n\n" +
      "def make_token(n, secure):\n" +
      "    if secure:\n" +
      "        return secrets.token_hex(n)\n" +
      "    return ''.join(random.choices(string.hexdigits, k=n))\n",
  ),
  ...whole(
    "CWE-338",
    "Django: one-time login code from a generator over random.Random() vs random.SystemRandom()",
    (v) =>
      mod([
        "import random",
        "from django.core.cache import cache",
        "from django.http import JsonResponse",
        "",
        "DIGITS = '0123456789'",
        "",
        "",
        "def send_code(request):",
        `    rng = random.${v ? "Random()" : "SystemRandom()"}`,
        "    code = ''.join(rng.choice(DIGITS) for _ in range(6))",
        "    cache.set('otp:' + request.POST.get('phone', ''), code, 300)",
        "    return JsonResponse({'sent': True})",
      ]),
  ),
  // --- CWE-614 insecure cookie ---
  ...pair(
    "CWE-614",
    "cookie options dict: secure overwritten to False vs only max_age added, then **opts",
    "import secrets",
    (v) => [
      "sid = secrets.token_urlsafe(32)",
      "opts = {'secure': True, 'httponly': True, 'samesite': 'Lax'}",
      v ? "opts['secure'] = False" : "opts['max_age'] = 3600",
      "resp = make_response('logged in')",
      "resp.set_cookie('sid', sid, **opts)",
      "return resp",
    ],
  ),
  ...whole("CWE-614", "aiohttp: secure flag from a ternary on a constant IS_PROD false vs true", (v) =>
    mod([
      "import secrets",
      "from aiohttp import web",
      "",
      `IS_PROD = ${v ? "False" : "True"}`,
      "",
      "",
      "async def login(request):",
      "    resp = web.Response(text='ok')",
      "    secure = True if IS_PROD else False",
      "    resp.set_cookie('session', secrets.token_hex(16), secure=secure, httponly=True)",
      "    return resp",
      "",
      "",
      "app = web.Application()",
      "app.router.add_post('/login', login)",
    ]),
  ),
  // --- CWE-501 trust boundary ---
  ...pair(
    "CWE-501",
    "prefs dict holds the request lang and a constant theme: session gets the lang entry vs the theme entry",
    "",
    (v) => [
      "prefs = {'theme': 'light', 'lang': request.args.get('lang', 'en')}",
      `session['${v ? "lang" : "theme"}'] = prefs['${v ? "lang" : "theme"}']`,
      "return 'saved'",
    ],
  ),
  ...pair(
    "CWE-501",
    "early return on a too-long theme (still any text) vs on a theme outside the allow-list, then stored in the session",
    "",
    (v) => [
      "theme = request.form.get('theme', '')",
      `if ${v ? "len(theme) > 32" : "theme not in THEMES"}:`,
      "    return 'bad theme', 400",
      "session['theme'] = theme",
      "return 'saved'",
    ],
    () => "THEMES = ('light', 'dark', 'solarized')\n",
  ),
  // --- CWE-502 deserialisation ---
  ...pair(
    "CWE-502",
    "YAML loader from a table: the 'full' entry (UnsafeLoader) vs the 'safe' entry (SafeLoader) on the body",
    "import yaml",
    (v) => [
      "doc = yaml.load(request.get_data(), Loader=LOADERS['" + (v ? "full" : "safe") + "'])",
      "return jsonify(doc)",
    ],
    () => "LOADERS = {'safe': yaml.SafeLoader, 'full': yaml.UnsafeLoader}\n",
  ),
  ...whole(
    "CWE-502",
    "Django: constant TRUST_COOKIE true unpickles the cart cookie vs false unpickles the module's own default",
    (v) =>
      mod([
        "import base64",
        "import pickle",
        "from django.http import JsonResponse",
        "",
        `TRUST_COOKIE = ${v ? "True" : "False"}`,
        "DEFAULT_CART = pickle.dumps({'items': []})",
        "",
        "",
        "def cart(request):",
        "    if TRUST_COOKIE:",
        "        raw = base64.b64decode(request.COOKIES.get('cart', ''))",
        "    else:",
        "        raw = DEFAULT_CART",
        "    data = pickle.loads(raw)",
        "    return JsonResponse(data)",
      ]),
  ),
  // --- CWE-601 open redirect ---
  ...pair(
    "CWE-601",
    "'home:' + ref split on ':' - the request part [1] redirected vs '/' + the constant part [0]",
    "",
    (v) => [
      "ref = request.args.get('ref', '')",
      "tagged = 'home:' + ref",
      v ? "dest = tagged.split(':', 1)[1]" : "dest = '/' + tagged.split(':', 1)[0]",
      "return redirect(dest)",
    ],
  ),
  ...whole(
    "CWE-601",
    "Django: next replaced only when empty vs when url_has_allowed_host_and_scheme rejects it",
    (v) =>
      mod([
        "from django.http import HttpResponseRedirect",
        "from django.utils.http import url_has_allowed_host_and_scheme",
        "",
        "",
        "def after_login(request):",
        "    nxt = request.GET.get('next', '')",
        v
          ? "    if not nxt:"
          : "    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):",
        "        nxt = '/'",
        "    return HttpResponseRedirect(nxt)",
      ]),
  ),
  // --- CWE-94 code injection ---
  ...pair(
    "CWE-94",
    "class holds the request expression and a class-level default: eval of the instance expr vs the default",
    "",
    (v) => [
      "calc = Calc(request.args.get('expr', ''))",
      `return str(eval(calc.${v ? "expr" : "default_expr"}))`,
    ],
    () =>
      "class Calc:\n" +
      "    default_expr = '2 + 2'\n\n" +
      "    def __init__(self, expr):\n" +
      "        self.expr = expr\n",
  ),
  ...pair(
    "CWE-94",
    "list of a constant prelude and the posted code: exec of the slice [1:] vs [:1]",
    "",
    (v) => [
      "lines = ['result = 40 + 2', request.form.get('code', '')]",
      "scope = {}",
      `exec('\\n'.join(lines[${v ? "1:" : ":1"}]), scope)`,
      "return str(scope.get('result'))",
    ],
  ),
];
