// Dev suite "py-web", batch 19 (see py-web.ts): written blind after a probe on public deliberately vulnerable
// Python web code (the idioms it missed, in new code), measured before any fix. Hand-written pairs about:
// membership tests on the request's own containers (`'k' in request.args` is no allow-list; `v in ALLOWED` is),
// http.server handlers (self.path, parse_qs, self.headers, rfile into sinks; wfile.write as the response),
// assert-based and raising validator helpers (what they check decides), responses that only wrap a redirect,
// an Authorization header checked for presence and then verified, Jinja templates written from the request,
// lxml XPath / XMLParser options, and HTML meta-refresh pages built from the request. Never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, abort, render_template, url_for\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch19", FLASK, "b19");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

/**
 * A pair whose "safe" twin relies on an assert alone. Python removes asserts under -O (PYTHONOPTIMIZE), so that
 * twin is vulnerable too (the project's label since batch 30 and batch 40: an assert is no sanitiser); both keep
 * their code, and the once-safe twin's note says why it is now labelled vulnerable.
 */
const assertOnly = (cases: DevCase[]): DevCase[] =>
  cases.map((c) =>
    c.vulnerable
      ? c
      : {
          ...c,
          vulnerable: true,
          note: c.note.replace(/\(safe\)$/, "(vulnerable: assert-only guard, gone under python -O)"),
        },
  );

/** A stdlib http.server module: the handler class body (4-space indented methods) and the imports above it. */
const handler = (imports: string, methods: string): string =>
  "from http.server import BaseHTTPRequestHandler, HTTPServer\n" +
  imports +
  "\n\n\nclass Handler(BaseHTTPRequestHandler):\n" +
  methods +
  "\n\nif __name__ == '__main__':\n    HTTPServer(('127.0.0.1', 8080), Handler).serve_forever()\n";

export const BATCH19: DevCase[] = [
  // --- membership tests on the request's containers (key present) vs on an allow-list (value allowed) ---
  ...pair(
    "CWE-78",
    "`'host' in request.args` then the arg into os.system vs the value checked against an allow-list",
    "",
    (v) =>
      v
        ? [
            "if 'host' in request.args:",
            "    os.system('ping -c 1 ' + request.args['host'])",
            "return 'sent'",
          ]
        : [
            "host = request.args.get('host', '')",
            "if host in KNOWN_HOSTS:",
            "    os.system('ping -c 1 ' + host)",
            "return 'sent'",
          ],
    () => "KNOWN_HOSTS = ('gw.local', 'db.local')\n",
  ),
  ...pair(
    "CWE-89",
    "form dict: key present then %-formatted into SQL vs the value in a tuple of sort keys",
    "import sqlite3",
    (v) => [
      "params = request.form.to_dict()",
      "db = sqlite3.connect('shop.db')",
      ...(v
        ? [
            "if 'name' in params:",
            "    rows = db.execute(\"SELECT id FROM items WHERE name = '%s'\" % params['name']).fetchall()",
            "    return jsonify(rows)",
          ]
        : [
            "if params.get('order') in ('price', 'name'):",
            "    rows = db.execute('SELECT id FROM items ORDER BY ' + params['order']).fetchall()",
            "    return jsonify(rows)",
          ]),
      "return jsonify([])",
    ],
  ),
  ...pair(
    "CWE-22",
    "JSON body: `'path' in data` then joined under the base vs the value a key of the file table",
    "",
    (v) => [
      "data = request.get_json(force=True)",
      ...(v
        ? [
            "if 'path' in data:",
            "    with open(os.path.join(BASE, data['path'])) as fh:",
            "        return fh.read()",
          ]
        : [
            "if data.get('path') in FILES:",
            "    with open(FILES[data['path']]) as fh:",
            "        return fh.read()",
          ]),
      "abort(404)",
    ],
    () => "BASE = '/srv/docs'\nFILES = {'terms': '/srv/docs/terms.txt', 'faq': '/srv/docs/faq.txt'}\n",
  ),
  ...pair(
    "CWE-918",
    "payload key present then fetched vs the URL one of the trusted feeds",
    "import requests",
    (v) => [
      "payload = request.get_json(silent=True) or {}",
      `if ${v ? "'feed' in payload" : "payload.get('feed') in TRUSTED_FEEDS"}:`,
      "    r = requests.get(payload['feed'], timeout=5)",
      "    return jsonify(size=len(r.content))",
      "return jsonify(size=0)",
    ],
    () => "TRUSTED_FEEDS = frozenset({'https://news.example.com/rss', 'https://blog.example.com/atom'})\n",
  ),
  ...pair(
    "CWE-601",
    "`'next' in request.args` then redirect to it vs the value one of the known pages",
    "",
    (v) => [
      `if ${v ? "'next' in request.args" : "request.args.get('next') in PAGES"}:`,
      "    return redirect(request.args['next'])",
      "return redirect(url_for('b19'))",
    ],
    () => "PAGES = ['/home', '/account', '/orders']\n",
  ),
  ...pair(
    "CWE-502",
    "cookie present then unpickled vs parsed as JSON",
    "import base64, pickle, json",
    (v) => [
      "if 'prefs' in request.cookies:",
      `    prefs = ${v ? "pickle.loads(base64.b64decode(request.cookies['prefs']))" : "json.loads(base64.b64decode(request.cookies['prefs']))"}`,
      "    return jsonify(theme=prefs.get('theme'))",
      "return jsonify(theme='light')",
    ],
  ),
  ...pair(
    "CWE-95",
    "`'expr' not in request.form` aborts, then eval of the field vs the field checked against the operator table",
    "",
    (v) => [
      `if ${v ? "'expr' not in request.form" : "request.form.get('expr') not in OPERATORS"}:`,
      "    abort(400)",
      "return str(eval('6 ' + request.form['expr'] + ' 3'))",
    ],
    () => "OPERATORS = {'+', '-', '*', '//'}\n",
  ),
  ...pair(
    "CWE-78",
    "parse_qs of the raw query string: key present vs first value in a set of commands",
    "import subprocess\nfrom urllib.parse import parse_qs",
    (v) => [
      "qs = parse_qs(request.query_string.decode())",
      `if ${v ? "'task' in qs" : "qs.get('task', [''])[0] in {'uptime', 'df -h'}"}:`,
      "    out = subprocess.run(qs['task'][0], shell=True, capture_output=True, text=True).stdout",
      "    return Response(out, mimetype='text/plain')",
      "return 'no task'",
    ],
  ),
  // --- stdlib http.server handlers ---
  ...whole(
    "CWE-78",
    "http.server do_GET: parse_qs(urlparse(self.path).query) into a shell vs shlex.quote",
    (v) =>
      handler(
        "import subprocess, shlex\nfrom urllib.parse import urlparse, parse_qs",
        "    def do_GET(self):\n" +
          "        query = parse_qs(urlparse(self.path).query)\n" +
          "        name = query.get('name', ['localhost'])[0]\n" +
          `        out = subprocess.check_output('host ' + ${v ? "name" : "shlex.quote(name)"}, shell=True)\n` +
          "        self.send_response(200)\n        self.end_headers()\n        self.wfile.write(out)\n",
      ),
  ),
  ...whole("CWE-79", "http.server do_GET: the query value written into HTML via wfile vs html.escape", (v) =>
    handler(
      "import html\nfrom urllib.parse import urlparse, parse_qs",
      "    def do_GET(self):\n" +
        "        who = parse_qs(urlparse(self.path).query).get('who', ['guest'])[0]\n" +
        `        page = '<html><body><h1>Hello ' + ${v ? "who" : "html.escape(who)"} + '</h1></body></html>'\n` +
        "        self.send_response(200)\n" +
        "        self.send_header('Content-Type', 'text/html; charset=utf-8')\n" +
        "        self.end_headers()\n" +
        "        self.wfile.write(page.encode('utf-8'))\n",
    ),
  ),
  ...whole("CWE-502", "http.server do_POST: the body read from rfile unpickled vs json.loads", (v) =>
    handler(
      "import json, pickle",
      "    def do_POST(self):\n" +
        "        length = int(self.headers.get('Content-Length', 0))\n" +
        "        raw = self.rfile.read(length)\n" +
        `        obj = ${v ? "pickle.loads(raw)" : "json.loads(raw)"}\n` +
        "        self.send_response(204)\n        self.end_headers()\n",
    ),
  ),
  ...whole("CWE-22", "http.server do_GET: self.path under the docroot vs reduced to its basename", (v) =>
    handler(
      "import os\nfrom urllib.parse import urlparse, unquote\nDOCROOT = '/var/www/static'",
      "    def do_GET(self):\n" +
        "        rel = unquote(urlparse(self.path).path).lstrip('/')\n" +
        `        target = os.path.join(DOCROOT, ${v ? "rel" : "os.path.basename(rel)"})\n` +
        "        try:\n" +
        "            with open(target, 'rb') as fh:\n" +
        "                body = fh.read()\n" +
        "        except OSError:\n" +
        "            self.send_error(404)\n" +
        "            return\n" +
        "        self.send_response(200)\n        self.end_headers()\n        self.wfile.write(body)\n",
    ),
  ),
  ...whole("CWE-89", "http.server do_GET: a request header concatenated into SQL vs a placeholder", (v) =>
    handler(
      "import sqlite3\nDB = sqlite3.connect('audit.db', check_same_thread=False)",
      "    def do_GET(self):\n" +
        "        user = self.headers.get('X-User', 'anon')\n" +
        (v
          ? '        rows = DB.execute("SELECT at, what FROM audit WHERE who = \'" + user + "\'").fetchall()\n'
          : "        rows = DB.execute('SELECT at, what FROM audit WHERE who = ?', (user,)).fetchall()\n") +
        "        self.send_response(200)\n        self.end_headers()\n        self.wfile.write(repr(rows).encode())\n",
    ),
  ),
  ...whole("CWE-601", "http.server do_GET: Location header from the query vs a fixed path by key", (v) =>
    handler(
      "from urllib.parse import urlparse, parse_qs\nROUTES = {'docs': '/docs/', 'home': '/'}",
      "    def do_GET(self):\n" +
        "        to = parse_qs(urlparse(self.path).query).get('to', ['home'])[0]\n" +
        "        self.send_response(302)\n" +
        `        self.send_header('Location', ${v ? "to" : "ROUTES.get(to, '/')"})\n` +
        "        self.end_headers()\n",
    ),
  ),
  // --- assert-based and raising validators ---
  ...assertOnly(
    pair("CWE-95", "`assert op in {...}` before eval vs `assert op` (non-empty only)", "", (v) => [
      "op = request.args.get('op', '+')",
      `assert op${v ? "" : " in {'+', '-', '*', '/'}"}`,
      "return str(eval(f'8 {op} 2'))",
    ]),
  ),
  ...pair(
    "CWE-78",
    "raising helper checks isdigit before the shell vs a helper that only bounds the length",
    "",
    () => [
      "pid = request.args.get('pid', '')",
      "require_pid(pid)",
      "os.system('kill -HUP ' + pid)",
      "return 'ok'",
    ],
    (v) =>
      "def require_pid(value):\n" +
      (v
        ? "    if len(value) > 12:\n        raise ValueError('too long')\n"
        : "    if not value.isdigit():\n        raise ValueError('pid must be numeric')\n"),
  ),
  ...assertOnly(
    pair(
      "CWE-89",
      "helper returns the sort column after asserting it is known vs after only logging an unknown one",
      "import sqlite3, logging",
      () => [
        "col = sort_column(request)",
        "rows = sqlite3.connect('crm.db').execute('SELECT id, name FROM contacts ORDER BY ' + col).fetchall()",
        "return jsonify(rows)",
      ],
      (v) =>
        "COLUMNS = {'id', 'name', 'created'}\n\n\ndef sort_column(req):\n    col = req.args.get('sort', 'id')\n" +
        (v
          ? "    if col not in COLUMNS:\n        logging.warning('unknown sort column %s', col)\n"
          : "    assert col in COLUMNS, 'unknown sort column'\n") +
        "    return col\n",
    ),
  ),
  ...assertOnly(
    pair(
      "CWE-78",
      "assert re.fullmatch of a slug before the shell vs assert re.match of one leading letter",
      "import re",
      (v) => [
        "name = request.form.get('name', '')",
        `assert ${v ? "re.match(r'[a-z]', name)" : "re.fullmatch(r'[a-z0-9_]{1,32}', name)"}`,
        "os.system('useradd ' + name)",
        "return 'created'",
      ],
    ),
  ),
  ...pair(
    "CWE-78",
    "inline `if not value.isalnum(): raise` vs `if not value: raise`",
    "import subprocess",
    (v) => [
      "branch = request.args.get('branch', '')",
      `if not branch${v ? "" : ".isalnum()"}:`,
      "    raise ValueError('bad branch')",
      "subprocess.call('git checkout ' + branch, shell=True)",
      "return 'switched'",
    ],
  ),
  ...assertOnly(
    pair(
      "CWE-95",
      "validator helper asserting isnumeric on each operand vs asserting only that it is a str",
      "",
      () => [
        "a = request.args.get('a', '0')",
        "b = request.args.get('b', '0')",
        "check_operand(a)",
        "check_operand(b)",
        "return str(eval(a + ' + ' + b))",
      ],
      (v) => `def check_operand(x):\n    assert ${v ? "isinstance(x, str)" : "x.isnumeric()"}\n`,
    ),
  ),
  // --- responses that only wrap a redirect; Authorization checked then verified ---
  ...pair(
    "CWE-79",
    "make_response of the request's message vs of a redirect to a named route (cookie set on it)",
    "",
    (v) => [
      "msg = request.args.get('msg', '')",
      `resp = make_response(${v ? "'<p>' + msg + '</p>'" : "redirect(request.referrer or url_for('b19'))"})`,
      "resp.set_cookie('seen', '1', secure=True, httponly=True, samesite='Lax')",
      "return resp",
    ],
  ),
  ...pair(
    "CWE-863",
    "admin action decided by a client header's value vs by the role claim of a verified JWT",
    "import jwt",
    (v) =>
      v
        ? [
            "if request.headers.get('X-Role') != 'admin':",
            "    abort(403)",
            "PURGE_QUEUE.append(request.args.get('id'))",
            "return 'queued'",
          ]
        : [
            "token = request.headers.get('Authorization')",
            "if not token:",
            "    abort(401)",
            "claims = jwt.decode(token.removeprefix('Bearer '), SIGNING_KEY, algorithms=['HS256'])",
            "if claims.get('role') != 'admin':",
            "    abort(403)",
            "PURGE_QUEUE.append(request.args.get('id'))",
            "return 'queued'",
          ],
    () => "SIGNING_KEY = os.environ['JWT_KEY']\nPURGE_QUEUE = []\n",
  ),
  // --- templates written from the request ---
  ...pair(
    "CWE-1336",
    "post body written into a Jinja file under the template folder then rendered vs stored as JSON and passed as a variable",
    "import json, uuid",
    (v) => [
      "body = request.form.get('body', '')",
      "slug = uuid.uuid4().hex",
      ...(v
        ? [
            "with open(os.path.join(app.template_folder, 'posts', slug + '.html'), 'w') as fh:",
            "    fh.write('{% extends \"base.html\" %}{% block content %}' + body + '{% endblock %}')",
            "return render_template('posts/' + slug + '.html')",
          ]
        : [
            "with open(os.path.join('/srv/posts', slug + '.json'), 'w') as fh:",
            "    json.dump({'body': body}, fh)",
            "return render_template('post.html', body=body)",
          ]),
    ],
  ),
  // --- lxml ---
  ...pair(
    "CWE-643",
    "lxml xpath() with the name %-formatted in vs passed as an XPath variable",
    "from lxml import etree",
    (v) => [
      "name = request.args.get('name', '')",
      "tree = etree.parse('users.xml')",
      `found = ${v ? "tree.xpath(\".//user[name/text()='%s']/email\" % name)" : "tree.xpath('.//user[name/text()=$n]/email', n=name)"}`,
      "return jsonify([e.text for e in found])",
    ],
  ),
  ...pair(
    "CWE-611",
    "lxml XMLParser(resolve_entities=True) on the request body vs resolve_entities=False, no_network=True",
    "from lxml import etree",
    (v) => [
      `parser = etree.XMLParser(${v ? "resolve_entities=True" : "resolve_entities=False, no_network=True"})`,
      "doc = etree.fromstring(request.get_data(), parser)",
      "return jsonify(root=doc.tag)",
    ],
  ),
  // --- HTML pages built by hand ---
  ...pair(
    "CWE-79",
    "meta-refresh page with the target URL interpolated vs html.escape'd and forced relative",
    "import html",
    (v) => [
      "target = request.args.get('to', '/')",
      ...(v
        ? []
        : [
            "if not target.startswith('/') or target.startswith('//'):",
            "    target = '/'",
            "target = html.escape(target)",
          ]),
      'page = \'<html><head><meta http-equiv="refresh" content="0; url=%s"></head></html>\' % target',
      "return Response(page, mimetype='text/html')",
    ],
  ),
];
