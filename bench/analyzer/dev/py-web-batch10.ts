// Dev suite "py-web", batch 10 (see py-web.ts): written after the batch 9 fixes, measured before any further fix.
// Hand-written pairs with sources batches 1-9 do not have (aiohttp match_info, Django META / COOKIES / FILES
// names / POST, request.authorization, request.values, FastAPI query parameters and Starlette sessions) and value
// logic they do not have (match statements, ChainMap precedence, setdefault on the request's dict vs a literal,
// str.translate deletion tables, replace('../', '') vs split('/')[-1], normpath containment, staticmethod
// helpers in a generator, default parameters choosing a cipher or a parser option, a restricted Unpickler,
// lambda dispatch tables instead of eval) and sinks they do not have (create_subprocess_shell, os.popen, Django
// cursor and QuerySet.extra, jinja2 Environment autoescape, Response Location headers, RedirectResponse,
// set_signed_cookie, SessionMiddleware https_only, PKCS#1 v1.5 encryption, random.Random seeded with the time,
// numpy.load allow_pickle, pandas.read_pickle, pulldom with a sax parser). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, send_file, abort\nimport os\napp = Flask(__name__)\n";

const { pair, whole } = viewBuilders("batch10", FLASK, "w");

const FASTAPI = "from fastapi import FastAPI, Request\n\napp = FastAPI()\n";

export const CASES: DevCase[] = [
  // --- CWE-78 ---
  ...whole(
    "CWE-78",
    "aiohttp match_info into create_subprocess_shell vs create_subprocess_exec",
    (v) =>
      "import asyncio\nfrom aiohttp import web\n\n\nasync def ping(request):\n" +
      "    host = request.match_info['host']\n" +
      (v
        ? "    proc = await asyncio.create_subprocess_shell('ping -c 1 ' + host, stdout=asyncio.subprocess.PIPE)\n"
        : "    proc = await asyncio.create_subprocess_exec('ping', '-c', '1', host, stdout=asyncio.subprocess.PIPE)\n") +
      "    out, _ = await proc.communicate()\n" +
      "    return web.Response(text=out.decode())\n\n\n" +
      "app = web.Application()\napp.add_routes([web.get('/ping/{host}', ping)])\n",
  ),
  ...pair("CWE-78", "match statement whose default case echoes the input or runs a constant", "", (v) => [
    "action = request.args.get('action', '')",
    "match action:",
    "    case 'disk':",
    "        cmd = 'df -h'",
    "    case 'mem':",
    "        cmd = 'free -m'",
    "    case _:",
    `        cmd = ${v ? "'echo ' + action" : "'uptime'"}`,
    "return os.popen(cmd).read()",
  ]),
  // --- CWE-89 ---
  ...whole(
    "CWE-89",
    "Django connection cursor with a META header: f-string vs params",
    (v) =>
      "from django.db import connection\nfrom django.http import JsonResponse\n\n\ndef audit(request):\n" +
      "    agent = request.META.get('HTTP_USER_AGENT', '')\n" +
      "    with connection.cursor() as cur:\n" +
      (v
        ? "        cur.execute(f\"INSERT INTO audit (agent) VALUES ('{agent}')\")\n"
        : "        cur.execute('INSERT INTO audit (agent) VALUES (%s)', [agent])\n") +
      "    return JsonResponse({'ok': True})\n",
  ),
  ...whole(
    "CWE-89",
    "Django QuerySet.extra(where=...) vs a field lookup",
    (v) =>
      "from django.http import JsonResponse\nfrom django.contrib.auth.models import User\n\n\ndef by_domain(request):\n" +
      "    dom = request.GET.get('domain', '')\n" +
      (v
        ? '    qs = User.objects.extra(where=["email LIKE \'%%@" + dom + "\'"])\n'
        : "    qs = User.objects.filter(email__endswith='@' + dom)\n") +
      "    return JsonResponse({'n': qs.count()})\n",
  ),
  ...pair(
    "CWE-89",
    "ChainMap: request values first vs defaults first",
    "import sqlite3\nfrom collections import ChainMap",
    (v) => [
      "defaults = {'order': 'created', 'dir': 'DESC'}",
      `opts = ChainMap(${v ? "request.args.to_dict(), defaults" : "defaults, request.args.to_dict()"})`,
      "sql = 'SELECT * FROM jobs ORDER BY ' + opts['order'] + ' ' + opts['dir']",
      "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
  ),
  // --- CWE-79 ---
  ...pair(
    "CWE-79",
    "jinja2 Environment with autoescape off vs on",
    "from jinja2 import Environment",
    () => ["return TPL.render(name=request.args.get('name', ''))"],
    {
      top: (v) =>
        `env = Environment(autoescape=${v ? "False" : "True"})\nTPL = env.from_string('<p>Hello {{ name }}</p>')\n`,
    },
  ),
  ...pair("CWE-79", "str.translate deleting whitespace vs deleting markup characters", "", (v) => [
    `table = str.maketrans('', '', ${v ? "'\\t\\r\\n'" : "'<>&\"\\''"})`,
    "note = request.form.get('note', '').translate(table)",
    "return '<div class=\"note\">' + note + '</div>'",
  ]),
  ...whole(
    "CWE-79",
    "Django COOKIES value echoed, escape or not",
    (v) =>
      "from django.http import HttpResponse\nfrom django.utils.html import escape\n\n\ndef hello(request):\n" +
      "    name = request.COOKIES.get('name', 'guest')\n" +
      `    return HttpResponse('<h2>Welcome back, ' + ${v ? "name" : "escape(name)"} + '</h2>')\n`,
  ),
  ...pair(
    "CWE-79",
    "staticmethod renderer over getlist in a generator",
    "import html",
    () => [
      "items = request.args.getlist('item')",
      "return '<ul>' + ''.join(View.render(i) for i in items) + '</ul>'",
    ],
    {
      top: (v) =>
        `class View:\n    @staticmethod\n    def render(s):\n        return '<li>' + ${v ? "s" : "html.escape(s)"} + '</li>'\n`,
    },
  ),
  // --- CWE-22 ---
  ...pair("CWE-22", "replace('../', '') (bypassable) vs the last '/'-separated part", "", (v) => [
    "name = request.args.get('file', '')",
    v ? "name = name.replace('../', '')" : "name = name.split('/')[-1]",
    "return send_file(os.path.join('/srv/exports', name))",
  ]),
  ...pair(
    "CWE-22",
    "normpath then a suffix check vs a root-prefix check before os.remove",
    "",
    (v) => [
      "rel = request.form.get('path', '')",
      "full = os.path.normpath(os.path.join(ROOT, rel))",
      v ? "if not full.endswith('.txt'):" : "if not full.startswith(ROOT + '/'):",
      "    abort(403)",
      "os.remove(full)",
      "return 'deleted'",
    ],
    { top: () => "ROOT = '/srv/scratch'\n" },
  ),
  ...whole(
    "CWE-22",
    "Django upload saved under a POST field vs the upload's (base) name",
    (v) =>
      "import os\nfrom django.http import HttpResponse\n\n\ndef upload(request):\n" +
      "    f = request.FILES['doc']\n" +
      `    name = ${v ? "request.POST.get('name', f.name)" : "f.name"}\n` +
      "    with open(os.path.join('/srv/uploads', name), 'wb') as out:\n" +
      "        for chunk in f.chunks():\n" +
      "            out.write(chunk)\n" +
      "    return HttpResponse('stored')\n",
  ),
  ...pair(
    "CWE-22",
    "pathlib '/' with a form field vs Path(filename).name",
    "from pathlib import Path",
    (v) => [
      "up = request.files['f']",
      `target = Path('/srv/in') / ${v ? "request.form.get('dest', 'upload.bin')" : "Path(up.filename).name"}`,
      "target.write_bytes(up.read())",
      "return 'ok'",
    ],
  ),
  // --- CWE-90 ---
  ...pair("CWE-90", "setdefault on the request's dict vs on a literal", "import ldap", (v) => [
    v ? "q = request.args.to_dict()" : "q = {'uid': request.args.get('uid', '')}",
    "q.setdefault('ou', 'people')",
    "flt = '(&(ou=' + q['ou'] + ')(objectClass=person))'",
    "conn = ldap.initialize('ldap://ldap.local')",
    "return jsonify(len(conn.search_s('dc=corp', ldap.SCOPE_SUBTREE, flt)))",
  ]),
  ...pair(
    "CWE-90",
    "request.authorization username, escaped or not",
    "import ldap\nimport ldap.filter",
    (v) => [
      "auth = request.authorization",
      "user = auth.username if auth else ''",
      `flt = '(uid=' + ${v ? "user" : "ldap.filter.escape_filter_chars(user)"} + ')'`,
      "conn = ldap.initialize('ldap://ldap.local')",
      "return jsonify(len(conn.search_s('ou=people,dc=corp', ldap.SCOPE_SUBTREE, flt)))",
    ],
  ),
  // --- CWE-643 ---
  ...pair("CWE-643", "compiled etree.XPath: concatenated vs a variable", "from lxml import etree", (v) => [
    "sku = request.values.get('sku', '')",
    "tree = etree.parse('/srv/stock.xml')",
    v
      ? 'find = etree.XPath("//item[@sku=\'" + sku + "\']/qty/text()")'
      : "find = etree.XPath('//item[@sku=$s]/qty/text()')",
    `return jsonify([str(q) for q in find(tree${v ? "" : ", s=sku"})])`,
  ]),
  ...pair(
    "CWE-643",
    "ElementTree findall predicate, allow-listed or not",
    "import xml.etree.ElementTree as ET",
    (v) => [
      "lang = request.headers.get('X-Lang', 'en')",
      v ? "if not lang:" : "if lang not in ('en', 'fr', 'de'):",
      "    lang = 'en'",
      "root = ET.parse('/srv/i18n.xml').getroot()",
      'return jsonify([m.text for m in root.findall(".//msg[@lang=\'" + lang + "\']")])',
    ],
  ),
  // --- CWE-501 ---
  ...whole(
    "CWE-501",
    "Django session written at a request-chosen key vs a literal choice",
    (v) =>
      "from django.http import HttpResponse\n\n\ndef prefs(request):\n" +
      (v
        ? "    request.session[request.GET.get('k', 'theme')] = request.GET.get('v', '')\n"
        : "    request.session['theme'] = 'dark' if request.GET.get('v') == 'dark' else 'light'\n") +
      "    return HttpResponse('saved')\n",
  ),
  ...whole(
    "CWE-501",
    "FastAPI query parameter into a Starlette session vs a constant",
    (v) =>
      FASTAPI +
      "\n\n@app.get('/role')\ndef set_role(request: Request, role: str = 'viewer'):\n" +
      `    request.session['role'] = ${v ? "role" : "'viewer'"}\n` +
      "    return {'ok': True, 'asked': role}\n",
  ),
  // --- CWE-601 ---
  ...whole(
    "CWE-601",
    "FastAPI RedirectResponse to a query parameter vs a table lookup",
    (v) =>
      "from fastapi import FastAPI\nfrom fastapi.responses import RedirectResponse\n\napp = FastAPI()\nPAGES = {'home': '/', 'docs': '/docs'}\n\n\n@app.get('/out')\ndef out(to: str = 'home'):\n" +
      `    return RedirectResponse(${v ? "to" : "PAGES.get(to, '/')"})\n`,
  ),
  ...pair(
    "CWE-601",
    "Location header set by hand: the input vs a quoted parameter",
    "from urllib.parse import quote",
    (v) => [
      "nxt = request.args.get('next', '/')",
      `return Response(status=302, headers={'Location': ${v ? "nxt" : "'/login?next=' + quote(nxt, safe='')"}})`,
    ],
  ),
  ...whole(
    "CWE-601",
    "Django redirect() to a POST value vs a named route",
    (v) =>
      "from django.shortcuts import redirect\n\n\ndef done(request):\n" +
      "    back = request.POST.get('back', '/')\n" +
      `    return redirect(${v ? "back" : "'profile', username=back"})\n`,
  ),
  // --- CWE-614 ---
  ...whole(
    "CWE-614",
    "Django set_signed_cookie without or with secure",
    (v) =>
      "from django.http import HttpResponse\n\n\ndef remember(request):\n" +
      "    resp = HttpResponse('ok')\n" +
      `    resp.set_signed_cookie('uid', str(request.user.pk), salt='remember', httponly=True${v ? "" : ", secure=True"})\n` +
      "    return resp\n",
  ),
  ...whole(
    "CWE-614",
    "Starlette SessionMiddleware https_only off vs on",
    (v) =>
      "from fastapi import FastAPI\nfrom starlette.middleware.sessions import SessionMiddleware\n\napp = FastAPI()\n" +
      `app.add_middleware(SessionMiddleware, secret_key='change-me-in-prod', https_only=${v ? "False" : "True"})\n`,
  ),
  // --- CWE-328 ---
  ...pair("CWE-328", "match statement picks the digest for a stored password", "import hashlib", (v) => [
    "pw = request.form.get('password', '')",
    "match request.form.get('scheme', 'v2'):",
    "    case 'v1':",
    `        h = hashlib.${v ? "md5" : "sha512"}`,
    "    case _:",
    "        h = hashlib.sha256",
    "salt = os.urandom(16)",
    "return jsonify(salt=salt.hex(), hash=h(salt + pw.encode()).hexdigest())",
  ]),
  // --- CWE-327 ---
  ...pair(
    "CWE-327",
    "RSA encryption with PKCS#1 v1.5 vs OAEP padding",
    "from cryptography.hazmat.primitives import hashes\nfrom cryptography.hazmat.primitives.asymmetric import padding, rsa",
    (v) => [
      "key = rsa.generate_private_key(public_exponent=65537, key_size=2048)",
      "msg = request.get_data()[:100]",
      v
        ? "ct = key.public_key().encrypt(msg, padding.PKCS1v15())"
        : "ct = key.public_key().encrypt(msg, padding.OAEP(mgf=padding.MGF1(hashes.SHA256()), algorithm=hashes.SHA256(), label=None))",
      "return ct.hex()",
    ],
  ),
  ...pair(
    "CWE-327",
    "cipher module as a default parameter: ARC4 vs ChaCha20",
    "from Crypto.Cipher import ARC4, ChaCha20",
    () => ["return seal(request.get_data()).hex()"],
    {
      top: (v) =>
        `KEY = os.urandom(32)\n\n\ndef seal(data, cipher=${v ? "ARC4" : "ChaCha20"}):\n    return cipher.new(key=KEY).encrypt(data)\n`,
    },
  ),
  // --- CWE-338 ---
  ...pair(
    "CWE-338",
    "reset token from random.Random seeded with the time vs secrets",
    "import random, secrets, time",
    (v) => [
      v ? "rng = random.Random(int(time.time()))" : "rng = None",
      `token = ${v ? "'%032x' % rng.getrandbits(128)" : "secrets.token_hex(16)"}`,
      "session['reset_token'] = token",
      "return jsonify(sent=True)",
    ],
  ),
  // --- CWE-94 ---
  ...pair("CWE-94", "uploaded script compiled and run vs a plugin file shipped with the app", "", (v) => [
    `src = ${v ? "request.files['script'].read().decode()" : "open('/srv/plugins/default.py').read()"}`,
    "scope = {}",
    "exec(compile(src, 'plugin', 'exec'), scope)",
    "return jsonify(result=str(scope.get('result')))",
  ]),
  ...pair(
    "CWE-94",
    "operator from the query: eval of an expression vs a lambda table",
    "",
    (v) => [
      "op = request.args.get('op', 'add')",
      v ? "result = eval('a ' + op + ' b', {'a': 2, 'b': 3})" : "result = OPS.get(op, OPS['add'])(2, 3)",
      "return jsonify(result=result)",
    ],
    { top: () => "OPS = {'add': lambda a, b: a + b, 'mul': lambda a, b: a * b}\n" },
  ),
  // --- CWE-502 ---
  ...pair("CWE-502", "numpy.load of an upload with allow_pickle on vs off", "import numpy as np", (v) => [
    `arr = np.load(request.files['arr'], allow_pickle=${v ? "True" : "False"})`,
    "return jsonify(shape=list(arr.shape))",
  ]),
  ...pair("CWE-502", "pandas.read_pickle vs read_csv of an upload", "import pandas as pd", (v) => [
    `df = pd.${v ? "read_pickle" : "read_csv"}(request.files['data'])`,
    "return df.head().to_json()",
  ]),
  ...pair(
    "CWE-502",
    "pickle.Unpickler vs a subclass whose find_class refuses every global",
    "import io, pickle",
    (v) => [
      "data = request.get_data()",
      `obj = ${v ? "pickle.Unpickler" : "NoGlobals"}(io.BytesIO(data)).load()`,
      "return jsonify(kind=type(obj).__name__)",
    ],
    {
      top: () =>
        "class NoGlobals(pickle.Unpickler):\n    def find_class(self, module, name):\n        raise pickle.UnpicklingError('globals are not allowed')\n",
    },
  ),
  // --- CWE-611 ---
  ...pair(
    "CWE-611",
    "pulldom with a sax parser that resolves external entities or not",
    "import xml.sax\nfrom xml.dom import pulldom\nfrom xml.sax.handler import feature_external_ges",
    (v) => [
      "parser = xml.sax.make_parser()",
      `parser.setFeature(feature_external_ges, ${v ? "True" : "False"})`,
      "events = pulldom.parseString(request.get_data(as_text=True), parser=parser)",
      "n = sum(1 for ev, node in events if ev == pulldom.START_ELEMENT)",
      "return jsonify(elements=n)",
    ],
  ),
  ...pair(
    "CWE-611",
    "parser factory whose default argument turns entity resolution on or off",
    "from lxml import etree",
    () => ["root = etree.fromstring(request.get_data(), make_parser())", "return jsonify(tag=root.tag)"],
    {
      top: (v) =>
        `def make_parser(resolve=${v ? "True" : "False"}):\n    return etree.XMLParser(resolve_entities=resolve, no_network=True)\n`,
    },
  ),
];
