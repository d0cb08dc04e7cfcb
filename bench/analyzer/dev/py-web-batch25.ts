// Dev suite "py-web", batch 25 (see py-web.ts): written after batch 24's fix and measured before any further
// change. The same helper and wrapper family in other frameworks: Django class-based views calling their own
// methods (`self.helper(x)`, static methods) and module helpers with guards, FastAPI dependencies (`Depends(fn)`,
// a class used as a dependency) that validate or pass through, and Flask blueprints with helper classes and
// sanitising helpers. Each safe twin keeps the shape with the guard, cast or sanitiser in place (or constants
// only). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const views = viewBuilders("batch25", "", "b25");
const { whole } = views;

const DJ =
  "import os\nimport re\nimport subprocess\n\nfrom django.http import HttpResponse, FileResponse, Http404\n" +
  "from django.core.exceptions import PermissionDenied\nfrom django.shortcuts import redirect\nfrom django.views import View\n";
const FA =
  "import os\nimport subprocess\nimport sqlite3\n\nfrom fastapi import FastAPI, Depends, HTTPException, Query\n" +
  "from fastapi.responses import HTMLResponse, FileResponse\n\napp = FastAPI()\n";
const BP =
  "import os\nimport subprocess\nimport sqlite3\n\nfrom flask import Blueprint, request, abort, redirect\n\n" +
  "bp = Blueprint('tools', __name__)\n";

export const BATCH25: DevCase[] = [
  // --- Django class-based views ---
  ...whole(
    "CWE-78",
    "Django View calls its own ping() method: no check vs a re.fullmatch guard that raises Http404",
    (v) =>
      DJ +
      "\n\nclass PingView(View):\n    def get(self, request):\n        host = request.GET.get('host', 'localhost')\n" +
      "        return HttpResponse(self.ping(host), content_type='text/plain')\n\n" +
      "    def ping(self, host):\n" +
      (v
        ? ""
        : "        if not re.fullmatch(r'[a-z0-9.-]+', host):\n            raise Http404('bad host')\n") +
      "        return subprocess.check_output('ping -c 1 ' + host, shell=True)\n",
  ),
  ...whole(
    "CWE-89",
    "Django View orders by self._order(o): returns o stripped vs o only when allow-listed",
    (v) =>
      DJ +
      "from django.db import connection\n\nALLOWED = ('name', 'price')\n\n\nclass ItemList(View):\n" +
      "    def get(self, request):\n        col = self._order(request.GET.get('o', 'name'))\n" +
      "        with connection.cursor() as cur:\n            cur.execute('SELECT id, name FROM shop_item ORDER BY ' + col)\n" +
      "            return HttpResponse(str(cur.fetchall()))\n\n" +
      `    def _order(self, o):\n        return ${v ? "o.strip()" : "o if o in ALLOWED else 'name'"}\n`,
  ),
  ...whole(
    "CWE-78",
    "Django View uses a static method checked(): strip() vs isalnum() check that raises",
    (v) =>
      DJ +
      "\n\nclass WhoView(View):\n    @staticmethod\n    def checked(name):\n" +
      (v
        ? "        return name.strip()\n"
        : "        if not name.isalnum():\n            raise PermissionDenied\n        return name\n") +
      "\n    def get(self, request):\n        os.system('id ' + self.checked(request.GET.get('user', 'nobody')))\n" +
      "        return HttpResponse('ok')\n",
  ),
  ...whole(
    "CWE-79",
    "Django View renders a badge through a module helper: raw concatenation vs format_html",
    (v) =>
      DJ +
      "from django.utils.html import format_html\n\n\ndef badge(name):\n" +
      `    return ${v ? "'<span class=\"badge\">' + name + '</span>'" : "format_html('<span class=\"badge\">{}</span>', name)"}\n\n\n` +
      "class BadgeView(View):\n    def get(self, request):\n        return HttpResponse(badge(request.GET.get('n', '')))\n",
  ),
  ...whole(
    "CWE-22",
    "Django View opens through safe_path(): joined only vs realpath + commonpath check that raises",
    (v) =>
      DJ +
      "\nROOT = '/srv/media'\n\n\ndef safe_path(name):\n    p = os.path.realpath(os.path.join(ROOT, name))\n" +
      (v ? "" : "    if os.path.commonpath([ROOT, p]) != ROOT:\n        raise PermissionDenied\n") +
      "    return p\n\n\nclass MediaView(View):\n    def get(self, request, name):\n" +
      "        return FileResponse(open(safe_path(name), 'rb'))\n",
  ),
  ...whole(
    "CWE-601",
    "Django View redirects to next_or_home(request): the raw next vs url_has_allowed_host_and_scheme check",
    (v) =>
      DJ +
      "from django.utils.http import url_has_allowed_host_and_scheme\n\n\ndef next_or_home(request):\n" +
      "    nxt = request.GET.get('next', '/')\n" +
      (v
        ? ""
        : "    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}):\n        return '/'\n") +
      "    return nxt\n\n\nclass DoneView(View):\n    def get(self, request):\n        return redirect(next_or_home(request))\n",
  ),
  ...whole(
    "CWE-78",
    "Django function views share grep_logs(): one passes the query's pattern raw vs shlex.quote()d",
    (v) =>
      DJ +
      "import shlex\n\n\ndef grep_logs(pattern):\n" +
      "    return subprocess.run('grep ' + pattern + ' /var/log/app.log', shell=True, capture_output=True).stdout\n\n\n" +
      "def errors(request):\n    return HttpResponse(grep_logs('ERROR'), content_type='text/plain')\n\n\n" +
      "def search(request):\n" +
      `    return HttpResponse(grep_logs(${v ? "request.GET.get('p', '')" : "shlex.quote(request.GET.get('p', ''))"}), content_type='text/plain')\n`,
  ),
  // --- FastAPI dependencies ---
  ...whole(
    "CWE-89",
    "FastAPI dependency picks the sort column: returns it as given vs raises HTTPException unless allow-listed",
    (v) =>
      FA +
      "\nALLOWED = {'name', 'created'}\n\n\ndef sort_column(sort: str = Query('name')) -> str:\n" +
      (v
        ? ""
        : "    if sort not in ALLOWED:\n        raise HTTPException(status_code=400, detail='bad sort')\n") +
      "    return sort\n\n\n@app.get('/items')\ndef items(col: str = Depends(sort_column)):\n" +
      "    conn = sqlite3.connect('app.db')\n    return conn.execute(f'SELECT id, name FROM items ORDER BY {col}').fetchall()\n",
  ),
  ...whole(
    "CWE-78",
    "FastAPI route calls run_ping(count): used as given vs int() cast inside the helper",
    (v) =>
      FA +
      `\n\ndef run_ping(count):\n    n = ${v ? "count" : "int(count)"}\n` +
      "    return subprocess.run(f'ping -c {n} 127.0.0.1', shell=True, capture_output=True).stdout\n\n\n" +
      "@app.get('/ping')\ndef ping(count: str = '1'):\n    return {'out': run_ping(count).decode()}\n",
  ),
  ...whole(
    "CWE-918",
    "FastAPI dependency returns the webhook URL: unchecked vs its host checked against an allow-list",
    (v) =>
      FA +
      "import requests\nfrom urllib.parse import urlparse\n\nHOOK_HOSTS = {'hooks.example.com'}\n\n\n" +
      "def hook_url(url: str = Query(...)) -> str:\n" +
      (v
        ? ""
        : "    if urlparse(url).hostname not in HOOK_HOSTS:\n        raise HTTPException(status_code=400)\n") +
      "    return url\n\n\n@app.post('/notify')\ndef notify(url: str = Depends(hook_url)):\n" +
      "    requests.post(url, json={'event': 'done'}, timeout=5)\n    return {'ok': True}\n",
  ),
  ...whole(
    "CWE-22",
    "FastAPI route resolves the file through a helper: joined raw vs os.path.basename() first",
    (v) =>
      FA +
      "\nBASE = '/srv/exports'\n\n\ndef resolve(name):\n" +
      `    return os.path.join(BASE, ${v ? "name" : "os.path.basename(name)"})\n\n\n` +
      "@app.get('/export/{name}')\ndef export(name: str):\n    return FileResponse(resolve(name))\n",
  ),
  ...whole(
    "CWE-79",
    "FastAPI HTMLResponse through a helper esc(): str() vs html.escape()",
    (v) =>
      FA +
      `import html\n\n\ndef esc(s):\n    return ${v ? "str(s)" : "html.escape(s)"}\n\n\n` +
      "@app.get('/hello', response_class=HTMLResponse)\ndef hello(name: str = ''):\n" +
      "    return HTMLResponse('<h1>Hello ' + esc(name) + '</h1>')\n",
  ),
  ...whole(
    "CWE-89",
    "FastAPI class dependency Pager keeps the limit: as given vs int() in __init__",
    (v) =>
      FA +
      "\n\nclass Pager:\n    def __init__(self, limit: str = '20'):\n" +
      `        self.limit = ${v ? "limit" : "int(limit)"}\n\n\n` +
      "@app.get('/logs')\ndef logs(pager: Pager = Depends(Pager)):\n" +
      "    conn = sqlite3.connect('app.db')\n    return conn.execute(f'SELECT * FROM logs LIMIT {pager.limit}').fetchall()\n",
  ),
  // --- Flask blueprints ---
  ...whole(
    "CWE-78",
    "blueprint calls Service().restart(name): unchecked vs the class's allow-list that aborts",
    (v) =>
      BP +
      "\n\nclass Service:\n    NAMES = ('web', 'worker')\n\n    def restart(self, name):\n" +
      (v ? "" : "        if name not in self.NAMES:\n            abort(400)\n") +
      "        subprocess.call('systemctl restart ' + name, shell=True)\n        return 'restarted'\n\n\n" +
      "@bp.route('/restart', methods=['POST'])\ndef restart():\n    return Service().restart(request.form.get('svc', 'web'))\n",
  ),
  ...whole(
    "CWE-89",
    "blueprint repository method by_id(): the id inlined as given vs int() cast first",
    (v) =>
      BP +
      "\n\nclass UserRepo:\n    def __init__(self, conn):\n        self.conn = conn\n\n    def by_id(self, uid):\n" +
      (v ? "" : "        uid = int(uid)\n") +
      "        return self.conn.execute(f'SELECT name FROM users WHERE id = {uid}').fetchone()\n\n\n" +
      "@bp.route('/user')\ndef user():\n    repo = UserRepo(sqlite3.connect('app.db'))\n" +
      "    return str(repo.by_id(request.args.get('id', '0')))\n",
  ),
  ...whole(
    "CWE-22",
    "blueprint stores a note under a helper's name: spaces replaced vs secure_filename()",
    (v) =>
      BP +
      "from werkzeug.utils import secure_filename\n\n\ndef note_name(title):\n" +
      `    return ${v ? "title.replace(' ', '_')" : "secure_filename(title)"} + '.txt'\n\n\n` +
      "@bp.route('/note', methods=['POST'])\ndef note():\n" +
      "    with open(os.path.join('/srv/notes', note_name(request.form['title'])), 'w') as fh:\n" +
      "        fh.write(request.form.get('body', ''))\n    return 'saved'\n",
  ),
  ...whole(
    "CWE-79",
    "blueprint builds a table row through render_row(): raw vs markupsafe.escape()",
    (v) =>
      BP +
      "from markupsafe import escape\n\n\ndef render_row(value):\n" +
      `    return '<td>' + ${v ? "value" : "escape(value)"} + '</td>'\n\n\n` +
      "@bp.route('/row')\ndef row():\n    return '<table><tr>' + render_row(request.args.get('v', '')) + '</tr></table>'\n",
  ),
  ...whole(
    "CWE-95",
    "blueprint compute(): falls back to the user's text as the formula vs aborts on an unknown name",
    (v) =>
      BP +
      "\nFORMULAS = {'double': 'x * 2', 'square': 'x * x'}\n\n\ndef compute(name, x):\n" +
      (v
        ? "    expr = FORMULAS.get(name, name)\n"
        : "    expr = FORMULAS.get(name)\n    if expr is None:\n        abort(404)\n") +
      "    return eval(expr, {'x': x})\n\n\n@bp.route('/calc')\ndef calc():\n" +
      "    return str(compute(request.args.get('f', 'double'), int(request.args.get('x', '1'))))\n",
  ),
  ...whole(
    "CWE-601",
    "blueprint back(url): redirects to url or '/' vs only to a local path (no '//' prefix)",
    (v) =>
      BP +
      "\n\ndef back(url):\n" +
      (v
        ? "    return redirect(url or '/')\n"
        : "    if not url.startswith('/') or url.startswith('//') or url.startswith('/\\\\'):\n        url = '/'\n    return redirect(url)\n") +
      "\n\n@bp.route('/back')\ndef go_back():\n    return back(request.args.get('to', '/'))\n",
  ),
  ...whole(
    "CWE-78",
    "blueprint archive helper nested in the view: folder raw vs shlex.quote()d inside the helper",
    (v) =>
      BP +
      "import shlex\n\n\n@bp.route('/archive', methods=['POST'])\ndef archive():\n    def pack(folder):\n" +
      `        subprocess.call('tar czf /tmp/a.tgz ' + ${v ? "folder" : "shlex.quote(folder)"}, shell=True)\n\n` +
      "    pack(request.form.get('folder', 'data'))\n    return 'packed'\n",
  ),
];
