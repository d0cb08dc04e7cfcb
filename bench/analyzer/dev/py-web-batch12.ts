// Dev suite "py-web", batch 12 (see py-web.ts): written after the batch 11 fixes, measured before any further fix.
// Hand-written pairs about value-aware data flow in shapes batches 1-11 do not have: constant conditions built
// from string indexing, len() of a literal, floor division and str.startswith (taken branch tainted vs dead
// branch tainted), dict.get / dict.update / read_dict at another constant key, tuple unpacking and swaps,
// list.insert / remove then an index, helpers returning one of their arguments, small classes keeping a
// constant attribute next to the input, match cases that only bind literals, dispatch dicts of loaders,
// generator expressions over allow-lists, dict.get defaults that echo the input, Markup % escaping,
// secure_filename, int() inside f-strings, shlex.quote inside a formatting helper, escape_filter_chars in a
// join, exec of a repr-formatted literal. Never taken from a held-out corpus.
import type { DevCase } from "./cases.js";
import { viewBuilders } from "./py-web-views.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify, Response, send_file, abort\nimport os\napp = Flask(__name__)\n";

const views = viewBuilders("batch12", FLASK, "b12");
const pair = (
  cwe: string,
  note: string,
  imports: string,
  body: (v: boolean) => string[],
  top?: (v: boolean) => string,
): DevCase[] => views.pair(cwe, note, imports, body, { top });

export const BATCH12: DevCase[] = [
  // --- CWE-78 ---
  ...pair("CWE-78", "'abc'[1] == 'b' condition: input in the taken vs the dead branch", "", (v) => [
    "folder = request.args.get('dir', '')",
    "if 'abc'[1] == 'b':",
    `    target = ${v ? "folder" : "'/tmp'"}`,
    "else:",
    `    target = ${v ? "'/tmp'" : "folder"}`,
    "os.system('ls -la ' + target)",
    "return 'listed'",
  ]),
  ...pair("CWE-78", "len() of a literal times 3 compared with 10 (> vs <)", "import subprocess", (v) => [
    "name = request.form.get('name', '')",
    "n = len('backup')",
    `if n * 3 ${v ? ">" : "<"} 10:`,
    "    arg = name",
    "else:",
    "    arg = 'default'",
    "subprocess.call('tar czf /tmp/out.tgz ' + arg, shell=True)",
    "return 'archived'",
  ]),
  ...pair(
    "CWE-78",
    "formatting helper that forgets vs applies shlex.quote",
    "import shlex\nimport subprocess",
    () => [
      "cmd = build('grep -rn', request.args.get('q', '')) + ' /srv/logs'",
      "out = subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout",
      "return Response(out, mimetype='text/plain')",
    ],
    (v) => `def build(prog, arg):\n    return '{} {}'.format(prog, ${v ? "arg" : "shlex.quote(arg)"})\n`,
  ),
  // --- CWE-89 ---
  ...pair("CWE-89", "dict literal: get() at the input's key vs the constant key", "import sqlite3", (v) => [
    "opts = {'sort': 'name', 'user': request.args.get('user', '')}",
    `col = opts.get('${v ? "user" : "sort"}')`,
    "rows = sqlite3.connect('app.db').execute('SELECT * FROM accounts ORDER BY ' + col).fetchall()",
    "return jsonify(rows)",
  ]),
  ...pair("CWE-89", "dict.update(region=input) then the region vs the status key", "import sqlite3", (v) => [
    "filters = {'status': 'active'}",
    "filters.update(region=request.args.get('region', 'eu'))",
    `val = filters['${v ? "region" : "status"}']`,
    "cur = sqlite3.connect('shop.db').cursor()",
    "cur.execute(f\"SELECT id FROM shops WHERE status = '{val}'\")",
    "return jsonify(cur.fetchall())",
  ]),
  ...views.pair(
    "CWE-89",
    "path parameter in an f-string: as text vs int()",
    "import sqlite3",
    (v) => [
      "conn = sqlite3.connect('app.db')",
      `row = conn.execute(f'SELECT title, body FROM posts WHERE id = {${v ? "pid" : "int(pid)"}}').fetchone()`,
      "return jsonify(row)",
    ],
    { route: "/<pid>", args: "pid" },
  ),
  // --- CWE-79 ---
  ...pair("CWE-79", "tuple unpacking: the input's name vs the greeting's", "", (v) => [
    "greeting, who = 'Hello', request.args.get('who', '')",
    `shown = ${v ? "who" : "greeting"}`,
    "return '<p>' + shown + '</p>'",
  ]),
  ...pair("CWE-79", "tuple swap: the variable now holding the input vs the constant", "", (v) => [
    "a = request.args.get('msg', '')",
    "b = 'Welcome'",
    "a, b = b, a",
    `return make_response('<div>' + ${v ? "b" : "a"} + '</div>')`,
  ]),
  ...pair(
    "CWE-79",
    "Markup built by concatenation vs Markup % (escapes)",
    "from markupsafe import Markup",
    (v) => [
      "name = request.args.get('name', '')",
      `return ${v ? "Markup('<b>' + name + '</b>')" : "Markup('<b>%s</b>') % name"}`,
    ],
  ),
  ...pair("CWE-79", "tag list joined raw vs each html.escape'd", "import html", (v) => [
    "tags = request.args.getlist('tag')",
    `items = '</li><li>'.join(${v ? "tags" : "html.escape(t) for t in tags"})`,
    "return '<ul><li>' + items + '</li></ul>'",
  ]),
  // --- CWE-22 ---
  ...pair("CWE-22", "list.insert(0, input): index 0 vs -1", "", (v) => [
    "names = ['index.html']",
    "names.insert(0, request.args.get('page', ''))",
    `page = names[${v ? "0" : "-1"}]`,
    "return send_file(os.path.join('/srv/pages', page))",
  ]),
  ...pair("CWE-22", "list.remove of the placeholder then index 0 vs 1", "", (v) => [
    "items = ['placeholder', request.args.get('doc', ''), 'readme.txt']",
    "items.remove('placeholder')",
    `doc = items[${v ? "0" : "1"}]`,
    "with open(os.path.join('/srv/docs', doc)) as fh:",
    "    return fh.read()",
  ]),
  ...pair(
    "CWE-22",
    "upload saved under the client's filename vs secure_filename",
    "from werkzeug.utils import secure_filename",
    (v) => [
      "f = request.files['file']",
      `name = ${v ? "f.filename" : "secure_filename(f.filename)"}`,
      "f.save(os.path.join('/srv/uploads', name))",
      "return 'saved'",
    ],
  ),
  // --- CWE-90 ---
  ...pair(
    "CWE-90",
    "helper returning its second argument: input second vs first",
    "import ldap",
    (v) => [
      "uid = request.args.get('uid', '')",
      `who = pick(${v ? "'nobody', uid" : "uid, 'nobody'"})`,
      "conn = ldap.initialize('ldap://ldap.local')",
      "res = conn.search_s('dc=corp', ldap.SCOPE_SUBTREE, '(uid=' + who + ')')",
      "return jsonify(n=len(res))",
    ],
    () => "def pick(first, second):\n    return second\n",
  ),
  ...pair(
    "CWE-90",
    "class keeping the input and a constant: the input's attribute vs the constant's",
    "import ldap3",
    (v) => [
      "q = Query(request.args.get('cn', ''))",
      `flt = '(objectClass=' + q.${v ? "term" : "kind"} + ')'`,
      "conn = ldap3.Connection('ldap://ldap.local', auto_bind=True)",
      "conn.search(q.base, flt)",
      "return jsonify(n=len(conn.entries))",
    ],
    () =>
      "class Query:\n    def __init__(self, term):\n        self.term = term\n        self.kind = 'person'\n" +
      "        self.base = 'ou=people,dc=corp'\n",
  ),
  ...pair(
    "CWE-90",
    "json list joined into an OR filter: raw vs escape_filter_chars",
    "import ldap3\nfrom ldap3.utils.conv import escape_filter_chars",
    (v) => [
      "names = (request.get_json(silent=True) or {}).get('names', [])",
      `parts = ''.join('(uid=%s)' % ${v ? "n" : "escape_filter_chars(str(n))"} for n in names)`,
      "conn = ldap3.Connection('ldap://ldap.local', auto_bind=True)",
      "conn.search('dc=corp', '(|' + parts + ')')",
      "return jsonify(n=len(conn.entries))",
    ],
  ),
  // --- CWE-643 ---
  ...pair(
    "CWE-643",
    "configparser read_dict then get of the input's option vs the fixed one",
    "import configparser\nfrom lxml import etree",
    (v) => [
      "cfg = configparser.ConfigParser(interpolation=None)",
      "cfg.read_dict({'q': {'fixed': 'admin', 'user': request.args.get('user', '')}})",
      `name = cfg.get('q', '${v ? "user" : "fixed"}')`,
      "doc = etree.parse('/srv/users.xml')",
      'res = doc.xpath("//user[name=\'" + name + "\']/email/text()")',
      "return jsonify([str(r) for r in res])",
    ],
  ),
  ...pair(
    "CWE-643",
    "match: literal cases reuse the subject, the default case uses it vs a constant",
    "from lxml import etree",
    (v) => [
      "role = request.args.get('role', '')",
      "match role:",
      "    case 'admin' | 'staff':",
      '        expr = "//user[@role=\'" + role + "\']/name/text()"',
      "    case _:",
      `        expr = ${v ? '"//user[@role=\'" + role + "\']/name/text()"' : "\"//user[@role='guest']/name/text()\""}`,
      "doc = etree.parse('/srv/users.xml')",
      "return jsonify([str(n) for n in doc.xpath(expr)])",
    ],
  ),
  // --- CWE-338 ---
  ...pair(
    "CWE-338",
    "module flag picks random.Random() vs random.SystemRandom() for a token",
    "import random\nimport string",
    () => [
      "rng = random.Random() if FAST_RNG else random.SystemRandom()",
      "token = ''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(32))",
      "session['reset'] = token",
      "return jsonify(sent=True)",
    ],
    (v) => `FAST_RNG = ${v ? "True" : "False"}\n`,
  ),
  // --- CWE-328 ---
  ...pair("CWE-328", "password digest name from a dict at a constant key", "import hashlib", (v) => [
    "ALGS = {'legacy': 'md5', 'current': 'sha256'}",
    "pw = request.form.get('password', '')",
    `h = hashlib.new(ALGS['${v ? "legacy" : "current"}'], pw.encode()).hexdigest()`,
    "return jsonify(hash=h)",
  ]),
  ...pair("CWE-328", "getattr(hashlib, constant) for a password digest", "import hashlib", (v) => [
    "pw = request.form.get('password', '')",
    `digest = getattr(hashlib, '${v ? "sha1" : "sha512"}')(pw.encode()).hexdigest()`,
    "return jsonify(hash=digest)",
  ]),
  // --- CWE-327 ---
  ...pair(
    "CWE-327",
    "AES mode by a ternary on floor division: ECB taken vs GCM taken",
    "from Crypto.Cipher import AES\nfrom Crypto.Util.Padding import pad",
    (v) => [
      "key = os.urandom(16)",
      `mode = AES.MODE_ECB if (10 // 3) == ${v ? "3" : "4"} else AES.MODE_GCM`,
      "cipher = AES.new(key, mode)",
      "ct = cipher.encrypt(pad(request.get_data(), 16))",
      "return ct.hex()",
    ],
  ),
  // --- CWE-614 ---
  ...pair(
    "CWE-614",
    "secure flag from 'https'.startswith of a literal (False vs True)",
    "import secrets",
    (v) => [
      "resp = make_response('ok')",
      `is_https = 'https'.startswith('${v ? "ftp" : "http"}')`,
      "resp.set_cookie('sid', secrets.token_hex(16), secure=is_https, httponly=True, samesite='Lax')",
      "return resp",
    ],
  ),
  // --- CWE-501 ---
  ...pair("CWE-501", "session write from a two-element list at index 0 vs 1", "", (v) => [
    "vals = [request.args.get('name', ''), 'guest']",
    `session['user'] = vals[${v ? "0" : "1"}]`,
    "return 'ok'",
  ]),
  ...pair(
    "CWE-501",
    "session value from a header through a class method returning it vs a constant",
    "",
    () => ["session['theme'] = Prefs(request.headers.get('X-Theme', '')).theme()", "return 'ok'"],
    (v) =>
      "class Prefs:\n    def __init__(self, raw):\n        self.raw = raw\n\n    def theme(self):\n" +
      `        return ${v ? "self.raw" : "'dark' if self.raw == 'dark' else 'light'"}\n`,
  ),
  // --- CWE-601 ---
  ...pair("CWE-601", "generator over allowed paths yielding the input vs the allowed path", "", (v) => [
    "nxt = request.args.get('next', '/')",
    "ALLOWED = ['/home', '/account', '/orders']",
    `target = next((${v ? "nxt for p in ALLOWED if p in nxt" : "p for p in ALLOWED if p == nxt"}), '/home')`,
    "return redirect(target)",
  ]),
  ...pair("CWE-601", "dict.get with the input as the default vs '/'", "", (v) => [
    "DEST = {'home': '/', 'help': '/help', 'billing': '/account/billing'}",
    "key = request.args.get('to', 'home')",
    `return redirect(DEST.get(key, ${v ? "key" : "'/'"}))`,
  ]),
  // --- CWE-502 ---
  ...pair(
    "CWE-502",
    "dispatch dict of loaders read at the pickle vs the json key",
    "import base64\nimport json\nimport pickle",
    (v) => [
      "loaders = {'json': json.loads, 'pickle': pickle.loads}",
      "blob = base64.b64decode(request.cookies.get('cart', ''))",
      `cart = loaders['${v ? "pickle" : "json"}'](blob)`,
      "return jsonify(items=len(cart))",
    ],
  ),
  // --- CWE-94 ---
  ...pair("CWE-94", "ternary on 'yes'.endswith of a literal picks the input vs a constant", "", (v) => [
    "expr = request.args.get('expr', '1+1')",
    `code = expr if 'yes'.endswith('${v ? "s" : "x"}') else '2*3'`,
    "return str(eval(code))",
  ]),
  ...pair("CWE-94", "exec of a template filled with {} vs {!r} (a quoted literal)", "", (v) => [
    "val = request.args.get('val', '')",
    "scope = {}",
    `exec('result = len(${v ? "{}" : "{!r}"})'.format(val), {}, scope)`,
    "return str(scope['result'])",
  ]),
  // --- CWE-611 ---
  ...pair(
    "CWE-611",
    "lxml resolve_entities from a literal comparison (True vs False)",
    "from lxml import etree",
    (v) => [
      `legacy = 'xml'.upper() == '${v ? "XML" : "xml"}'`,
      "parser = etree.XMLParser(resolve_entities=legacy, no_network=True)",
      "root = etree.fromstring(request.get_data(), parser)",
      "return jsonify(tag=root.tag)",
    ],
  ),
  ...pair(
    "CWE-611",
    "uploaded XML through lxml resolving entities vs defusedxml",
    "from lxml import etree\nimport defusedxml.ElementTree as DET",
    (v) => [
      "data = request.files['doc'].read()",
      v
        ? "root = etree.fromstring(data, etree.XMLParser(resolve_entities=True))"
        : "root = DET.fromstring(data)",
      "return jsonify(tag=root.tag)",
    ],
  ),
];
