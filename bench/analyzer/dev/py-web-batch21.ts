// Dev suite "py-web", batch 21 (see py-web.ts): written blind, measured before any further fix. Object and scope
// idioms that carry request data into a field or a binding the view reads later: a field set through
// super().__init__, `nonlocal` writes, classmethod factories (cls(...)), __getitem__ / __call__ on a user class,
// @property getters, a subclass method reading a base class field, an attribute set in one method and read in
// another (also a Django class-based view's dispatch), dataclass and NamedTuple fields, functools.wraps decorators
// that pass an argument to the view, closures returned from factories, generators (`yield`) feeding a sink, and
// `global` module state written by one view and read by another. Each safe twin runs the same idiom with a constant
// or a sanitised value. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, send_file, abort\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch21", FLASK, "b21");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

export const BATCH21: DevCase[] = [
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "field set by super().__init__: the term inlined vs bound as a parameter next to the base's table",
    "import sqlite3",
    (v) => [
      "q = UserQuery(request.args.get('name', ''))",
      "db = sqlite3.connect('app.db')",
      v
        ? 'rows = db.execute("SELECT id FROM " + q.table + " WHERE name = \'" + q.term + "\'").fetchall()'
        : 'rows = db.execute("SELECT id FROM " + q.table + " WHERE name = ?", (q.term,)).fetchall()',
      "return jsonify(rows)",
    ],
    () =>
      "class BaseQuery:\n    def __init__(self, table, term):\n        self.table = table\n        self.term = term\n\n\n" +
      "class UserQuery(BaseQuery):\n    def __init__(self, term):\n        super().__init__('users', term)\n",
  ),
  ...pair(
    "CWE-89",
    "dataclass fields: the value field inlined vs the column field inlined and the value bound",
    "import sqlite3",
    (v) => [
      "lk = Lookup(column='email', value=request.args.get('v', ''))",
      v
        ? "sql = f\"SELECT id FROM users WHERE {lk.column} = '{lk.value}'\""
        : 'sql = f"SELECT id FROM users WHERE {lk.column} = ?"',
      `return jsonify(sqlite3.connect('app.db').execute(sql${v ? "" : ", (lk.value,)"}).fetchall())`,
    ],
    () =>
      "from dataclasses import dataclass\n\n\n@dataclass\nclass Lookup:\n    column: str\n    value: str\n",
  ),
  ...pair(
    "CWE-89",
    "generator yields WHERE clauses: with the values inlined vs with ? placeholders",
    "import sqlite3",
    (v) => [
      "where = ' AND '.join(clauses(request.args)) or '1=1'",
      "params = [request.args[k] for k in ('name', 'city') if k in request.args]",
      `sql = 'SELECT * FROM people WHERE ' + where`,
      `return jsonify(sqlite3.connect('app.db').execute(sql${v ? "" : ", params"}).fetchall())`,
    ],
    (v) =>
      "def clauses(args):\n    for key in ('name', 'city'):\n        if key in args:\n" +
      `            yield ${v ? "f\"{key} = '{args[key]}'\"" : 'f"{key} = ?"'}\n`,
  ),
  ...pair(
    "CWE-89",
    "nested helper appends to the WHERE via nonlocal: the value inlined vs a placeholder and a bound parameter",
    "import sqlite3",
    (v) => [
      "where = '1=1'",
      "params = []",
      "",
      "def add(col):",
      "    nonlocal where",
      "    val = request.args.get(col)",
      "    if val:",
      ...(v
        ? ["        where += f\" AND {col} = '{val}'\""]
        : ['        where += f" AND {col} = ?"', "        params.append(val)"]),
      "",
      "for col in ('name', 'city'):",
      "    add(col)",
      "return jsonify(sqlite3.connect('app.db').execute('SELECT * FROM people WHERE ' + where, params).fetchall())",
    ],
  ),
  // --- CWE-78 ---
  ...pair(
    "CWE-78",
    "nonlocal write in a nested function: the host from the query vs a constant picked by it",
    "",
    (v) => [
      "target = 'localhost'",
      "",
      "def pick():",
      "    nonlocal target",
      `    target = ${v ? "request.args.get('host', 'localhost')" : "'example.org' if request.args.get('ext') else 'localhost'"}`,
      "",
      "pick()",
      "os.system('ping -c 1 ' + target)",
      "return 'ok'",
    ],
  ),
  ...pair(
    "CWE-78",
    "attribute set in configure() and read in run(): the host vs shlex.quote(host)",
    "import shlex\nimport subprocess",
    () => ["p = Pinger()", "p.configure(request.args.get('h', ''))", "return p.run()"],
    (v) =>
      "class Pinger:\n    def __init__(self):\n        self.host = '127.0.0.1'\n\n" +
      `    def configure(self, host):\n        self.host = ${v ? "host" : "shlex.quote(host)"}\n\n` +
      "    def run(self):\n        return subprocess.check_output('ping -c 1 ' + self.host, shell=True)\n",
  ),
  ...pair(
    "CWE-78",
    "closure returned from a factory captures the folder: raw vs shlex.quote()d",
    "import shlex\nimport subprocess",
    (v) => [
      `lister = make_lister(${v ? "request.args.get('d', '.')" : "shlex.quote(request.args.get('d', '.'))"})`,
      "return lister()",
    ],
    () =>
      "def make_lister(folder):\n    def run():\n        return subprocess.check_output('ls -l ' + folder, shell=True)\n\n    return run\n",
  ),
  ...pair(
    "CWE-78",
    "__call__ on a user class runs grep with the pattern: raw vs shlex.quote()d",
    "import shlex\nimport subprocess",
    (v) => ["pat = request.args.get('p', '')", `return Grep('/srv/logs')(${v ? "pat" : "shlex.quote(pat)"})`],
    () =>
      "class Grep:\n    def __init__(self, folder):\n        self.folder = folder\n\n" +
      "    def __call__(self, pattern):\n" +
      "        return subprocess.run('grep -rn ' + pattern + ' ' + self.folder, shell=True, capture_output=True).stdout\n",
  ),
  // --- CWE-22 ---
  ...pair(
    "CWE-22",
    "classmethod factory cls(...) keeps the file name: raw vs secure_filename()",
    "from werkzeug.utils import secure_filename",
    () => ["up = Upload.from_request(request)", "return send_file(os.path.join('/srv/uploads', up.name))"],
    (v) =>
      "class Upload:\n    def __init__(self, name):\n        self.name = name\n\n" +
      "    @classmethod\n    def from_request(cls, req):\n" +
      `        return cls(${v ? "req.args.get('file', '')" : "secure_filename(req.args.get('file', ''))"})\n`,
  ),
  ...pair(
    "CWE-22",
    "NamedTuple built positionally: the name field opened vs the folder field with a fixed file",
    "from typing import NamedTuple",
    (v) => [
      "t = Target('/srv/reports', request.args.get('r', ''))",
      "app.logger.info('report %s', t.name)",
      `with open(os.path.join(t.folder, ${v ? "t.name" : "'latest.txt'"})) as fh:`,
      "    return fh.read()",
    ],
    () => "class Target(NamedTuple):\n    folder: str\n    name: str\n",
  ),
  ...pair(
    "CWE-22",
    "subclass passes the name to super().__init__ and a base field is read: raw vs secure_filename()",
    "from werkzeug.utils import secure_filename",
    () => ["return Doc(request.args.get('doc', '')).read()"],
    (v) =>
      "class Stored:\n    def __init__(self, name):\n        self.name = name\n\n\n" +
      "class Doc(Stored):\n    def __init__(self, name):\n" +
      `        super().__init__(${v ? "name" : "secure_filename(name)"})\n\n` +
      "    def read(self):\n        with open(os.path.join('/srv/docs', self.name)) as fh:\n            return fh.read()\n",
  ),
  // --- CWE-79 ---
  ...pair(
    "CWE-79",
    "__getitem__ on a wrapper of request.args: returns the raw value vs html.escape()d",
    "import html",
    () => ["p = Params(request.args)", "return '<h2>Hello ' + p['name'] + '</h2>'"],
    (v) =>
      "class Params:\n    def __init__(self, src):\n        self._src = src\n\n" +
      `    def __getitem__(self, key):\n        return ${v ? "self._src.get(key, '')" : "html.escape(self._src.get(key, ''))"}\n`,
  ),
  ...whole(
    "CWE-79",
    "functools.wraps decorator passes the name to the view: raw vs html.escape()d",
    (v) =>
      "import functools\nimport html\n\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n" +
      "def with_name(fn):\n    @functools.wraps(fn)\n    def inner(*args, **kwargs):\n" +
      `        name = ${v ? "request.args.get('name', 'guest')" : "html.escape(request.args.get('name', 'guest'))"}\n` +
      "        return fn(name, *args, **kwargs)\n\n    return inner\n\n\n" +
      "@app.route('/hi')\n@with_name\ndef hi(name):\n    return '<h1>Hi ' + name + '</h1>'\n",
  ),
  ...pair(
    "CWE-79",
    "generator yields list items: the raw tag vs html.escape()d",
    "import html",
    () => ["return '<ul>' + ''.join(items_html(request.args.getlist('i'))) + '</ul>'"],
    (v) =>
      `def items_html(items):\n    for it in items:\n        yield '<li>' + ${v ? "it" : "html.escape(it)"} + '</li>'\n`,
  ),
  ...whole(
    "CWE-79",
    "Django class-based view: dispatch() stores the query on self and get() renders it, raw vs escape()d",
    (v) =>
      "from django.http import HttpResponse\nfrom django.utils.html import escape\nfrom django.views import View\n\n\n" +
      "class SearchView(View):\n    def dispatch(self, request, *args, **kwargs):\n" +
      `        self.query = ${v ? "request.GET.get('q', '')" : "escape(request.GET.get('q', ''))"}\n` +
      "        return super().dispatch(request, *args, **kwargs)\n\n" +
      "    def get(self, request):\n        return HttpResponse('<p>Results for ' + self.query + '</p>')\n",
  ),
  // --- CWE-94 ---
  ...pair(
    "CWE-94",
    "__call__ evaluates its argument: eval() vs ast.literal_eval()",
    "import ast",
    () => ["calc = Calculator()", "return str(calc(request.args.get('e', '0')))"],
    (v) =>
      `class Calculator:\n    def __call__(self, expr):\n        return ${v ? "eval(expr)" : "ast.literal_eval(expr)"}\n`,
  ),
  ...pair(
    "CWE-94",
    "classmethod factory keeps the rule expression: the form's text vs a constant chosen by its key",
    "",
    () => ["rule = Rule.from_form(request.form)", "return str(rule.check(int(request.form.get('n', '0'))))"],
    (v) =>
      "RULES = {'positive': 'value > 0', 'even': 'value % 2 == 0'}\n\n\n" +
      "class Rule:\n    def __init__(self, expr):\n        self.expr = expr\n\n" +
      "    @classmethod\n    def from_form(cls, form):\n" +
      `        return cls(${v ? "form.get('rule', 'True')" : "RULES.get(form.get('rule', ''), 'value > 0')"})\n\n` +
      "    def check(self, value):\n        return eval(self.expr, {'value': value})\n",
  ),
  // --- CWE-601 ---
  ...pair(
    "CWE-601",
    "@property returns the stored next: as given vs only when in an allow-list",
    "",
    () => ["return redirect(NextPage(request).url)"],
    (v) =>
      "ALLOWED = {'/', '/account', '/orders'}\n\n\n" +
      "class NextPage:\n    def __init__(self, req):\n        self._raw = req.args.get('next', '/')\n\n" +
      `    @property\n    def url(self):\n        return ${v ? "self._raw" : "self._raw if self._raw in ALLOWED else '/'"}\n`,
  ),
  ...whole(
    "CWE-601",
    "`global` written by one view and redirected to by another: the input vs a constant it selects",
    (v) =>
      "from flask import Flask, request, redirect\n\napp = Flask(__name__)\nRETURN_TO = '/'\n\n\n" +
      "@app.route('/start')\ndef start():\n    global RETURN_TO\n" +
      `    RETURN_TO = ${v ? "request.args.get('next', '/')" : "'/admin' if request.args.get('admin') else '/'"}\n` +
      "    return 'ok'\n\n\n@app.route('/done')\ndef done():\n    return redirect(RETURN_TO)\n",
  ),
  // --- CWE-918 ---
  ...pair(
    "CWE-918",
    "subclass method fetches from the base class's field: the base from the query vs a constant with the input as a param",
    "import requests",
    (v) => [
      "region = request.args.get('region', 'eu')",
      `c = StatusClient(${v ? "request.args.get('api', '')" : "'https://status.example.com'"})`,
      "return c.status(region)",
    ],
    () =>
      "class ApiClient:\n    def __init__(self, base):\n        self.base = base\n\n\n" +
      "class StatusClient(ApiClient):\n    def status(self, region):\n" +
      "        return requests.get(self.base + '/status', params={'region': region}, timeout=5).text\n",
  ),
  ...pair(
    "CWE-918",
    "dataclass with a default url: url taken from the JSON vs left at its default",
    "import requests",
    (v) => [
      "data = request.get_json(silent=True) or {}",
      `hook = Webhook(name=data.get('name', '')${v ? ", url=data.get('url', '')" : ""})`,
      "requests.post(hook.url, json={'name': hook.name}, timeout=5)",
      "return 'sent'",
    ],
    () =>
      "from dataclasses import dataclass\n\n\n@dataclass\nclass Webhook:\n    name: str\n    url: str = 'https://hooks.example.com/default'\n",
  ),
  ...pair(
    "CWE-918",
    "closure from a factory captures the base URL: the query's host vs a constant",
    "import requests",
    (v) => [
      `get = fetcher(${v ? "request.args.get('host', '')" : "'https://api.example.com'"})`,
      "return get('/health')",
    ],
    () =>
      "def fetcher(base):\n    def go(path):\n        return requests.get(base + path, timeout=5).text\n\n    return go\n",
  ),
];
