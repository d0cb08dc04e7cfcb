// Dev suite "py-web", batch 22 (see py-web.ts): written blind after a probe of data-flow shapes (the kinds of flow
// a taint engine's own integration tests exercise: containers, fields, class attributes, globals, properties),
// measured before any further fix. Request data that reaches the sink only through a SIDE EFFECT of a helper: a
// list filled by a helper's append/extend/insert, a dict filled by a helper's item assignment, update() or
// setdefault(), an object field set by a free function or a registry method, a class attribute set through `cls`
// in a classmethod, module-level dicts and lists written by a helper and read by the view, and @property getters
// that read the request themselves. Each safe twin keeps the same side effect but stores a sanitised or constant
// value (int(), shlex.quote(), html.escape(), secure_filename(), an allow-list lookup), or binds the value as a
// query parameter. Flask views, with Django and FastAPI modules. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, jsonify, Response, send_file, abort\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch22", FLASK, "b22");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

export const BATCH22: DevCase[] = [
  // --- CWE-78 ---
  ...pair(
    "CWE-78",
    "helper appends to the argv list the view joins into a shell line: the raw value vs shlex.quote()d",
    "import shlex\nimport subprocess",
    () => [
      "cmd = ['grep', '-n']",
      "add_arg(cmd, request.args.get('pattern', ''))",
      "add_arg(cmd, '/var/log/app.log')",
      "out = subprocess.run(' '.join(cmd), shell=True, capture_output=True, text=True)",
      "return Response(out.stdout, mimetype='text/plain')",
    ],
    (v) => `def add_arg(argv, value):\n    argv.append(${v ? "value" : "shlex.quote(value)"})\n`,
  ),
  ...pair(
    "CWE-78",
    "helper extends the option list from the form: the values as given vs each one checked against a fixed set",
    "import subprocess",
    () => [
      "opts = []",
      "collect(opts, request.form.getlist('flag'))",
      "subprocess.call('tar -czf /tmp/out.tgz ' + ' '.join(opts) + ' /srv/data', shell=True)",
      "return send_file('/tmp/out.tgz')",
    ],
    (v) =>
      "KNOWN = {'-v', '--exclude-vcs', '--sparse'}\n\n\n" +
      `def collect(target, flags):\n    target.extend(${v ? "flags" : "f for f in flags if f in KNOWN"})\n`,
  ),
  ...pair(
    "CWE-78",
    "free function sets a field on the job object: the host from the query vs a host picked from a table by it",
    "",
    () => [
      "job = Job()",
      "configure(job, request.args.get('host', 'a'))",
      "rc = os.system('ping -c 1 ' + job.host)",
      "return jsonify(rc=rc)",
    ],
    (v) =>
      "HOSTS = {'a': '10.0.0.1', 'b': '10.0.0.2'}\n\n\n" +
      "class Job:\n    def __init__(self):\n        self.host = '127.0.0.1'\n\n\n" +
      `def configure(job, key):\n    job.host = ${v ? "key" : "HOSTS.get(key, '127.0.0.1')"}\n`,
  ),
  ...pair(
    "CWE-78",
    "classmethod stores the tool on the class (cls.tool): the name as given vs looked up in an allow-list",
    "import subprocess",
    () => [
      "Toolbox.use(request.args.get('tool', 'git'))",
      "return subprocess.check_output(Toolbox.tool + ' --version', shell=True)",
    ],
    (v) =>
      "TOOLS = {'git': 'git', 'hg': 'hg', 'svn': 'svn'}\n\n\n" +
      "class Toolbox:\n    tool = 'git'\n\n    @classmethod\n    def use(cls, name):\n" +
      `        cls.tool = ${v ? "name" : "TOOLS.get(name, 'git')"}\n`,
  ),
  ...pair(
    "CWE-78",
    "module-level settings dict updated by a helper and read by the view: the value vs int() of it",
    "",
    () => [
      "remember(request.args.get('count', '1'))",
      "os.system('ping -c ' + str(SETTINGS['count']) + ' 127.0.0.1')",
      "return 'ok'",
    ],
    (v) =>
      "SETTINGS = {'count': 1}\n\n\n" +
      `def remember(count):\n    SETTINGS.update({'count': ${v ? "count" : "int(count)"}})\n`,
  ),
  ...pair(
    "CWE-78",
    "registry method files the command under a name and the view runs registry.items[name]: raw vs quoted",
    "import shlex",
    () => [
      "reg = Registry()",
      "reg.register('job', 'echo ' + request.args.get('msg', ''))",
      "os.system(reg.items['job'])",
      "return 'queued'",
    ],
    (v) =>
      "class Registry:\n    def __init__(self):\n        self.items = {}\n\n" +
      `    def register(self, name, line):\n        self.items[name] = ${v ? "line" : "' '.join(shlex.quote(p) for p in line.split())"}\n`,
  ),
  ...whole(
    "CWE-78",
    "FastAPI: a helper inserts the query value at the front of the module's work queue, the endpoint pops and runs it, raw vs quoted",
    (v) =>
      "import shlex\nimport subprocess\n\nfrom fastapi import FastAPI\n\napp = FastAPI()\nQUEUE = []\n\n\n" +
      `def enqueue(path):\n    QUEUE.insert(0, ${v ? "'du -sh ' + path" : "'du -sh ' + shlex.quote(path)"})\n\n\n` +
      "@app.get('/size')\ndef size(path: str):\n    enqueue(path)\n" +
      "    line = QUEUE.pop(0)\n    return {'out': subprocess.getoutput(line)}\n",
  ),
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "helper puts the filter into a dict by key and the view inlines filters['name']: the text vs int() of an id",
    "import sqlite3",
    (v) => [
      "filters = {}",
      `set_filter(filters, 'name', request.args.get('${v ? "name" : "id"}', ''))`,
      'sql = "SELECT * FROM users WHERE ' +
        (v ? "name = '\" + filters['name'] + \"'\"" : "id = \" + str(filters['name'])"),
      "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
    (v) => `def set_filter(f, key, value):\n    f[key] = ${v ? "value" : "int(value or 0)"}\n`,
  ),
  ...pair(
    "CWE-89",
    "module-level list of recent terms appended by a helper, the view queries the last one: inlined vs bound",
    "import sqlite3",
    (v) => [
      "note_term(request.args.get('q', ''))",
      "db = sqlite3.connect('app.db')",
      v
        ? 'rows = db.execute("SELECT title FROM docs WHERE title LIKE \'%" + RECENT[-1] + "%\'").fetchall()'
        : "rows = db.execute('SELECT title FROM docs WHERE title LIKE ?', ('%' + RECENT[-1] + '%',)).fetchall()",
      "return jsonify(rows)",
    ],
    () => "RECENT = []\n\n\ndef note_term(term):\n    RECENT.append(term)\n    del RECENT[:-10]\n",
  ),
  ...pair(
    "CWE-89",
    "setdefault() in a helper fills the sort column: the query's column vs one checked against the allowed set",
    "import sqlite3",
    () => [
      "opts = {}",
      "defaults(opts, request.args)",
      "sql = 'SELECT id, name FROM items ORDER BY ' + opts['sort']",
      "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
    (v) =>
      "SORTABLE = ('id', 'name', 'created')\n\n\n" +
      "def defaults(opts, args):\n" +
      (v
        ? "    opts.setdefault('sort', args.get('sort', 'id'))\n"
        : "    col = args.get('sort', 'id')\n    opts.setdefault('sort', col if col in SORTABLE else 'id')\n"),
  ),
  ...pair(
    "CWE-89",
    "repository object's add_condition() appends to self.where and build() joins it: the value inlined vs a placeholder",
    "import sqlite3",
    () => [
      "repo = Repo('orders')",
      "repo.add_condition('status', request.args.get('status', 'open'))",
      "sql, params = repo.build()",
      "return jsonify(sqlite3.connect('app.db').execute(sql, params).fetchall())",
    ],
    (v) =>
      "class Repo:\n    def __init__(self, table):\n        self.table = table\n        self.where = []\n        self.params = []\n\n" +
      "    def add_condition(self, col, value):\n" +
      (v
        ? "        self.where.append(f\"{col} = '{value}'\")\n"
        : '        self.where.append(f"{col} = ?")\n        self.params.append(value)\n') +
      "\n    def build(self):\n        return 'SELECT * FROM ' + self.table + ' WHERE ' + ' AND '.join(self.where), self.params\n",
  ),
  ...whole(
    "CWE-89",
    "Django: a helper fills the context dict from request.GET and raw() inlines ctx['city'] vs passes it as params",
    (v) =>
      "from django.db import connection\nfrom django.http import JsonResponse\n\n\n" +
      "def fill(ctx, params):\n    ctx['city'] = params.get('city', '')\n\n\n" +
      "def by_city(request):\n    ctx = {}\n    fill(ctx, request.GET)\n    with connection.cursor() as cur:\n" +
      (v
        ? "        cur.execute(\"SELECT name FROM shops WHERE city = '%s'\" % ctx['city'])\n"
        : '        cur.execute("SELECT name FROM shops WHERE city = %s", [ctx["city"]])\n') +
      "        return JsonResponse({'shops': cur.fetchall()})\n",
  ),
  // --- CWE-22 ---
  ...pair(
    "CWE-22",
    "helper records the upload name in a module-level dict and the view opens CACHE['file']: as given vs secure_filename()",
    "from werkzeug.utils import secure_filename",
    () => [
      "remember(request.args.get('file', 'readme.txt'))",
      "with open(os.path.join('/srv/files', CACHE['file'])) as fh:",
      "    return Response(fh.read(), mimetype='text/plain')",
    ],
    (v) =>
      "CACHE = {'file': 'readme.txt'}\n\n\n" +
      `def remember(name):\n    CACHE.update({'file': ${v ? "name" : "secure_filename(name)"}})\n`,
  ),
  ...pair(
    "CWE-22",
    "free function sets doc.path on an object the view then sends: the joined name vs its basename",
    "",
    () => [
      "doc = Document()",
      "locate(doc, request.args.get('name', 'index.html'))",
      "return send_file(doc.path)",
    ],
    (v) =>
      "class Document:\n    def __init__(self):\n        self.path = '/srv/docs/index.html'\n\n\n" +
      `def locate(doc, name):\n    doc.path = os.path.join('/srv/docs', ${v ? "name" : "os.path.basename(name)"})\n`,
  ),
  ...pair(
    "CWE-22",
    "@property reads the request itself: the requested report name vs one from a fixed table",
    "",
    () => ["rep = ReportRequest(request)", "return send_file(rep.path)"],
    (v) =>
      "REPORTS = {'daily': 'daily.csv', 'weekly': 'weekly.csv'}\n\n\n" +
      "class ReportRequest:\n    def __init__(self, req):\n        self._req = req\n\n    @property\n    def path(self):\n" +
      (v
        ? "        return '/srv/reports/' + self._req.args.get('r', 'daily.csv')\n"
        : "        return '/srv/reports/' + REPORTS.get(self._req.args.get('r', ''), 'daily.csv')\n"),
  ),
  ...pair(
    "CWE-22",
    "helper appends the parts a path is joined from: the user's part vs a digit-only id",
    "",
    () => [
      "parts = ['/srv/avatars']",
      "push_part(parts, request.args.get('user', '0'))",
      "return send_file(os.path.join(*parts) + '.png')",
    ],
    (v) =>
      `def push_part(parts, user):\n${v ? "" : "    if not user.isdigit():\n        abort(400)\n"}    parts.append(user)\n`,
  ),
  // --- CWE-918 ---
  ...pair(
    "CWE-918",
    "free function points the client at a base URL: the URL from the query vs a base picked from a table by it",
    "import requests",
    () => [
      "client = Client()",
      "point_at(client, request.args.get('svc', 'users'))",
      "return requests.get(client.base + '/health', timeout=5).text",
    ],
    (v) =>
      "SERVICES = {'users': 'http://users.internal', 'billing': 'http://billing.internal'}\n\n\n" +
      "class Client:\n    def __init__(self):\n        self.base = 'http://users.internal'\n\n\n" +
      `def point_at(client, svc):\n    client.base = ${v ? "svc" : "SERVICES.get(svc, 'http://users.internal')"}\n`,
  ),
  ...pair(
    "CWE-918",
    "class attribute set through cls in a classmethod, read as Webhook.target: the posted URL vs a fixed one",
    "import requests",
    (v) => [
      `Webhook.configure(${v ? "request.form.get('url', '')" : "'https://hooks.example.com/in'"})`,
      "r = requests.post(Webhook.target, json={'event': request.form.get('event', 'ping')}, timeout=5)",
      "return jsonify(status=r.status_code)",
    ],
    () =>
      "class Webhook:\n    target = 'https://hooks.example.com/in'\n\n    @classmethod\n    def configure(cls, url):\n        cls.target = url\n",
  ),
  ...pair(
    "CWE-918",
    "helper update()s a module-level endpoints dict from the JSON body; the view fetches ENDPOINTS['feed']: raw vs only if on the allowed host",
    "import requests\nfrom urllib.parse import urlparse",
    () => [
      "register((request.get_json(silent=True) or {}).get('feed', ''))",
      "return requests.get(ENDPOINTS['feed'], timeout=5).text",
    ],
    (v) =>
      "ENDPOINTS = {'feed': 'https://feeds.example.com/main'}\n\n\n" +
      "def register(url):\n" +
      (v
        ? "    ENDPOINTS.update(feed=url)\n"
        : "    if urlparse(url).hostname == 'feeds.example.com':\n        ENDPOINTS.update(feed='https://feeds.example.com' + urlparse(url).path)\n"),
  ),
  ...whole(
    "CWE-918",
    "FastAPI: a dependency class's @property builds the URL from the query value: as given vs from a fixed table",
    (v) =>
      "import httpx\nfrom fastapi import Depends, FastAPI\n\napp = FastAPI()\nMIRRORS = {'eu': 'https://eu.example.com', 'us': 'https://us.example.com'}\n\n\n" +
      "class Target:\n    def __init__(self, mirror: str = 'eu'):\n        self.mirror = mirror\n\n    @property\n    def url(self):\n" +
      (v
        ? "        return self.mirror + '/status'\n"
        : "        return MIRRORS.get(self.mirror, MIRRORS['eu']) + '/status'\n") +
      "\n\n@app.get('/status')\nasync def status(t: Target = Depends()):\n" +
      "    async with httpx.AsyncClient() as c:\n        r = await c.get(t.url)\n    return {'code': r.status_code}\n",
  ),
  // --- CWE-79 ---
  ...pair(
    "CWE-79",
    "@property reads the request's title and the view writes it into HTML: raw vs html.escape()d",
    "import html",
    () => ["page = Page(request)", "return '<html><h1>' + page.title + '</h1></html>'"],
    (v) =>
      "class Page:\n    def __init__(self, req):\n        self._req = req\n\n    @property\n    def title(self):\n" +
      `        return ${v ? "self._req.args.get('t', 'Home')" : "html.escape(self._req.args.get('t', 'Home'))"}\n`,
  ),
  ...pair(
    "CWE-79",
    "helper appends <li> rows to the list the view joins: the item raw vs escaped",
    "from markupsafe import escape",
    () => [
      "rows = []",
      "for item in request.args.getlist('item'):",
      "    add_row(rows, item)",
      "return Response('<ul>' + ''.join(rows) + '</ul>', mimetype='text/html')",
    ],
    (v) =>
      `def add_row(rows, item):\n    rows.append('<li>' + ${v ? "item" : "str(escape(item))"} + '</li>')\n`,
  ),
  ...whole(
    "CWE-79",
    "Django: a helper sets ctx['bio'] from request.POST and the view returns it in an HttpResponse: raw vs escape()d",
    (v) =>
      "from django.http import HttpResponse\nfrom django.utils.html import escape\n\n\n" +
      `def load(ctx, post):\n    ctx['bio'] = ${v ? "post.get('bio', '')" : "escape(post.get('bio', ''))"}\n\n\n` +
      "def preview(request):\n    ctx = {'bio': ''}\n    load(ctx, request.POST)\n" +
      "    return HttpResponse('<div class=\"bio\">' + ctx['bio'] + '</div>')\n",
  ),
  // --- CWE-601 ---
  ...pair(
    "CWE-601",
    "free function stores the next URL on a state object the view redirects to: as given vs only a local path",
    "",
    () => ["st = FlowState()", "set_next(st, request.args.get('next', '/'))", "return redirect(st.next_url)"],
    (v) =>
      "class FlowState:\n    def __init__(self):\n        self.next_url = '/'\n\n\n" +
      "def set_next(state, url):\n" +
      (v
        ? "    state.next_url = url\n"
        : "    if url.startswith('/') and not url.startswith('//') and '\\\\' not in url:\n        state.next_url = url\n"),
  ),
  ...pair(
    "CWE-601",
    "module-level dict written by a helper and read for the redirect: the query's URL vs a named page from a table",
    "",
    () => ["remember_return(request.args.get('to', 'home'))", "return redirect(RETURN['to'])"],
    (v) =>
      "PAGES = {'home': '/', 'cart': '/cart', 'account': '/account'}\nRETURN = {'to': '/'}\n\n\n" +
      `def remember_return(to):\n    RETURN['to'] = ${v ? "to" : "PAGES.get(to, '/')"}\n`,
  ),
  // --- CWE-94 / CWE-95 ---
  ...pair(
    "CWE-95",
    "helper appends the expression to a list of terms the view eval()s: the text vs float() of it",
    "",
    () => [
      "terms = []",
      "add_term(terms, request.args.get('x', '0'))",
      "return str(eval(' + '.join(terms)))",
    ],
    (v) => `def add_term(terms, x):\n    terms.append(${v ? "x" : "repr(float(x))"})\n`,
  ),
  ...pair(
    "CWE-94",
    "classmethod sets cls.formula and a later call evaluates it: the form's text vs a formula chosen from a table",
    "",
    () => [
      "Pricing.choose(request.form.get('formula', 'flat'))",
      "return str(Pricing.price(float(request.form.get('qty', '1'))))",
    ],
    (v) =>
      "FORMULAS = {'flat': 'qty * 10', 'bulk': 'qty * 8'}\n\n\n" +
      "class Pricing:\n    formula = 'qty * 10'\n\n    @classmethod\n    def choose(cls, name):\n" +
      `        cls.formula = ${v ? "name" : "FORMULAS.get(name, 'qty * 10')"}\n\n` +
      "    @classmethod\n    def price(cls, qty):\n        return eval(cls.formula, {'qty': qty})\n",
  ),
];
