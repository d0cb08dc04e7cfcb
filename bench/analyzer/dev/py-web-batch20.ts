// Dev suite "py-web", batch 20 (see py-web.ts): written blind after the batch 19 fixes, measured before any
// further fix; the second batch from the probe on public deliberately vulnerable Python web code, in new code.
// Pairs about web code outside a Flask view: aiohttp handlers (await request.post(), match_info, query,
// web.Response content types, HTTPFound), data-access classes called from handlers, Django class-based views
// (self.request), CGI scripts (cgi.FieldStorage, QUERY_STRING), raw WSGI callables (environ, start_response),
// decorators that pass the query as keyword arguments, regex patterns built with %s that are no XPath, SAX
// parsers with external entities switched on, unsafe YAML loaders, PyJWT options, and Flask's view_args /
// get_data. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, abort, render_template\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch20", FLASK, "b20");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

const AIOHTTP = "from aiohttp import web\n";
const DJANGO_CBV =
  "from django.http import HttpResponse, JsonResponse, HttpResponseBadRequest\nfrom django.views import View\n";

export const BATCH20: DevCase[] = [
  // --- aiohttp ---
  ...whole(
    "CWE-89",
    "aiohttp: the posted name %-formatted into an aiopg query vs passed as a parameter",
    (v) =>
      AIOHTTP +
      "\n\nasync def add_student(request):\n" +
      "    data = await request.post()\n" +
      "    async with request.app['db'].acquire() as conn:\n" +
      "        async with conn.cursor() as cur:\n" +
      (v
        ? "            await cur.execute(\"INSERT INTO students (name) VALUES ('%s')\" % data['name'])\n"
        : "            await cur.execute('INSERT INTO students (name) VALUES (%s)', (data['name'],))\n") +
      "    raise web.HTTPFound('/students')\n\n\n" +
      "app = web.Application()\napp.router.add_post('/students', add_student)\n",
  ),
  ...whole(
    "CWE-79",
    "aiohttp: match_info echoed in a text/html web.Response vs text/plain",
    (v) =>
      AIOHTTP +
      "\n\nasync def hello(request):\n" +
      "    who = request.match_info.get('name', 'anon')\n" +
      `    return web.Response(text='<h1>Hi ' + who + '</h1>', content_type='${v ? "text/html" : "text/plain"}')\n\n\n` +
      "app = web.Application()\napp.router.add_get('/hi/{name}', hello)\n",
  ),
  ...whole(
    "CWE-601",
    "aiohttp: HTTPFound to the query's return_to vs to a route by name",
    (v) =>
      AIOHTTP +
      "\n\nasync def logout(request):\n" +
      "    back = request.query.get('return_to', '/')\n" +
      (v
        ? "    raise web.HTTPFound(location=back)\n"
        : "    raise web.HTTPFound(location=request.app.router['home'].url_for())\n") +
      "\n\napp = web.Application()\napp.router.add_get('/logout', logout)\n",
  ),
  ...whole(
    "CWE-22",
    "aiohttp: a file served from the path segment vs from its basename",
    (v) =>
      AIOHTTP +
      "import os\nSTATIC = '/srv/app/static'\n\n\nasync def asset(request):\n" +
      "    name = request.match_info['name']\n" +
      `    path = os.path.join(STATIC, ${v ? "name" : "os.path.basename(name)"})\n` +
      "    return web.FileResponse(path)\n\n\n" +
      "app = web.Application()\napp.router.add_get('/assets/{name}', asset)\n",
  ),
  // --- data-access classes called from handlers ---
  ...whole(
    "CWE-89",
    "DAO staticmethod builds SQL with %-format from the handler's posted review vs a parameter tuple",
    (v) =>
      AIOHTTP +
      "\n\nclass Review:\n    @staticmethod\n    async def create(conn, course_id, text):\n" +
      (v
        ? "        q = \"INSERT INTO reviews (course_id, body) VALUES (%d, '%s')\" % (course_id, text)\n        async with conn.cursor() as cur:\n            await cur.execute(q)\n"
        : "        q = 'INSERT INTO reviews (course_id, body) VALUES (%s, %s)'\n        async with conn.cursor() as cur:\n            await cur.execute(q, (course_id, text))\n") +
      "\n\nasync def review(request):\n" +
      "    course_id = int(request.match_info['course_id'])\n" +
      "    data = await request.post()\n" +
      "    async with request.app['db'].acquire() as conn:\n" +
      "        await Review.create(conn, course_id, data.get('review_text', ''))\n" +
      "    raise web.HTTPFound(f'/courses/{course_id}')\n",
  ),
  ...pair(
    "CWE-89",
    "repository class method formats the search term into LIKE vs binds it",
    "import sqlite3",
    () => [
      "repo = Repo(sqlite3.connect('lib.db'))",
      "return jsonify(repo.search(request.args.get('q', '')))",
    ],
    (v) =>
      "class Repo:\n    def __init__(self, conn):\n        self.conn = conn\n\n    def search(self, term):\n" +
      (v
        ? "        sql = \"SELECT title FROM books WHERE title LIKE '%%%s%%'\" % term\n        return self.conn.execute(sql).fetchall()\n"
        : "        sql = 'SELECT title FROM books WHERE title LIKE ?'\n        return self.conn.execute(sql, ('%' + term + '%',)).fetchall()\n"),
  ),
  // --- Django class-based views ---
  ...whole(
    "CWE-78",
    "Django View.get: self.request.GET into os.popen vs shlex.quote",
    (v) =>
      DJANGO_CBV +
      "import os, shlex\n\n\nclass Lookup(View):\n    def get(self, request):\n" +
      "        domain = self.request.GET.get('domain', 'example.com')\n" +
      `        out = os.popen('dig +short ' + ${v ? "domain" : "shlex.quote(domain)"}).read()\n` +
      "        return JsonResponse({'out': out})\n",
  ),
  ...whole(
    "CWE-89",
    "Django View.post: a forwarded-for header in a raw cursor query vs a placeholder",
    (v) =>
      DJANGO_CBV +
      "from django.db import connection\n\n\nclass Audit(View):\n    def post(self, request):\n" +
      "        ip = request.META.get('HTTP_X_FORWARDED_FOR', '')\n" +
      "        with connection.cursor() as cur:\n" +
      (v
        ? '            cur.execute("INSERT INTO hits (ip) VALUES (\'" + ip + "\')")\n'
        : "            cur.execute('INSERT INTO hits (ip) VALUES (%s)', [ip])\n") +
      "        return HttpResponse(status=204)\n",
  ),
  ...whole(
    "CWE-78",
    "Django view returns HttpResponseBadRequest unless the host fully matches a pattern vs unless it is non-empty",
    (v) =>
      DJANGO_CBV +
      "import re, subprocess\n\n\ndef ping(request):\n" +
      "    host = request.GET.get('host', '')\n" +
      `    if ${v ? "not host" : "not re.fullmatch(r'[a-z0-9.-]{1,253}', host)"}:\n` +
      "        return HttpResponseBadRequest('bad host')\n" +
      "    out = subprocess.check_output('ping -c 1 ' + host, shell=True)\n" +
      "    return HttpResponse(out, content_type='text/plain')\n",
  ),
  // --- CGI scripts ---
  ...whole(
    "CWE-78",
    "CGI script: a FieldStorage value into os.system vs into an argument list",
    (v) =>
      "#!/usr/bin/env python3\nimport cgi, os, subprocess\n\n" +
      "form = cgi.FieldStorage()\n" +
      "target = form.getfirst('target', '127.0.0.1')\n" +
      "print('Content-Type: text/plain\\n')\n" +
      (v
        ? "os.system('traceroute ' + target)\n"
        : "subprocess.run(['traceroute', '--', target], check=False)\n"),
  ),
  ...whole(
    "CWE-79",
    "CGI script: QUERY_STRING value printed into HTML vs html.escape'd",
    (v) =>
      "#!/usr/bin/env python3\nimport html, os\nfrom urllib.parse import parse_qs\n\n" +
      "params = parse_qs(os.environ.get('QUERY_STRING', ''))\n" +
      "q = params.get('q', [''])[0]\n" +
      "print('Content-Type: text/html\\n')\n" +
      `print('<p>Results for ' + ${v ? "q" : "html.escape(q)"} + '</p>')\n`,
  ),
  ...whole(
    "CWE-22",
    "CGI script: FieldStorage file name opened under the docs dir vs checked with commonpath",
    (v) =>
      "#!/usr/bin/env python3\nimport cgi, os\n\nDOCS = '/var/www/docs'\n" +
      "form = cgi.FieldStorage()\n" +
      "path = os.path.realpath(os.path.join(DOCS, form.getvalue('doc', 'index.txt')))\n" +
      (v ? "" : "if os.path.commonpath([path, DOCS]) != DOCS:\n    raise SystemExit(1)\n") +
      "print('Content-Type: text/plain\\n')\n" +
      "print(open(path).read())\n",
  ),
  // --- raw WSGI ---
  ...whole(
    "CWE-79",
    "WSGI callable: a query value returned in an HTML body vs escaped",
    (v) =>
      "import html\nfrom urllib.parse import parse_qs\n\n\ndef application(environ, start_response):\n" +
      "    qs = parse_qs(environ.get('QUERY_STRING', ''))\n" +
      "    name = qs.get('name', ['world'])[0]\n" +
      `    body = '<html><body>Hello, %s</body></html>' % ${v ? "name" : "html.escape(name)"}\n` +
      "    start_response('200 OK', [('Content-Type', 'text/html')])\n" +
      "    return [body.encode('utf-8')]\n",
  ),
  ...whole(
    "CWE-89",
    "WSGI callable: the PATH_INFO id concatenated into SQL vs int()",
    (v) =>
      "import sqlite3\n\n\ndef application(environ, start_response):\n" +
      "    item = environ.get('PATH_INFO', '/').rsplit('/', 1)[-1]\n" +
      "    db = sqlite3.connect('inv.db')\n" +
      `    row = db.execute('SELECT name FROM items WHERE id = ' + ${v ? "item" : "str(int(item))"}).fetchone()\n` +
      "    start_response('200 OK', [('Content-Type', 'text/plain')])\n" +
      "    return [str(row).encode()]\n",
  ),
  ...whole(
    "CWE-502",
    "WSGI callable: the request body from wsgi.input unpickled vs json",
    (v) =>
      "import json, pickle\n\n\ndef application(environ, start_response):\n" +
      "    size = int(environ.get('CONTENT_LENGTH') or 0)\n" +
      "    raw = environ['wsgi.input'].read(size)\n" +
      `    job = ${v ? "pickle.loads(raw)" : "json.loads(raw)"}\n` +
      "    start_response('202 Accepted', [('Content-Type', 'text/plain')])\n" +
      "    return [b'queued']\n",
  ),
  // --- decorators passing the query as keyword arguments ---
  ...whole(
    "CWE-95",
    "decorator calls the view with **request.GET; the operator param into eval vs looked up in a table",
    (v) =>
      "import operator\n\n\ndef with_query(view):\n    def inner(request):\n        return view(request, **request.GET.dict())\n    return inner\n\n\n" +
      "OPS = {'+': operator.add, '-': operator.sub}\n\n\n@with_query\ndef calc(request, op='+'):\n" +
      (v ? "    return eval(f'6 {op} 3')\n" : "    return OPS.get(op, operator.add)(6, 3)\n"),
  ),
  // --- regex patterns with %s are no XPath ---
  ...pair(
    "CWE-643",
    "query parameter name %-formatted into a regex (escaped) vs into an lxml XPath predicate",
    "import re\nfrom lxml import etree",
    (v) => [
      "key = request.args.get('key', 'id')",
      ...(v
        ? [
            "doc = etree.parse('catalog.xml')",
            "hits = doc.xpath(\"//item[@%s='1']\" % key)",
            "return jsonify(len(hits))",
          ]
        : [
            "qs = request.query_string.decode()",
            "hits = re.findall(r'(?:\\A|[?&])%s=([^&]+)' % re.escape(key), qs)",
            "return jsonify(hits)",
          ]),
    ],
  ),
  // --- SAX with external entities ---
  ...pair(
    "CWE-611",
    "xml.sax parser with feature_external_ges switched on vs off, on the request body",
    "import xml.sax\nfrom xml.sax.handler import feature_external_ges, ContentHandler",
    (v) => [
      "parser = xml.sax.make_parser()",
      `parser.setFeature(feature_external_ges, ${v ? "True" : "False"})`,
      "handler = ContentHandler()",
      "parser.setContentHandler(handler)",
      "xml.sax.parseString(request.get_data(), handler)",
      "parser.parse(request.stream)",
      "return 'parsed'",
    ],
  ),
  // --- deserialisers ---
  ...pair(
    "CWE-502",
    "uploaded YAML with yaml.load(Loader=yaml.Loader) vs yaml.load(Loader=yaml.SafeLoader)",
    "import yaml",
    (v) => [
      "f = request.files['config']",
      `cfg = yaml.load(f.read(), Loader=yaml.${v ? "Loader" : "SafeLoader"})`,
      "return jsonify(keys=sorted(cfg))",
    ],
  ),
  ...pair(
    "CWE-502",
    "cookie state through jsonpickle.decode vs json.loads",
    "import jsonpickle, json",
    (v) => [
      "state = request.cookies.get('cart', '[]')",
      `items = ${v ? "jsonpickle.decode(state)" : "json.loads(state)"}`,
      "return jsonify(count=len(items))",
    ],
  ),
  // --- PyJWT ---
  ...pair(
    "CWE-347",
    "PyJWT decode with options verify_signature False vs the key and a pinned algorithm",
    "import jwt",
    (v) => [
      "token = request.headers.get('Authorization', '').removeprefix('Bearer ')",
      `claims = ${v ? "jwt.decode(token, options={'verify_signature': False})" : "jwt.decode(token, os.environ['JWT_KEY'], algorithms=['HS256'])"}`,
      "return jsonify(user=claims.get('sub'))",
    ],
  ),
  // --- Flask view_args / get_data ---
  ...pair(
    "CWE-78",
    "request.view_args value into a shell vs into an argument list",
    "import subprocess",
    (v) => [
      "svc = request.view_args.get('svc', '')",
      v
        ? "out = subprocess.check_output('systemctl status ' + svc, shell=True)"
        : "out = subprocess.check_output(['systemctl', 'status', '--', svc])",
      "return Response(out, mimetype='text/plain')",
    ],
  ),
  ...pair(
    "CWE-95",
    "request.get_data(as_text=True) passed to eval vs ast.literal_eval",
    "import ast",
    (v) => [
      "src = request.get_data(as_text=True)",
      `value = ${v ? "eval(src)" : "ast.literal_eval(src)"}`,
      "return jsonify(value=repr(value))",
    ],
  ),
];
