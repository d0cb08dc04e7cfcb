// Dev suite "py-web", batch 23 (see py-web.ts): written blind after the batch 22 fixes, measured before any
// further fix; the second batch from the data-flow-shapes probe. Precision of the flow: request data held in ONE
// slot of a structure while the sink reads ANOTHER - a dict's keys vs its values, one position of a tuple in
// values(), a lambda or a function argument that drops its input, one constructor field vs another, which
// argument a subclass passes to super().__init__, which setter of a builder chain, which attribute a method
// mutates, a NamedTuple or dataclass field, which parameter of a decorated function, a keyword argument the
// callee never uses, one index of *args, which subclass's override runs, one element of a returned tuple, dict or
// list, one side of a zip, an enumerate counter, a header vs a URL, a pydantic int field. The vulnerable twin
// reads the slot that holds the request data. Flask views, with Django and FastAPI modules. Never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, jsonify, Response, send_file, abort\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch23", FLASK, "b23");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

export const BATCH23: DevCase[] = [
  // --- CWE-78 ---
  ...pair(
    "CWE-78",
    "items() of a dict whose values come from the query: the loop echoes the value vs the constant key",
    "",
    (v) => [
      "opts = {'name': request.args.get('name', ''), 'color': request.args.get('color', '')}",
      "for key, val in opts.items():",
      `    os.system('echo option ' + ${v ? "val" : "key"})`,
      "return 'ok'",
    ],
  ),
  ...pair(
    "CWE-78",
    "list literal [query value, 'status']: the git subcommand taken from index 0 vs index 1",
    "import subprocess",
    (v) => [
      "parts = [request.args.get('ref', 'HEAD'), 'status']",
      `out = subprocess.check_output('git ' + parts[${v ? "0" : "1"}], shell=True)`,
      "return Response(out, mimetype='text/plain')",
    ],
  ),
  ...pair(
    "CWE-78",
    "instance method stores the label on self.label, run() uses self.cmd: set_cmd() from the query vs set_label()",
    "import subprocess",
    (v) => [
      "job = Job()",
      `job.${v ? "set_cmd" : "set_label"}(request.args.get('x', ''))`,
      "return Response(job.run(), mimetype='text/plain')",
    ],
    () =>
      "class Job:\n    def __init__(self):\n        self.cmd = 'uptime'\n        self.label = 'default'\n\n" +
      "    def set_cmd(self, cmd):\n        self.cmd = cmd\n\n    def set_label(self, label):\n        self.label = label\n\n" +
      "    def run(self):\n        return subprocess.check_output(self.cmd, shell=True)\n",
  ),
  ...pair(
    "CWE-78",
    "decorated function archive(label, path): the query value passed as the path vs as the label only",
    "import functools\nimport subprocess",
    (v) => [
      v
        ? "archive('nightly', request.args.get('path', '/srv/data'))"
        : "archive(request.args.get('label', 'nightly'), '/srv/data')",
      "return 'started'",
    ],
    () =>
      "def logged(fn):\n    @functools.wraps(fn)\n    def inner(*args, **kwargs):\n        app.logger.info('running %s', fn.__name__)\n        return fn(*args, **kwargs)\n\n    return inner\n\n\n" +
      "@logged\ndef archive(label, path):\n    app.logger.info('archive %s', label)\n    return subprocess.call('tar czf /tmp/backup.tgz ' + path, shell=True)\n",
  ),
  ...pair(
    "CWE-78",
    "*parts helper runs parts[0]: the query value first vs second",
    "",
    (v) => [
      v
        ? "rc = run_tool(request.args.get('tool', 'uptime'), '/srv')"
        : "rc = run_tool('uptime', request.args.get('dir', '/srv'))",
      "return jsonify(rc=rc)",
    ],
    () => "def run_tool(*parts):\n    return os.system(parts[0])\n",
  ),
  ...pair(
    "CWE-78",
    "helper line(tool, arg, note) formats only tool and arg: the query value as arg vs as the unused note",
    "import subprocess",
    (v) => [
      v
        ? "cmd = line('echo', request.args.get('msg', ''), 'n/a')"
        : "cmd = line('uptime', '', request.args.get('note', ''))",
      "return subprocess.getoutput(cmd)",
    ],
    () => 'def line(tool, arg, note):\n    return f"{tool} {arg}"\n',
  ),
  ...pair(
    "CWE-78",
    "enumerate over the query's hosts: the command uses the host vs only the counter",
    "",
    (v) => [
      "for i, host in enumerate(request.args.getlist('h')):",
      `    os.system(${v ? "'ping -c 1 ' + host" : "'ping -c 1 10.0.0.%d' % (i + 1)"})`,
      "return 'ok'",
    ],
  ),
  ...whole(
    "CWE-78",
    "FastAPI: a dataclass built from the query keeps name and a fixed cmd; the endpoint runs job.name vs job.cmd",
    (v) =>
      "import subprocess\nfrom dataclasses import dataclass\n\nfrom fastapi import FastAPI\n\napp = FastAPI()\n\n\n" +
      "@dataclass\nclass Task:\n    name: str\n    cmd: str = 'uptime'\n\n\n" +
      "@app.get('/task')\ndef task(name: str):\n    t = Task(name=name)\n" +
      `    return {'out': subprocess.getoutput(${v ? "'echo ' + t.name" : "t.cmd"})}\n`,
  ),
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "values() of {key: (value, column)}: the ORDER BY takes the column vs the query's value",
    "import sqlite3",
    (v) => [
      "spec = {'filter': (request.args.get('sort', 'name'), 'name')}",
      "db = sqlite3.connect('app.db')",
      "for value, column in spec.values():",
      `    rows = db.execute('SELECT id, name FROM users ORDER BY ' + ${v ? "value" : "column"}).fetchall()`,
      "return jsonify(rows)",
    ],
  ),
  ...pair(
    "CWE-89",
    "subclass __init__ passes only its table to super().__init__: the query value given as the table vs as the term",
    "import sqlite3",
    (v) => [
      v
        ? "s = Search('x', request.args.get('table', 'users'))"
        : "s = Search(request.args.get('q', ''), 'users')",
      "rows = sqlite3.connect('app.db').execute('SELECT * FROM ' + s.table + ' WHERE name = ?', (s.term,)).fetchall()",
      "return jsonify(rows)",
    ],
    () =>
      "class Base:\n    def __init__(self, table):\n        self.table = table\n\n\n" +
      "class Search(Base):\n    def __init__(self, term, table):\n        super().__init__(table)\n        self.term = term\n",
  ),
  ...pair(
    "CWE-89",
    "helper returns {'name': ..., 'limit': 10}: the SQL inlines parsed['name'] vs parsed['limit']",
    "import sqlite3",
    (v) => [
      "parsed = parse(request.args)",
      v
        ? "sql = \"SELECT * FROM items WHERE name = '%s'\" % parsed['name']"
        : "sql = 'SELECT * FROM items LIMIT %d' % parsed['limit']",
      "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
    () => "def parse(args):\n    return {'name': args.get('name', ''), 'limit': 10}\n",
  ),
  ...pair(
    "CWE-89",
    "keyword arguments: fetch(table=..., search=...) inlines table and binds search; the query value as table vs as search",
    "import sqlite3",
    (v) => [
      v
        ? "rows = fetch(table=request.args.get('t', 'items'), search='%')"
        : "rows = fetch(table='items', search=request.args.get('q', ''))",
      "return jsonify(rows)",
    ],
    () =>
      "def fetch(table='items', search=''):\n    db = sqlite3.connect('app.db')\n" +
      "    return db.execute('SELECT * FROM ' + table + ' WHERE name LIKE ?', ('%' + search + '%',)).fetchall()\n",
  ),
  ...whole(
    "CWE-89",
    "FastAPI: a pydantic body with term: str and page: int; the SQL inlines page vs term",
    (v) =>
      "import sqlite3\n\nfrom fastapi import FastAPI\nfrom pydantic import BaseModel\n\napp = FastAPI()\n\n\n" +
      "class Query(BaseModel):\n    term: str\n    page: int = 0\n\n\n" +
      "@app.post('/search')\ndef search(q: Query):\n    db = sqlite3.connect('app.db')\n" +
      (v
        ? '    sql = "SELECT * FROM docs WHERE title = \'" + q.term + "\'"\n'
        : "    sql = 'SELECT * FROM docs LIMIT 20 OFFSET ' + str(q.page * 20)\n") +
      "    return {'rows': db.execute(sql).fetchall()}\n",
  ),
  ...whole(
    "CWE-89",
    "Django: a context dict holds the query and a fixed column; raw() inlines ctx['q'] vs ctx['column']",
    (v) =>
      "from django.db import connection\nfrom django.http import JsonResponse\n\n\n" +
      "def listing(request):\n    ctx = {'q': request.GET.get('q', ''), 'column': 'created'}\n" +
      "    with connection.cursor() as cur:\n" +
      (v
        ? "        cur.execute(\"SELECT id FROM posts WHERE title = '\" + ctx['q'] + \"'\")\n"
        : "        cur.execute('SELECT id FROM posts ORDER BY ' + ctx['column'])\n") +
      "        return JsonResponse({'ids': [r[0] for r in cur.fetchall()]})\n",
  ),
  // --- CWE-22 ---
  ...pair(
    "CWE-22",
    "NamedTuple Upload(name, folder): the file opened is folder/index.txt vs folder/name",
    "from typing import NamedTuple",
    (v) => [
      "up = Upload(name=request.args.get('name', 'a.txt'), folder='/srv/uploads')",
      `with open(${v ? "os.path.join(up.folder, up.name)" : "os.path.join(up.folder, 'index.txt')"}) as fh:`,
      "    return Response(fh.read(), mimetype='text/plain')",
    ],
    () => "class Upload(NamedTuple):\n    name: str\n    folder: str\n",
  ),
  ...pair(
    "CWE-22",
    "zip(labels from the query, fixed file names): open() takes the label vs the fixed name",
    "",
    (v) => [
      "out = []",
      "for label, fname in zip(request.args.getlist('label'), ['a.txt', 'b.txt']):",
      `    with open(os.path.join('/srv/files', ${v ? "label" : "fname"})) as fh:`,
      "        out.append(fh.read())",
      "return jsonify(out)",
    ],
  ),
  ...pair("CWE-22", "map() with a lambda: the path built from each name vs from int() of it", "", (v) => [
    `paths = list(map(lambda n: os.path.join('/srv/reports', ${v ? "n" : "str(int(n)) + '.csv'"}), request.args.getlist('r')))`,
    "return send_file(paths[0])",
  ]),
  ...pair(
    "CWE-22",
    "class constant ROOT and an instance name from the query: the path is ROOT/index.html vs ROOT/name",
    "",
    (v) => [
      "store = Store(request.args.get('name', 'index.html'))",
      `return send_file(${v ? "Store.ROOT + '/' + store.name" : "Store.ROOT + '/index.html'"})`,
    ],
    () =>
      "class Store:\n    ROOT = '/srv/static'\n\n    def __init__(self, name):\n        self.name = name\n",
  ),
  // --- CWE-918 ---
  ...pair(
    "CWE-918",
    "builder chain: the query value given to .header() while .url() is fixed vs given to .url()",
    "import requests",
    (v) => [
      v
        ? "return Call().header('X-Trace', 'web').url(request.args.get('u', '')).send()"
        : "return Call().header('X-Trace', request.args.get('t', '')).url('https://api.example.com/ping').send()",
    ],
    () =>
      "class Call:\n    def __init__(self):\n        self._url = 'https://api.example.com/ping'\n        self._headers = {}\n\n" +
      "    def url(self, u):\n        self._url = u\n        return self\n\n" +
      "    def header(self, k, val):\n        self._headers[k] = val\n        return self\n\n" +
      "    def send(self):\n        return requests.get(self._url, headers=self._headers, timeout=5).text\n",
  ),
  ...pair(
    "CWE-918",
    "the query value in a headers dict: requests.get() of a fixed URL with headers=hdrs vs of hdrs['X-Target']",
    "import requests",
    (v) => [
      "hdrs = {'X-Target': request.args.get('target', '')}",
      v
        ? "r = requests.get(hdrs['X-Target'], timeout=5)"
        : "r = requests.get('https://api.example.com/v1/status', headers=hdrs, timeout=5)",
      "return jsonify(code=r.status_code)",
    ],
  ),
  ...pair(
    "CWE-918",
    "higher-order helper apply(fn, value): passes the URL through str.strip vs through a table lookup",
    "import requests",
    (v) => [
      `url = apply(${v ? "str.strip" : "pick_mirror"}, request.args.get('m', 'eu'))`,
      "return requests.get(url, timeout=5).text",
    ],
    () =>
      "MIRRORS = {'eu': 'https://eu.example.com', 'us': 'https://us.example.com'}\n\n\n" +
      "def pick_mirror(key):\n    return MIRRORS.get(key, MIRRORS['eu'])\n\n\n" +
      "def apply(fn, value):\n    return fn(value)\n",
  ),
  // --- CWE-79 ---
  ...pair(
    "CWE-79",
    "constructor keeps name (query) and theme (fixed): the HTML shows profile.name vs profile.theme",
    "",
    (v) => [
      "profile = Profile(name=request.args.get('name', ''), theme='dark')",
      `return '<body class="' + profile.theme + '">' + ${v ? "profile.name" : "'Welcome'"} + '</body>'`,
    ],
    () =>
      "class Profile:\n    def __init__(self, name, theme):\n        self.name = name\n        self.theme = theme\n",
  ),
  ...pair(
    "CWE-79",
    "base render() calls self.body(): the subclass whose override returns the text raw vs html.escape()d",
    "import html",
    (v) => [`return ${v ? "RawCard" : "SafeCard"}().render(request.args.get('msg', ''))`],
    () =>
      "class Card:\n    def body(self, text):\n        return ''\n\n    def render(self, text):\n        return '<div class=\"card\">' + self.body(text) + '</div>'\n\n\n" +
      "class RawCard(Card):\n    def body(self, text):\n        return text\n\n\n" +
      "class SafeCard(Card):\n    def body(self, text):\n        return html.escape(text)\n",
  ),
  ...whole(
    "CWE-79",
    "Django: a helper returns (title, query); the HttpResponse writes the query vs the fixed title",
    (v) =>
      "from django.http import HttpResponse\n\n\n" +
      "def heading(request):\n    return 'Search', request.GET.get('q', '')\n\n\n" +
      "def results(request):\n    title, q = heading(request)\n" +
      `    return HttpResponse('<h1>' + ${v ? "q" : "title"} + '</h1>')\n`,
  ),
  // --- CWE-601 ---
  ...pair(
    "CWE-601",
    "helper returns ('/dashboard', next): the redirect takes the second element vs the first",
    "",
    (v) => ["home, nxt = targets(request.args.get('next', '/'))", `return redirect(${v ? "nxt" : "home"})`],
    () => "def targets(nxt):\n    return '/dashboard', nxt\n",
  ),
  ...pair(
    "CWE-601",
    "object with two URL fields: the redirect uses back (query) vs home (fixed)",
    "",
    (v) => ["nav = Nav(back=request.args.get('back', '/'))", `return redirect(nav.${v ? "back" : "home"})`],
    () =>
      "class Nav:\n    def __init__(self, back):\n        self.back = back\n        self.home = '/account'\n",
  ),
];
