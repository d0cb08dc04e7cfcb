// Dev suite "py-web", batch 5 (see py-web.ts): written blind after the batch 4 fixes, measured before any further
// fix. Hand-written pairs: each vulnerable view and its safe twin differ in one line (the value a step selects, a
// sanitiser, the algorithm or flag). Other propagation shapes than batch 4 (format indices and %-mappings, dict.get
// defaults, reversed lists, inheritance, static methods, closures, value-independent conditions) and other sources
// and sinks (Django views, request.json / data / view_args, Markup, HttpResponseRedirect). Never taken from a
// held-out corpus.
import type { DevCase } from "./cases.js";

const FLASK =
  "from flask import Flask, request, redirect, session, make_response, jsonify\nimport os\napp = Flask(__name__)\n";
const DJANGO = "from django.http import HttpResponse, HttpResponseRedirect\nimport os\n";

/** One pair: `$` in the body lines is replaced by the vulnerable or the safe text. */
function pair(
  cwe: string,
  note: string,
  imports: string,
  body: string[],
  vuln: string,
  safe: string,
  opts: { django?: boolean; top?: string; route?: string; args?: string } = {},
): DevCase[] {
  return [true, false].map((v) => {
    const lines = body.map((l) => "    " + l.replaceAll("$", v ? vuln : safe)).join("\n");
    const head = opts.django ? DJANGO : FLASK;
    const top = (imports ? imports + "\n" : "") + (opts.top ? opts.top.replaceAll("$", v ? vuln : safe) : "");
    const def = opts.django
      ? `def view(request${opts.args ? ", " + opts.args : ""}):\n`
      : `@app.route('/w${opts.route ?? ""}', methods=['GET', 'POST'])\ndef w(${opts.args ?? ""}):\n`;
    return {
      cwe,
      language: "python" as const,
      vulnerable: v,
      note: `batch5: ${note} (${v ? "vulnerable" : "safe"})`,
      code: head + top + "\n" + def + lines + "\n",
    };
  });
}

export const CASES: DevCase[] = [
  // --- CWE-78 ---
  ...pair(
    "CWE-78",
    "str.format positional index picks the argument",
    "import subprocess",
    [
      "p = request.args.get('h', '')",
      "cmd = 'ping -c 1 {$}'.format(p, 'localhost')",
      "subprocess.run(cmd, shell=True)",
      "return 'ok'",
    ],
    "0",
    "1",
  ),
  ...pair(
    "CWE-78",
    "%-mapping selects the key",
    "",
    [
      "p = request.form.get('d', '')",
      "cmd = 'ls %($)s' % {'user': p, 'fixed': '/tmp'}",
      "os.system(cmd)",
      "return 'ok'",
    ],
    "user",
    "fixed",
  ),
  ...pair(
    "CWE-78",
    "reversed list then index",
    "import subprocess",
    [
      "p = request.headers.get('X-Dir', '')",
      "items = ['/var/log', p]",
      "items.reverse()",
      "out = subprocess.check_output('du -sh ' + items[$], shell=True)",
      "return out",
    ],
    "0",
    "1",
  ),
  ...pair(
    "CWE-78",
    "subclass overrides the processing method",
    "",
    ["p = request.values.get('f', '')", "cmd = Runner().build(p)", "os.system(cmd)", "return 'ok'"],
    "",
    "",
    {
      top: "class Base:\n    def build(self, s):\n        return 'cat ' + s\nclass Runner(Base):\n    pass\n",
    },
  ).map((c, i) =>
    i === 0
      ? c
      : {
          ...c,
          code: c.code.replace(
            "class Runner(Base):\n    pass\n",
            "class Runner(Base):\n    def build(self, s):\n        return 'cat /etc/motd'\n",
          ),
        },
  ),
  ...pair(
    "CWE-78",
    "Django GET into bash -c list",
    "import subprocess",
    [
      "host = request.GET.get('host', '')",
      "subprocess.run(['bash', '-c', 'nslookup ' + $])",
      "return HttpResponse('ok')",
    ],
    "host",
    "'example.org'",
    { django: true },
  ),
  // --- CWE-89 ---
  ...pair(
    "CWE-89",
    "dict.get default only used when the key is missing",
    "import sqlite3",
    [
      "p = request.args.get('n', '')",
      "table = {'present': 'guest'}",
      "name = table.get('$', p)",
      "rows = sqlite3.connect('a.db').execute(\"SELECT * FROM u WHERE n = '\" + name + \"'\").fetchall()",
      "return str(rows)",
    ],
    "missing",
    "present",
  ),
  ...pair(
    "CWE-89",
    "value-independent ternary on the input",
    "import sqlite3",
    [
      "p = request.json.get('q', '') if request.is_json else ''",
      "order = $",
      "sql = 'SELECT * FROM items ORDER BY ' + order",
      "return str(sqlite3.connect('a.db').execute(sql).fetchall())",
    ],
    "p if p else 'id'",
    "'name' if p else 'id'",
  ),
  ...pair(
    "CWE-89",
    "Django cursor with a closure",
    "from django.db import connection",
    [
      "uid = request.POST.get('uid', '')",
      "def where():",
      "    return $",
      "with connection.cursor() as c:",
      "    c.execute('SELECT * FROM auth_user WHERE ' + where())",
      "    return HttpResponse(str(c.fetchall()))",
    ],
    '"id = \'" + uid + "\'"',
    "'is_active = 1'",
    { django: true },
  ),
  ...pair(
    "CWE-89",
    "SQLAlchemy session.execute text() with a path parameter",
    "from sqlalchemy import text\nfrom db import session_factory",
    ["s = session_factory()", "rows = $", "return str(rows)"],
    's.execute(text("SELECT * FROM t WHERE slug = \'" + slug + "\'")).fetchall()',
    "s.execute(text('SELECT * FROM t WHERE slug = :s'), {'s': slug}).fetchall()",
    { route: "/<slug>", args: "slug" },
  ),
  // --- CWE-22 ---
  ...pair(
    "CWE-22",
    "static method cleans or passes the name",
    "",
    [
      "name = request.args.get('file', '')",
      "path = Util.clean(name)",
      "return open('/srv/files/' + path).read()",
    ],
    "",
    "",
    {
      top: "class Util:\n    @staticmethod\n    def clean(s):\n        return s.strip()\n",
    },
  ).map((c, i) =>
    i === 0 ? c : { ...c, code: c.code.replace("return s.strip()", "return os.path.basename(s)") },
  ),
  ...pair(
    "CWE-22",
    "view_args path parameter into os.listdir",
    "",
    ["d = request.view_args.get('folder', '')", "return jsonify(os.listdir(os.path.join('/srv/share', $)))"],
    "d",
    "'public'",
    { route: "/<folder>", args: "folder" },
  ),
  ...pair(
    "CWE-22",
    "uploaded file saved under its own name",
    "from werkzeug.utils import secure_filename",
    ["f = request.files['upload']", "f.save(os.path.join('/srv/uploads', $))", "return 'saved'"],
    "f.filename",
    "secure_filename(f.filename)",
  ),
  ...pair(
    "CWE-22",
    "Django file download by name",
    "",
    [
      "name = request.GET['name']",
      "with open(os.path.join('/srv/reports', $), 'rb') as fh:",
      "    return HttpResponse(fh.read())",
    ],
    "name",
    "os.path.basename(name)",
    { django: true },
  ),
  // --- CWE-79 ---
  ...pair(
    "CWE-79",
    "Markup of the input vs Markup.escape",
    "from markupsafe import Markup",
    ["p = request.args.get('msg', '')", "return $"],
    "Markup('<b>' + p + '</b>')",
    "Markup('<b>%s</b>') % p",
  ),
  ...pair(
    "CWE-79",
    "Django HttpResponse with a value-independent label",
    "",
    ["q = request.GET.get('q', '')", "label = $", "return HttpResponse('<h2>' + label + '</h2>')"],
    "q.title()",
    "'Results' if q else 'No query'",
    { django: true },
  ),
  ...pair(
    "CWE-79",
    "request.data echoed",
    "",
    ["raw = request.data.decode('utf-8')", "return '<pre>' + $ + '</pre>'"],
    "raw",
    "str(len(raw))",
  ),
  ...pair(
    "CWE-79",
    "user agent string in the page",
    "import html",
    ["ua = request.user_agent.string", "return f'<footer>{$}</footer>'"],
    "ua",
    "html.escape(ua)",
  ),
  // --- CWE-94 ---
  ...pair(
    "CWE-94",
    "eval of a selected operand",
    "",
    ["a = request.args.get('a', '')", "ops = [a, '2']", "return str(eval('1 + ' + ops[$]))"],
    "0",
    "1",
  ),
  ...pair(
    "CWE-94",
    "exec of a compiled Django POST body",
    "",
    ["src = request.body.decode()", "exec(compile($, '<req>', 'exec'))", "return HttpResponse('ran')"],
    "src",
    "'x = 1'",
    { django: true },
  ),
  // --- CWE-502 ---
  ...pair(
    "CWE-502",
    "pickle of the raw body vs json",
    "import pickle, json",
    ["data = request.get_data()", "obj = $", "return str(obj)"],
    "pickle.loads(data)",
    "json.loads(data)",
  ),
  ...pair(
    "CWE-502",
    "yaml Loader from a constant branch",
    "import yaml",
    [
      "doc = request.form.get('doc', '')",
      "loader = yaml.SafeLoader",
      "if $:",
      "    loader = yaml.UnsafeLoader",
      "return str(yaml.load(doc, Loader=loader))",
    ],
    "len('ab') == 2",
    "len('ab') == 3",
  ),
  // --- CWE-601 ---
  ...pair(
    "CWE-601",
    "Django HttpResponseRedirect to next",
    "",
    ["nxt = request.GET.get('next', '/')", "return HttpResponseRedirect($)"],
    "nxt",
    "'/' if nxt.startswith('http') else '/home'",
    { django: true },
  ),
  ...pair(
    "CWE-601",
    "redirect target from a string-building helper",
    "",
    ["t = request.cookies.get('back', '')", "return redirect(build(t))"],
    "",
    "",
    { top: "def build(t):\n    return $\n" },
  ).map((c, i) => ({
    ...c,
    code: c.code.replace("return \n", i === 0 ? "return 'https://' + t\n" : "return '/profile'\n"),
  })),
  // --- CWE-611 ---
  ...pair(
    "CWE-611",
    "lxml parser options in a dict",
    "from lxml import etree",
    [
      "opts = {'resolve_entities': $, 'no_network': True}",
      "parser = etree.XMLParser(**opts)",
      "root = etree.fromstring(request.get_data(), parser)",
      "return root.tag",
    ],
    "True",
    "False",
  ),
  ...pair(
    "CWE-611",
    "sax feature flag from a module constant",
    "import io, xml.sax\nfrom xml.sax.handler import feature_external_ges",
    [
      "p = xml.sax.make_parser()",
      "p.setFeature(feature_external_ges, RESOLVE)",
      "p.parse(io.BytesIO(request.get_data()))",
      "return 'ok'",
    ],
    "",
    "",
    { top: "RESOLVE = $\n" },
  ).map((c, i) => ({
    ...c,
    code: c.code.replace("RESOLVE = \n", i === 0 ? "RESOLVE = True\n" : "RESOLVE = False\n"),
  })),
  // --- CWE-90 ---
  ...pair(
    "CWE-90",
    "ldap3 search_filter keyword with a JSON value",
    "import ldap3",
    [
      "u = (request.get_json() or {}).get('user', '')",
      "c = ldap3.Connection(ldap3.Server('ldap://h'), auto_bind=True)",
      "c.search(search_base='dc=x', search_filter=$)",
      "return str(c.entries)",
    ],
    "'(uid=%s)' % u",
    "'(objectClass=person)'",
  ),
  // --- CWE-643 ---
  ...pair(
    "CWE-643",
    "xpath built from a header, constant side of a value-independent ternary",
    "from lxml import etree",
    [
      "h = request.headers.get('X-User', '')",
      "who = $",
      "return str(etree.parse('u.xml').xpath(\"//user[@name='\" + who + \"']\"))",
    ],
    "h or 'guest'",
    "'admin' if h == 'root' else 'guest'",
  ),
  // --- CWE-501 ---
  ...pair(
    "CWE-501",
    "Django session write",
    "",
    ["role = request.POST.get('role', '')", "request.session['role'] = $", "return HttpResponse('ok')"],
    "role",
    "'member'",
    { django: true },
  ),
  ...pair(
    "CWE-501",
    "setdefault keeps the first value",
    "",
    [
      "who = request.args.get('who', '')",
      "prefs = {}",
      "prefs.setdefault('theme', 'dark')",
      "prefs.setdefault('$', who)",
      "session['theme'] = prefs['theme']",
      "return 'ok'",
    ],
    "theme2",
    "theme",
  ).map((c, i) => (i === 0 ? { ...c, code: c.code.replace("prefs['theme']", "prefs['theme2']") } : c)),
  // --- CWE-328 / 327 / 338 / 614 ---
  ...pair(
    "CWE-328",
    "pbkdf2 with a weak digest name from a tuple",
    "import hashlib",
    [
      "pw = request.form.get('pw', '').encode()",
      "names = ('sha1', 'sha256')",
      "dk = hashlib.pbkdf2_hmac(names[$], pw, b'salt', 100000)",
      "return dk.hex()",
    ],
    "0",
    "1",
  ),
  ...pair(
    "CWE-328",
    "hashlib.new keyword name",
    "import hashlib",
    ["h = hashlib.new(name=$, data=request.get_data())", "return h.hexdigest()"],
    "'md5'",
    "'sha384'",
  ),
  ...pair(
    "CWE-327",
    "DES3 vs AES by a constant comparison",
    "from Crypto.Cipher import AES, DES3",
    [
      "key = os.urandom(24)",
      "if 'legacy' == $:",
      "    c = DES3.new(key, DES3.MODE_CBC)",
      "else:",
      "    c = AES.new(key, AES.MODE_GCM)",
      "return c.encrypt(request.get_data().ljust(16, b'0')[:16]).hex()",
    ],
    "'legacy'",
    "'modern'",
  ),
  ...pair(
    "CWE-338",
    "randrange for a session id",
    "import random, secrets",
    ["sid = $", "session['sid'] = sid", "return 'ok'"],
    "str(random.randrange(10**12))",
    "str(secrets.randbelow(10**12))",
  ),
  ...pair(
    "CWE-338",
    "random.Random instance for a reset token",
    "import random",
    [
      "rng = $",
      "token = ''.join(rng.choice('abcdef0123456789') for _ in range(32))",
      "session['reset'] = token",
      "return 'ok'",
    ],
    "random.Random()",
    "random.SystemRandom()",
  ),
  ...pair(
    "CWE-614",
    "Django set_cookie secure flag",
    "",
    [
      "r = HttpResponse('ok')",
      "r.set_cookie('sessionid', request.COOKIES.get('sessionid', ''), secure=$, httponly=True)",
      "return r",
    ],
    "False",
    "True",
    { django: true },
  ),
  ...pair("CWE-614", "Flask session cookie config", "", ["return 'ok'"], "", "", {
    top: "app.config['SESSION_COOKIE_SECURE'] = $\n",
  }).map((c, i) => ({
    ...c,
    code: c.code.replace("SECURE'] = \n", i === 0 ? "SECURE'] = False\n" : "SECURE'] = True\n"),
  })),
];
