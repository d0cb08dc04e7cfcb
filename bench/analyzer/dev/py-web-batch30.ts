// Dev suite "py-web", batch 30 (see py-web.ts): written blind, measured before any fix. Each pair turns on harder
// value flow than a straight source-to-sink line: closures and nested functions, instance attributes set in
// __init__ and read in another method, generators, decorators that hand the view its data, functools.partial,
// lambdas, comprehensions with conditions, the walrus operator, tuple swaps and starred unpacking, **kwargs
// forwarding, getattr dispatch at a constant name, dict.get / setdefault / defaultdict / namedtuple, % and
// format_map with dicts, try/except paths, for/else allowlists, guards that abort vs only log, assert as a guard,
// int() conversions, a sanitiser whose result is thrown away or applied to another variable, and re-tainting after
// the sanitiser. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, abort, send_file, url_for\nfrom markupsafe import escape\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch30", FLASK, "b30");
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });
const mod = (lines: string[]): string => lines.join("\n") + "\n";

export const BATCH30: DevCase[] = [
  // --- CWE-78 ---
  ...pair(
    "CWE-78",
    "closure: a nested function captures the request host vs the host after shlex.quote",
    "import shlex\nimport subprocess",
    (v) => [
      "host = request.args.get('host', 'localhost')",
      ...(v ? [] : ["host = shlex.quote(host)"]),
      "",
      "def probe():",
      "    return subprocess.check_output('ping -c 1 ' + host, shell=True, text=True)",
      "",
      "return probe()",
    ],
  ),
  ...pair("CWE-78", "shlex.quote called but its result thrown away vs assigned back", "import shlex", (v) => [
    "name = request.form.get('dir', '.')",
    v ? "shlex.quote(name)" : "name = shlex.quote(name)",
    "stream = os.popen('du -sh ' + name)",
    "return stream.read()",
  ]),
  ...pair("CWE-78", "try/int(): the ValueError branch keeps the raw string vs answers 400", "", (v) => [
    "port = request.args.get('port', '22')",
    "try:",
    "    port = int(port)",
    "except ValueError:",
    v ? "    app.logger.warning('odd port %r', port)" : "    abort(400)",
    "rc = os.system(f'nc -z -w 2 127.0.0.1 {port}')",
    "return jsonify(open=(rc == 0))",
  ]),
  ...pair(
    "CWE-78",
    "assert as the only guard (gone under python -O) vs an if that aborts",
    "import re",
    (v) => [
      "domain = request.args.get('domain', '')",
      ...(v
        ? ["assert re.fullmatch(r'[A-Za-z0-9.-]+', domain), 'bad domain'"]
        : ["if not re.fullmatch(r'[A-Za-z0-9.-]+', domain):", "    abort(400)"]),
      "return os.popen('nslookup ' + domain).read()",
    ],
  ),
  ...pair(
    "CWE-78",
    "class keeps the request archive name in __init__ and a later method runs it in a shell vs the method runs the stored constant",
    "import subprocess",
    () => ["job = Backup(request.form.get('label', 'nightly'))", "return job.run()"],
    (v) =>
      mod([
        "class Backup:",
        "    def __init__(self, label):",
        "        self.label = label",
        "        self.target = '/var/backups/site.tar.gz'",
        "",
        "    def run(self):",
        `        cmd = 'tar czf ' + self.${v ? "label" : "target"} + ' /srv/site'`,
        "        subprocess.call(cmd, shell=True)",
        "        return 'started ' + escape(self.label)",
      ]),
  ),
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "generator yields WHERE clauses with the request values inlined vs ? placeholders for allowlisted columns",
    "import sqlite3",
    (v) => [
      "db = sqlite3.connect('app.db')",
      ...(v
        ? [
            "where = ' AND '.join(clauses(request.args))",
            "rows = db.execute('SELECT * FROM users WHERE ' + (where or '1=1')).fetchall()",
          ]
        : [
            "where = ' AND '.join(clauses(request.args))",
            "vals = [request.args[c] for c in COLUMNS if c in request.args]",
            "rows = db.execute('SELECT * FROM users WHERE ' + (where or '1=1'), vals).fetchall()",
          ]),
      "return jsonify(rows)",
    ],
    (v) =>
      mod(
        v
          ? ["def clauses(args):", "    for col, val in args.items():", "        yield f\"{col} = '{val}'\""]
          : [
              "COLUMNS = ('name', 'city', 'role')",
              "",
              "",
              "def clauses(args):",
              "    for col in COLUMNS:",
              "        if col in args:",
              "            yield f'{col} = ?'",
            ],
      ),
  ),
  ...pair(
    "CWE-89",
    "for/else allowlist: the else rebinds the sort column to a constant vs no else (an unknown column stays)",
    "import sqlite3",
    (v) => [
      "sort = request.args.get('sort', 'id')",
      "for allowed in ('id', 'name', 'created'):",
      "    if sort == allowed:",
      "        break",
      ...(v ? [] : ["else:", "    sort = 'id'"]),
      "db = sqlite3.connect('app.db')",
      "return jsonify(db.execute('SELECT id, name FROM items ORDER BY ' + sort).fetchall())",
    ],
  ),
  ...pair(
    "CWE-89",
    "isinstance/isdigit converts only digit strings (anything else stays text) vs request.args.get(type=int)",
    "import sqlite3",
    (v) => [
      ...(v
        ? [
            "limit = request.args.get('limit', 10)",
            "if isinstance(limit, str) and limit.isdigit():",
            "    limit = int(limit)",
          ]
        : ["limit = request.args.get('limit', 10, type=int)"]),
      "db = sqlite3.connect('app.db')",
      "sql = 'SELECT * FROM posts ORDER BY created DESC LIMIT %s' % (limit,)",
      "return jsonify(db.execute(sql).fetchall())",
    ],
  ),
  ...pair(
    "CWE-89",
    "instance stores the owner and the table; the query formats self.owner vs binds it and formats only self.table",
    "import sqlite3",
    () => [
      "repo = NoteRepo(request.args.get('owner', ''))",
      "return jsonify(repo.fetch(sqlite3.connect('notes.db')))",
    ],
    (v) =>
      mod([
        "class NoteRepo:",
        "    def __init__(self, owner):",
        "        self.owner = owner",
        "        self.table = 'notes'",
        "",
        "    def fetch(self, conn):",
        ...(v
          ? [
              "        sql = \"SELECT body FROM %s WHERE owner = '%s'\" % (self.table, self.owner)",
              "        return conn.execute(sql).fetchall()",
            ]
          : [
              "        sql = 'SELECT body FROM %s WHERE owner = ?' % self.table",
              "        return conn.execute(sql, (self.owner,)).fetchall()",
            ]),
      ]),
  ),
  ...pair(
    "CWE-89",
    "walrus in a comprehension filter: the kept request values are inlined vs only their count is",
    "import sqlite3",
    (v) => [
      "raw = request.args.getlist('tag')",
      "tags = [t for s in raw if (t := s.strip())]",
      "db = sqlite3.connect('app.db')",
      v
        ? "sql = 'SELECT id FROM posts WHERE tag IN (%s)' % ', '.join(\"'%s'\" % t for t in tags)"
        : "sql = 'SELECT id FROM posts WHERE tag IN (%s)' % ', '.join('?' for _ in tags)",
      v ? "return jsonify(db.execute(sql).fetchall())" : "return jsonify(db.execute(sql, tags).fetchall())",
    ],
  ),
  // --- CWE-22 ---
  ...pair(
    "CWE-22",
    "decorator reads the file name and passes it to the view vs passes secure_filename() of it",
    "import functools\nfrom werkzeug.utils import secure_filename",
    () => ["with open(os.path.join('/srv/reports', name)) as fh:", "    return fh.read()"],
    (v) =>
      mod([
        "def with_name(view):",
        "    @functools.wraps(view)",
        "    def inner(*args, **kwargs):",
        "        name = request.args.get('report', 'index.txt')",
        v
          ? "        return view(name, *args, **kwargs)"
          : "        return view(secure_filename(name), *args, **kwargs)",
        "    return inner",
      ]),
  ).map((c) =>
    // the decorator sits between the route and the view, and the view takes the name
    ({
      ...c,
      code: c.code.replace("def b30():", "@with_name\ndef b30(name):"),
    }),
  ),
  ...pair(
    "CWE-22",
    "functools.partial binds the docs folder; the request fills the file slot vs only the (escaped) title slot",
    "import functools",
    (v) => [
      "reader = functools.partial(read_doc, '/srv/docs')",
      v
        ? "return reader(request.args.get('doc', 'intro.txt'), 'Manual')"
        : "return reader('intro.txt', request.args.get('title', 'Manual'))",
    ],
    () =>
      mod([
        "def read_doc(base, name, title):",
        "    with open(os.path.join(base, name)) as fh:",
        "        return '<h1>%s</h1><pre>%s</pre>' % (escape(title), escape(fh.read()))",
      ]),
  ),
  ...pair(
    "CWE-22",
    "guard aborts on '..' only (an absolute name replaces the base in os.path.join) vs also on absolute names",
    "",
    (v) => [
      "name = request.args.get('f', '')",
      v ? "if '..' in name:" : "if '..' in name or os.path.isabs(name) or name.startswith(('/', '\\\\')):",
      "    abort(403)",
      "return send_file(os.path.join('/srv/public', name))",
    ],
  ),
  ...pair("CWE-79", "lambda formatter interpolates its argument vs only the argument's length", "", (v) => [
    v
      ? "fmt = lambda s: f'<p>Results for {s}</p>'"
      : "fmt = lambda s: f'<p>{len(s)} characters searched</p>'",
    "return make_response(fmt(request.args.get('q', '')))",
  ]),
  ...pair(
    "CWE-79",
    "comprehension keeps every non-empty word vs only words passing str.isalnum()",
    "",
    (v) => [
      "words = request.args.get('tags', '').split(',')",
      `kept = [w for w in words if ${v ? "w" : "w.isalnum()"}]`,
      "return '<ul>' + ''.join('<li>%s</li>' % w for w in kept) + '</ul>'",
    ],
  ),
  ...pair(
    "CWE-79",
    "walrus binds the name; it is echoed when non-empty vs only when str.isidentifier()",
    "",
    (v) => [
      `if (name := request.args.get('name')) ${v ? "is not None" : "and name.isidentifier()"}:`,
      "    return f'<b>Hello {name}</b>'",
      "return '<b>Hello stranger</b>'",
    ],
  ),
  ...pair(
    "CWE-79",
    "escape applied to the title only while the comment is echoed raw vs both escaped",
    "",
    (v) => [
      "title = escape(request.form.get('title', ''))",
      "comment = request.form.get('comment', '')",
      ...(v ? [] : ["comment = escape(comment)"]),
      "return f'<article><h2>{title}</h2><p>{comment}</p></article>'",
    ],
  ),
  ...pair(
    "CWE-79",
    "re-tainted after escaping: a raw override replaces the escaped value vs the override is escaped last",
    "",
    (v) => [
      ...(v
        ? [
            "label = escape(request.args.get('label', ''))",
            "if 'override' in request.args:",
            "    label = request.args['override']",
          ]
        : [
            "label = request.args.get('label', '')",
            "if 'override' in request.args:",
            "    label = request.args['override']",
            "label = escape(label)",
          ]),
      "return '<span class=\"badge\">' + label + '</span>'",
    ],
  ),
  ...pair(
    "CWE-601",
    "tuple swap: after `nxt, fallback = fallback, nxt` the redirect uses fallback (the request when it failed the allowlist) vs nxt (allowlisted or the constant)",
    "",
    (v) => [
      "nxt, fallback = request.args.get('next', ''), '/home'",
      "if nxt not in ('/home', '/orders', '/profile'):",
      "    nxt, fallback = fallback, nxt",
      `return redirect(${v ? "fallback" : "nxt"})`,
    ],
  ),
  ...pair(
    "CWE-601",
    "starred unpacking of the request path: redirect to the last segment vs to a url_for of the first",
    "",
    (v) => [
      "first, *rest = request.args.get('to', 'index').split('|')",
      v
        ? "return redirect(rest[-1] if rest else url_for('index'))"
        : "return redirect(url_for(first if first in ('index', 'profile') else 'index'))",
    ],
  ),
  ...pair(
    "CWE-601",
    "dict.get falls back to the request URL itself vs to a constant page",
    "",
    (v) => ["dest = request.args.get('dest', '')", `return redirect(PAGES.get(dest, ${v ? "dest" : "'/'"}))`],
    () => "PAGES = {'home': '/', 'cart': '/cart', 'help': '/help'}\n",
  ),
  // --- CWE-918 ---
  ...pair(
    "CWE-918",
    "**kwargs forwarding: the request lands in the url option vs only in the timeout option",
    "import requests",
    (v) => [
      v
        ? "opts = {'url': request.args.get('url', ''), 'timeout': 3}"
        : "opts = {'url': 'https://status.internal.example/health', 'timeout': float(request.args.get('t', 3))}",
      "return fetch(**opts)",
    ],
    () =>
      mod([
        "def fetch(**opts):",
        "    resp = requests.get(opts['url'], timeout=opts.get('timeout', 5))",
        "    return resp.text",
      ]),
  ),
  ...pair(
    "CWE-918",
    "map/filter over request URLs vs request keys mapped to a constant endpoint table",
    "import requests",
    (v) => [
      ...(v
        ? ["urls = list(filter(None, map(str.strip, request.form.get('feeds', '').split(','))))"]
        : [
            "keys = filter(None, map(str.strip, request.form.get('feeds', '').split(',')))",
            "urls = [FEEDS[k] for k in keys if k in FEEDS]",
          ]),
      "return jsonify([requests.get(u, timeout=5).status_code for u in urls])",
    ],
    () => "FEEDS = {'news': 'https://feeds.example.com/news', 'blog': 'https://feeds.example.com/blog'}\n",
  ),
  // --- CWE-94 ---
  ...pair(
    "CWE-94",
    "getattr dispatch at a constant name: the method evals its argument vs the method only measures it",
    "",
    (v) => [
      "calc = Calculator()",
      `handler = getattr(calc, '${v ? "evaluate" : "measure"}')`,
      "return jsonify(result=handler(request.args.get('expr', '0')))",
    ],
    () =>
      mod([
        "class Calculator:",
        "    def evaluate(self, text):",
        "        return eval(text)",
        "",
        "    def measure(self, text):",
        "        return len(text)",
      ]),
  ),
  ...pair(
    "CWE-94",
    "% with a dict builds the expression from the raw operands vs from int() of them",
    "",
    (v) => [
      "a = request.args.get('a', '0')",
      "b = request.args.get('b', '0')",
      `expr = '%(a)s + %(b)s' % {'a': ${v ? "a" : "int(a)"}, 'b': ${v ? "b" : "int(b)"}}`,
      "return str(eval(expr))",
    ],
  ),
  // --- CWE-502 ---
  ...pair(
    "CWE-502",
    "loader table: dict.get defaults to pickle.loads vs to json.loads",
    "import json\nimport pickle",
    (v) => [
      "fmt = request.args.get('fmt', 'json')",
      `loader = LOADERS.get(fmt, ${v ? "pickle.loads" : "json.loads"})`,
      "return jsonify(loaded=repr(loader(request.get_data())))",
    ],
    () => mod(["LOADERS = {'json': json.loads}", "CACHE = pickle.dumps({'ok': True})"]),
  ),
  ...pair(
    "CWE-502",
    "class keeps the request body in __init__ and unpickles it later vs unpickles its own default blob",
    "import pickle",
    () => ["state = SavedState(request)", "return jsonify(state=repr(state.restore()), name=state.name)"],
    (v) =>
      mod([
        "class SavedState:",
        "    def __init__(self, req):",
        "        self.name = req.args.get('name', 'default')",
        v
          ? "        self.blob = req.get_data()"
          : "        self.blob = pickle.dumps({'page': 1, 'theme': 'light'})",
        "",
        "    def restore(self):",
        "        return pickle.loads(self.blob)",
      ]),
  ),
  // --- CWE-90 ---
  ...pair(
    "CWE-90",
    "setdefault on a filter dict: the request uid is added vs setdefault leaves the preset uid",
    "import ldap",
    (v) => [
      "user = request.args.get('uid', '')",
      v ? "params = {'ou': 'people'}" : "params = {'ou': 'people', 'uid': 'guest'}",
      "params.setdefault('uid', user)",
      "conn = ldap.initialize('ldap://ldap.example.com')",
      "flt = '(&(ou=%(ou)s)(uid=%(uid)s))' % params",
      "return jsonify(conn.search_s('dc=example,dc=com', ldap.SCOPE_SUBTREE, flt))",
    ],
  ),
  ...pair(
    "CWE-643",
    "defaultdict + format_map: the query reads the request-filled key vs a key the request never fills",
    "from collections import defaultdict\nfrom lxml import etree",
    (v) => [
      "params = defaultdict(str)",
      "params['name'] = request.args.get('name', '')",
      "params['role'] = 'staff'",
      "tree = etree.parse('users.xml')",
      `expr = "//user[@${v ? "name='{name}'" : "role='{role}'"}]".format_map(params)`,
      "return jsonify([u.get('id') for u in tree.xpath(expr)])",
    ],
  ),
  ...pair(
    "CWE-643",
    "str.join of conditions with the request values inlined vs XPath $variables bound for allowlisted fields",
    "from lxml import etree",
    (v) => [
      "tree = etree.parse('catalog.xml')",
      ...(v
        ? [
            "cond = ' and '.join(f\"@{k}='{val}'\" for k, val in request.args.items())",
            "hits = tree.xpath(f'//item[{cond}]')",
          ]
        : [
            "keys = [k for k in FIELDS if k in request.args]",
            "cond = ' and '.join(f'@{k}=${k}' for k in keys)",
            "hits = tree.xpath(f'//item[{cond}]', **{k: request.args[k] for k in keys})",
          ]),
      "return jsonify([h.get('sku') for h in hits])",
    ],
    () => "FIELDS = ('color', 'size', 'brand')\n",
  ),
  // --- CWE-501 ---
  ...pair(
    "CWE-501",
    "namedtuple fields: the session stores the request-filled field vs the constant field",
    "from collections import namedtuple",
    (v) => [
      "Pref = namedtuple('Pref', 'theme owner')",
      "p = Pref(theme='light', owner=request.form.get('owner', ''))",
      `session['display'] = p.${v ? "owner" : "theme"}`,
      "return 'saved'",
    ],
  ),
  ...pair(
    "CWE-501",
    "**kwargs helper writes each field into the session: raw form fields vs allowlisted keys with constant values",
    "",
    (v) => [
      v
        ? "remember(**request.form.to_dict())"
        : "remember(**{k: DEFAULTS[k] for k in request.form if k in DEFAULTS})",
      "return 'ok'",
    ],
    () =>
      mod([
        "DEFAULTS = {'theme': 'light', 'lang': 'en'}",
        "",
        "",
        "def remember(**fields):",
        "    for key, value in fields.items():",
        "        session[key] = value",
      ]),
  ),
  // --- CWE-338 ---
  ...pair(
    "CWE-338",
    "token helper whose rng defaults to the random module, called with no rng vs with random.SystemRandom()",
    "import random\nimport string",
    (v) => [`session['reset_token'] = make_token(${v ? "" : "random.SystemRandom()"})`, "return 'sent'"],
    () =>
      mod([
        "def make_token(rng=random):",
        "    alphabet = string.ascii_letters + string.digits",
        "    return ''.join(rng.choice(alphabet) for _ in range(32))",
      ]),
  ),
  ...pair(
    "CWE-338",
    "random.Random seeded from os.urandom (still Mersenne Twister) vs random.SystemRandom for a session key",
    "import random",
    (v) => [
      v ? "rng = random.Random(os.urandom(16))" : "rng = random.SystemRandom()",
      "session['csrf'] = '%032x' % rng.getrandbits(128)",
      "return 'ok'",
    ],
  ),
  // --- CWE-328 ---
  ...pair(
    "CWE-328",
    "getattr(hashlib, ALGO) with a module constant md5 vs sha256 for the stored password digest",
    "import hashlib",
    () => [
      "pw = request.form.get('password', '')",
      "digest = getattr(hashlib, ALGO)(pw.encode()).hexdigest()",
      "return jsonify(stored=digest)",
    ],
    (v) => `ALGO = '${v ? "md5" : "sha256"}'\n`,
  ),
];
