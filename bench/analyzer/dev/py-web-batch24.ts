// Dev suite "py-web", batch 24 (see py-web.ts): written blind, measured before any further fix. Helper and wrapper
// shapes between the view and the sink: a helper that validates or sanitises its own parameter before the sink (an
// allow-list that raises or aborts, shlex.quote, an int() cast, a regex fullmatch guard, isdigit(), basename plus a
// startswith check on the resolved path, an HMAC check before unpickling), helpers that return a sanitised value used
// at the call site (html.escape, secure_filename, an allow-list conditional, int() with a fallback), and the converse
// that must keep taint: helpers returning their argument (stripped, lower-cased), pass-through wrappers around the
// sink, a guard that only logs, a guard on the other parameter, a check on one variable while another is used,
// methods on a class, nested helpers, lambdas, two levels of wrappers, and one helper called from two views where
// one passes the request's value. Each safe twin keeps the shape with the guard or sanitiser in place (or only
// constants). Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, send_file, abort, url_for\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch24", FLASK, "b24");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

export const BATCH24: DevCase[] = [
  // --- CWE-78 ---
  ...pair(
    "CWE-78",
    "helper runs the tool named by its parameter: no check vs an allow-list that raises first",
    "",
    () => ["tool = request.args.get('tool', 'uptime')", "run_tool(tool)", "return 'done'"],
    (v) =>
      "ALLOWED_TOOLS = {'uptime', 'df', 'free'}\n\n\ndef run_tool(name):\n" +
      (v ? "" : "    if name not in ALLOWED_TOOLS:\n        raise ValueError('unknown tool')\n") +
      "    os.system('/usr/bin/' + name)\n",
  ),
  ...pair(
    "CWE-78",
    "helper archives a folder with shell=True: the folder stripped vs shlex.quote()d inside the helper",
    "import shlex\nimport subprocess",
    () => ["archive(request.form.get('folder', 'data'))", "return 'archived'"],
    (v) =>
      "def archive(path):\n" +
      `    safe = ${v ? "path.strip()" : "shlex.quote(path)"}\n` +
      "    subprocess.call('tar czf /tmp/out.tgz ' + safe, shell=True)\n",
  ),
  ...pair(
    "CWE-78",
    "helper pings with a count: the count used as given vs int() cast inside the helper",
    "",
    () => ["ping_local(request.args.get('count', '1'))", "return 'pinged'"],
    (v) =>
      `def ping_local(count):\n    n = ${v ? "count" : "int(count)"}\n    os.system(f'ping -c {n} 127.0.0.1')\n`,
  ),
  ...pair(
    "CWE-78",
    "helper resolves a host: re.match (prefix only) vs re.fullmatch guard that aborts",
    "import re\nimport subprocess",
    () => ["return lookup(request.args.get('host', 'localhost'))"],
    (v) =>
      "def lookup(host):\n" +
      `    if not re.${v ? "match" : "fullmatch"}(r'[a-z0-9.-]+', host):\n        abort(400)\n` +
      "    return subprocess.check_output('nslookup ' + host, shell=True)\n",
  ),
  ...pair(
    "CWE-78",
    "pass-through wrapper sh(cmd) runs with shell=True: the raw directory vs shlex.quote()d at the call site",
    "import shlex\nimport subprocess",
    (v) => [
      "d = request.args.get('dir', '.')",
      `out = sh('ls -la ' + ${v ? "d" : "shlex.quote(d)"})`,
      "return Response(out, mimetype='text/plain')",
    ],
    () => "def sh(cmd):\n    return subprocess.run(cmd, shell=True, capture_output=True).stdout\n",
  ),
  ...pair(
    "CWE-78",
    "method on a service class: runs the action unchecked vs checks it against the class's allow-list",
    "import subprocess",
    () => ["svc = ServiceCtl()", "return svc.control(request.form.get('action', 'status'))"],
    (v) =>
      "class ServiceCtl:\n    ACTIONS = ('start', 'stop', 'status')\n\n    def control(self, action):\n" +
      (v ? "" : "        if action not in self.ACTIONS:\n            abort(400)\n") +
      "        return subprocess.check_output('systemctl ' + action + ' nginx', shell=True)\n",
  ),
  ...pair(
    "CWE-78",
    "helper returns its argument normalised (strip/lower) vs shlex.quote()d, then used in os.system",
    "import shlex",
    () => [
      "name = normalise(request.args.get('pkg', ''))",
      "os.system('apt-cache show ' + name)",
      "return 'ok'",
    ],
    (v) => `def normalise(s):\n    return ${v ? "s.strip().lower()" : "shlex.quote(s.strip().lower())"}\n`,
  ),
  ...pair(
    "CWE-78",
    "guard on the tool only, the argument passed raw vs also shlex.quote()d",
    "import shlex",
    () => ["run('grep', request.args.get('pattern', ''))", "return 'searched'"],
    (v) =>
      "TOOLS = ('grep', 'wc')\n\n\ndef run(tool, arg):\n    if tool not in TOOLS:\n        raise ValueError(tool)\n" +
      `    os.system(tool + ' ' + ${v ? "arg" : "shlex.quote(arg)"} + ' /var/log/app.log')\n`,
  ),
  ...pair(
    "CWE-78",
    "allow-list miss only logs a warning vs returns abort(400)",
    "",
    () => ["return restart(request.args.get('svc', 'web'))"],
    (v) =>
      "SERVICES = {'web', 'worker'}\n\n\ndef restart(svc):\n    if svc not in SERVICES:\n" +
      (v ? "        app.logger.warning('unknown service %s', svc)\n" : "        return abort(400)\n") +
      "    os.system('supervisorctl restart ' + svc)\n    return 'restarted'\n",
  ),
  ...pair(
    "CWE-78",
    "helper tails the log: the line count unchecked vs isdigit() guard that raises",
    "import subprocess",
    () => ["return tail_log(request.args.get('n', '50'))"],
    (v) =>
      "def tail_log(n):\n" +
      (v ? "" : "    if not n.isdigit():\n        raise ValueError('n must be a number')\n") +
      "    return subprocess.check_output('tail -n ' + n + ' /var/log/app.log', shell=True)\n",
  ),
  ...pair(
    "CWE-78",
    "two levels of wrappers: outer passes the message to inner which echoes it raw vs shlex.quote()d",
    "import shlex",
    () => ["notify(request.form.get('msg', ''))", "return 'sent'"],
    (v) =>
      "def notify(text):\n    return _send(text)\n\n\n" +
      `def _send(body):\n    os.system('wall ' + ${v ? "body" : "shlex.quote(body)"})\n`,
  ),
  ...whole(
    "CWE-78",
    "one helper called from two views: one passes the query's value vs both pass constants",
    (v) =>
      "import subprocess\n\nfrom flask import Flask, request\n\napp = Flask(__name__)\n\n\n" +
      "def disk_usage(path):\n    return subprocess.check_output('du -sh ' + path, shell=True)\n\n\n" +
      "@app.route('/usage/home')\ndef usage_home():\n    return disk_usage('/home')\n\n\n" +
      "@app.route('/usage')\ndef usage():\n" +
      `    return disk_usage(${v ? "request.args.get('path', '/srv')" : "'/srv' if request.args.get('srv') else '/var'"})\n`,
  ),
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "helper fetches a user by id in an f-string: the id as given vs int() cast first",
    "import sqlite3",
    () => ["return jsonify(get_user(request.args.get('id', '0')))"],
    (v) =>
      "def get_user(uid):\n" +
      (v ? "" : "    uid = int(uid)\n") +
      "    db = sqlite3.connect('app.db')\n    return db.execute(f'SELECT name FROM users WHERE id = {uid}').fetchone()\n",
  ),
  ...pair(
    "CWE-89",
    "helper sorts by a column: used as given vs reset to 'name' when not allow-listed",
    "import sqlite3",
    () => ["return jsonify(list_items(request.args.get('order', 'name')))"],
    (v) =>
      "def list_items(order):\n" +
      (v ? "" : "    if order not in ('name', 'price', 'created'):\n        order = 'name'\n") +
      "    sql = 'SELECT id, name FROM items ORDER BY ' + order\n" +
      "    return sqlite3.connect('app.db').execute(sql).fetchall()\n",
  ),
  ...pair(
    "CWE-89",
    "sanitising helper at the call site: to_text() strips vs as_int() casts, result inlined in SQL",
    "import sqlite3",
    (v) => [
      `oid = ${v ? "to_text" : "as_int"}(request.args.get('order', ''))`,
      "sql = 'SELECT * FROM orders WHERE id = %s' % oid",
      "return jsonify(sqlite3.connect('shop.db').execute(sql).fetchall())",
    ],
    () => "def to_text(x):\n    return str(x).strip()\n\n\ndef as_int(x):\n    return int(x)\n",
  ),
  ...pair(
    "CWE-89",
    "pass-through query wrapper: the name concatenated into the SQL vs passed as a bound parameter",
    "import sqlite3",
    (v) => [
      "name = request.args.get('name', '')",
      v
        ? 'rows = run_query("SELECT * FROM users WHERE name = \'" + name + "\'")'
        : "rows = run_query('SELECT * FROM users WHERE name = ?', (name,))",
      "return jsonify(rows)",
    ],
    () =>
      "def run_query(sql, params=()):\n    conn = sqlite3.connect('app.db')\n    return conn.execute(sql, params).fetchall()\n",
  ),
  ...pair(
    "CWE-89",
    "static method cleans a table name: strip() vs re.sub keeping only [A-Za-z0-9_]",
    "import re\nimport sqlite3",
    () => [
      "table = Clean.ident(request.args.get('t', 'events'))",
      "return jsonify(sqlite3.connect('app.db').execute('SELECT COUNT(*) FROM ' + table).fetchone())",
    ],
    (v) =>
      "class Clean:\n    @staticmethod\n    def ident(s):\n" +
      `        return ${v ? "s.strip()" : "re.sub(r'[^A-Za-z0-9_]', '', s)"}\n`,
  ),
  ...pair(
    "CWE-89",
    "helper picks the sort via a conditional: `s if s else 'name'` vs `s if s in ALLOWED else 'name'`",
    "import sqlite3",
    () => [
      "col = pick_sort(request.args.get('sort', ''))",
      "return jsonify(sqlite3.connect('app.db').execute(f'SELECT * FROM posts ORDER BY {col}').fetchall())",
    ],
    (v) =>
      "ALLOWED = ('name', 'date', 'score')\n\n\ndef pick_sort(s):\n" +
      `    return s if ${v ? "s" : "s in ALLOWED"} else 'name'\n`,
  ),
  ...pair(
    "CWE-89",
    "page size helper with try/except: returns the stripped text vs int() with a fallback of 20",
    "import sqlite3",
    () => [
      "limit = page_size(request.args.get('limit', '20'))",
      "return jsonify(sqlite3.connect('app.db').execute(f'SELECT * FROM logs LIMIT {limit}').fetchall())",
    ],
    (v) =>
      "def page_size(raw):\n    try:\n" +
      `        return ${v ? "raw.strip()" : "int(raw)"}\n` +
      `    except ${v ? "AttributeError" : "ValueError"}:\n        return 20\n`,
  ),
  // --- CWE-22 ---
  ...pair(
    "CWE-22",
    "helper reads a document: joined and opened vs realpath()ed and rejected unless under the base",
    "",
    () => ["return read_doc(request.args.get('name', 'index.txt'))"],
    (v) =>
      "BASE = '/srv/docs'\n\n\ndef read_doc(name):\n    path = os.path.realpath(os.path.join(BASE, name))\n" +
      (v ? "" : "    if not path.startswith(BASE + os.sep):\n        abort(403)\n") +
      "    with open(path) as fh:\n        return fh.read()\n",
  ),
  ...pair(
    "CWE-22",
    "helper sends a download: the name stripped vs os.path.basename() inside the helper",
    "",
    () => ["return download(request.args.get('f', ''))"],
    (v) =>
      "DL_DIR = '/srv/downloads'\n\n\ndef download(name):\n" +
      `    fn = ${v ? "name.strip()" : "os.path.basename(name)"}\n` +
      "    return send_file(os.path.join(DL_DIR, fn))\n",
  ),
  ...pair(
    "CWE-22",
    "sanitising helper used at the call site: lower() vs secure_filename()",
    "from werkzeug.utils import secure_filename",
    () => [
      "f = request.files['upload']",
      "f.save(os.path.join('/srv/uploads', clean_name(f.filename)))",
      "return 'saved'",
    ],
    (v) => `def clean_name(n):\n    return ${v ? "n.lower()" : "secure_filename(n)"}\n`,
  ),
  ...pair(
    "CWE-22",
    "nested helper in the view resolves the report: no check vs rejects '..' and absolute names",
    "",
    (v) => [
      "def _resolve(n):",
      ...(v ? [] : ["    if '..' in n or n.startswith('/'):", "        abort(400)"]),
      "    return os.path.join('/srv/reports', n)",
      "",
      "with open(_resolve(request.args.get('r', 'summary.txt'))) as fh:",
      "    return fh.read()",
    ],
  ),
  ...pair(
    "CWE-22",
    "helper checks basename() but opens the original name vs opens the checked basename",
    "",
    () => ["return show(request.args.get('file', 'a.txt'))"],
    (v) =>
      "def show(name):\n    clean = os.path.basename(name)\n    if not clean:\n        abort(400)\n" +
      `    with open(os.path.join('/srv/files', ${v ? "name" : "clean"})) as fh:\n        return fh.read()\n`,
  ),
  // --- CWE-79 ---
  ...pair(
    "CWE-79",
    "sanitising helper at the call site: clean() strips vs html.escape()s",
    "import html",
    () => ["name = request.args.get('name', '')", "return '<p>Hello ' + clean(name) + '</p>'"],
    (v) => `def clean(x):\n    return ${v ? "x.strip()" : "html.escape(x)"}\n`,
  ),
  ...pair(
    "CWE-79",
    "helper builds the heading: the name raw vs markupsafe.escape()d inside it",
    "from markupsafe import escape",
    () => ["return greet(request.args.get('who', 'guest'))"],
    (v) => `def greet(name):\n    return '<h1>Hello ' + ${v ? "name" : "escape(name)"} + '</h1>'\n`,
  ),
  ...pair(
    "CWE-79",
    "method on a page class renders the title: raw vs html.escape()d",
    "import html",
    () => ["page = Page()", "return page.title(request.args.get('q', ''))"],
    (v) =>
      "class Page:\n    def title(self, t):\n" +
      `        return '<title>Results for ' + ${v ? "t" : "html.escape(t)"} + '</title>'\n`,
  ),
  ...pair(
    "CWE-79",
    "badge helper: the colour from the query vs reset to 'grey' unless allow-listed",
    "",
    () => ["return badge(request.args.get('color', 'grey'))"],
    (v) =>
      "COLORS = {'red', 'green', 'grey'}\n\n\ndef badge(color):\n" +
      (v ? "" : "    if color not in COLORS:\n        color = 'grey'\n") +
      "    return f'<span class=\"badge {color}\">status</span>'\n",
  ),
  ...pair(
    "CWE-79",
    "lambda helper: strips vs html.escape()s the comment shown back",
    "import html",
    () => ["return '<div class=\"c\">' + fmt(request.form.get('comment', '')) + '</div>'"],
    (v) => `fmt = lambda s: ${v ? "s.strip()" : "html.escape(s)"}\n`,
  ),
  // --- CWE-601 ---
  ...pair(
    "CWE-601",
    "next-URL helper: returns the parameter or '/' vs '/' unless it is on an allow-list",
    "",
    () => ["return redirect(next_url(request.args.get('next', '')))"],
    (v) =>
      "SAFE_NEXT = {'/', '/account', '/orders'}\n\n\ndef next_url(url):\n" +
      (v ? "    return url or '/'\n" : "    if url not in SAFE_NEXT:\n        return '/'\n    return url\n"),
  ),
  ...pair(
    "CWE-601",
    "pass-through wrapper go(url) redirects: the query's target vs url_for('index')",
    "",
    (v) => [`return go(${v ? "request.args.get('to', '/')" : "url_for('index')"})`],
    () =>
      "def go(url):\n    resp = redirect(url)\n    resp.headers['Cache-Control'] = 'no-store'\n    return resp\n\n\n" +
      "@app.route('/')\ndef index():\n    return 'home'\n",
  ),
  // --- CWE-918 ---
  ...pair(
    "CWE-918",
    "helper fetches a status page from a host: no check vs an allow-list of trusted hosts that raises",
    "import requests",
    () => ["return fetch_status(request.args.get('host', 'api.example.com'))"],
    (v) =>
      "TRUSTED = {'api.example.com', 'status.example.com'}\n\n\ndef fetch_status(host):\n" +
      (v ? "" : "    if host not in TRUSTED:\n        raise PermissionError(host)\n") +
      "    return requests.get(f'https://{host}/status', timeout=5).text\n",
  ),
  // --- CWE-95 ---
  ...pair(
    "CWE-95",
    "calculator helper evals the expression: unchecked vs a fullmatch guard of digits and operators",
    "import re",
    () => ["return str(calc(request.args.get('expr', '1+1')))"],
    (v) =>
      "def calc(expr):\n" +
      (v ? "" : "    if not re.fullmatch(r'[0-9+\\-*/ ().]+', expr):\n        abort(400)\n") +
      "    return eval(expr)\n",
  ),
  // --- CWE-502 ---
  ...pair(
    "CWE-502",
    "helper unpickles a cookie blob: unchecked vs an HMAC compare_digest check that aborts first",
    "import base64\nimport hashlib\nimport hmac\nimport pickle",
    () => [
      "prefs = load_signed(request.cookies.get('prefs', ''), request.cookies.get('sig', ''))",
      "return jsonify(prefs)",
    ],
    (v) =>
      "KEY = os.environ['PREFS_KEY'].encode()\n\n\ndef load_signed(blob, sig):\n    raw = base64.b64decode(blob)\n" +
      (v
        ? ""
        : "    good = hmac.new(KEY, raw, hashlib.sha256).hexdigest()\n    if not hmac.compare_digest(good, sig):\n        abort(403)\n") +
      "    return pickle.loads(raw)\n",
  ),
];
