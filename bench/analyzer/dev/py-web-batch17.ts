// Dev suite "py-web", batch 17 (see py-web.ts): written blind after the batch 16 fixes, measured before any
// further fix. Hand-written pairs about value-level flow: a dict or list holding the input at one constant key or
// index and a constant at another, configparser add_section/set/get and read_string, `match` on a constant or a
// mapping pattern, comprehensions that keep or drop the input, slices of a constant list by a request number,
// base64 round trips (decode of the input vs encode of it), strings built by `%` tuples, `.format` keywords the
// template never names, f-strings of len(), ''.join of str(int), same-file helpers and methods that ignore or
// escape an argument, class attributes, closures over a constant or the input, and branches on constant
// expressions over module numbers and strings so only one side runs; Flask and Django views. Never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, send_file, abort\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch17", FLASK, "b17");
const { whole } = views;
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

const DJANGO = "from django.http import HttpResponse, HttpResponseRedirect, FileResponse\n";

export const BATCH17: DevCase[] = [
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "dict with the input at 'term' and a constant at 'order': the term vs the order inlined",
    "import sqlite3",
    (v) => [
      "opts = {'term': request.args.get('q', ''), 'order': 'created_at'}",
      `sql = "SELECT id FROM posts WHERE title LIKE '%" + opts['${v ? "term" : "order"}'] + "%'"`,
      "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
  ),
  ...pair(
    "CWE-89",
    "`%` with a tuple (constant column, input): the input's slot vs a second constant's slot",
    "import sqlite3",
    (v) => [
      "name = request.form.get('name', '')",
      `args = ('users', ${v ? "name" : "'active'"}, name)`,
      "sql = \"SELECT * FROM %s WHERE status = '%s'\" % args[:2]",
      "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
  ),
  ...pair(
    "CWE-89",
    "column list: the request's columns joined vs a slice of a constant list by the request's int",
    "import sqlite3",
    (v) => [
      `cols = ${v ? "request.args.getlist('col')[:3]" : "COLUMNS[:int(request.args.get('n', '1'))]"}`,
      "sql = 'SELECT ' + ', '.join(cols) + ' FROM products'",
      "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
    () => "COLUMNS = ['id', 'name', 'price', 'stock']\n",
  ),
  ...pair(
    "CWE-89",
    "module constants: `if PAGE_SIZE > 100` (false) vs `if PAGE_SIZE < 100` (true) picks the raw sort key",
    "import sqlite3",
    (v) => [
      "key = request.args.get('sort', 'id')",
      "order = 'id'",
      `if PAGE_SIZE ${v ? "<" : ">"} 100:`,
      "    order = key",
      "sql = 'SELECT * FROM items ORDER BY ' + order + ' LIMIT %d' % PAGE_SIZE",
      "return jsonify(sqlite3.connect('app.db').execute(sql).fetchall())",
    ],
    () => "PAGE_SIZE = 50\n",
  ),
  ...whole(
    "CWE-89",
    "Django view: cursor.execute of a '%s'-formatted list element, the input's index vs the constant's",
    (v) =>
      DJANGO +
      "from django.db import connection\n\n\ndef lookup(request):\n" +
      "    parts = ['guest', request.GET.get('user', '')]\n" +
      "    with connection.cursor() as cur:\n" +
      `        cur.execute("SELECT email FROM accounts WHERE login = '%s'" % parts[${v ? "1" : "0"}])\n` +
      "        row = cur.fetchone()\n" +
      "    return HttpResponse(str(row))\n",
  ),
  // --- CWE-78 ---
  ...pair("CWE-78", "`.format` keywords: the template names {host} vs only {count}", "", (v) => [
    "h = request.args.get('host', '')",
    `cmd = '${v ? "ping -c {count} {host}" : "ping -c {count} 127.0.0.1"}'.format(host=h, count=3)`,
    "os.system(cmd)",
    "return 'ok'",
  ]),
  ...pair(
    "CWE-78",
    "closure over the command: built from the input vs from a constant, the input only logged",
    "import subprocess\nimport logging",
    (v) => [
      "d = request.args.get('dir', '')",
      "logging.info('listing %s', d)",
      `run = make_runner(${v ? "'ls -l ' + d" : "'ls -l /srv/public'"})`,
      "return run()",
    ],
    () =>
      "def make_runner(cmd):\n    def run():\n        return subprocess.check_output(cmd, shell=True).decode()\n    return run\n",
  ),
  ...pair(
    "CWE-78",
    "list comprehension keeps the input vs maps it to its length",
    "import subprocess",
    (v) => [
      "names = request.args.getlist('f')",
      `args = [${v ? "n" : "str(len(n))"} for n in names]`,
      "out = subprocess.check_output('echo ' + ' '.join(args), shell=True)",
      "return out.decode()",
    ],
  ),
  ...pair(
    "CWE-78",
    "match on a module constant: the case that runs embeds the input vs the one that does not",
    "",
    () => [
      "target = request.args.get('t', '')",
      "match MODE:",
      "    case 'archive':",
      "        cmd = 'tar czf /tmp/a.tgz ' + target",
      "    case _:",
      "        cmd = 'tar czf /tmp/a.tgz /srv/default'",
      "os.system(cmd)",
      "return 'ok'",
    ],
    (v) => `MODE = '${v ? "archive" : "status"}'\n`,
  ),
  // --- CWE-22 ---
  ...pair(
    "CWE-22",
    "configparser add_section/set: get() of the user option vs of the base option",
    "import configparser",
    (v) => [
      "cp = configparser.ConfigParser()",
      "cp.add_section('files')",
      "cp.set('files', 'base', '/srv/reports/summary.txt')",
      "cp.set('files', 'user', request.args.get('path', ''))",
      `with open(cp.get('files', '${v ? "user" : "base"}')) as fh:`,
      "    return fh.read()",
    ],
  ),
  ...pair("CWE-22", "f-string path: the name vs len(name) in the file name", "", (v) => [
    "name = request.args.get('name', '')",
    `return send_file(f'/srv/cache/${v ? "{name}" : "{len(name)}"}.bin')`,
  ]),
  ...pair(
    "CWE-22",
    "branch on a constant string: STRICT == 'yes' (taken) basename()s the name vs STRICT == 'no' keeps it",
    "",
    (v) => [
      "raw = request.args.get('doc', '')",
      "name = raw",
      `if STRICT == '${v ? "no" : "yes"}':`,
      "    name = os.path.basename(raw)",
      "return send_file(os.path.join('/srv/docs', name))",
    ],
    () => "STRICT = 'yes'\n",
  ),
  ...whole(
    "CWE-22",
    "Django: FileResponse of a path from a helper that joins the input vs returns its constant default",
    (v) =>
      DJANGO +
      "import os\n\n\ndef resolve(name):\n" +
      `    return ${v ? "os.path.join('/srv/media', name)" : "os.path.join('/srv/media', 'placeholder.png')"}\n\n\n` +
      "def media(request):\n    return FileResponse(open(resolve(request.GET.get('f', '')), 'rb'))\n",
  ),
  // --- CWE-79 ---
  ...pair(
    "CWE-79",
    "base64 round trip: the decoded input echoed vs the input base64-encoded",
    "import base64",
    (v) => [
      "data = request.args.get('d', '')",
      `out = ${v ? "base64.b64decode(data).decode('utf-8', 'replace')" : "base64.b64encode(data.encode()).decode()"}`,
      "return '<pre>' + out + '</pre>'",
    ],
  ),
  ...pair("CWE-79", "''.join of the raw tags vs of str(int(tag))", "", (v) => [
    "ids = request.args.getlist('id')",
    `cells = ''.join('<td>' + ${v ? "i" : "str(int(i))"} + '</td>' for i in ids)`,
    "return '<table><tr>' + cells + '</tr></table>'",
  ]),
  ...pair(
    "CWE-79",
    "method that escapes its argument vs method that returns it as given",
    "import html",
    () => ["w = Widget()", "return make_response(w.render(request.args.get('label', '')))"],
    (v) =>
      "class Widget:\n    def render(self, label):\n" +
      `        return '<span class="w">' + ${v ? "label" : "html.escape(label)"} + '</span>'\n`,
  ),
  ...pair("CWE-79", "dict comprehension over the form: the value at 'bio' vs the key list", "", (v) => [
    "fields = {k: v for k, v in request.form.items()}",
    `shown = ${v ? "fields.get('bio', '')" : "str(len(fields))"}`,
    "return '<div>' + shown + '</div>'",
  ]),
  ...whole(
    "CWE-79",
    "Django: dict with the query at 'q' and a title: HttpResponse of ctx['q'] vs ctx['title']",
    (v) =>
      DJANGO +
      "\n\ndef page(request):\n" +
      "    ctx = {'title': 'Search', 'q': request.GET.get('q', '')}\n" +
      `    return HttpResponse('<h1>' + ctx['${v ? "q" : "title"}'] + '</h1>')\n`,
  ),
  // --- CWE-90 ---
  ...pair(
    "CWE-90",
    "same-file helper formats the filter with the raw uid vs escape_filter_chars(uid)",
    "import ldap\nfrom ldap.filter import escape_filter_chars",
    () => [
      "conn = ldap.initialize('ldap://ldap.local')",
      "res = conn.search_s('ou=people,dc=corp', ldap.SCOPE_SUBTREE, uid_filter(request.args.get('uid', '')))",
      "return jsonify(n=len(res))",
    ],
    (v) => `def uid_filter(uid):\n    return '(uid=%s)' % ${v ? "uid" : "escape_filter_chars(uid)"}\n`,
  ),
  // --- CWE-643 ---
  ...pair(
    "CWE-643",
    "list built with append: element 0 is a constant, element 1 the input; index 1 vs 0 in the XPath",
    "from lxml import etree",
    (v) => [
      "names = []",
      "names.append('admin')",
      "names.append(request.args.get('name', ''))",
      `expr = "//user[@name='%s']/@role" % names[${v ? "1" : "0"}]`,
      "return jsonify(r=[str(x) for x in etree.parse('/srv/users.xml').xpath(expr)])",
    ],
  ),
  ...pair(
    "CWE-643",
    "class attribute QUERY (constant) vs an instance attribute holding the input",
    "from lxml import etree",
    (v) => [
      "f = Finder(request.args.get('isbn', ''))",
      `expr = ${v ? '"//book[isbn=\'" + f.isbn + "\']"' : "Finder.QUERY"}`,
      "return jsonify(n=len(etree.parse('/srv/books.xml').xpath(expr)))",
    ],
    () =>
      "class Finder:\n    QUERY = '//book[@featured=\"1\"]'\n\n    def __init__(self, isbn):\n        self.isbn = isbn\n",
  ),
  // --- CWE-94 ---
  ...pair(
    "CWE-94",
    "dict holds the input at 'expr' and a constant at 'default': eval of the one vs the other",
    "",
    (v) => [
      "calc = {}",
      "calc['expr'] = request.args.get('e', '')",
      "calc['default'] = '2 * 21'",
      `return jsonify(v=eval(calc['${v ? "expr" : "default"}']))`,
    ],
  ),
  ...pair("CWE-94", "exec of a '%'-built statement: the input as the value vs its int()", "", (v) => [
    "n = request.args.get('n', '0')",
    "ns = {}",
    `exec('result = %s * 2' % ${v ? "n" : "int(n)"}, ns)`,
    "return jsonify(v=ns['result'])",
  ]),
  // --- CWE-501 ---
  ...pair(
    "CWE-501",
    "class attribute: the request's user stored on the class, session gets Ctx.user vs Ctx.role",
    "",
    (v) => [
      "Ctx.user = request.form.get('user', '')",
      `session['${v ? "user" : "role"}'] = Ctx.${v ? "user" : "role"}`,
      "return 'ok'",
    ],
    () => "class Ctx:\n    user = 'anonymous'\n    role = 'viewer'\n",
  ),
  ...whole(
    "CWE-501",
    "Django: request.session from a cookie through a join vs from a constant join",
    (v) =>
      DJANGO +
      "\n\ndef prefs(request):\n" +
      "    theme = request.COOKIES.get('theme', 'light')\n" +
      `    request.session['theme'] = '-'.join(${v ? "['ui', theme]" : "['ui', 'light']"})\n` +
      "    return HttpResponse('ok')\n",
  ),
  // --- CWE-601 ---
  ...whole(
    "CWE-601",
    "Django: HttpResponseRedirect to an f-string that starts with the input vs one with it in the query",
    (v) =>
      DJANGO +
      "from urllib.parse import quote\n\n\ndef go(request):\n" +
      "    dest = request.GET.get('to', '')\n" +
      `    return HttpResponseRedirect(${v ? "f'{dest}/welcome'" : "f'/welcome?from={quote(dest)}'"})\n`,
  ),
  // --- CWE-502 ---
  ...pair(
    "CWE-502",
    "pickle.loads of the base64-decoded cookie vs of the base64 round trip of the server's own pickle",
    "import base64\nimport pickle",
    (v) => [
      `blob = ${v ? "request.cookies.get('state', '')" : "base64.b64encode(pickle.dumps({'step': 1}))"}`,
      "state = pickle.loads(base64.b64decode(blob))",
      "return jsonify(step=state.get('step'))",
    ],
  ),
  // --- CWE-328 ---
  ...pair(
    "CWE-328",
    "algorithm name from a dict by a constant key: 'legacy' (md5) vs 'current' (sha256)",
    "import hashlib",
    (v) => [
      `h = hashlib.new(ALGOS['${v ? "legacy" : "current"}'])`,
      "h.update(request.get_data())",
      "return jsonify(digest=h.hexdigest())",
    ],
    () => "ALGOS = {'legacy': 'md5', 'current': 'sha256'}\n",
  ),
  // --- CWE-327 ---
  ...pair(
    "CWE-327",
    "match on a constant scheme name: the 'des' case vs the default AES case runs",
    "from Crypto.Cipher import AES, DES",
    () => [
      "match SCHEME:",
      "    case 'des':",
      "        c = DES.new(os.urandom(8), DES.MODE_ECB)",
      "        data = request.get_data().ljust(8, b' ')[:8]",
      "    case _:",
      "        c = AES.new(os.urandom(32), AES.MODE_GCM)",
      "        data = request.get_data()",
      "return c.encrypt(data).hex()",
    ],
    (v) => `SCHEME = '${v ? "des" : "aes"}'\n`,
  ),
  // --- CWE-338 ---
  ...pair(
    "CWE-338",
    "helper with a flag: token(secure=False) takes random.getrandbits vs token(secure=True) secrets",
    "import random\nimport secrets",
    (v) => [`session['csrf'] = token(secure=${v ? "False" : "True"})`, "return 'ok'"],
    () =>
      "def token(secure):\n    if secure:\n        return secrets.token_hex(16)\n    return '%032x' % random.getrandbits(128)\n",
  ),
  // --- CWE-614 ---
  ...pair(
    "CWE-614",
    "cookie options in a dict spread with **: secure False vs True",
    "import secrets",
    (v) => [
      `opts = {'secure': ${v ? "False" : "True"}, 'httponly': True, 'samesite': 'Lax'}`,
      "resp = make_response('ok')",
      "resp.set_cookie('sid', secrets.token_urlsafe(24), **opts)",
      "return resp",
    ],
  ),
  ...pair(
    "CWE-614",
    "secure flag from a constant comparison: ENV == 'dev' (False) vs ENV != 'dev' (True) with ENV = 'prod'",
    "import secrets",
    (v) => [
      "resp = make_response('ok')",
      `resp.set_cookie('sid', secrets.token_urlsafe(24), secure=ENV ${v ? "==" : "!="} 'dev', httponly=True)`,
      "return resp",
    ],
    () => "ENV = 'prod'\n",
  ),
  // --- CWE-611 ---
  ...pair(
    "CWE-611",
    "XMLParser options from a dict: resolve_entities True with network vs False with no_network",
    "from lxml import etree",
    (v) => [
      `opts = {'resolve_entities': ${v ? "True" : "False"}, 'no_network': ${v ? "False" : "True"}, 'load_dtd': ${v ? "True" : "False"}}`,
      "root = etree.fromstring(request.get_data(), etree.XMLParser(**opts))",
      "return jsonify(tag=root.tag)",
    ],
  ),
  ...pair(
    "CWE-611",
    "xml.sax with feature_external_ges set from a constant True vs False",
    "import xml.sax\nfrom xml.sax.handler import feature_external_ges",
    (v) => [
      "handler = xml.sax.ContentHandler()",
      "parser = xml.sax.make_parser()",
      `parser.setFeature(feature_external_ges, ${v ? "True" : "False"})`,
      "parser.setContentHandler(handler)",
      "parser.feed(request.get_data())",
      "return 'ok'",
    ],
  ),
  // --- CWE-113 ---
  ...pair(
    "CWE-113",
    "header value from request.headers through a helper: raw vs with CR/LF removed",
    "",
    () => [
      "resp = make_response('ok')",
      "resp.headers['X-Trace'] = clean(request.headers.get('X-Trace', ''))",
      "return resp",
    ],
    (v) => `def clean(val):\n    return ${v ? "val.strip()" : "val.replace('\\r', '').replace('\\n', '')"}\n`,
  ),
];
